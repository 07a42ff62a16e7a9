#pragma once
// Suppressions: a reviewed false positive (or an accepted finding, e.g. a
// licence already granted) that should no longer fail a CI run. Each one is
// bound to the content of the list entry it was reviewed against and to an
// expiry date: a changed entry or a passed date makes the finding fire again.
// Pure: the reader lives in import/suppression_reader.hpp, the type in
// model/suppression.hpp.

#include <string>
#include <vector>

#include "model/list_entry.hpp"
#include "model/screening.hpp"
#include "model/suppression.hpp"
#include "screen/screen.hpp"
#include "util/date.hpp"

namespace ecc::screen {

using model::Suppression;

// What became of one suppression in a run.
enum class SuppressionState {
  applied,  // suppressed at least one finding
  unused,   // valid, but no finding in this run matched it
  expired,  // its expiry date has passed: ignored
  stale,    // the list entry changed since review (content hash differs): ignored
  gone,     // the entry key is on no active list any more: ignored
};
std::string_view to_string(SuppressionState s);

struct SuppressionStatus {
  const Suppression* suppression = nullptr;
  SuppressionState state = SuppressionState::unused;
  size_t applied = 0;  // findings suppressed
  std::string detail;  // why expired / stale / gone, one line
};

struct SuppressionOutcome {
  // Per result, per finding: the suppression that applies, or nullptr.
  std::vector<std::vector<const Suppression*>> by_finding;
  // Per result: the verdict from the findings that are not suppressed.
  std::vector<model::Verdict> effective;
  // One per suppression, in file order.
  std::vector<SuppressionStatus> statuses;
};

// The list entry keys the suppressions name (what apply_suppressions needs of the lists).
std::vector<std::string> suppressed_entry_keys(const std::vector<Suppression>& suppressions);

// The state of `s` from its expiry date and the current list `entries` alone
// (expired, stale, gone, else unused), before any finding is matched.
SuppressionStatus initial_status(const Suppression& s, const std::vector<model::ListEntry>& entries,
                                 util::Date today);

// Matches `suppressions` against every finding of `results`. `entries` are
// the active list entries with the keys the suppressions name (for stale and
// gone checks; more are harmless); `today` decides expiry.
SuppressionOutcome apply_suppressions(const std::vector<Suppression>& suppressions,
                                      const std::vector<ScreenResult>& results,
                                      const std::vector<model::ListEntry>& entries,
                                      util::Date today);

// The verdict of line `line` from the findings not suppressed: the engine's
// rule (the worst finding touching the line) without the suppressed ones.
model::Verdict effective_line_verdict(const ScreenResult& r,
                                      const std::vector<const Suppression*>& suppressed,
                                      size_t line);
// The order's verdict from the findings not suppressed: its worst line verdict.
model::Verdict effective_verdict(const ScreenResult& r,
                                 const std::vector<const Suppression*>& suppressed);

}  // namespace ecc::screen
