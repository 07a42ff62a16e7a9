#pragma once
// Stale lists: which active datasets are older than the maximum data age on
// an as-of date, and the findings of the run-scope rules (rules/screening/
// stale-lists*.json) that `screen` adds to every order and `match` and
// `audit` to the run. Pure: the datasets and the policy come in as values.

#include <optional>
#include <string>
#include <vector>

#include "model/freshness.hpp"
#include "model/screening.hpp"

namespace ecc::screen {

// One dataset that is stale on the as-of date.
struct StaleDataset {
  const model::DatasetLists* data = nullptr;
  std::optional<long> age_days;  // days from the data date to the as-of date; none: no date
};

// The datasets of `f` whose data date is more than f.policy.max_age_days
// before `as_of`, or unknown. Data dated after `as_of` is not stale.
std::vector<StaleDataset> stale_datasets(const model::DataFreshness& f, util::Date as_of);

// One evidence line per stale dataset: "#1 consolidated.csv (lists dpl,
// entity_list): data date 2022-04-21, 1677 days before the as-of date
// 2026-11-23 (maximum 30)".
std::vector<std::string> stale_evidence(const model::DataFreshness& f, util::Date as_of);

// Fills the placeholders of the run-scope rules in `text`: {stale_lists}
// (the stale files), {max_age}, {as_of} and {allowed_by}.
std::string fill_freshness(std::string text, const model::DataFreshness& f, util::Date as_of);

// The findings of every run-scope rule of `book` in force on `as_of`, as
// `match` and `audit` report them for the whole run (line and party -1);
// `assumptions` are what the run's results rest on (data.assumptions).
std::vector<model::Finding> run_findings(const model::RuleBook& book, const model::DataFreshness& f,
                                         util::Date as_of,
                                         const std::vector<model::Assumption>& assumptions = {});

// Fills {assumption}: the text of each assumption, joined.
std::string fill_assumptions(std::string text, const std::vector<model::Assumption>& assumptions);

}  // namespace ecc::screen
