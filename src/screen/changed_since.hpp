#pragma once
// `screen --changed-since DATASET` and `audit --changed-since DATASET|DATE`:
// after a list update only a party or customer that matches (or resembles)
// an entry added or changed since that import can have a new hit, so a daily
// run re-screens just those. Removed entries cannot create a hit. Pure.

#include <string>
#include <unordered_set>
#include <vector>

#include "match/matcher.hpp"
#include "model/entry_diff.hpp"
#include "model/order.hpp"

namespace ecc::screen {

// The entries of `diff` that a party could newly match: added and changed (new side).
std::vector<model::ListEntry> new_or_changed(const model::EntryDiff& diff);

// Indices of the orders with at least one party that `matcher` (the one
// screening uses) matches or resembles on one of the `changed` entries.
std::vector<size_t> orders_touching(const std::vector<model::Order>& orders,
                                    const match::Matcher& matcher,
                                    const std::vector<model::ListEntry>& changed);

// How far below the review threshold the audit prefilter's minimum score
// lies (see ChangedPrefilter): 0.40 at the default threshold 0.80.
constexpr double k_prefilter_margin = 0.40;

// Per entry of `active`: whether it is one of `changed` (same list, key and content).
std::vector<char> changed_flags(const std::vector<model::ListEntry>& active,
                                const std::vector<model::ListEntry>& changed);

// audit --changed-since: picks the customers worth re-scoring with the full
// matcher. It is a matcher over the changed entries alone, with its minimum
// score k_prefilter_margin below the review threshold: its token weights
// (IDF) come from the few changed entries, not from all lists, so its scores
// differ from the full matcher's in both directions, and the margin absorbs
// that (measured by bench/delta_check, docs/benchmarks.md). It also selects
// a query with a word that the full matcher splits in two known words, one of
// them a word of a changed entry: the split needs both halves in the full
// vocabulary, which this small one does not have. Thread-safe.
class ChangedPrefilter {
 public:
  // `full` is the full matcher (for its options and vocabulary); `changed`
  // must outlive this object.
  ChangedPrefilter(const std::vector<model::ListEntry>& changed, const match::Matcher& full);

  // True when `q` should be re-scored by the full matcher.
  bool selects(const match::Query& q) const;

 private:
  bool may_split_onto(const std::vector<std::string>& words) const;
  match::Matcher m_matcher;
  std::unordered_set<std::string> m_words;       // the changed entries' vocabulary
  std::unordered_set<std::string> m_full_words;  // the full matcher's vocabulary
};

// audit --changed-since, for one customer: when `prefilter` selects `q`, the
// response of `full` (the matcher over every active entry, built with a
// max_results large enough to keep all) with only its results on changed
// entries (`is_changed`, indexed like full's entries); otherwise an empty
// response. `rescored` (optional) says whether the full matcher ran. Every
// returned decision is the full matcher's own.
match::MatchResponse changed_hits(const match::Query& q, const ChangedPrefilter& prefilter,
                                  const match::Matcher& full, const std::vector<char>& is_changed,
                                  bool* rescored = nullptr);

}  // namespace ecc::screen
