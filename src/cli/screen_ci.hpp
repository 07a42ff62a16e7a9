#pragma once
// The CI-gate steps of `exportcheck screen` (docs/ci.md): data freshness,
// suppressions, re-screening after a list update, the machine formats and
// the hash-chained audit log. cmd_screen.cpp calls these between its steps.

#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/order.hpp"
#include "model/suppression.hpp"
#include "report/ci_report.hpp"

namespace CLI {
class App;
}

namespace ecc::match {
class Matcher;
}

namespace ecc::store {
class Store;
}

namespace ecc::cli {

class Context;

struct ScreenCiOptions {
  std::string ignore_file;    // --ignore; empty: .exportcheck-ignore.json when present
  long max_data_age = -1;     // --max-data-age DAYS; -1: no limit
  std::string log_file;       // --log FILE
  std::string changed_since;  // --changed-since DATASET ("3" or "#3")
  bool check_db = false;      // --check-db: SQLite's full integrity check first
};

// Adds --ignore, --max-data-age, --log and --changed-since to `cmd`.
void add_screen_ci_options(CLI::App* cmd, ScreenCiOptions& opts);
// The same options with the command's own --changed-since help and value name (audit).
void add_ci_options(CLI::App* cmd, ScreenCiOptions& opts, const std::string& changed_since_help,
                    const std::string& changed_since_type);

// A dataset id as --changed-since gives it ("3" or "#3"); UsageError otherwise.
long long parse_dataset_id(const std::string& text);

// The active dataset of the same source as `old` (`old` itself while active);
// DataError when the source has no active dataset any more.
model::DatasetInfo active_successor(const store::Store& db, const model::DatasetInfo& old);

// Fail closed on the lists: throws DataError (exit 3) when --check-db is set
// and SQLite's integrity check fails, or when an active dataset's data date
// is older than --max-data-age days (or unknown while a limit is set).
// Without --check-db a run still checks all it reads: the stored match
// index's checksum and the content hash of every entry a party matched.
void check_lists(Context& ctx, const store::Store& db,
                 const std::vector<model::DatasetInfo>& datasets, const ScreenCiOptions& opts);

// The suppressions of --ignore FILE, else of ./.exportcheck-ignore.json when it exists.
std::vector<model::Suppression> load_suppressions(const ScreenCiOptions& opts);

// --changed-since: removes the orders none of whose parties matches an entry
// added or changed since that dataset (compared with the active dataset of
// the same source). Prints what was kept on stderr.
void keep_changed_orders(Context& ctx, const store::Store& db, const match::Matcher& matcher,
                         const ScreenCiOptions& opts, std::vector<model::Order>& orders);

// Warns about suppressions that no longer apply (expired, stale, gone).
void warn_suppressions(Context& ctx, const screen::SuppressionOutcome& outcome);
void warn_suppressions(Context& ctx, const std::vector<screen::SuppressionStatus>& statuses);

// Prints the run in --format: table, json, sarif, junit or csv.
void render_screen(Context& ctx, const std::string& format, const report::ScreenRun& run);

// Verifies the hash chain of the audit log `log_file` (a missing file is an
// empty chain) and returns its last hash; DataError naming the first bad line.
std::string checked_log_chain(const std::string& log_file);

// Seals `record_json` onto the chain of `log_file` (verified again) and appends it.
void append_log_record(const std::string& log_file, const std::string& record_json);

// --log FILE: verifies the existing chain (DataError when broken) and appends
// one sealed record for this run; `order_hashes` are the SHA-256 of the bytes
// read from each of `order_files`.
void append_audit_record(Context& ctx, const ScreenCiOptions& opts, const report::ScreenRun& run,
                         const std::vector<std::string>& order_files,
                         const std::vector<std::string>& order_hashes, int exit_code);

}  // namespace ecc::cli
