#pragma once
// Machine formats of `exportcheck screen` for CI systems: SARIF 2.1.0 for
// code-scanning views, JUnit XML for test-report views, CSV for spreadsheets,
// and the audit record that `screen --log` appends. docs/ci.md shows them.

#include <ostream>
#include <string>
#include <vector>

#include "report/screen_report.hpp"
#include "screen/suppressions.hpp"

namespace ecc::report {

// One screening run as the CI formats render it. `suppressions` may be null
// (no suppressions file): then every finding counts.
struct ScreenRun {
  const std::vector<screen::ScreenResult>* results = nullptr;
  const DataProvenance* data = nullptr;
  const screen::SuppressionOutcome* suppressions = nullptr;
  model::Verdict fail_on = model::Verdict::license_required;
};

// The suppression applied to finding `f` of result `r`, or nullptr.
const screen::Suppression* suppression_of(const ScreenRun& run, size_t r, size_t f);
// The verdict of result `r` once suppressed findings are set aside.
model::Verdict effective_verdict(const ScreenRun& run, size_t r);

// SARIF 2.1.0: one run, one result per finding, rules with citations and
// help, locations at the order file and the line/party JSON pointer (or CSV
// line), suppressed findings with `suppressions`.
void print_screen_sarif(std::ostream& out, const ScreenRun& run);

// JUnit XML: a testsuite per order, a testcase per order line; a line whose
// verdict (suppressions applied) is at or above --fail-on is a failure.
void print_screen_junit(std::ostream& out, const ScreenRun& run);

// CSV: a header, then one row per finding (an order without findings gets
// one row with an empty rule).
void print_screen_csv(std::ostream& out, const ScreenRun& run);

// What the audit record needs besides the run.
struct AuditInputs {
  std::vector<std::string> files;   // order files, as given
  std::vector<std::string> hashes;  // their SHA-256, same order
  std::string timestamp;            // ISO 8601 UTC
  int exit_code = 0;
};

// One audit record as compact JSON, without prev/hash (import::seal_audit_record adds them).
std::string audit_record_json(const ScreenRun& run, const AuditInputs& in);

// `log show`: one block per record of an audit log (lines as read).
void print_audit_log(std::ostream& out, const std::vector<std::string>& lines);

// The state of a verified chain: `log verify --format json` gives
// {"file", "records", "intact": true, "last_hash"}; `log show --format json`
// adds "entries", every record as read (with its prev and hash).
struct LogChain {
  std::string file;
  size_t records = 0;
  std::string last_hash;
};
void print_log_chain_json(std::ostream& out, const LogChain& chain,
                          const std::vector<std::string>* lines);

}  // namespace ecc::report
