#pragma once
// `screen --changed-since DATASET` and `audit --changed-since DATASET|DATE`:
// after a list update only a party or customer that matches (or resembles)
// an entry added or changed since that import can have a new hit, so a daily
// run re-screens just those. Removed entries cannot create a hit. Pure.

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

// The minimum score of the audit prefilter (below the review threshold: see
// changed_hits).
constexpr double k_prefilter_min_score = 0.40;

// The options of the audit prefilter: those of the full matcher with
// min_score lowered to k_prefilter_min_score (never above the full one).
match::MatchOptions prefilter_options(match::MatchOptions full);

// Per entry of `active`: whether it is one of `changed` (same list, key and content).
std::vector<char> changed_flags(const std::vector<model::ListEntry>& active,
                                const std::vector<model::ListEntry>& changed);

// audit --changed-since, for one customer: the response of `full` (the
// matcher over every active entry, built with a max_results large enough to
// keep all) with only the results on changed entries (`is_changed`, indexed
// like full's entries). `prefilter`, a matcher over the changed entries
// alone, runs first: a query it scores below its min_score on every changed
// entry is not re-scored and gets no result (and the prefilter's notes);
// `rescored` (optional) says whether the full matcher ran. Its token weights (IDF) come from the
// few changed entries, not from all lists, so its scores differ from the full matcher's; the
// lowered min_score is the margin for that (docs/ci.md measures it). Every
// returned decision is the full matcher's own.
match::MatchResponse changed_hits(const match::Query& q, const match::Matcher& prefilter,
                                  const match::Matcher& full, const std::vector<char>& is_changed,
                                  bool* rescored = nullptr);

}  // namespace ecc::screen
