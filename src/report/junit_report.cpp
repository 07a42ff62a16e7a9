// JUnit XML for test-report views: one <testsuite> per order, one <testcase>
// per order line. A line fails when its verdict, after suppressions, is at or
// above --fail-on; the failure text is the explanation of every finding that
// touches the line. Findings below the level and suppressed ones go to
// <system-out>, so nothing is dropped.
#include <sstream>

#include "report/ci_report.hpp"
#include "report/xml_escape.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

std::string xml(const std::string& s) {
  return xml_escape(s);
}

std::string finding_text(const ScreenRun& run, size_t r, size_t f) {
  const screen::ScreenResult& res = (*run.results)[r];
  const model::Finding& fd = res.findings[f];
  std::string text = "[" + std::string(model::to_string(fd.verdict)) + "] " + fd.rule->id + " (" +
                     util::join(fd.rule->citations, "; ") + ")";
  if (fd.party >= 0) {
    text += ", party " + res.order->parties[static_cast<size_t>(fd.party)].name;
  }
  text += "\n  " + fd.explanation + "\n";
  for (const std::string& e : fd.evidence) {
    text += "  evidence: " + e + "\n";
  }
  if (const screen::Suppression* s = suppression_of(run, r, f)) {
    text += "  suppressed: " + s->reason + " (approved by " + s->approved_by + ", expires " +
            s->expires.iso() + ", " + s->source + ")\n";
  }
  return text;
}

struct LineCase {
  model::Verdict verdict = model::Verdict::clear;
  std::string failing;  // findings at or above --fail-on, not suppressed
  std::string other;    // the rest: below the level, or suppressed
};

LineCase line_case(const ScreenRun& run, size_t r, size_t line) {
  const screen::ScreenResult& res = (*run.results)[r];
  LineCase c;
  std::vector<const screen::Suppression*> none;
  c.verdict = run.suppressions
                  ? screen::effective_line_verdict(res, run.suppressions->by_finding[r], line)
                  : screen::effective_line_verdict(res, none, line);
  for (size_t f = 0; f < res.findings.size(); ++f) {
    const model::Finding& fd = res.findings[f];
    if (fd.line >= 0 && fd.line != static_cast<int>(line)) {
      continue;
    }
    bool fails = fd.verdict >= run.fail_on && !suppression_of(run, r, f);
    (fails ? c.failing : c.other) += finding_text(run, r, f);
  }
  return c;
}

void print_suite(std::ostringstream& out, const ScreenRun& run, size_t r, size_t& failures) {
  const screen::ScreenResult& res = (*run.results)[r];
  std::ostringstream cases;
  size_t suite_failures = 0;
  for (size_t l = 0; l < res.lines.size(); ++l) {
    LineCase c = line_case(run, r, l);
    const screen::LineResult& line = res.lines[l];
    cases << "    <testcase classname=\"exportcheck." << xml(res.order->id) << "\" name=\"line "
          << l + 1 << ": " << line.quantity << " x " << xml(line.query) << "\" file=\""
          << xml(res.order->source) << "\">\n";
    if (c.verdict >= run.fail_on) {
      ++suite_failures;
      cases << "      <failure type=\"" << model::to_string(c.verdict) << "\" message=\"verdict "
            << model::to_string(c.verdict) << " is at or above --fail-on "
            << model::to_string(run.fail_on) << "\">" << xml(c.failing) << "</failure>\n";
    }
    if (!c.other.empty()) {
      cases << "      <system-out>" << xml(c.other) << "</system-out>\n";
    }
    cases << "    </testcase>\n";
  }
  failures += suite_failures;
  out << "  <testsuite name=\"" << xml(res.order->id) << "\" tests=\"" << res.lines.size()
      << "\" failures=\"" << suite_failures << "\" errors=\"0\" skipped=\"0\" file=\""
      << xml(res.order->source) << "\">\n"
      << "    <properties>\n"
      << "      <property name=\"as_of\" value=\"" << res.as_of.iso() << "\"/>\n"
      << "      <property name=\"verdict\" value=\"" << model::to_string(res.verdict) << "\"/>\n"
      << "      <property name=\"effective_verdict\" value=\""
      << model::to_string(effective_verdict(run, r)) << "\"/>\n"
      << "      <property name=\"rules_version\" value=\"" << xml(run.data->rules_version)
      << "\"/>\n"
      << "    </properties>\n"
      << cases.str() << "  </testsuite>\n";
}

}  // namespace

void print_screen_junit(std::ostream& out, const ScreenRun& run) {
  std::ostringstream suites;
  size_t tests = 0;
  size_t failures = 0;
  for (size_t r = 0; r < run.results->size(); ++r) {
    tests += (*run.results)[r].lines.size();
    print_suite(suites, run, r, failures);
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"exportcheck screen\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"0\">\n"
      << suites.str() << "</testsuites>\n";
}

}  // namespace ecc::report
