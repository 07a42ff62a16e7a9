// DOT and path text for ownership results. DOT ids and labels are quoted and
// escaped, so any entity name (quotes, backslashes, non-ASCII UTF-8) is safe.

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

std::string node_line(const model::OwnedEntity& e, bool focus) {
  std::vector<std::string> lines{dot_escape(e.name.empty() ? e.id : e.name)};
  std::string country = e.hq_country.empty() ? e.country : e.hq_country;
  if (!country.empty()) {
    lines.push_back(dot_escape(country));
  }
  std::string tags = list_tags(e);
  if (!tags.empty()) {
    lines.push_back("[" + dot_escape(tags) + "]");
  }
  std::string attrs = "label=\"" + util::join(lines, "\\n") + "\"";
  if (!tags.empty()) {
    attrs += ", style=filled, fillcolor=\"#f4cccc\", color=\"#cc0000\"";
  }
  if (focus) {
    attrs += ", penwidth=3";
  }
  return "  " + dot_quote(e.id) + " [" + attrs + "];\n";
}

std::string edge_line(const model::OwnershipEdge& e) {
  std::string attrs;
  if (e.kind != model::OwnershipKind::equity) {
    attrs = "label=\"consolidates\", style=dashed";
  } else if (!e.percent) {
    attrs = "label=\"? %\", style=dashed";
  } else {
    attrs = "label=\"" + share_text(e.percent) + " %\"";
  }
  return "  " + dot_quote(e.owner) + " -> " + dot_quote(e.owned) + " [" + attrs + "];\n";
}

}  // namespace

std::string render_dot(const model::OwnershipNeighbourhood& hood) {
  std::string out =
      "digraph ownership {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n";
  for (const model::OwnedEntity& e : hood.entities) {
    out += node_line(e, e.id == hood.focus);
  }
  for (const model::OwnershipEdge& e : hood.edges) {
    out += edge_line(e);
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
