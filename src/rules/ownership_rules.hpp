#pragma once
// Loads the ownership rule files (rules/ownership/*.json) into
// model::OwnershipRules: the OFAC 50 % rule, the BIS Affiliates Rule with its
// dated windows (active, stayed, re-applied) and the NS-CMIC note.

#include <string>

#include "model/ownership_rules.hpp"

namespace ecc::rules {

// Reads RULES_DIR/ownership/{ofac_50_rule,affiliates_rule,ns_cmic_rule}.json.
// An Affiliates Rule window marked "assumed" takes its state from
// `assumption`. Throws DataError "FILE: field: message" for a missing file,
// bad JSON, a missing or misspelt field, a bad date or state, or overlapping
// windows.
model::OwnershipRules load_ownership_rules(const std::string& rules_dir,
                                           const model::AffiliatesAssumption& assumption = {});

// The same from texts already read; `*_name` are used in messages.
model::Ofac50Rule parse_ofac_50_rule(const std::string& text, const std::string& name);
model::AffiliatesRule parse_affiliates_rule(const std::string& text, const std::string& name,
                                            const model::AffiliatesAssumption& assumption = {});

// RULES_DIR/ownership/affiliates_rule.json, the one source of the Affiliates
// Rule's windows (the screening rule affiliates-rule.json names it).
std::string affiliates_rule_file(const std::string& rules_dir);
model::NsCmicRule parse_ns_cmic_rule(const std::string& text, const std::string& name);

}  // namespace ecc::rules
