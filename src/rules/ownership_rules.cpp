// Ownership rule files -> model::OwnershipRules. Every key is checked, dates
// are strict, and the Affiliates Rule windows must be in order and must not
// overlap, so that exactly one state (or none, before the rule) holds per day.

#include "rules/ownership_rules.hpp"

#include <fstream>
#include <sstream>

#include "rules/json_fields.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::rules {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path + ": cannot open rule file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

double percent_field(const Fields& f, const std::string& key) {
  const nlohmann::json* v = member_of(f.json(), key);
  std::optional<double> number = v ? number_of(*v) : std::nullopt;
  if (!number) {
    f.fail(key, "expected a number");
  }
  double value = *number;
  if (value <= 0 || value > 100) {
    f.fail(key, "must be above 0 and at most 100");
  }
  return value;
}

model::RuleState parse_state(const Fields& f) {
  std::string s = f.string("state");
  if (s == "active") {
    return model::RuleState::active;
  }
  if (s == "stayed") {
    return model::RuleState::stayed;
  }
  if (s == "not_in_force") {
    return model::RuleState::not_in_force;
  }
  f.fail("state", "expected active, stayed or not_in_force, got " + util::quote(s));
}

std::vector<model::RuleWindow> parse_windows(const Fields& root) {
  std::vector<model::RuleWindow> windows;
  for (const Fields& w : root.objects("windows")) {
    w.only({"from", "to", "state", "citation", "confidence"});
    model::RuleWindow window{w.date("from"), w.optional_date("to"), parse_state(w),
                             w.string("citation"), w.optional_string("confidence")};
    if (window.to && *window.to < window.from) {
      w.fail("to", "is before 'from'");
    }
    if (!windows.empty() && (!windows.back().to || window.from <= *windows.back().to)) {
      w.fail("from", "overlaps the previous window (windows must be in date order)");
    }
    windows.push_back(std::move(window));
  }
  if (windows.empty()) {
    root.fail("windows", "missing");
  }
  return windows;
}

std::vector<std::pair<std::string, std::string>> parse_defaults(const Fields& root) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Fields& d : root.objects("default_policies")) {
    d.only({"list_code", "policy"});
    out.emplace_back(d.string("list_code"), util::to_lower_ascii(d.string("policy")));
  }
  return out;
}

}  // namespace

model::Ofac50Rule parse_ofac_50_rule(const std::string& text, const std::string& name) {
  nlohmann::json j = parse_json(text, name);
  Fields f(j, name, "");
  f.only({"id", "title", "citations", "threshold_percent", "list_codes", "confidence"});
  model::Ofac50Rule rule;
  rule.threshold_percent = percent_field(f, "threshold_percent");
  rule.list_codes = f.strings("list_codes", true);
  rule.citations = f.strings("citations", true);
  return rule;
}

model::AffiliatesRule parse_affiliates_rule(const std::string& text, const std::string& name) {
  nlohmann::json j = parse_json(text, name);
  Fields f(j, name, "");
  f.only({"id", "title", "citations", "threshold_percent", "list_codes", "sdn_programs",
          "sdn_programs_confidence", "home_country", "foreign_only_citation", "policy_order",
          "default_policies", "default_policies_confidence", "windows", "confidence"});
  model::AffiliatesRule rule;
  rule.threshold_percent = percent_field(f, "threshold_percent");
  rule.list_codes = f.strings("list_codes", true);
  rule.sdn_programs = f.strings("sdn_programs", false);
  rule.home_country = f.string("home_country");
  for (const std::string& p : f.strings("policy_order", true)) {
    rule.policy_order.push_back(util::to_lower_ascii(p));
  }
  rule.default_policies = parse_defaults(f);
  rule.windows = parse_windows(f);
  rule.citations = f.strings("citations", true);
  rule.confidence = f.optional_string("confidence");
  return rule;
}

model::NsCmicRule parse_ns_cmic_rule(const std::string& text, const std::string& name) {
  nlohmann::json j = parse_json(text, name);
  Fields f(j, name, "");
  f.only({"id", "citations", "list_codes", "note", "confidence"});
  model::NsCmicRule rule;
  rule.list_codes = f.strings("list_codes", true);
  rule.note = f.string("note");
  return rule;
}

model::OwnershipRules load_ownership_rules(const std::string& rules_dir) {
  std::string dir = rules_dir + "/ownership/";
  model::OwnershipRules rules;
  std::string ofac = dir + "ofac_50_rule.json";
  std::string affiliates = dir + "affiliates_rule.json";
  std::string cmic = dir + "ns_cmic_rule.json";
  rules.ofac = parse_ofac_50_rule(read_text(ofac), ofac);
  rules.affiliates = parse_affiliates_rule(read_text(affiliates), affiliates);
  rules.ns_cmic = parse_ns_cmic_rule(read_text(cmic), cmic);
  return rules;
}

}  // namespace ecc::rules
