// The HTML report of `exportcheck audit`: one self-contained file (inline CSS
// and a few lines of JS to sort the table, no external resources) with a
// summary, a table of every customer that is not clear (and of the first
// k_clear_rows clear ones), and the explanation of each hit. Every value that
// comes from the data goes through escape(), so a customer called
// "<script>..." is shown, never run. Rows are rendered as they arrive and kept
// as text, so a large audit keeps only its findings in memory.
#include <iomanip>
#include <sstream>

#include "report/audit_report.hpp"
#include "report/xml_escape.hpp"

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

const char* k_style =
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#eee;cursor:pointer}td.match{background:#f8d0d0}td.review{background:#fbeec0}"
    "td.error{background:#ddd}.expl{font-size:90%;color:#333}span.review{background:#fbeec0}";

// Sorts the table by the clicked column; numeric when every cell is a number.
const char* k_script =
    "document.querySelectorAll('#results th').forEach(function(th,col){"
    "th.addEventListener('click',function(){"
    "var body=document.querySelector('#results tbody');var rows=Array.from(body.rows);"
    "var asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';"
    "var num=rows.every(function(r){return r.cells[col].textContent===''||"
    "!isNaN(r.cells[col].textContent);});"
    "rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;"
    "var c=num?(parseFloat(x||'0')-parseFloat(y||'0')):x.localeCompare(y);return asc?c:-c;});"
    "rows.forEach(function(r){body.appendChild(r);});});});";

class HtmlWriter : public AuditWriter {
 public:
  HtmlWriter(std::ostream& out, AuditHeader header) : m_out(out), m_header(std::move(header)) {}

  void begin() override {}

  void write(const CustomerResult& r) override {
    if (r.customer.error.empty() && r.decision == match::Decision::clear &&
        m_clear_listed++ >= k_clear_rows) {
      return;
    }
    const model::Customer& c = r.customer;
    const std::string label = decision_label(r);
    std::ostringstream row;
    row << "<tr><td>" << c.row << "</td><td>" << escape(c.id) << "</td><td>" << escape(c.name)
        << "</td><td>" << escape(c.country) << "</td><td class=\"" << label << "\">" << label
        << "</td>";
    if (r.hits.empty()) {
      row << "<td></td><td></td><td></td><td class=\"expl\">" << escape(c.error) << "</td></tr>\n";
    } else {
      const auto& h = r.hits.front();
      row << "<td>" << fixed3(h.score) << "</td><td>" << escape(h.list_code) << "</td><td>"
          << escape(h.entry_name) << " (" << escape(h.entry_key) << ")</td><td class=\"expl\">";
      for (size_t i = 0; i < r.hits.size(); ++i) {
        const auto& x = r.hits[i];
        row << (i ? "<br>" : "") << "<b>" << escape(x.matched_alias) << "</b> " << fixed3(x.score)
            << " " << match::to_string(x.decision) << " [" << escape(x.list_code) << " "
            << escape(x.entry_key) << "]: " << escape(explain_hit(x));
      }
      row << "</td></tr>\n";
    }
    m_rows.push_back(row.str());
  }

  void end(const AuditSummary& s) override {
    m_out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          << "<title>exportcheck audit: " << escape(m_header.input) << "</title><style>" << k_style
          << "</style></head><body>\n<h1>Restricted-party audit</h1>\n<p>Customers: "
          << escape(m_header.input) << "<br>Lists: " << escape(m_header.lists)
          << "<br>Generated: " << escape(m_header.generated) << "<br>Thresholds: review &ge; "
          << fixed3(m_header.review_threshold) << ", match &ge; "
          << fixed3(m_header.match_threshold) << "</p>\n<table id=\"summary\"><tr><th>customers"
          << "</th><th>clear</th><th>review</th><th>match</th><th>errors</th></tr><tr><td>"
          << s.customers << "</td><td>" << s.clear << "</td><td>" << s.review << "</td><td>"
          << s.match << "</td><td>" << s.errors << "</td></tr></table>\n";
    for (const model::Finding& f : run_findings_of(m_header)) {
      const std::string level(model::to_string(f.verdict));
      m_out << "<p class=\"run\"><span class=\"" << level << "\">" << level << "</span> "
            << escape(run_finding_message(f)) << "</p>\n";
    }
    const size_t omitted = m_clear_listed > k_clear_rows ? m_clear_listed - k_clear_rows : 0;
    m_out << "<p>Listed: every customer that is not clear and the first " << k_clear_rows
          << " clear ones (" << omitted << " clear customers not listed). Click a column to sort."
          << "</p>\n"
          << "<table id=\"results\"><thead><tr><th>row</th><th>id</th><th>customer</th>"
          << "<th>country</th><th>decision</th><th>score</th><th>list</th><th>entry</th>"
          << "<th>explanation</th></tr></thead><tbody>\n";
    for (const auto& row : m_rows)
      m_out << row;
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
