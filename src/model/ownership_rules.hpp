#pragma once
// Parameters of the ownership rules, as loaded from rules/ownership/*.json by
// rules/ownership_rules.hpp: thresholds, which lists count, and the dated
// windows in which the BIS Affiliates Rule is in force or stayed.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/date.hpp"

namespace ecc::model {

// Whether a rule applies on a date.
enum class RuleState { not_in_force, active, stayed };

// [from, to] inclusive; `to` empty = open-ended.
struct RuleWindow {
  util::Date from;
  std::optional<util::Date> to;
  RuleState state = RuleState::active;
  std::string citation;    // e.g. "90 FR 50857"
  std::string confidence;  // how sure the fact base is of this window
  // An assumption, not a fact: the fact base could not confirm the state, so
  // it comes from the compliance team's setting (AffiliatesAssumption).
  bool assumed = false;
  std::string assumption;  // how the state was set, e.g. "the default ..."
};

// The state a compliance team assumes for the Affiliates Rule where the rule
// file marks a window as assumed (after the stay ended on 2026-11-09): active
// (the default: the rule's own text) or stayed, and where that came from.
struct AffiliatesAssumption {
  RuleState state = RuleState::active;
  std::string source = "the default";
};

// OFAC 50 % rule: blocked persons' aggregate holdings (OFAC FAQ 401).
struct Ofac50Rule {
  double threshold_percent = 50;
  std::vector<std::string> list_codes;  // lists whose entries are blocked persons ("sdn")
  std::vector<std::string> citations;
};

// BIS Affiliates Rule (90 FR 47201) and its stay (90 FR 50857).
struct AffiliatesRule {
  double threshold_percent = 50;
  std::vector<std::string> list_codes;    // entity_list, meu
  std::vector<std::string> sdn_programs;  // SDN programs of 15 CFR 744.8(a)(1)
  std::string home_country = "US";        // entities incorporated here are not covered
  std::vector<RuleWindow> windows;
  // License review policies from least to most restrictive, lower case.
  std::vector<std::string> policy_order;
  // Policy assumed for a list's entries when an entry states none: (list_code, policy).
  std::vector<std::pair<std::string, std::string>> default_policies;
  std::vector<std::string> citations;
  std::string confidence;
};

// NS-CMIC: no 50 % rule (OFAC FAQ 857); used for the informational note.
struct NsCmicRule {
  std::vector<std::string> list_codes;  // "ns_cmic"
  std::string note;
};

struct OwnershipRules {
  Ofac50Rule ofac;
  AffiliatesRule affiliates;
  NsCmicRule ns_cmic;
};

// The window of `rule` containing `date`; nullopt before the first window.
std::optional<RuleWindow> affiliates_window_on(const AffiliatesRule& rule, const util::Date& date);

std::string_view rule_state_name(RuleState state);

}  // namespace ecc::model
