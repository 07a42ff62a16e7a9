#pragma once
// Rendering of `exportcheck owners`: one entity's ownership picture on a date
// (ultimate parent and headquarters, inherited restrictions with rule,
// citation, aggregate share and paths, data-quality diagnostics) as a text
// report, JSON or one self-contained HTML page with the picture as inline
// SVG. DOT output is graph::render_dot.

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/render.hpp"
#include "model/ownership.hpp"
#include "screen/screen.hpp"

namespace ecc::report {

struct OwnersView {
  util::Date as_of;
  model::OwnedEntity entity;
  model::UltimateParent parent;
  std::vector<model::InheritedRestriction> restrictions;
  std::string affiliates_state;  // active, stayed, not_in_force
  std::string affiliates_note;   // window citation and confidence, or "state set by override"
  std::vector<model::OwnershipDiagnostic> diagnostics;  // those naming the entity or its neighbours
  model::OwnershipNeighbourhood neighbourhood;          // direct owners and holdings
  // What the list entries of the entity's listings say of it in their names:
  // "EL [key]: listed as an affiliate of Huawei Technologies Co., Ltd.".
  std::vector<std::string> list_links;
};

// The picture of the neighbourhood (three levels each way, as `--dot`
// draws it) with the conclusion drawn on it.
struct OwnersPicture {
  model::OwnershipNeighbourhood neighbourhood;
  graph::DotConclusion conclusion;
};

// Text report: entity, listings, ultimate parent, restrictions with paths, owners, holdings.
void print_owners_table(std::ostream& out, const OwnersView& view);

// The same as one JSON object.
void print_owners_json(std::ostream& out, const OwnersView& view);

// The same as one HTML page (inline CSS, no scripts, no external resources,
// print-friendly) with `picture` as inline SVG; every name is escaped.
void print_owners_html(std::ostream& out, const OwnersView& view, const OwnersPicture& picture);

// For `screen`: one line per ownership result of a party ("      ownership: ..."),
// nothing when the party is not in the ownership graph.
void print_party_ownership(std::ostream& out, const screen::PartyResult& party);

// For `screen --format json`: the party's ownership object, null when none.
nlohmann::ordered_json party_ownership_json(const screen::PartyResult& party);

// The CSL abbreviation of a list code ("EL", "SDN", "MEU", "CMIC"), as in DOT output.
std::string list_tag(const std::string& list_code);

}  // namespace ecc::report
