// `owners --format html`: the owners report as one self-contained page that
// can be filed with a decision: the entity, its listings, ultimate parent and
// headquarters, the date and the Affiliates Rule state, every inherited
// restriction (rule, status, the note with its citations, aggregate share,
// governing owner and what its listing requires, each path), the picture as
// inline SVG (owners_svg.cpp), the direct owners and holdings with the date
// and file location of each statement, and the data-quality findings. Inline
// CSS with a print stylesheet (on screen a wide picture scrolls at full
// size; on paper it is scaled to the page), no scripts, no external resources; every value
// from the data goes through xml_escape.
#include <ostream>

#include "model/list_code.hpp"
#include "report/owners_report.hpp"
#include "report/owners_svg.hpp"
#include "report/owners_text.hpp"
#include "report/run_provenance.hpp"
#include "report/xml_escape.hpp"
#include "util/strings.hpp"

namespace ecc::report {
namespace {

const char* const k_style =
    "body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#111}"
    "table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#eee}.note{font-style:italic}.path{overflow-wrap:anywhere}"
    "figure{margin:1em 0;overflow-x:auto}figure svg{border:1px solid #ccc}"
    "code{font-size:90%}"
    "@media print{body{margin:0;font-size:9pt}tr,figure{break-inside:avoid}"
    "figure svg{max-width:100%;height:auto}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

std::string esc(const std::string& s) {
  return xml_escape(s);
}

std::string row(const std::string& label, const std::string& html) {
  return "<tr><th>" + esc(label) + "</th><td>" + html + "</td></tr>\n";
}

// A restriction's status cell, in the colour the picture gives its mark.
std::string status_cell(const model::InheritedRestriction& r) {
  const graph::MarkStyle* st = graph::mark_style(graph::node_mark(model::OwnedEntity{}, {r}));
  return "<td" + (st ? " style=\"background:" + std::string(st->fill) + "\"" : std::string()) +
         ">" + std::string(model::status_name(r.status)) + "</td>";
}

std::string governing_html(const model::InheritedRestriction& r) {
  if (!r.governing) {
    return "";
  }
  const model::ListedOwner& g = *r.governing;
  std::string out = esc(g.name) + " (" + esc(g.listing.list_code) + " <code>" +
                    esc(g.listing.entry_key) + "</code>)";
  if (!g.listing.license_requirement.empty()) {
    out += "<br>licence requirement: " + esc(g.listing.license_requirement);
  }
  if (!g.listing.license_policy.empty()) {
    out += "<br>review policy: " + esc(g.listing.license_policy);
  }
  return out;
}

void restrictions_html(std::ostream& out, const OwnersView& view) {
  out << "<h2>Inherited restrictions</h2>\n";
  if (view.restrictions.empty()) {
    out << "<p>none</p>\n";
    return;
  }
  out << "<table id=\"restrictions\"><thead><tr><th>rule</th><th>status</th><th>why (rule and "
         "citation)</th><th>aggregate</th><th>governing owner</th><th>paths</th></tr></thead>"
         "<tbody>\n";
  for (const model::InheritedRestriction& r : view.restrictions) {
    out << "<tr><td><code>" << model::regime_name(r.regime) << "</code></td>" << status_cell(r)
        << "<td>" << esc(r.note) << "</td><td>" << esc(share_text(r.aggregate_percent))
        << (r.percent_unknown ? " known, plus unknown shares" : "") << "</td><td>"
        << governing_html(r) << "</td><td>";
    for (const model::OwnershipPath& p : r.paths) {
      out << "<div class=\"path\">" << esc(graph::render_path(p, root_tag(r, p))) << "</div>";
    }
    out << (r.paths_truncated ? "<div>(more paths exist than are listed)</div>" : "")
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

// The direct owners (or holdings) with the statement behind each.
void edges_html(std::ostream& out, const OwnersView& view, bool owners) {
  out << "<h2>" << (owners ? "Owners" : "Holdings") << "</h2>\n<table id=\""
      << (owners ? "owners" : "holdings") << "\"><thead><tr><th>share</th><th>"
      << (owners ? "owner" : "owned") << "</th><th>kind</th><th>as of</th><th>statement</th>"
      << "</tr></thead><tbody>\n";
  for (const auto& [edge, name] : focus_edges(view.neighbourhood, owners)) {
    const model::OwnershipEdge& e = *edge;
    out << "<tr><td>" << esc(share_text(e.percent)) << "</td><td>" << esc(name) << "</td><td>"
        << model::ownership_kind_name(e.kind) << "</td><td>"
        << (e.as_of ? e.as_of->iso() : "undated") << "</td><td>" << esc(e.source) << ", "
        << esc(e.location) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

// Each listing by its list's title, date and requirement; the entry key (a
// hash for CSL entries) only in a details element, not in the text.
std::string listings_html(const model::OwnedEntity& e) {
  if (e.listings.empty()) {
    return "not listed";
  }
  std::string out;
  for (const model::EntityListing& l : e.listings) {
    std::optional<model::ListCodeInfo> info = model::find_list_code(l.list_code);
    out += out.empty() ? "" : "<br>";
    out += esc(info ? std::string(info->title) : l.list_code);
    out += l.start_date.empty() ? "" : ", since " + esc(l.start_date);
    out +=
        l.license_requirement.empty() ? "" : "; licence requirement: " + esc(l.license_requirement);
    if (!l.entry_key.empty()) {
      out += " <details><summary>entry key</summary><code>" + esc(l.list_code) + " " +
             esc(l.entry_key) + "</code></details>";
    }
  }
  return out;
}

void entity_html(std::ostream& out, const OwnersView& view) {
  const model::OwnedEntity& e = view.entity;
  std::string listed = listings_html(e);
  for (const std::string& link : view.list_links) {
    listed += "<br>" + esc(link);
  }
  const model::UltimateParent& up = view.parent;
  std::string parent = esc(up.name) + ", headquarters " +
                       esc(up.hq_country.empty() ? "unknown" : up.hq_country) +
                       (up.hq_from_incorporation ? " (country of incorporation)" : "") +
                       (up.cycle ? " (the chain runs into a cycle)" : "");
  if (up.path.size() > 1) {
    parent += "<br>chain: " + esc(graph::render_path(up.path));
  }
  out << "<table id=\"entity\"><tbody>\n"
      << row("entity", esc(e.name) + " (id <code>" + esc(e.id) + "</code>)")
      << row("incorporated", esc(e.country.empty() ? "unknown" : e.country))
      << row("headquarters", esc(e.hq_country.empty() ? "unknown" : e.hq_country))
      << row("listed", listed) << row("ultimate parent", parent) << row("as of", view.as_of.iso())
      << row("Affiliates Rule", esc(view.affiliates_state) + " (" + esc(view.affiliates_note) + ")")
      << "</tbody></table>\n";
}

}  // namespace

void print_owners_html(std::ostream& out, const OwnersView& view, const OwnersPicture& picture) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>exportcheck "
         "owners: "
      << esc(view.entity.name) << "</title><style>" << k_style << "</style></head><body>\n"
      << "<h1>Ownership of " << esc(view.entity.name) << "</h1>\n<p class=\"note\">"
      << esc(k_not_legal_advice) << "</p>\n";
  entity_html(out, view);
  restrictions_html(out, view);
  out << "<h2>Picture</h2>\n<figure>\n" << owners_svg(picture) << "</figure>\n";
  edges_html(out, view, true);
  edges_html(out, view, false);
  out << "<h2>Data</h2>\n";
  if (view.diagnostics.empty()) {
    out << "<p>no data-quality findings near this entity</p>\n";
  } else {
    out << "<ul id=\"diagnostics\">\n";
    for (const model::OwnershipDiagnostic& d : view.diagnostics) {
      out << "<li>" << model::diagnostic_kind_name(d.kind) << ": " << esc(d.message) << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "<p class=\"note\">generated by exportcheck owners for " << view.as_of.iso()
      << "</p>\n</body></html>\n";
}

}  // namespace ecc::report
