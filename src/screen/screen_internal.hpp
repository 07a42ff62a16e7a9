#pragma once
// Steps of screen_order, internal to screen/.

#include "screen/ownership.hpp"
#include "screen/screen.hpp"

namespace ecc::screen {

// Matches one party against the lists listed on `as_of`.
PartyResult resolve_party(const model::OrderParty& party, const ScreenInputs& in, util::Date as_of);

// Finds and classifies one order line's product.
LineResult classify_line(const model::OrderItem& item, const ScreenInputs& in, util::Date as_of);

// Evaluates every rule in force and appends the findings to `result`.
void evaluate_rules(const ScreenInputs& in, ScreenResult& result);

// A line whose name fits several variants stays known only when every
// variant gets the same findings (rule, verdict, policy) on it; otherwise the
// line becomes unknown, naming each variant's verdict, and the rules are
// evaluated again (screen/variants.cpp).
void check_variant_verdicts(const ScreenInputs& in, ScreenResult& result);

struct FactContext;

// Evaluates one rule in one context and appends its finding (if any) to
// `findings`: the rule's verdict when the condition holds, `review` when unknown.
void evaluate_rule(const model::ScreeningRule& rule, const FactContext& ctx, int line, int party,
                   const model::RuleBook& book, std::vector<model::Finding>& findings);

// True when `p` tests `fact` somewhere.
bool tests_fact(const model::Predicate& p, std::string_view fact);

// Replaces every `key` in `s` with `value` (rule templates).
void replace_all(std::string& s, const std::string& key, const std::string& value);

// Adds what the party inherits through ownership on `as_of` (screen/ownership.cpp).
void add_ownership(const model::OrderParty& party, const ScreenInputs& in, util::Date as_of,
                   PartyResult& result);

// List codes of the listed owners of the party's inherited restrictions with `status`
// (NS-CMIC notes excluded).
std::vector<std::string> inherited_codes(const PartyResult& pr, model::InheritanceStatus status);

// Regimes under which the party is covered on the as-of date: ofac_50, bis_affiliates.
std::vector<std::string> inherited_regimes(const PartyResult& pr);

// Evidence lines for a rule that tests inherited facts or the headquarters
// (restriction notes, ownership paths, the graph's ultimate parent).
void ownership_evidence(const model::ScreeningRule& rule, const FactContext& ctx,
                        std::vector<std::string>& out);

// Fills {owner} and {owner_policy}: the most restrictive listed owner and its policy.
void fill_ownership(std::string& text, const FactContext& ctx);

}  // namespace ecc::screen
