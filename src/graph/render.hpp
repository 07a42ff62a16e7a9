#pragma once
// Pure text renderings of ownership results for the `owners` command: a
// Graphviz DOT digraph of a neighbourhood and a one-line path, and the parts
// every picture of a neighbourhood shares (the marks' colours and legend, the
// lines of a box, the label of an edge; report/owners_svg draws the same).
// Return strings; printing is the caller's business.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/ownership.hpp"

namespace ecc::graph {

// What an entity of the picture is, by its own listing or what it inherits
// through ownership on the date, worst first.
enum class NodeMark { listed, blocked, licence_required, review, suspended, exempt, none };

// The mark of an entity from its listings and its restrictions
// (OwnershipAnalysis::restrictions): listed when it has listings of its own;
// blocked for a covered OFAC 50 % restriction, licence_required for a covered
// Affiliates Rule one, review for any review, then suspended, exempt, none.
NodeMark node_mark(const model::OwnedEntity& e,
                   const std::vector<model::InheritedRestriction>& restrictions);

// How a mark is drawn: fill and border colours, and its line in the legend.
struct MarkStyle {
  NodeMark mark;
  std::string_view fill;    // "#f9cb9c"
  std::string_view border;  // "#b45f06"
  std::string_view legend;  // "licence required: BIS Affiliates Rule"
};

// The styles of the marks, worst first; `none` has no style (unfilled).
const std::vector<MarkStyle>& mark_styles();
// The style of `mark`; nullptr for NodeMark::none.
const MarkStyle* mark_style(NodeMark mark);

// The lines of an entity's box: its name (the id when it has none), its
// headquarters (else incorporation) country when known, and "[EL, CMIC]"
// when it is listed. Not escaped.
std::vector<std::string> node_lines(const model::OwnedEntity& e);

// The label of an edge: "60 %", "? %" for an unknown share, "consolidates"
// for GLEIF consolidation; `edge_dashed` for the last two.
std::string edge_label(const model::OwnershipEdge& e);
bool edge_dashed(const model::OwnershipEdge& e);

// The conclusion drawn on the picture: each entity's mark and a caption
// (the as-of date and the rule windows).
struct DotConclusion {
  std::map<std::string, NodeMark> marks;  // by OwnedEntity::id; missing: none
  std::vector<std::string> caption;       // lines under the picture
};

// The mark an entity is drawn with: its own listing, else what `conclusion`
// says of it (none when the conclusion is null or does not name it).
NodeMark drawn_mark(const model::OwnedEntity& e, const DotConclusion* conclusion);

// DOT digraph of `hood`: owners point to what they own, edges are labelled
// with the share ("?" and dashed when unknown, "consolidates" for GLEIF), the
// focus is bold. Listed entities are filled red and tagged with their list
// codes; with `conclusion`, the others are filled by what they inherit
// (blocked, licence required, review, suspended, exempt), a legend names the
// colours of the marks in the picture and the caption goes below.
// Deterministic: nodes and edges in the order of `hood`.
std::string render_dot(const model::OwnershipNeighbourhood& hood,
                       const DotConclusion* conclusion = nullptr);

// "Beijing SenseTime (EL) —60 %→ X —100 %→ Y"; `root_tag` ("EL") is put after
// the first hop's name when not empty; an unknown share prints as "? %".
std::string render_path(const model::OwnershipPath& path, std::string_view root_tag = {});

}  // namespace ecc::graph
