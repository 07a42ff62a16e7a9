// JUnit XML for `exportcheck audit`: one <testsuite> for the customer file,
// one <testcase> per customer with a finding (a hit that is not clear) or a
// row that could not be read, and one passing <testcase> standing for all
// clear customers, so that a million clear rows do not become a million test
// cases. A customer fails when its decision after suppressions is at or above
// --fail-on; its failure text is every such finding, the rest (below the
// level, or suppressed with the reason) is in <system-out>. The counts must
// lead the document, so the cases are spooled to a temporary file and copied
// after the header at the end: memory stays flat.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "report/audit_report.hpp"
#include "report/xml_escape.hpp"
#include "util/error.hpp"

namespace ecc::report {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

match::Decision parse_fail_on(const std::string& s) {
  return s == "match" ? match::Decision::match : match::Decision::review;
}

std::string suppression_text(const screen::Suppression& s) {
  return "  suppressed: " + s.reason + " (approved by " + s.approved_by + ", expires " +
         s.expires.iso() + ", " + s.source + ")\n";
}

class JunitWriter : public AuditWriter {
 public:
  JunitWriter(std::ostream& out, AuditHeader header)
      : m_out(out), m_header(std::move(header)), m_fail_on(parse_fail_on(m_header.fail_on)) {}

  void begin() override {
    m_spool.reset(std::tmpfile());
    if (!m_spool) {
      throw DataError("cannot create a temporary file for the JUnit report");
    }
    for (const model::Finding& f : run_findings_of(m_header)) {
      run_case(f);
    }
  }

  void write(const CustomerResult& r) override {
    if (!r.customer.error.empty()) {
      ++m_tests;
      ++m_errors;
      spool(open_case(r) + "      <error type=\"error\" message=\"row could not be audited\">" +
            xml_escape(r.customer.error) + "</error>\n    </testcase>\n");
      return;
    }
    if (r.findings.empty() && r.ownership.empty()) {
      return;
    }
    ++m_tests;
    std::string failing, other;
    for (const screen::AuditFinding& f : r.findings) {
      const bool fails = !f.suppressed && f.hit.decision >= m_fail_on;
      std::string text = finding_message(r, f) + "\n";
      if (f.suppressed) {
        text += suppression_text(*f.suppressed);
      }
      (fails ? failing : other) += text;
    }
    for (const screen::OwnershipFinding& o : r.ownership) {
      (r.ownership_decision >= m_fail_on ? failing : other) += ownership_message(r, o) + "\n";
    }
    std::string xml = open_case(r);
    if (r.effective >= m_fail_on && r.effective != match::Decision::clear) {
      ++m_failures;
      const std::string level(match::to_string(r.effective));
      xml += "      <failure type=\"" + level + "\" message=\"decision " + level +
             " is at or above --fail-on " + m_header.fail_on + "\">" + xml_escape(failing) +
             "</failure>\n";
    }
    if (!other.empty()) {
      xml += "      <system-out>" + xml_escape(other) + "</system-out>\n";
    }
    spool(xml + "    </testcase>\n");
  }

  void end(const AuditSummary& s) override {
    ++m_tests;  // the case for the clear customers
    spool("    <testcase classname=\"exportcheck.audit\" name=\"" + std::to_string(s.clear) +
          " clear customers\" file=\"" + xml_escape(m_header.input) + "\">\n      <system-out>" +
          std::to_string(s.clear) + " of " + std::to_string(s.customers) +
          " customers have no hit at or above the review threshold" +
          (m_header.delta.empty() ? "" : " on an entry added or changed since " + m_header.delta) +
          "</system-out>\n    </testcase>\n");
    const std::string counts = "tests=\"" + std::to_string(m_tests) + "\" failures=\"" +
                               std::to_string(m_failures) + "\" errors=\"" +
                               std::to_string(m_errors) + "\"";
    m_out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          << "<testsuites name=\"exportcheck audit\" " << counts << ">\n"
          << "  <testsuite name=\"" << xml_escape(m_header.input) << "\" " << counts
          << " skipped=\"0\" file=\"" << xml_escape(m_header.input) << "\">\n"
          << properties(s);
    copy_spool();
    m_out << "  </testsuite>\n</testsuites>\n";
    m_out.flush();
  }

