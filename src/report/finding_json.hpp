#pragma once
// The JSON of a finding that concerns a whole run (the stale-lists rules):
// what `match` and `audit` print besides their per-name results, with the
// same keys as a `screen` finding. Internal to report/.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/screening.hpp"

namespace ecc::report {

// The rule file as shipped, from "rules/" on ("rules/screening/stale-lists.json").
std::string rule_file_of(const model::ScreeningRule& r);

// rule, title, citation, verdict, policy, explanation, evidence, rule_file.
nlohmann::ordered_json run_finding_json(const model::Finding& f);

// One object per finding, in order.
nlohmann::ordered_json run_findings_json(const std::vector<model::Finding>& findings);

}  // namespace ecc::report
