#include "model/screening.hpp"

#include <array>

namespace ecc::model {

namespace {

constexpr std::array<std::pair<Verdict, std::string_view>, 5> k_verdicts = {{
    {Verdict::clear, "clear"},
    {Verdict::review, "review"},
    {Verdict::notify, "notify"},
    {Verdict::license_required, "license_required"},
    {Verdict::prohibited, "prohibited"},
}};

}  // namespace

std::string_view to_string(Verdict v) {
  for (const auto& [verdict, name] : k_verdicts) {
    if (verdict == v) {
      return name;
    }
  }
  return "review";
}

std::optional<Verdict> parse_verdict(std::string_view s) {
  for (const auto& [verdict, name] : k_verdicts) {
    if (name == s) {
      return verdict;
    }
  }
  return std::nullopt;
}

const std::vector<FactInfo>& screening_facts() {
  static const std::vector<FactInfo> k_facts = {
      {"order.destination", FactType::text, "ISO-2 country the items go to"},
      {"order.ship_from", FactType::text,
       "ISO-2 country the items leave from (US: an export from the United States)"},
      {"order.service", FactType::text,
       "cloud, remote_access or compute_rental when the order is for a service; 'none' otherwise"},
      {"order.end_use", FactType::text, "the declared end use, free text"},
      {"item.known", FactType::boolean, "the product was found in the catalog or given as a spec"},
      {"item.product", FactType::text, "the product's display name"},
      {"item.eccn", FactType::text,
       "classification: 3A090.a, 4A090.b, 5A992.z, not 3A090, undecided"},
      {"item.paragraph", FactType::text, "the deciding paragraph, e.g. 3A090.a.2"},
      {"item.controlled", FactType::boolean,
       "the ECCN is an advanced-computing ECCN (3A090, 4A090 or a .z)"},
      {"item.nac_eligible", FactType::boolean,
       "License Exception NAC/ACA eligible (unknown when a figure is missing)"},
      {"item.china_review_eligible", FactType::boolean,
       "meets the Jan 2026 case-by-case parameters (TPP < 21,000 and DRAM bandwidth < 6,500 GB/s)"},
      {"item.tpp", FactType::number, "total processing performance of the item"},
      {"item.overlays", FactType::list,
       "ids of the is-informed overlays that name the item or find it equivalent"},
      {"party.role", FactType::text,
       "purchaser, intermediate_consignee, ultimate_consignee or end_user"},
      {"party.name", FactType::text, "the party's name as the order gives it"},
      {"party.country", FactType::text, "ISO-2 country where the party is located"},
      {"party.lists", FactType::list,
       "list codes of the list entries the party matches (listed on the as-of date)"},
      {"party.similar_lists", FactType::list,
       "list codes of entries the party resembles without matching"},
      {"party.hq_countries", FactType::list,
       "ISO-2 headquarters country of the party and of its ultimate parent (from the order, else "
       "the ownership graph's ultimate parent)"},
      {"party.inherited_lists", FactType::list,
       "list codes of the listed owners whose restrictions the party inherits through ownership "
       "(OFAC 50 %, BIS Affiliates Rule) under a rule in force on the as-of date"},
      {"party.inherited_regimes", FactType::list,
       "ownership rules that cover the party on the as-of date: ofac_50, bis_affiliates"},
      {"party.inherited_review", FactType::list,
       "list codes of listed owners holding an unknown share that could reach 50 % (review, BIS "
       "Red Flag 29)"},
      {"data.stale", FactType::boolean,
       "an active list's data date is more than the maximum data age (--max-data-age, default "
       "30 days) before the as-of date, or unknown"},
      {"data.stale_accepted", FactType::boolean,
       "stale data was accepted on purpose (--allow-stale or EXPORTCHECK_ALLOW_STALE=1)"},
      {"data.assumptions", FactType::list,
       "what the result rests on that the fact base could not confirm: affiliates-rule-after-stay "
       "when a party's (audit: the ownership data's) Affiliates Rule result depends on the "
       "assumed state after 2026-11-09"},
  };
  return k_facts;
}

const FactInfo* find_fact(std::string_view name) {
  for (const FactInfo& f : screening_facts()) {
    if (f.name == name) {
      return &f;
    }
  }
  return nullptr;
}

}  // namespace ecc::model
