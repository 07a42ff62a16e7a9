#pragma once
// Rendering of `exportcheck audit`: one result per customer, streamed in
// input order as CSV or JSON, or gathered into one self-contained HTML report.
// docs/matching.md ("Audit output") documents the columns and keys.

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/customer.hpp"

namespace ecc::report {

// One audited customer.
struct CustomerResult {
  model::Customer customer;              // as read; customer.error set for a bad row
  std::vector<match::MatchResult> hits;  // best first, at most the requested number
  match::Decision decision = match::Decision::clear;
  std::vector<std::string> guards;  // query-level guards ("generic name ...")
  // Ownership-derived restrictions are not evaluated yet (hook, see docs/matching.md).
  bool ownership_evaluated = false;
  std::vector<std::string> ownership;
};

// What the whole run is about, printed in headers and summaries.
struct AuditHeader {
  std::string input;      // the customer file as named on the command line
  std::string generated;  // ISO 8601 time of the run
  std::string lists;      // e.g. "14160 entries from 1 active dataset(s)"
  double review_threshold = 0.0;
  double match_threshold = 0.0;
};

struct AuditSummary {
  size_t customers = 0, clear = 0, review = 0, match = 0, errors = 0;
  // Counts `r` (errors, or its decision).
  void add(const CustomerResult& r);
};

enum class AuditFormat { csv, json, html };

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

// One line explaining a hit: matched words, evidence, guards
// ("sensetime (exact), technology (exact); country corroborates +0.03: ...").
std::string explain_hit(const match::MatchResult& r);

// "error" for a bad row, else the decision's name.
std::string decision_label(const CustomerResult& r);

}  // namespace ecc::report
