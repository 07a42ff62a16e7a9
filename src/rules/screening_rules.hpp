#pragma once
// Loads the screening rules (rules/screening/*.json, one rule per file) and
// the country groups (rules/country_groups.json) into a model::RuleBook.
// docs/rules.md describes the file format and the predicate language.

#include <string>

#include "model/ownership_rules.hpp"
#include "model/screening.hpp"
#include "rules/country_groups.hpp"

namespace ecc::rules {

// Reads RULES_DIR/screening/*.json in file-name order and
// RULES_DIR/country_groups.json. A rule with "windows" takes its dates from
// RULES_DIR/ownership/affiliates_rule.json, whose assumed window follows
// `assumption`. Throws DataError naming the file and field on any problem,
// and when there are no rules at all (fail closed).
model::RuleBook load_rule_book(const std::string& rules_dir,
                               const model::AffiliatesAssumption& assumption = {});

// Parses one rule from JSON text; `file` names it in errors. Checks every
// fact name and operator, and every group name against `groups`.
model::ScreeningRule parse_screening_rule(const std::string& text, const std::string& file,
                                          const model::CountryGroups& groups);

}  // namespace ecc::rules