 private:
  // A run finding (stale lists) is one case of its own; review fails at --fail-on review.
  void run_case(const model::Finding& f) {
    ++m_tests;
    std::string xml = "    <testcase classname=\"exportcheck.audit\" name=\"run: " + f.rule->id +
                      "\" file=\"" + xml_escape(m_header.input) + "\">\n";
    const std::string text = xml_escape(run_finding_message(f));
    if (f.verdict != model::Verdict::clear && m_fail_on == match::Decision::review) {
      ++m_failures;
      xml += "      <failure type=\"review\" message=\"" + f.rule->id +
             " is at or above --fail-on review\">" + text + "</failure>\n";
    } else {
      xml += "      <system-out>" + text + "</system-out>\n";
    }
    spool(xml + "    </testcase>\n");
  }

  std::string open_case(const CustomerResult& r) const {
    const model::Customer& c = r.customer;
    std::string who = c.id + (c.id.empty() || c.name.empty() ? "" : " ") + c.name;
    return "    <testcase classname=\"exportcheck.audit\" name=\"row " + std::to_string(c.row) +
           " (line " + std::to_string(c.line) + ")" + (who.empty() ? "" : ": " + xml_escape(who)) +
           "\" file=\"" + xml_escape(m_header.input) + "\">\n";
  }

  std::string property(const std::string& name, const std::string& value) const {
    return "      <property name=\"" + name + "\" value=\"" + xml_escape(value) + "\"/>\n";
  }

  // The provenance block, one property per line of it ("provenance.dataset_1").
  std::string provenance_properties() const {
    std::string p;
    if (m_header.provenance) {
      for (const auto& [label, value] : provenance_fields(*m_header.provenance)) {
        std::string name = "provenance.";
        for (const char c : label) {
          if (c != '#') {
            name += c == ' ' ? '_' : c;
          }
        }
        p += property(name, value);
      }
    }
    return p;
  }

  std::string properties(const AuditSummary& s) const {
    std::string p =
        "    <properties>\n" + provenance_properties() + property("fail_on", m_header.fail_on) +
        property("customers", std::to_string(s.customers)) +
        property("clear", std::to_string(s.clear)) + property("review", std::to_string(s.review)) +
        property("match", std::to_string(s.match)) +
        property("suppressed", std::to_string(s.suppressed));
    if (m_header.data) {
      p += property("rules_version", m_header.data->rules_version);
    }
    if (!m_header.delta.empty()) {
      p += property("changed_since", m_header.delta);
    }
    return p + "    </properties>\n";
  }

  void spool(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), m_spool.get()) != text.size()) {
      throw DataError("cannot write the temporary file of the JUnit report");
    }
  }

  // The spool's buffered writes can fail only at the flush: checked before
  // rewind(), which would clear the error, and the read back is checked too.
  void copy_spool() {
    if (std::fflush(m_spool.get()) != 0 || std::ferror(m_spool.get())) {
      throw DataError(std::string("cannot write the temporary file of the JUnit report: ") +
                      std::strerror(errno));
    }
    std::rewind(m_spool.get());
    char buf[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, m_spool.get())) > 0) {
      m_out.write(buf, static_cast<std::streamsize>(n));
    }
    if (std::ferror(m_spool.get())) {
      throw DataError("cannot read the temporary file of the JUnit report back");
    }
  }

  std::ostream& m_out;
  AuditHeader m_header;
  match::Decision m_fail_on;
  std::unique_ptr<std::FILE, FileCloser> m_spool;
  size_t m_tests = 0, m_failures = 0, m_errors = 0;
};

}  // namespace

std::unique_ptr<AuditWriter> make_audit_junit_writer(std::ostream& out, AuditHeader header) {
  return std::make_unique<JunitWriter>(out, std::move(header));
}

}  // namespace ecc::report
