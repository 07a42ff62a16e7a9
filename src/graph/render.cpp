// DOT and path text for ownership results. DOT ids and labels are quoted and
// escaped, so any entity name (quotes, backslashes, non-ASCII UTF-8) is safe.
// The picture carries its conclusion: entities are coloured by what they
// inherit, with a legend and the date and rule windows it holds for.

#include "graph/render.hpp"

#include <algorithm>
#include <sstream>

#include "model/list_code.hpp"
#include "util/strings.hpp"

namespace ecc::graph {
namespace {

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string dot_quote(std::string_view s) {
  return "\"" + dot_escape(s) + "\"";
}

std::string share_text(const std::optional<double>& percent) {
  if (!percent) {
    return "?";
  }
  std::ostringstream out;
  out << *percent;
  return out.str();
}

std::string list_tags(const model::OwnedEntity& e) {
  std::vector<std::string> tags;
  for (const model::EntityListing& l : e.listings) {
    std::optional<model::ListCodeInfo> info = model::find_list_code(l.list_code);
    std::string tag =
        info && !info->csl_abbrev.empty() ? std::string(info->csl_abbrev) : l.list_code;
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) {
      tags.push_back(tag);
    }
  }
  return util::join(tags, ", ");
}

// The colours of the marks, worst first; `listed` keeps the red of old.
const std::vector<MarkStyle> k_styles = {
    {NodeMark::listed, "#f4cccc", "#cc0000", "listed (its own list entry)"},
    {NodeMark::blocked, "#e06666", "#990000", "blocked: OFAC 50 % rule"},
    {NodeMark::licence_required, "#f9cb9c", "#b45f06", "licence required: BIS Affiliates Rule"},
    {NodeMark::review, "#ffe599", "#bf9000", "review: unknown share (Red Flag 29)"},
    {NodeMark::suspended, "#cfe2f3", "#3d85c6", "would be covered; rule suspended on the date"},
    {NodeMark::exempt, "#d9ead3", "#38761d", "exempt (the rule does not reach it)"},
};

std::string node_line(const model::OwnedEntity& e, bool focus, NodeMark mark) {
  std::vector<std::string> lines;
  for (const std::string& line : node_lines(e)) {
    lines.push_back(dot_escape(line));
  }
  std::string attrs = "label=\"" + util::join(lines, "\\n") + "\"";
  if (const MarkStyle* st = mark_style(mark)) {
    attrs += std::string(", style=filled, fillcolor=\"") + std::string(st->fill) + "\", color=\"" +
             std::string(st->border) + "\"";
  }
  if (focus) {
    attrs += ", penwidth=3";
  }
  return "  " + dot_quote(e.id) + " [" + attrs + "];\n";
}

std::string edge_line(const model::OwnershipEdge& e) {
  std::string attrs = "label=\"" + edge_label(e) + "\"" + (edge_dashed(e) ? ", style=dashed" : "");
  return "  " + dot_quote(e.owner) + " -> " + dot_quote(e.owned) + " [" + attrs + "];\n";
}

// A legend cluster with one box per mark used in the picture, and the caption.
std::string legend(const std::vector<NodeMark>& used, const std::vector<std::string>& caption) {
  std::string out =
      "  subgraph cluster_legend {\n    label=\"legend\";\n    fontname=\"Helvetica\";\n";
  for (const MarkStyle& st : k_styles) {
    if (std::find(used.begin(), used.end(), st.mark) != used.end()) {
      const std::string legend(st.legend);
      out += "    \"legend:" + legend + "\" [label=\"" + legend + "\", style=filled, fillcolor=\"" +
             std::string(st.fill) + "\", color=\"" + std::string(st.border) + "\"];\n";
    }
  }
  out += "  }\n";
  if (!caption.empty()) {
    std::vector<std::string> lines;
    for (const std::string& c : caption) {
      lines.push_back(dot_escape(c));
    }
    out += "  labelloc=b;\n  labeljust=l;\n  label=\"" + util::join(lines, "\\l") + "\\l\";\n";
  }
  return out;
}

}  // namespace

const std::vector<MarkStyle>& mark_styles() {
  return k_styles;
}

const MarkStyle* mark_style(NodeMark mark) {
  for (const MarkStyle& s : k_styles) {
    if (s.mark == mark) {
      return &s;
    }
  }
  return nullptr;
}

std::vector<std::string> node_lines(const model::OwnedEntity& e) {
  std::vector<std::string> lines{e.name.empty() ? e.id : e.name};
  const std::string& country = e.hq_country.empty() ? e.country : e.hq_country;
  if (!country.empty()) {
    lines.push_back(country);
  }
  const std::string tags = list_tags(e);
  if (!tags.empty()) {
    lines.push_back("[" + tags + "]");
  }
  return lines;
}

std::string edge_label(const model::OwnershipEdge& e) {
  if (e.kind != model::OwnershipKind::equity) {
    return "consolidates";
  }
  return e.percent ? share_text(e.percent) + " %" : "? %";
}

bool edge_dashed(const model::OwnershipEdge& e) {
  return e.kind != model::OwnershipKind::equity || !e.percent;
}

NodeMark drawn_mark(const model::OwnedEntity& e, const DotConclusion* conclusion) {
  NodeMark mark = e.listings.empty() ? NodeMark::none : NodeMark::listed;
  if (conclusion && mark == NodeMark::none) {
    const auto it = conclusion->marks.find(e.id);
    mark = it == conclusion->marks.end() ? mark : it->second;
  }
  return mark;
}

NodeMark node_mark(const model::OwnedEntity& e,
                   const std::vector<model::InheritedRestriction>& restrictions) {
  if (!e.listings.empty()) {
    return NodeMark::listed;
  }
  NodeMark worst = NodeMark::none;
  for (const model::InheritedRestriction& r : restrictions) {
    NodeMark m = NodeMark::none;
    using S = model::InheritanceStatus;
    if (r.status == S::covered && r.regime == model::OwnershipRegime::ofac_50) {
      m = NodeMark::blocked;
    } else if (r.status == S::covered && r.regime == model::OwnershipRegime::bis_affiliates) {
      m = NodeMark::licence_required;
    } else if (r.status == S::review) {
      m = NodeMark::review;
    } else if (r.status == S::suspended) {
      m = NodeMark::suspended;
    } else if (r.status == S::exempt) {
      m = NodeMark::exempt;
    }
    worst = std::min(worst, m);
  }
  return worst;
}

std::string render_dot(const model::OwnershipNeighbourhood& hood, const DotConclusion* conclusion) {
  std::string out =
      "digraph ownership {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n";
  std::vector<NodeMark> used;
  for (const model::OwnedEntity& e : hood.entities) {
    const NodeMark mark = drawn_mark(e, conclusion);
    used.push_back(mark);
    out += node_line(e, e.id == hood.focus, mark);
  }
  for (const model::OwnershipEdge& e : hood.edges) {
    out += edge_line(e);
  }
  if (conclusion) {
    out += legend(used, conclusion->caption);
  }
  return out + "}\n";
}

std::string render_path(const model::OwnershipPath& path, std::string_view root_tag) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const model::PathHop& hop = path[i];
    if (i > 0) {
      out += " \u2014" + (hop.share_unknown ? std::string("?") : share_text(hop.percent)) +
             " %\u2192 ";
    }
    out += hop.name.empty() ? hop.entity_id : hop.name;
    if (i == 0 && !root_tag.empty()) {
      out += " (" + std::string(root_tag) + ")";
    }
  }
  return out;
}

}  // namespace ecc::graph
