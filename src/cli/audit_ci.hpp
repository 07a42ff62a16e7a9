#pragma once
// The CI-gate steps of `exportcheck audit` (docs/ci.md), around the shared
// ones of screen_ci.hpp: lists checked like screen's (integrity, freshness,
// not empty), the delta of --changed-since DATASET|DATE, the digest of the
// results and the hash-chained audit record. cmd_audit.cpp calls these.

#include <optional>
#include <string>
#include <vector>

#include "cli/screen_ci.hpp"
#include "model/dataset.hpp"
#include "model/list_entry.hpp"
#include "report/audit_report.hpp"
#include "util/sha256.hpp"

namespace ecc::store {
class Store;
}

namespace ecc::cli {

class Context;

// The active lists an audit matches against.
struct AuditLists {
  std::vector<model::DatasetInfo> datasets;
  std::vector<model::ListEntry> entries;
};

// Loads the active lists, failing closed (DataError, exit 3): a database that
// fails SQLite's integrity check, lists older than --max-data-age, no lists
// or no entries (an audit without lists would clear everyone).
AuditLists load_audit_lists(Context& ctx, const store::Store& db, const ScreenCiOptions& opts);

// --changed-since for audit: the entries added or changed since then.
struct AuditDelta {
  std::string since;                      // as given: "#3" or "2026-11-10"
  std::vector<model::ListEntry> changed;  // added and changed entries, new side
  std::vector<char> is_changed;           // per active entry (AuditLists::entries)
  size_t added = 0, changed_count = 0, removed = 0;
};

// Parses and resolves --changed-since. DATASET ("3", "#3"): that import
// against the active import of its source. DATE (YYYY-MM-DD): for each active
// dataset, the import of its source that was active at the end of that day
// (the latest imported on or before it; none: every entry is new). Prints
// what changed on stderr. nullopt when the option is not given; UsageError
// for a value that is neither; DataError for an unknown dataset.
std::optional<AuditDelta> audit_delta(Context& ctx, const store::Store& db,
                                      const std::vector<model::ListEntry>& active,
                                      const std::string& changed_since);

// A SHA-256 over every finding and bad row of a run, in input order, for the
// audit record: a re-run on the same inputs must give the same digest.
class ResultsDigest {
 public:
  // Adds one customer's result (nothing for a clear customer).
  void add(const report::CustomerResult& r);
  std::string hex() { return m_sha.hex_digest(); }

 private:
  util::Sha256 m_sha;
};

// --log FILE for audit: appends the sealed record of this run (the chain is
// verified again first; DataError when broken).
void append_audit_run_record(Context& ctx, const std::string& log_file,
                             const std::string& input_file, const std::string& input_sha256,
                             report::AuditRunRecord record, int exit_code);

}  // namespace ecc::cli
