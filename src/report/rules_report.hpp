#pragma once
// Rendering of `exportcheck rules list|show`: the screening rules with their
// citations, dates and conditions, as tables or JSON.

#include <optional>
#include <ostream>

#include "model/screening.hpp"

namespace ecc::report {

// The predicate in one line, e.g. "all(item.controlled eq true, order.destination in_group [D:5])".
std::string predicate_text(const model::Predicate& p);

// Every rule; with `as_of`, marks which are in force on that date.
void print_rules_table(std::ostream& out, const model::RuleBook& book,
                       std::optional<util::Date> as_of);
void print_rules_json(std::ostream& out, const model::RuleBook& book,
                      std::optional<util::Date> as_of);

// One rule in full, as text or as one JSON object (the fields of
// print_rules_json and suspended, explanation, confidence, file).
void print_rule(std::ostream& out, const model::ScreeningRule& rule);
void print_rule_json(std::ostream& out, const model::ScreeningRule& rule);

}  // namespace ecc::report
