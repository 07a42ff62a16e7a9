// The CI-gate steps of `screen`: each one is a small piece of I/O around a
// pure function (screen/suppressions, screen/changed_since, report/ci_report,
// import/audit_log). All of them fail closed: stale data, a bad suppressions
// file or a broken audit chain stop the run with exit 3, never a pass.
#include "cli/screen_ci.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>

#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "import/audit_log.hpp"
#include "import/suppression_reader.hpp"
#include "model/entry_diff.hpp"
#include "screen/changed_since.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/output_file.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

const char* k_default_ignore = ".exportcheck-ignore.json";

}  // namespace

long long parse_dataset_id(const std::string& text) {
  std::string digits = util::starts_with(text, "#") ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 12 ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    throw UsageError(
        "--changed-since expects a dataset id such as 3 or #3 ('db status --all' lists them), "
        "got " +
        util::quote(text));
  }
  return std::stoll(digits);
}

model::DatasetInfo active_successor(const store::Store& db, const model::DatasetInfo& old) {
  for (const model::DatasetInfo& d : db.datasets(false)) {
    if (d.source_key == old.source_key) {
      return d;
    }
  }
  throw DataError("dataset #" + std::to_string(old.id) + " (" + old.file_name + ", source " +
                  old.source_key + ") has no active successor in '" + db.path() + "'");
}

void add_screen_ci_options(CLI::App* cmd, ScreenCiOptions& opts) {
  add_ci_options(cmd, opts,
                 "screen only orders with a party matching an entry added or changed since "
                 "dataset N",
                 "DATASET");
}

void add_ci_options(CLI::App* cmd, ScreenCiOptions& opts, const std::string& changed_since_help,
                    const std::string& changed_since_type) {
  cmd->add_option(
         "--ignore", opts.ignore_file,
         "suppressions file (default: ./.exportcheck-ignore.json when present; docs/ci.md)")
      ->type_name("FILE");
  cmd->add_option("--max-data-age", opts.max_data_age,
                  "exit 3 when any active list's data date is older than DAYS")
      ->type_name("DAYS")
      ->check(whole_number(0, 100000));
  cmd->add_flag("--check-db", opts.check_db,
                "run SQLite's full integrity check on the database first (about 35 ms on the "
                "default lists; 'exportcheck db verify' checks more)");
  cmd->add_option("--log", opts.log_file, "append a hash-chained audit record of this run to FILE")
      ->type_name("FILE");
  cmd->add_option("--changed-since", opts.changed_since, changed_since_help)
      ->type_name(changed_since_type);
}

void check_lists(Context& ctx, const store::Store& db,
                 const std::vector<model::DatasetInfo>& datasets, const ScreenCiOptions& opts) {
  std::vector<std::string> problems;
  if (opts.check_db) {
    problems = db.integrity_problems();
  }
  if (!problems.empty()) {
    throw DataError("database '" + db.path() + "' is corrupt (" + std::to_string(problems.size()) +
                    " integrity problems, first: " + util::collapse_spaces(problems.front()) +
                    "); 'exportcheck db verify' lists them");
  }
  if (opts.max_data_age < 0) {
    return;
  }
  std::vector<std::string> stale;
  for (const model::DatasetInfo& d : datasets) {
    auto date = util::parse_iso_date(d.data_date);
    long age = date ? util::days_between(*date, ctx.today()) : -1;
    if (!date || age > opts.max_data_age) {
      stale.push_back("#" + std::to_string(d.id) + " " + d.file_name + " (data date " +
                      (d.data_date.empty() ? "unknown" : d.data_date) +
                      (date ? ", " + std::to_string(age) + " days old" : "") + ")");
    }
  }
  if (!stale.empty()) {
    throw DataError("list data older than --max-data-age " + std::to_string(opts.max_data_age) +
                    " days: " + util::join(stale, "; ") +
                    "; import current lists with 'exportcheck db import' " +
                    "(screening on stale lists could clear a party listed since)");
  }
}

std::vector<model::Suppression> load_suppressions(const ScreenCiOptions& opts) {
  if (!opts.ignore_file.empty()) {
    return import::read_suppressions(opts.ignore_file);
  }
  if (std::filesystem::exists(k_default_ignore)) {
    return import::read_suppressions(k_default_ignore);
  }
  return {};
}

