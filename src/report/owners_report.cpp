#include "report/owners_report.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "graph/render.hpp"
#include "model/list_code.hpp"
#include "report/owners_text.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

void print_restriction(std::ostream& out, const model::InheritedRestriction& r) {
  out << "  " << model::regime_name(r.regime) << ": " << model::status_name(r.status) << "\n";
  out << "    " << r.note << "\n";
  out << "    aggregate: " << share_text(r.aggregate_percent)
      << (r.percent_unknown ? " known, plus unknown shares" : "") << "\n";
  if (r.governing) {
    out << "    governing owner: " << r.governing->name << " (" << r.governing->listing.list_code
        << " [" << r.governing->listing.entry_key << "])\n";
    if (!r.governing->listing.license_requirement.empty()) {
      out << "    licence requirement: " << r.governing->listing.license_requirement << "\n";
    }
    if (!r.governing->listing.license_policy.empty()) {
      out << "    review policy: " << r.governing->listing.license_policy << "\n";
    }
  }
  for (const model::OwnershipPath& p : r.paths) {
    out << "    path: " << graph::render_path(p, root_tag(r, p)) << "\n";
  }
  if (r.paths_truncated) {
    out << "    (more paths exist than are listed)\n";
  }
}

void print_edges(std::ostream& out, const OwnersView& view, bool owners) {
  for (const auto& [edge, name] : focus_edges(view.neighbourhood, owners)) {
    const model::OwnershipEdge& e = *edge;
    out << "  " << share_text(e.percent) << "  " << name
        << (e.kind == model::OwnershipKind::equity
                ? ""
                : " (" + std::string(model::ownership_kind_name(e.kind)) + ")")
        << "  [" << (e.as_of ? e.as_of->iso() : "undated") << ", " << e.location << "]\n";
  }
}

ordered_json path_json(const model::OwnershipPath& path) {
  ordered_json hops = ordered_json::array();
  for (const model::PathHop& h : path) {
    ordered_json hop{{"id", h.entity_id}, {"name", h.name}};
    hop["percent"] = h.percent ? ordered_json(*h.percent) : ordered_json(nullptr);
    hop["share_unknown"] = h.share_unknown;
    hops.push_back(hop);
  }
  return hops;
}

ordered_json owner_json(const model::ListedOwner& o) {
  return {{"id", o.entity_id},
          {"name", o.name},
          {"list", o.listing.list_code},
          {"entry_key", o.listing.entry_key},
          {"license_requirement", o.listing.license_requirement},
          {"license_policy", o.listing.license_policy}};
}

ordered_json restriction_json(const model::InheritedRestriction& r) {
  ordered_json j{{"regime", model::regime_name(r.regime)},
                 {"status", model::status_name(r.status)}};
  j["aggregate_percent"] = r.aggregate_percent;
  j["percent_unknown"] = r.percent_unknown;
  j["listed_owners"] = ordered_json::array();
  for (const model::ListedOwner& o : r.listed_owners) {
    j["listed_owners"].push_back(owner_json(o));
  }
  j["governing"] = r.governing ? owner_json(*r.governing) : ordered_json(nullptr);
  j["fdp_footnotes"] = r.fdp_footnotes;
  j["paths"] = ordered_json::array();
  for (const model::OwnershipPath& p : r.paths) {
    j["paths"].push_back({{"text", graph::render_path(p, root_tag(r, p))}, {"hops", path_json(p)}});
  }
  j["paths_truncated"] = r.paths_truncated;
  j["note"] = r.note;
  return j;
}

ordered_json entity_json(const model::OwnedEntity& e) {
  ordered_json j{
      {"id", e.id}, {"name", e.name}, {"country", e.country}, {"hq_country", e.hq_country}};
  j["listings"] = ordered_json::array();
  for (const model::EntityListing& l : e.listings) {
    j["listings"].push_back({{"list", l.list_code}, {"entry_key", l.entry_key}});
  }
  return j;
}

}  // namespace

std::string share_text(const std::optional<double>& percent) {
  if (!percent) {
    return "? %";
  }
  std::string text = std::to_string(*percent);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') {
    text.pop_back();
  }
  return text + " %";
}

std::string listing_text(const model::OwnedEntity& e) {
  std::vector<std::string> parts;
  for (const model::EntityListing& l : e.listings) {
    parts.push_back(l.list_code + " [" + l.entry_key + "]");
  }
  return parts.empty() ? "not listed" : util::join(parts, ", ");
}

std::string root_tag(const model::InheritedRestriction& r, const model::OwnershipPath& path) {
  for (const model::ListedOwner& o : r.listed_owners) {
    if (!path.empty() && o.entity_id == path.front().entity_id) {
      return list_tag(o.listing.list_code);
    }
  }
  return {};
}

std::vector<std::pair<const model::OwnershipEdge*, std::string>> focus_edges(
    const model::OwnershipNeighbourhood& hood, bool owners) {
  std::vector<std::pair<const model::OwnershipEdge*, std::string>> out;
  for (const model::OwnershipEdge& e : hood.edges) {
    if ((owners ? e.owned : e.owner) != hood.focus) {
      continue;
    }
    const std::string& other = owners ? e.owner : e.owned;
    std::string name = other;
    for (const model::OwnedEntity& n : hood.entities) {
      name = n.id == other ? n.name : name;
    }
    out.emplace_back(&e, std::move(name));
  }
  return out;
}

