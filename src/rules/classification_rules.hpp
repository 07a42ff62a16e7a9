#pragma once
// Loads the chip-classification rule versions (rules/classification/*.json)
// and the is-informed overlays (rules/overlays/*.json) into model types. Only
// these two sub-folders are read; other rule kinds in rules/ are not touched.

#include <string>

#include "model/chip.hpp"

namespace ecc::rules {

// Reads every *.json of RULES_DIR/classification and RULES_DIR/overlays in
// file-name order. Throws DataError naming the file and field on any problem,
// and when the classification folder is missing or empty (fail closed).
model::RuleSet load_classification_rules(const std::string& rules_dir);

// Parses one rule version / overlay from JSON text; `file` names it in errors.
model::RuleVersion parse_rule_version(const std::string& text, const std::string& file);
model::Overlay parse_overlay(const std::string& text, const std::string& file);

// Checks a loaded set: unique ids, no two versions of one scope starting the
// same day, effective_to not before effective_from. Throws DataError.
void validate(const model::RuleSet& rules);

}  // namespace ecc::rules
