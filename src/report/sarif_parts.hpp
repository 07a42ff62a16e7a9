#pragma once
// Pieces of SARIF 2.1.0 that `screen` (sarif_report.cpp) and `audit`
// (audit_sarif.cpp) write alike: rule descriptors with citation and help,
// levels, suppressions, tool notifications about suppressions, dataset
// provenance and artifact URIs. Internal to report/.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/screening.hpp"
#include "report/run_provenance.hpp"
#include "screen/suppressions.hpp"

namespace ecc::report::sarif {

using nlohmann::ordered_json;

// The provenance block as a JSON object (run_provenance.cpp), for the JSON and SARIF audit writers.
ordered_json provenance_json(const RunProvenance& p);

// The members the JSON report and the SARIF run properties both begin with:
// input, generated, provenance (null when none) and thresholds.
ordered_json run_header_json(const std::string& input, const std::string& generated,
                             const RunProvenance* provenance, double review_threshold,
                             double match_threshold);

// The `$schema` URI: the OASIS SARIF 2.1.0 Errata 01 schema.
extern const char* const k_schema;

// "error" for license_required/prohibited, "warning" for review/notify, "note" for clear.
const char* level(model::Verdict v);

// A reportingDescriptor: id, titles, help text with citation, verdict and
// rule file, default level, citations and tags in `properties`.
ordered_json rule_descriptor(const model::ScreeningRule& r);

// An `external`, `accepted` suppression with its justification and approver.
ordered_json suppression_json(const screen::Suppression& s);

// toolExecutionNotifications for suppressions that were ignored (expired,
// stale, gone: warning) or that carry a note (note).
ordered_json notifications(const std::vector<screen::SuppressionStatus>& statuses);

// The datasets screened against: id, source, file, sha256, data_date.
ordered_json datasets_json(const std::vector<model::DatasetInfo>& datasets);

// A file path as a URI reference (RFC 3986): unreserved characters and "/"
// kept, everything else percent-encoded, so "my orders.csv" is "my%20orders.csv".
std::string artifact_uri(const std::string& path);

}  // namespace ecc::report::sarif