std::string list_tag(const std::string& list_code) {
  std::optional<model::ListCodeInfo> info = model::find_list_code(list_code);
  return info && !info->csl_abbrev.empty() ? std::string(info->csl_abbrev) : list_code;
}

void print_party_ownership(std::ostream& out, const screen::PartyResult& party) {
  if (party.ownership_entity.empty()) {
    return;
  }
  out << "      ownership: " << party.ownership_name;
  if (party.ultimate_parent) {
    out << "; ultimate parent " << party.ultimate_parent->name << " ("
        << (party.ultimate_parent->hq_country.empty() ? "HQ unknown"
                                                      : party.ultimate_parent->hq_country)
        << ")";
  }
  out << "\n";
  for (const model::InheritedRestriction& r : party.inherited) {
    out << "      ownership: " << model::regime_name(r.regime) << " "
        << model::status_name(r.status) << ", " << share_text(r.aggregate_percent)
        << (r.percent_unknown ? " + unknown" : "") << "\n";
  }
}

ordered_json party_ownership_json(const screen::PartyResult& party) {
  if (party.ownership_entity.empty()) {
    return nullptr;
  }
  ordered_json j{{"entity", party.ownership_entity}, {"name", party.ownership_name}};
  if (party.ultimate_parent) {
    j["ultimate_parent"] = {{"id", party.ultimate_parent->entity_id},
                            {"name", party.ultimate_parent->name},
                            {"hq_country", party.ultimate_parent->hq_country}};
  }
  j["restrictions"] = ordered_json::array();
  for (const model::InheritedRestriction& r : party.inherited) {
    j["restrictions"].push_back(restriction_json(r));
  }
  return j;
}

void print_owners_table(std::ostream& out, const OwnersView& view) {
  const model::OwnedEntity& e = view.entity;
  out << e.name << "  (id " << util::quote(e.id) << ")\n";
  out << "  incorporated: " << (e.country.empty() ? "unknown" : e.country)
      << ", headquarters: " << (e.hq_country.empty() ? "unknown" : e.hq_country) << "\n";
  out << "  listed: " << listing_text(e) << "\n";
  for (const std::string& link : view.list_links) {
    out << "    " << link << "\n";
  }
  const model::UltimateParent& up = view.parent;
  out << "ultimate parent: " << up.name << ", headquarters "
      << (up.hq_country.empty() ? "unknown" : up.hq_country)
      << (up.hq_from_incorporation ? " (country of incorporation)" : "")
      << (up.cycle ? " (the chain runs into a cycle)" : "") << "\n";
  if (up.path.size() > 1) {
    out << "  chain: " << graph::render_path(up.path) << "\n";
  }
  out << "as of " << view.as_of.iso() << "; Affiliates Rule " << view.affiliates_state << " ("
      << view.affiliates_note << ")\n";
  out << "inherited restrictions:" << (view.restrictions.empty() ? " none" : "") << "\n";
  for (const model::InheritedRestriction& r : view.restrictions) {
    print_restriction(out, r);
  }
  out << "owners:\n";
  print_edges(out, view, true);
  out << "holdings:\n";
  print_edges(out, view, false);
  for (const model::OwnershipDiagnostic& d : view.diagnostics) {
    out << "data: " << model::diagnostic_kind_name(d.kind) << ": " << d.message << "\n";
  }
}

void print_owners_json(std::ostream& out, const OwnersView& view) {
  ordered_json j;
  j["as_of"] = view.as_of.iso();
  j["entity"] = entity_json(view.entity);
  if (!view.list_links.empty()) {
    j["entity"]["list_links"] = view.list_links;
  }
  const model::UltimateParent& up = view.parent;
  j["ultimate_parent"] = {
      {"id", up.entity_id},          {"name", up.name},
      {"hq_country", up.hq_country}, {"hq_from_incorporation", up.hq_from_incorporation},
      {"cycle", up.cycle},           {"path", path_json(up.path)}};
  j["affiliates_rule"] = {{"state", view.affiliates_state}, {"note", view.affiliates_note}};
  j["restrictions"] = ordered_json::array();
  for (const model::InheritedRestriction& r : view.restrictions) {
    j["restrictions"].push_back(restriction_json(r));
  }
  j["neighbourhood"] = {{"entities", ordered_json::array()}, {"edges", ordered_json::array()}};
  for (const model::OwnedEntity& n : view.neighbourhood.entities) {
    j["neighbourhood"]["entities"].push_back(entity_json(n));
  }
  for (const model::OwnershipEdge& e : view.neighbourhood.edges) {
    ordered_json edge{{"owner", e.owner}, {"owned", e.owned}};
    edge["percent"] = e.percent ? ordered_json(*e.percent) : ordered_json(nullptr);
    edge["kind"] = model::ownership_kind_name(e.kind);
    edge["as_of"] = e.as_of ? ordered_json(e.as_of->iso()) : ordered_json(nullptr);
    edge["source"] = e.source;
    edge["location"] = e.location;
    j["neighbourhood"]["edges"].push_back(edge);
  }
  j["diagnostics"] = ordered_json::array();
  for (const model::OwnershipDiagnostic& d : view.diagnostics) {
    j["diagnostics"].push_back(
        {{"kind", model::diagnostic_kind_name(d.kind)}, {"message", d.message}});
  }
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