void keep_changed_orders(Context& ctx, const store::Store& db, const match::Matcher& matcher,
                         const ScreenCiOptions& opts, std::vector<model::Order>& orders) {
  if (opts.changed_since.empty()) {
    return;
  }
  model::DatasetInfo old = db.dataset(parse_dataset_id(opts.changed_since));
  model::DatasetInfo now = active_successor(db, old);
  model::EntryDiff diff =
      model::diff_entries(db.dataset_entries(old.id), db.dataset_entries(now.id));
  std::vector<model::ListEntry> changed = screen::new_or_changed(diff);
  std::vector<size_t> keep = screen::orders_touching(orders, matcher, changed);
  ctx.warn("--changed-since #" + std::to_string(old.id) + ": " + std::to_string(diff.added.size()) +
           " added and " + std::to_string(diff.changed.size()) + " changed entries in #" +
           std::to_string(now.id) + "; " + std::to_string(keep.size()) + " of " +
           std::to_string(orders.size()) + " orders have a party matching them and are screened");
  std::vector<model::Order> kept;
  for (size_t i : keep) {
    kept.push_back(std::move(orders[i]));
  }
  orders = std::move(kept);
}

void warn_suppressions(Context& ctx, const screen::SuppressionOutcome& outcome) {
  warn_suppressions(ctx, outcome.statuses);
}

void warn_suppressions(Context& ctx, const std::vector<screen::SuppressionStatus>& statuses) {
  for (const screen::SuppressionStatus& st : statuses) {
    bool ignored = st.state == screen::SuppressionState::expired ||
                   st.state == screen::SuppressionState::stale ||
                   st.state == screen::SuppressionState::gone;
    if (ignored) {
      ctx.warn(st.suppression->source + ": suppression " +
               std::string(screen::to_string(st.state)) + ", not applied: " + st.detail);
    } else if (!st.detail.empty()) {
      ctx.warn(st.suppression->source + ": " + st.detail);
    }
  }
}

void render_screen(Context& ctx, const std::string& format, const report::ScreenRun& run) {
  if (format == "json") {
    report::print_screen_json(ctx.out(), *run.results, *run.data, run.suppressions);
  } else if (format == "sarif") {
    report::print_screen_sarif(ctx.out(), run);
  } else if (format == "junit") {
    report::print_screen_junit(ctx.out(), run);
  } else if (format == "csv") {
    report::print_screen_csv(ctx.out(), run);
  } else {
    for (size_t i = 0; i < run.results->size(); ++i) {
      const auto* suppressed = run.suppressions ? &run.suppressions->by_finding[i] : nullptr;
      report::print_screen_table(ctx.out(), (*run.results)[i], *run.data, suppressed);
    }
  }
}

std::string checked_log_chain(const std::string& log_file) {
  auto chain = import::verify_audit_chain(import::read_audit_log(log_file));
  if (chain.bad_line) {
    throw DataError(log_file + ":" + std::to_string(*chain.bad_line) + ": " + chain.problem +
                    "; not appending to a broken audit log (see 'exportcheck log verify')");
  }
  return chain.last_hash;
}

void append_log_record(const std::string& log_file, const std::string& record_json) {
  std::string line = import::seal_audit_record(record_json, checked_log_chain(log_file));
  // The log is rewritten all or nothing (the old records and the new one), so
  // a full disk or a kill cannot leave half a record that breaks the chain.
  std::string content = std::filesystem::exists(log_file) ? util::read_file(log_file) : "";
  if (!content.empty() && content.back() != '\n') {
    content += '\n';
  }
  util::write_file_atomically(log_file, content + line + "\n");
}

void append_audit_record(Context& ctx, const ScreenCiOptions& opts, const report::ScreenRun& run,
                         const std::vector<std::string>& order_files,
                         const std::vector<std::string>& order_hashes, int exit_code) {
  if (opts.log_file.empty()) {
    return;
  }
  checked_log_chain(opts.log_file);
  report::AuditInputs in{order_files, order_hashes, ctx.now_iso(), exit_code};
  append_log_record(opts.log_file, report::audit_record_json(run, in));
}

}  // namespace ecc::cli
