// Which listings make an entity a seed of each regime, and which listing is
// the most restrictive when several owners are listed (Affiliates Rule: "most
// restrictive requirement/policy of any owner", 90 FR 47201). Restrictiveness
// is the licence review policy, ranked by the rule file's policy_order, then
// the breadth of the licence requirement ("all items subject to the EAR").
// A listing counts only between its listing and removal dates.

#include <algorithm>

#include "graph/internal/ownership_index.hpp"
#include "util/strings.hpp"

namespace ecc::graph::internal {
namespace {

bool contains(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

bool counts_for_affiliates(const model::AffiliatesRule& rule, const model::EntityListing& l) {
  if (contains(rule.list_codes, l.list_code)) {
    return true;
  }
  if (l.list_code != "sdn") {
    return false;
  }
  return std::any_of(l.programs.begin(), l.programs.end(),
                     [&](const std::string& p) { return contains(rule.sdn_programs, p); });
}

// An entry counts from its listing date to its removal date; unknown dates count.
bool listed_on(const model::EntityListing& l, const util::Date& date) {
  auto start = util::parse_iso_date(l.start_date);
  auto end = util::parse_iso_date(l.end_date);
  return (!start || *start <= date) && (!end || date <= *end);
}

}  // namespace

int restrictiveness(const model::AffiliatesRule& rule, const model::EntityListing& listing) {
  std::string policy = util::to_lower_ascii(listing.license_policy);
  for (const auto& [code, fallback] : rule.default_policies) {
    if (policy.empty() && code == listing.list_code) {
      policy = util::to_lower_ascii(fallback);
    }
  }
  int rank = 0;
  for (std::size_t i = 0; i < rule.policy_order.size(); ++i) {
    if (policy.find(rule.policy_order[i]) != std::string::npos) {
      rank = static_cast<int>(i) + 1;
    }
  }
  std::string requirement = util::to_lower_ascii(listing.license_requirement);
  bool all_items = requirement.find("all items subject to the ear") != std::string::npos;
  return rank * 2 + (all_items ? 1 : 0);
}

std::optional<model::EntityListing> regime_listing(const AnalysisState& state,
                                                   model::OwnershipRegime regime,
                                                   const model::OwnedEntity& entity) {
  const model::OwnershipRules& rules = state.options.rules;
  std::optional<model::EntityListing> best;
  for (const model::EntityListing& l : entity.listings) {
    if (!listed_on(l, state.options.as_of)) {
      continue;
    }
    bool counts = false;
    switch (regime) {
      case model::OwnershipRegime::ofac_50:
        counts = contains(rules.ofac.list_codes, l.list_code);
        break;
      case model::OwnershipRegime::bis_affiliates:
        counts = counts_for_affiliates(rules.affiliates, l);
        break;
      case model::OwnershipRegime::ns_cmic:
        counts = contains(rules.ns_cmic.list_codes, l.list_code);
        break;
    }
    if (counts && (!best || restrictiveness(rules.affiliates, l) >
                                restrictiveness(rules.affiliates, *best))) {
      best = l;
    }
  }
  return best;
}

}  // namespace ecc::graph::internal
