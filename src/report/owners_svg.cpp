// The ownership picture as SVG (owners_svg.hpp): boxes sized from estimated
// text widths (svg_text.hpp), placed by graph::layered_layout, drawn edges
// first, then boxes, then the share labels on a white ground so no line hides
// them; the legend and caption below. Colours, box lines and edge labels are
// the DOT picture's (graph/render.hpp), so both tell the same conclusion.
#include "report/owners_svg.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "graph/layout.hpp"
#include "report/svg_text.hpp"
#include "report/xml_escape.hpp"

namespace ecc::report {
namespace {

constexpr double k_font = 12;   // box text
constexpr double k_small = 11;  // edge labels, legend, caption
constexpr double k_line = 15;   // line height of box text
constexpr double k_pad_x = 8;   // inside a box
constexpr double k_pad_y = 6;
constexpr double k_max_text = 220;   // box text wraps at this width
constexpr double k_min_width = 560;  // the legend and caption need at least this
constexpr double k_margin = 16;
constexpr double k_bold = 1.08;  // how much wider the focus's bold text is

struct Box {
  std::vector<std::string> lines;
  graph::LayoutSize size;
  graph::NodeMark mark = graph::NodeMark::none;
  bool focus = false;
};

Box box_of(const model::OwnedEntity& e, const OwnersPicture& p) {
  Box b;
  b.focus = e.id == p.neighbourhood.focus;
  const double scale = b.focus ? k_bold : 1.0;
  for (const std::string& line : graph::node_lines(e)) {
    for (std::string& part : wrap_text(line, k_max_text / scale, k_font)) {
      b.lines.push_back(std::move(part));
    }
  }
  double width = 0;
  for (const std::string& line : b.lines) {
    width = std::max(width, text_width(line, k_font) * scale);
  }
  b.size = {std::ceil(width) + 2 * k_pad_x,
            static_cast<double>(b.lines.size()) * k_line + 2 * k_pad_y};
  b.mark = graph::drawn_mark(e, &p.conclusion);
  return b;
}

// Which statements win when a cycle must be drawn with one edge going up:
// control (consolidation) first, then the larger share; unknown as 50 %.
double cycle_weight(const model::OwnershipEdge& e) {
  if (e.kind != model::OwnershipKind::equity) {
    return 100;
  }
  return e.percent ? *e.percent : 50;
}

std::string n(double x) {
  return svg_number(x);
}

std::string polyline(const graph::EdgeRoute& r, bool dashed) {
  std::string points;
  for (const graph::LayoutPoint& pt : r.points) {
    points += (points.empty() ? "" : " ") + n(pt.x) + "," + n(pt.y);
  }
  return "<polyline points=\"" + points +
         "\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\"" +
         (dashed ? " stroke-dasharray=\"5 3\"" : "") + " marker-end=\"url(#ecc-arrow)\"/>\n";
}

// The share label at the middle of the segment that reaches the owned box.
std::string edge_label(const model::OwnershipEdge& e, const graph::EdgeRoute& r) {
  const std::string text = graph::edge_label(e);
  const graph::LayoutPoint at = graph::label_point(r);
  const double w = std::ceil(text_width(text, k_small)) + 6;
  return "<rect x=\"" + n(at.x - w / 2) + "\" y=\"" + n(at.y - 8) + "\" width=\"" + n(w) +
         "\" height=\"15\" fill=\"#ffffff\" fill-opacity=\"0.9\"/><text x=\"" + n(at.x) +
         "\" y=\"" + n(at.y + 3.5) + "\" text-anchor=\"middle\" font-size=\"" + n(k_small) + "\">" +
         xml_escape(text) + "</text>\n";
}

std::string node(const model::OwnedEntity& e, const Box& b, const graph::NodePlacement& at) {
  const graph::MarkStyle* st = graph::mark_style(b.mark);
  std::string out = "<g><title>" + xml_escape(e.id) +
                    (st ? " \u2014 " + xml_escape(std::string(st->legend)) : std::string()) +
                    "</title><rect x=\"" + n(at.x) + "\" y=\"" + n(at.y) + "\" width=\"" +
                    n(at.width) + "\" height=\"" + n(at.height) + "\" rx=\"4\" fill=\"" +
                    std::string(st ? st->fill : "#ffffff") + "\" stroke=\"" +
                    std::string(st ? st->border : "#666666") + "\" stroke-width=\"" +
                    (b.focus ? "3" : "1") + "\"/><text text-anchor=\"middle\" font-size=\"" +
                    n(k_font) + "\"" + (b.focus ? " font-weight=\"bold\"" : "") + ">";
  for (std::size_t i = 0; i < b.lines.size(); ++i) {
    out += "<tspan x=\"" + n(at.x + at.width / 2) + "\" y=\"" +
           n(at.y + k_pad_y + static_cast<double>(i) * k_line + 11) + "\">" +
           xml_escape(b.lines[i]) + "</tspan>";
  }
  return out + "</text></g>\n";
}

// The legend of the marks used (worst first) and how to read an arrow, from
// `y` down; returns the y under it.
double legend(std::string& out, const std::vector<graph::NodeMark>& used, double y) {
  out += "<g font-size=\"" + n(k_small) + "\"><text x=\"" + n(k_margin) + "\" y=\"" + n(y + 11) +
         "\" font-weight=\"bold\">legend</text>\n";
  y += 18;
  for (const graph::MarkStyle& st : graph::mark_styles()) {
    if (std::find(used.begin(), used.end(), st.mark) == used.end()) {
      continue;
    }
    out += "<rect x=\"" + n(k_margin) + "\" y=\"" + n(y) + "\" width=\"14\" height=\"14\" fill=\"" +
           std::string(st.fill) + "\" stroke=\"" + std::string(st.border) + "\"/><text x=\"" +
           n(k_margin + 20) + "\" y=\"" + n(y + 11) + "\">" + xml_escape(std::string(st.legend)) +
           "</text>\n";
    y += 18;
  }
  // How to read an arrow and the bold box, each with a sample.
  const auto arrow = [&](bool dashed) {
    return "<line x1=\"" + n(k_margin) + "\" y1=\"" + n(y + 7) + "\" x2=\"" + n(k_margin + 14) +
           "\" y2=\"" + n(y + 7) + "\" stroke=\"#555555\" stroke-width=\"1.2\"" +
           (dashed ? " stroke-dasharray=\"3 2\"" : "") + " marker-end=\"url(#ecc-arrow)\"/>";
  };
  const auto key = [&](const std::string& sample, const char* text) {
    out += sample + "<text x=\"" + n(k_margin + 20) + "\" y=\"" + n(y + 11) + "\">" + text +
           "</text>\n";
    y += 18;
  };
  key(arrow(false), "owns (the share on the arrow)");
  key(arrow(true), "share unknown, or consolidation");
  key("<rect x=\"" + n(k_margin + 1.5) + "\" y=\"" + n(y + 1.5) +
          "\" width=\"11\" height=\"11\" fill=\"#ffffff\" stroke=\"#666666\" stroke-width=\"3\"/>",
      "the entity asked about");
  out += "</g>\n";
  return y + 4;
}

double caption(std::string& out, const std::vector<std::string>& lines, double y, double width) {
  out += "<text font-size=\"" + n(k_small) + "\" fill=\"#333333\">";
  for (const std::string& line : lines) {
    for (const std::string& part : wrap_text(line, width - 2 * k_margin, k_small)) {
      out += "<tspan x=\"" + n(k_margin) + "\" y=\"" + n(y + 11) + "\">" + xml_escape(part) +
             "</tspan>";
      y += 14;
    }
  }
  out += "</text>\n";
  return y;
}

}  // namespace

std::string owners_svg(const OwnersPicture& p) {
  const model::OwnershipNeighbourhood& hood = p.neighbourhood;
  std::vector<Box> boxes;
  std::vector<graph::LayoutSize> sizes;
  std::vector<graph::NodeMark> used;
  std::map<std::string, std::size_t> index;
  for (const model::OwnedEntity& e : hood.entities) {
    index.emplace(e.id, boxes.size());
    boxes.push_back(box_of(e, p));
    sizes.push_back(boxes.back().size);
    used.push_back(boxes.back().mark);
  }
  std::vector<graph::LayoutEdge> edges;
  std::vector<const model::OwnershipEdge*> drawn;
  for (const model::OwnershipEdge& e : hood.edges) {
    const auto from = index.find(e.owner), to = index.find(e.owned);
    if (from != index.end() && to != index.end()) {
      edges.push_back({from->second, to->second, cycle_weight(e)});
      drawn.push_back(&e);
    }
  }
  const graph::Layout layout = graph::layered_layout(sizes, edges);
  const double width = std::ceil(std::max(layout.width, k_min_width));
  const double dx = std::round((width - layout.width) / 2);
  std::string lines, labels, body;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    lines += polyline(layout.edges[i], graph::edge_dashed(*drawn[i]));
    labels += edge_label(*drawn[i], layout.edges[i]);
  }
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    body += node(hood.entities[i], boxes[i], layout.nodes[i]);
  }
  std::string under;
  const double height = std::ceil(
      caption(under, p.conclusion.caption, legend(under, used, layout.height), width) + k_margin);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" +
         n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) +
         "\" font-family=\"Helvetica, Arial, 'Liberation Sans', sans-serif\" role=\"img\">\n"
         "<title>ownership picture</title>\n<defs><marker id=\"ecc-arrow\" viewBox=\"0 0 10 10\" "
         "refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
         "<path d=\"M0,0L10,5L0,10z\" fill=\"#555555\"/></marker></defs>\n"
         "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g transform=\"translate(" +
         n(dx) + ",0)\">\n" + lines + body + labels + "</g>\n" + under + "</svg>\n";
}

}  // namespace ecc::report
