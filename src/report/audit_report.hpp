#pragma once
// Rendering of `exportcheck audit`: one result per customer, streamed in
// input order as CSV, JSON, SARIF or JUnit XML, or gathered into one
// self-contained HTML report. docs/matching.md ("Audit output") documents the
// columns and keys, docs/ci.md the CI formats.

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/customer.hpp"
#include "report/ci_report.hpp"
#include "report/run_provenance.hpp"
#include "report/screen_report.hpp"
#include "screen/audit_findings.hpp"
#include "screen/hit_ranking.hpp"

namespace ecc::report {

// One audited customer.
struct CustomerResult {
  model::Customer customer;                // as read; customer.error set for a bad row
  std::vector<match::MatchResult> hits;    // most restrictive first, at most the requested number
  std::vector<screen::HitRegime> regimes;  // one per hit: rule, requirement, citations, sources
  match::Decision decision = match::Decision::clear;
  std::vector<std::string> guards;  // query-level guards ("generic name ...")
  // Every hit that is not clear, with its rule and suppression (all of them,
  // not only the reported `hits`), and the decision once suppressed ones are
  // set aside: what --fail-on and the CI formats go by.
  std::vector<screen::AuditFinding> findings;
  match::Decision effective = match::Decision::clear;
  // Ownership-derived restrictions (docs/matching.md): evaluated when the
  // database has ownership data; one line per covered or review restriction.
  // Any makes the decision at least `review` (they are not suppressible).
  bool ownership_evaluated = false;
  std::vector<screen::OwnershipFinding> ownership;
  match::Decision ownership_decision = match::Decision::clear;
};

// What the whole run is about, printed in headers and summaries.
struct AuditHeader {
  std::string input;      // the customer file as named on the command line
  std::string generated;  // ISO 8601 time of the run
  double review_threshold = 0.0;
  double match_threshold = 0.0;
  // For the CI formats (SARIF, JUnit); unset for the others.
  const DataProvenance* data = nullptr;  // datasets, rules and tool version
  std::string fail_on = "review";        // the --fail-on decision: review or match
  std::string delta;  // --changed-since: what the delta report is against; empty: full audit
  // The suppressions' states, read at end() (they change while rows are written).
  const std::vector<screen::SuppressionStatus>* suppressions = nullptr;
  // Findings about the whole run (stale lists: screen/freshness.hpp), shown
  // by every format before the customers; null or empty: none.
  const std::vector<model::Finding>* run_findings = nullptr;
  // The provenance block; its input_sha256 may be filled in only before end().
  const RunProvenance* provenance = nullptr;
};

struct AuditSummary {
  size_t customers = 0, clear = 0, review = 0, match = 0, errors = 0;  // by decision
  size_t suppressed = 0;  // customers with at least one suppressed finding
  size_t effective_review = 0, effective_match = 0;  // by decision after suppressions
  // Counts `r` (errors, or its decision).
  void add(const CustomerResult& r);
  // Customers whose decision after suppressions is at or above `fail_on`.
  size_t failing(match::Decision fail_on) const;
};

enum class AuditFormat { csv, json, html, sarif, junit };

// Writes results as they come. begin() once, write() per customer in input
// order, end() once with the totals.
class AuditWriter {
 public:
  virtual ~AuditWriter() = default;
  virtual void begin() = 0;
  virtual void write(const CustomerResult& r) = 0;
  virtual void end(const AuditSummary& summary) = 0;
};

// A writer of `format` to `out`. CSV and JSON stream; HTML keeps the rows that
// are not clear (clear ones are counted only) and writes everything at end().
std::unique_ptr<AuditWriter> make_audit_writer(AuditFormat format, std::ostream& out,
                                               AuditHeader header);

// The HTML writer (audit_html.cpp).
std::unique_ptr<AuditWriter> make_audit_html_writer(std::ostream& out, AuditHeader header);

// The SARIF 2.1.0 writer (audit_sarif.cpp): one result per finding, streamed;
// the rules, invocation and run properties follow the results.
std::unique_ptr<AuditWriter> make_audit_sarif_writer(std::ostream& out, AuditHeader header);

// The JUnit XML writer (audit_junit.cpp): one test case per customer with a
// finding or an error, and one for the clear rest; cases are spooled to a
// temporary file so that the counts can lead the document.
std::unique_ptr<AuditWriter> make_audit_junit_writer(std::ostream& out, AuditHeader header);

// What the audit record of one `audit --log` run holds besides the inputs.
struct AuditRunRecord {
  const DataProvenance* data = nullptr;
  std::string fail_on;  // review or match
  double review_threshold = 0.0, match_threshold = 0.0;
  std::string changed_since;  // what a delta audit is against; empty for a full audit
  AuditSummary summary;
  const std::vector<screen::SuppressionStatus>* suppressions = nullptr;  // null: no file
  std::string results_sha256;  // digest of every finding, in input order (cmd_audit.cpp)
};

// One audit record of an `audit` run as compact JSON, without prev/hash
// (import::seal_audit_record adds them). Integers and strings only.
std::string audit_run_record_json(const AuditRunRecord& run, const AuditInputs& in);

// "[match] entity-list: 'NAME' (row 3, id C-1) matches 'ENTRY' on entity_list
// (score 0.970): EXPLANATION (CITATIONS)", the text of one finding (the
// entry key is in the formats' own fields, not in the text).
std::string finding_message(const CustomerResult& r, const screen::AuditFinding& f);
// The same for a restriction the customer inherits through ownership.
std::string ownership_message(const CustomerResult& r, const screen::OwnershipFinding& o);

// "[review] stale-lists: EXPLANATION (CITATIONS); evidence: ...", the text of a run finding.
std::string run_finding_message(const model::Finding& f);

// The run findings of `h` (an empty list when there are none).
const std::vector<model::Finding>& run_findings_of(const AuditHeader& h);

// The customer's "effective" decision label: "error" for a bad row.
std::string effective_label(const CustomerResult& r);

// One line explaining a hit: matched words, evidence, guards
// ("sensetime (exact), technology (exact); country corroborates +0.03: ...").
std::string explain_hit(const match::MatchResult& r);

// What a hit's list requires, with the entry's review policy when it has one:
// "For all items subject to the EAR. (See §744.11 of the EAR). Review policy: Presumption of
// denial".
std::string regime_requirement(const screen::HitRegime& g);

// "error" for a bad row, else the decision's name.
std::string decision_label(const CustomerResult& r);

}  // namespace ecc::report
