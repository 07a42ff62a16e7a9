#pragma once
// Rendering of `exportcheck screen` results: a short table with one plain
// explanation per finding, or JSON with every field a machine needs.

#include <ostream>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "screen/screen.hpp"
#include "screen/suppressions.hpp"

namespace ecc::report {

// What the screening ran on, for the `data` section.
struct DataProvenance {
  std::vector<model::DatasetInfo> datasets;
  std::string rules_version;
  std::string tool_version;
};

// A finding as the text formats print it: "  [VERDICT<marker>] RULE (CITATIONS)[, line N]",
// then its explanation, policy and evidence, indented.
void print_finding(std::ostream& out, const model::Finding& f, const std::string& marker = "");

// `suppressed` (optional): per finding, the suppression that applies or nullptr.
void print_screen_table(std::ostream& out, const screen::ScreenResult& r,
                        const DataProvenance& data,
                        const std::vector<const screen::Suppression*>* suppressed = nullptr);

// One JSON object: order, as_of, verdict, lines[], parties[], findings[], data.
// With `suppressions`: each finding's `suppressed`, each order's
// `effective_verdict`, and a top-level `suppressions` status list.
void print_screen_json(std::ostream& out, const std::vector<screen::ScreenResult>& results,
                       const DataProvenance& data,
                       const screen::SuppressionOutcome* suppressions = nullptr);

}  // namespace ecc::report
