// Screening through ownership: an order party that is an entity of the
// ownership graph (same LEI, same name, or the list entry it matched) gets what
// that entity inherits on the as-of date (OFAC 50 %, Affiliates Rule, NS-CMIC
// note) and its ultimate parent. Rules see this as party.inherited_* facts and
// the parent's headquarters in party.hq_countries; findings carry the paths.
#include "screen/ownership.hpp"

#include <algorithm>

#include "graph/render.hpp"
#include "model/list_code.hpp"
#include "screen/facts.hpp"
#include "screen/screen_internal.hpp"
#include "util/strings.hpp"

namespace ecc::screen {

namespace {

std::string fold(std::string_view s) {
  return graph::fold_name(s);
}

bool is_lei(const model::Identifier& id) {
  return graph::is_lei_type(id.type);
}

void add_unique(std::vector<std::string>& out, const std::string& value) {
  if (!value.empty() && std::find(out.begin(), out.end(), value) == out.end()) {
    out.push_back(value);
  }
}

std::string list_tag(const std::string& list_code) {
  std::optional<model::ListCodeInfo> info = model::find_list_code(list_code);
  return info && !info->csl_abbrev.empty() ? std::string(info->csl_abbrev) : list_code;
}

std::string restriction_line(const std::string& party, const model::InheritedRestriction& r) {
  return party + " inherits through ownership: " + std::string(model::regime_name(r.regime)) + " " +
         std::string(model::status_name(r.status)) + ": " + r.note;
}

void path_lines(const model::InheritedRestriction& r, std::vector<std::string>& out) {
  for (const model::OwnershipPath& path : r.paths) {
    std::string tag;
    for (const model::ListedOwner& o : r.listed_owners) {
      if (!path.empty() && o.entity_id == path.front().entity_id) {
        tag = list_tag(o.listing.list_code);
      }
    }
    out.push_back("ownership path: " + graph::render_path(path, tag));
  }
  if (r.paths_truncated) {
    out.push_back("ownership paths: more exist than are listed");
  }
}

}  // namespace

OwnershipAnalyses::OwnershipAnalyses(const model::OwnershipGraph& graph,
                                     model::OwnershipRules rules)
    : m_graph(&graph), m_rules(std::move(rules)) {
  for (std::size_t i = 0; i < graph.entities.size(); ++i) {
    const model::OwnedEntity& e = graph.entities[i];
    m_by_name[fold(e.name)].push_back(i);
    m_by_lei[e.id].push_back(i);
    for (const model::Identifier& id : e.identifiers) {
      if (is_lei(id) && id.number != e.id) {
        m_by_lei[id.number].push_back(i);
      }
    }
    for (const model::EntityListing& l : e.listings) {
      m_by_entry[l.list_code + "|" + l.entry_key].push_back(i);
    }
  }
}

OwnershipAnalyses::~OwnershipAnalyses() = default;

const graph::OwnershipAnalysis& OwnershipAnalyses::on(util::Date date) const {
  // find() first: concurrent readers of a date built before (audit's workers) only read.
  if (auto it = m_cache.find(date); it != m_cache.end()) {
    return *it->second;
  }
  auto& slot = m_cache[date];
  if (!slot) {
    graph::AnalysisOptions options{date, m_rules};
    slot = std::make_unique<graph::OwnershipAnalysis>(*m_graph, std::move(options));
  }
  return *slot;
}

std::vector<std::size_t> OwnershipAnalyses::entities_for(
    const model::OrderParty& party, const std::vector<std::string>& entry_keys) const {
  std::vector<std::size_t> out;
  auto take = [&](const auto& index, const std::string& key) {
    auto it = index.find(key);
    if (it == index.end()) {
      return;
    }
    for (std::size_t i : it->second) {
      if (std::find(out.begin(), out.end(), i) == out.end()) {
        out.push_back(i);
      }
    }
  };
  for (const model::Identifier& id : party.ids) {
    if (is_lei(id)) {
      take(m_by_lei, id.number);
    }
  }
  take(m_by_name, fold(party.name));
  for (const std::string& key : entry_keys) {
    take(m_by_entry, key);
  }
  return out;
}

std::optional<PartyOwnership> OwnershipAnalyses::party(const model::OrderParty& party,
                                                       const std::vector<std::string>& entry_keys,
                                                       util::Date as_of) const {
  std::vector<std::size_t> found = entities_for(party, entry_keys);
  if (found.empty()) {
    return std::nullopt;
  }
  const graph::OwnershipAnalysis& analysis = on(as_of);
  return PartyOwnership{analysis.entity(found.front()), found.size(),
                        analysis.restrictions(found.front()),
                        analysis.ultimate_parent(found.front())};
}

void add_ownership(const model::OrderParty& party, const ScreenInputs& in, util::Date as_of,
                   PartyResult& result) {
  if (!in.ownership || in.ownership->empty()) {
    return;
  }
  std::vector<std::string> keys;
  for (const PartyHit& h : result.hits) {
    if (!h.similar) {
      keys.push_back(h.entry->list_code + "|" + h.entry->entry_key);
    }
  }
  std::optional<PartyOwnership> found = in.ownership->party(party, keys, as_of);
  if (!found) {
    return;
  }
  result.ownership_entity = found->entity.id;
  result.ownership_name = found->entity.name;
  result.inherited = std::move(found->inherited);
  result.ultimate_parent = std::move(found->parent);
  if (found->matches > 1) {
    result.notes.push_back("ownership: the party matches " + std::to_string(found->matches) +
                           " ownership entities; '" + found->entity.name + "' is used");
  }
  for (const model::InheritedRestriction& r : result.inherited) {
    if (r.status != model::InheritanceStatus::covered &&
        r.status != model::InheritanceStatus::review) {
      result.notes.push_back("ownership: " + std::string(model::regime_name(r.regime)) + " " +
                             std::string(model::status_name(r.status)) + ": " + r.note);
    }
  }
  // A result the assumed Affiliates Rule state decides (covered, review, or
  // suspended by it) rests on that assumption: the verdict says so.
  std::optional<model::Assumption> assumed = affiliates_assumption(in.ownership->rules(), as_of);
  for (const model::InheritedRestriction& r : result.inherited) {
    bool decided = r.status == model::InheritanceStatus::covered ||
                   r.status == model::InheritanceStatus::review ||
                   r.status == model::InheritanceStatus::suspended;
    if (assumed && r.regime == model::OwnershipRegime::bis_affiliates && decided) {
      result.assumptions.push_back(*assumed);
      break;
    }
  }
}

std::optional<model::Assumption> affiliates_assumption(const model::OwnershipRules& rules,
                                                       util::Date date) {
  std::optional<model::RuleWindow> w = model::affiliates_window_on(rules.affiliates, date);
  if (!w || !w->assumed) {
    return std::nullopt;
  }
  return model::Assumption{"affiliates-rule-after-stay",
                           "the BIS Affiliates Rule is assumed " +
                               std::string(model::rule_state_name(w->state)) + " on " + date.iso() +
                               " (" + w->assumption + "; " + w->citation + "): " + w->confidence};
}

std::vector<CustomerRestriction> customer_restrictions(const OwnershipSource& ownership,
                                                       const model::OrderParty& party,
                                                       const std::vector<std::string>& entry_keys,
                                                       util::Date as_of) {
  std::vector<CustomerRestriction> out;
  if (ownership.empty()) {
    return out;
  }
  std::optional<PartyOwnership> found = ownership.party(party, entry_keys, as_of);
  if (!found) {
    return out;
  }
  for (const model::InheritedRestriction& r : found->inherited) {
    if (r.status != model::InheritanceStatus::covered &&
        r.status != model::InheritanceStatus::review) {
      continue;
    }
    std::string line = std::string(model::regime_name(r.regime)) + " " +
                       std::string(model::status_name(r.status)) + ": " + r.note;
    std::vector<std::string> paths;
    path_lines(r, paths);
    if (!paths.empty()) {
      line += "; " + paths.front();
    }
    out.push_back({r.regime, r.status, line});
  }
  return out;
}

std::vector<std::string> inherited_codes(const PartyResult& pr, model::InheritanceStatus status) {
  std::vector<std::string> out;
  for (const model::InheritedRestriction& r : pr.inherited) {
    if (r.status == status && r.regime != model::OwnershipRegime::ns_cmic) {
      for (const model::ListedOwner& o : r.listed_owners) {
        add_unique(out, o.listing.list_code);
      }
    }
  }
  return out;
}

std::vector<std::string> inherited_regimes(const PartyResult& pr) {
  std::vector<std::string> out;
  for (const model::InheritedRestriction& r : pr.inherited) {
    if (r.status == model::InheritanceStatus::covered) {
      add_unique(out, std::string(model::regime_name(r.regime)));
    }
  }
  return out;
}

void ownership_evidence(const model::ScreeningRule& rule, const FactContext& ctx,
                        std::vector<std::string>& out) {
  if (!ctx.party || !ctx.party_result || ctx.party_result->ownership_entity.empty()) {
    return;
  }
  const PartyResult& pr = *ctx.party_result;
  bool inherited = tests_fact(rule.when, "party.inherited_lists") ||
                   tests_fact(rule.when, "party.inherited_regimes");
  bool review = tests_fact(rule.when, "party.inherited_review");
  for (const model::InheritedRestriction& r : pr.inherited) {
    bool wanted = (inherited && r.status == model::InheritanceStatus::covered) ||
                  (review && r.status == model::InheritanceStatus::review);
    if (wanted) {
      out.push_back(restriction_line(ctx.party->name, r));
      path_lines(r, out);
    }
  }
  bool hq_from_graph = ctx.party->ultimate_parent_country.empty() && pr.ultimate_parent &&
                       !pr.ultimate_parent->hq_country.empty();
  if (tests_fact(rule.when, "party.hq_countries") && hq_from_graph) {
    const model::UltimateParent& up = *pr.ultimate_parent;
    out.push_back(ctx.party->name + " ultimate parent (ownership graph): " + up.name + " (" +
                  up.hq_country + (up.hq_from_incorporation ? ", country of incorporation" : "") +
                  "): " + graph::render_path(up.path));
  }
}

void fill_ownership(std::string& text, const FactContext& ctx) {
  std::string owner = "its listed owner";
  std::string policy = "see the owner's entry";
  if (ctx.party_result) {
    for (const model::InheritedRestriction& r : ctx.party_result->inherited) {
      if (r.status == model::InheritanceStatus::covered && r.governing) {
        owner = r.governing->name;
        policy = r.governing->listing.license_policy.empty() ? policy
                                                             : r.governing->listing.license_policy;
      } else if (r.status == model::InheritanceStatus::covered && !r.listed_owners.empty() &&
                 owner == "its listed owner") {
        owner = r.listed_owners.front().name;
      }
    }
  }
  for (const auto& [key, value] : {std::pair<std::string, std::string>{"{owner}", owner},
                                   std::pair<std::string, std::string>{"{owner_policy}", policy}}) {
    for (std::size_t pos = text.find(key); pos != std::string::npos;
         pos = text.find(key, pos + value.size())) {
      text.replace(pos, key.size(), value);
    }
  }
}

}  // namespace ecc::screen
