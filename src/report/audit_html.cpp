// The HTML report of `exportcheck audit`: one self-contained file (inline CSS
// and a few lines of JS, no external resources) that reads as a record: the
// provenance block (tool, rules, each dataset's date, age and hash, the
// input's hash, the "not legal advice" line), a summary, and a table of
// every customer that is not clear (and of the first k_clear_rows clear
// ones) with the decision, the decision after suppressions, each hit's rule,
// requirement, citations and sources, the suppressions that apply, and the
// explanation; entry keys sit in a details element, not in the text. The
// table sorts by any column (decisions by severity, not alphabetically) and
// filters (findings only, a search box); a print stylesheet drops the
// controls. Every value from the data goes through escape(), so a customer
// called "<script>..." is shown, never run. Rows are rendered as they arrive
// and kept as text, so a large audit keeps only its findings in memory.
#include <iomanip>
#include <sstream>

#include "report/audit_report.hpp"
#include "report/xml_escape.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

// HTML text and attributes: the XML escaping (HTML5 knows &apos;).
std::string escape(const std::string& s) {
  return xml_escape(s);
}

std::string fixed3(double x) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << x;
  return s.str();
}

constexpr size_t k_clear_rows = 5000;  // clear customers listed; the rest are only counted

// Severity of a decision label, what the decision columns sort by.
int severity(const std::string& label) {
  if (label == "match") {
    return 3;
  }
  if (label == "error") {
    return 2;
  }
  return label == "review" ? 1 : 0;
}

const char* k_style =
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#eee}#results th{cursor:pointer}td.match{background:#f8d0d0}"
    "td.review{background:#fbeec0}td.error{background:#ddd}.expl{font-size:90%;color:#333}"
    "span.review{background:#fbeec0}"
    "tr.stale td{color:#b00000;font-weight:bold}.note{font-style:italic}"
    ".hit{margin-bottom:.4em}.supp{color:#555}#controls{margin:1em 0}"
    "@media print{#controls{display:none}body{margin:0;font-size:9pt}"
    "thead{display:table-header-group}tr{break-inside:avoid}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}details{display:none}}";

// Sorting by the clicked column (data-sort when a cell has one, numeric when
// every value is a number), the findings-only filter and the search box.
const char* k_script =
    "(function(){var body=document.querySelector('#results tbody');"
    "function key(c){return c.dataset.sort!==undefined?c.dataset.sort:c.textContent;}"
    "document.querySelectorAll('#results th').forEach(function(th,col){"
    "th.addEventListener('click',function(){var rows=Array.from(body.rows);"
    "var asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';"
    "var num=rows.every(function(r){var k=key(r.cells[col]);return k===''||!isNaN(k);});"
    "rows.sort(function(a,b){var x=key(a.cells[col]),y=key(b.cells[col]);"
    "var c=num?(parseFloat(x||'0')-parseFloat(y||'0')):x.localeCompare(y);"
    "if(c===0){c=parseFloat(a.cells[0].textContent)-parseFloat(b.cells[0].textContent);"
    "return c;}return asc?c:-c;});"
    "rows.forEach(function(r){body.appendChild(r);});});});"
    "var only=document.getElementById('findings-only'),q=document.getElementById('search');"
    "function filter(){var s=q.value.toLowerCase();Array.from(body.rows).forEach(function(r){"
    "var hide=(only.checked&&r.dataset.decision==='clear')||"
    "(s!==''&&r.textContent.toLowerCase().indexOf(s)<0);r.hidden=hide;});}"
    "only.addEventListener('change',filter);q.addEventListener('input',filter);filter();})();";

// A decision cell: the label, coloured, sorted by severity.
std::string decision_cell(const std::string& label) {
  return "<td class=\"" + label + "\" data-sort=\"" + std::to_string(severity(label)) + "\">" +
         label + "</td>";
}

// One hit: the entry, the rule that fires and what the list requires, its
// sources, the score and the explanation; the keys in a details element.
std::string hit_html(const match::MatchResult& h, const screen::HitRegime& g) {
  std::string out = "<div class=\"hit\"><b>" + escape(h.entry_name) + "</b> on " +
                    escape(h.list_code) + ": " + std::string(match::to_string(h.decision)) + ", " +
                    fixed3(h.score);
  if (g.list_rule) {
    if (!g.rule) {
      out += "<br>not a finding (below the review threshold); the list's rule <code>" +
             escape(g.list_rule->id) + "</code>: ";
    } else if (g.rule != g.list_rule) {
      out += "<br>rule <code>" + escape(g.rule->id) + "</code> (the list's rule <code>" +
             escape(g.list_rule->id) + "</code>): ";
    } else {
      out += "<br>rule <code>" + escape(g.rule->id) + "</code>: ";
    }
    out += escape(regime_requirement(g)) + " (" + escape(util::join(g.citations, "; ")) + ")";
  }
  out += "<br>sources: " + escape(util::join(g.sources, "; "));
  out += "<br>matched name <i>" + escape(h.matched_alias) + "</i>: " + escape(explain_hit(h));
  out += "<details><summary>keys</summary>" + escape(h.list_code) + " " + escape(h.entry_key);
  for (const std::string& k : g.other_keys) {
    out += ", " + escape(k);
  }
  return out + "</details></div>";
}

// The suppressions that cover findings of `r`: rule, by whom, until when, why.
std::string suppressions_html(const CustomerResult& r) {
  std::string out;
  for (const screen::AuditFinding& f : r.findings) {
    if (!f.suppressed) {
      continue;
    }
    const model::Suppression& s = *f.suppressed;
    out += "<div class=\"supp\"><code>" + escape(f.rule->id) + "</code> on " +
           escape(f.hit.entry_name) + ": " + escape(s.reason) + " (approved by " +
           escape(s.approved_by) + ", expires " + s.expires.iso() + "; " + escape(s.source) +
           ")</div>";
  }
  return out;
}

