// Shared pieces of the CI formats (suppression lookup, effective verdicts)
// and the CSV rendering: one row per finding, RFC 4180 quoting (LF line
// ends), so that a spreadsheet or a pipeline sees every finding with its status.
#include "report/ci_report.hpp"

#include "report/csv_field.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    out << (i ? "," : "") << csv_field(fields[i]);
  }
  out << "\n";
}

std::vector<std::string> finding_row(const ScreenRun& run, size_t r, size_t f) {
  const screen::ScreenResult& res = (*run.results)[r];
  const model::Finding& fd = res.findings[f];
  const screen::Suppression* s = suppression_of(run, r, f);
  std::string line = fd.line < 0 ? "" : std::to_string(fd.line + 1);
  std::string item = fd.line < 0 ? "" : res.lines[static_cast<size_t>(fd.line)].query;
  std::string party = fd.party < 0 ? "" : res.order->parties[static_cast<size_t>(fd.party)].name;
  return {res.order->id,
          res.order->source,
          res.as_of.iso(),
          std::string(model::to_string(res.verdict)),
          std::string(model::to_string(effective_verdict(run, r))),
          line,
          item,
          party,
          fd.rule->id,
          std::string(model::to_string(fd.verdict)),
          s ? "yes" : "no",
          s ? s->approved_by : "",
          util::join(fd.rule->citations, "; "),
          fd.explanation};
}

}  // namespace

const screen::Suppression* suppression_of(const ScreenRun& run, size_t r, size_t f) {
  if (!run.suppressions || r >= run.suppressions->by_finding.size()) {
    return nullptr;
  }
  const auto& row = run.suppressions->by_finding[r];
  return f < row.size() ? row[f] : nullptr;
}

model::Verdict effective_verdict(const ScreenRun& run, size_t r) {
  if (!run.suppressions || r >= run.suppressions->effective.size()) {
    return (*run.results)[r].verdict;
  }
  return run.suppressions->effective[r];
}

void print_screen_csv(std::ostream& out, const ScreenRun& run) {
  csv_row(out,
          {"order", "source", "as_of", "order_verdict", "effective_verdict", "line", "item",
           "party", "rule", "verdict", "suppressed", "approved_by", "citation", "explanation"});
  for (size_t r = 0; r < run.results->size(); ++r) {
    const screen::ScreenResult& res = (*run.results)[r];
    if (res.findings.empty()) {
      std::string v(model::to_string(res.verdict));
      csv_row(out, {res.order->id, res.order->source, res.as_of.iso(), v, v, "", "", "", "", "", "",
                    "", "", "no rule in force applies"});
    }
    for (size_t f = 0; f < res.findings.size(); ++f) {
      csv_row(out, finding_row(run, r, f));
    }
  }
}

}  // namespace ecc::report
