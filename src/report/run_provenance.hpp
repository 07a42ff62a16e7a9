#pragma once
// The provenance block of an audit report: what a reader needs to file the
// report as a record and to reproduce it (tool version and commit, rules
// digest, the date the lists and rules were applied for, each dataset with
// its data date, age, hash and row count, the input's hash, thresholds) and
// the "not legal advice" line. One model for every audit format: JSON and
// SARIF carry it as an object, CSV as '#' lines before the header, HTML as a
// table, JUnit as properties.

#include <string>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "util/date.hpp"

namespace ecc::report {

extern const char* const k_not_legal_advice;

struct RunProvenance {
  std::string tool_version;   // "0.1.0"
  std::string commit;         // the commit the binary was built from
  std::string rules_version;  // digest of every rule file read
  util::Date as_of;           // the day rules and lists were applied for
  std::string generated;      // ISO 8601 time of the run
  std::string input;          // the customer file as named, or "<stdin>"
  std::string input_sha256;   // empty until known (standard input: at the end)
  double review_threshold = 0.0, match_threshold = 0.0;
  long stale_after_days = 30;  // --max-data-age, else db status's default
  std::vector<model::DatasetInfo> datasets;
};

// One dataset as the block shows it.
struct DatasetLine {
  const model::DatasetInfo* info = nullptr;
  long age_days = -1;  // days from the data date to as_of; -1 when unknown
  bool stale = false;  // unknown, or older than stale_after_days
};
std::vector<DatasetLine> dataset_lines(const RunProvenance& p);

// The block as (label, value) pairs in a fixed order, one per dataset line,
// for the text renderings (CSV comments, HTML table).
std::vector<std::pair<std::string, std::string>> provenance_fields(const RunProvenance& p);

// The block as "# label: value" lines (line breaks in values become spaces),
// what a CSV report starts with; "#" lines come before the header row.
std::string provenance_comment(const RunProvenance& p);

// The block as compact JSON text (an object), for the JSON and SARIF writers.
std::string provenance_json_text(const RunProvenance& p);

}  // namespace ecc::report
