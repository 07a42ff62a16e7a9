#pragma once
// Loads the ownership rule files (rules/ownership/*.json) into
// model::OwnershipRules: the OFAC 50 % rule, the BIS Affiliates Rule with its
// dated windows (active, stayed, re-applied) and the NS-CMIC note.

#include <string>

#include "model/ownership_rules.hpp"

namespace ecc::rules {

// Reads RULES_DIR/ownership/{ofac_50_rule,affiliates_rule,ns_cmic_rule}.json.
// Throws DataError "FILE: field: message" for a missing file, bad JSON, a
// missing or misspelt field, a bad date or state, or overlapping windows.
model::OwnershipRules load_ownership_rules(const std::string& rules_dir);

// The same from texts already read; `*_name` are used in messages.
model::Ofac50Rule parse_ofac_50_rule(const std::string& text, const std::string& name);
model::AffiliatesRule parse_affiliates_rule(const std::string& text, const std::string& name);
model::NsCmicRule parse_ns_cmic_rule(const std::string& text, const std::string& name);

}  // namespace ecc::rules