std::string row_html(const CustomerResult& r) {
  const model::Customer& c = r.customer;
  const std::string label = decision_label(r);
  std::ostringstream row;
  row << "<tr data-decision=\"" << label << "\"><td>" << c.row << "</td><td>" << escape(c.id)
      << "</td><td>" << escape(c.name) << "</td><td>" << escape(c.country) << "</td>"
      << decision_cell(label) << decision_cell(effective_label(r)) << "<td>"
      << (r.hits.empty() ? "" : fixed3(r.hits.front().score)) << "</td><td class=\"expl\">";
  if (!c.error.empty()) {
    row << escape(c.error);
  }
  for (size_t i = 0; i < r.hits.size(); ++i) {
    row << hit_html(r.hits[i], r.regimes.at(i));
  }
  for (const screen::OwnershipFinding& o : r.ownership) {
    row << "<div class=\"hit\">ownership, rule <code>" << escape(o.rule->id)
        << "</code>: " << escape(o.text) << "</div>";
  }
  row << "</td><td class=\"expl\">" << suppressions_html(r) << "</td></tr>\n";
  return row.str();
}

void provenance_html(std::ostream& out, const RunProvenance& p) {
  out << "<table id=\"provenance\"><tbody>\n";
  const std::vector<DatasetLine> lines = dataset_lines(p);
  size_t dataset = 0;
  for (const auto& [label, value] : provenance_fields(p)) {
    if (label == "disclaimer") {
      continue;  // the paragraph under the table
    }
    const bool is_dataset = label.rfind("dataset ", 0) == 0;
    const bool stale = is_dataset && dataset < lines.size() && lines[dataset++].stale;
    out << "<tr" << (stale ? " class=\"stale\"" : "") << "><th>" << escape(label) << "</th><td>"
        << escape(value) << "</td></tr>\n";
  }
  out << "</tbody></table>\n<p class=\"note\">" << escape(k_not_legal_advice) << "</p>\n";
}

void summary_html(std::ostream& out, const AuditSummary& s) {
  out << "<table id=\"summary\"><tr><th>customers</th><th>clear</th><th>review</th>"
      << "<th>match</th><th>errors</th><th>with suppressed findings</th>"
      << "<th>review after suppressions</th><th>match after suppressions</th></tr><tr><td>"
      << s.customers << "</td><td>" << s.clear << "</td><td>" << s.review << "</td><td>" << s.match
      << "</td><td>" << s.errors << "</td><td>" << s.suppressed << "</td><td>" << s.effective_review
      << "</td><td>" << s.effective_match << "</td></tr></table>\n";
}

class HtmlWriter : public AuditWriter {
 public:
  HtmlWriter(std::ostream& out, AuditHeader header) : m_out(out), m_header(std::move(header)) {}

  void begin() override {}

  void write(const CustomerResult& r) override {
    if (r.customer.error.empty() && r.decision == match::Decision::clear &&
        m_clear_listed++ >= k_clear_rows) {
      return;
    }
    m_rows.push_back(row_html(r));
  }

  void end(const AuditSummary& s) override {
    m_out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          << "<title>exportcheck audit: " << escape(m_header.input) << "</title><style>" << k_style
          << "</style></head><body>\n<h1>Restricted-party audit record</h1>\n";
    if (m_header.provenance) {
      provenance_html(m_out, *m_header.provenance);
    }
    if (!m_header.delta.empty()) {
      m_out << "<p>Delta audit: only customers with a hit on an entry added or changed since "
            << escape(m_header.delta) << ".</p>\n";
    }
    summary_html(m_out, s);
    for (const model::Finding& f : run_findings_of(m_header)) {
      const std::string level(model::to_string(f.verdict));
      m_out << "<p class=\"run\"><span class=\"" << level << "\">" << level << "</span> "
            << escape(run_finding_message(f)) << "</p>\n";
    }
    const size_t omitted = m_clear_listed > k_clear_rows ? m_clear_listed - k_clear_rows : 0;
    m_out << "<p>Listed: every customer that is not clear and the first " << k_clear_rows
          << " clear ones (" << omitted << " clear customers not listed). Hits: the most "
          << "restrictive regime first. Click a column to sort.</p>\n"
          << "<div id=\"controls\"><label><input type=\"checkbox\" id=\"findings-only\"> "
          << "findings only</label> <label>search <input type=\"search\" id=\"search\">"
          << "</label></div>\n"
          << "<table id=\"results\"><thead><tr><th>row</th><th>id</th><th>customer</th>"
          << "<th>country</th><th>decision</th><th>effective decision</th><th>score</th>"
          << "<th>hits: rule, requirement, sources, explanation</th><th>suppressions</th>"
          << "</tr></thead><tbody>\n";
    for (const auto& row : m_rows) {
      m_out << row;
    }
    m_out << "</tbody></table>\n<script>" << k_script << "</script>\n</body></html>\n";
    m_out.flush();
  }

 private:
  std::ostream& m_out;
  AuditHeader m_header;
  std::vector<std::string> m_rows;
  size_t m_clear_listed = 0;
};

}  // namespace

std::unique_ptr<AuditWriter> make_audit_html_writer(std::ostream& out, AuditHeader header) {
  return std::make_unique<HtmlWriter>(out, std::move(header));
}

}  // namespace ecc::report
