// `exportcheck screen ORDER...`: the main job. A straight pipeline:
// load orders -> load rules and catalog -> load lists -> screen -> report.
// Anything that fails to load stops the run with exit 3 before a verdict is
// printed: exportcheck never says "clear" on data it could not read.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/ownership_inputs.hpp"
#include "cli/run_settings.hpp"
#include "cli/screen_ci.hpp"
#include "cli/screening_lists.hpp"
#include "import/order_reader.hpp"
#include "import/product_catalog.hpp"
#include "report/screen_report.hpp"
#include "rules/classification_rules.hpp"
#include "rules/screening_rules.hpp"
#include "screen/screen.hpp"
#include "screen/suppressions.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct ScreenOpts {
  std::vector<std::string> orders;
  std::string as_of;
  std::string format = "table";
  std::string fail_on = "license_required";
  ScreenCiOptions ci;      // --ignore, --max-data-age, --allow-stale, --log, --changed-since
  std::string affiliates;  // --affiliates-rule active|stayed
};

// Order files: each path, or the *.json and *.csv files of a directory ("-": standard input).
std::vector<std::string> order_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-" || !std::filesystem::is_directory(p)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : std::filesystem::directory_iterator(p)) {
      std::string ext = e.path().extension().string();
      if (ext == ".json" || ext == ".csv") {
        found.push_back(e.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) {
      throw DataError(p + ": no order files (*.json, *.csv) in this directory");
    }
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// The orders of every input ("-": standard input). Renames "-" in `files` to
// "<stdin>" and fills `hashes` with the SHA-256 of the bytes read (for --log).
std::vector<model::Order> read_order_inputs(Context& ctx, std::vector<std::string>& files,
                                            std::vector<std::string>& hashes) {
  std::vector<model::Order> orders;
  for (std::string& file : files) {
    const std::string text = file == "-" ? ctx.read_stdin() : util::read_file(file);
    file = file == "-" ? k_stdin_name : file;
    hashes.push_back(util::sha256_hex(text));
    for (model::Order& o : import::parse_orders(text, file)) {
      orders.push_back(std::move(o));
    }
  }
  return orders;
}

// The last line on stderr: "exportcheck: screen: 1 of 3 orders at or above
// license_required (0 after suppressions); report: standard output".
void print_run_summary(Context& ctx, const ScreenOpts& opts, model::Verdict fail_on,
                       const std::vector<screen::ScreenResult>& results,
                       const screen::SuppressionOutcome& suppressed) {
  if (ctx.global.quiet)
    return;
  const auto at_or_above = [&](model::Verdict v) { return v >= fail_on; };
  const auto before =
      std::count_if(results.begin(), results.end(),
                    [&](const screen::ScreenResult& r) { return at_or_above(r.verdict); });
  const auto after =
      std::count_if(suppressed.effective.begin(), suppressed.effective.end(), at_or_above);
  std::string line = "exportcheck: screen: " + std::to_string(before) + " of " +
                     std::to_string(results.size()) + " orders at or above " + opts.fail_on;
  if (after != before)
    line += " (" + std::to_string(after) + " after suppressions)";
  ctx.err() << line << "; report: "
            << (ctx.output_path.empty() ? std::string("standard output") : ctx.output_path) << "\n";
}

int run_screen(Context& ctx, const ScreenOpts& opts) {
  auto fail_on = model::parse_verdict(opts.fail_on);
  if (!fail_on) {
    throw UsageError(
        "--fail-on must be one of clear, review, notify, license_required, prohibited");
  }
  std::optional<util::Date> as_of;
  if (!opts.as_of.empty()) {
    as_of = util::parse_iso_date(opts.as_of);
    if (!as_of) {
      throw UsageError("invalid --as-of " + util::quote(opts.as_of) + " (expected YYYY-MM-DD)");
    }
  }
  // 1. Orders, all parsed before anything else.
  std::vector<std::string> files = order_files(opts.orders);
  std::vector<std::string> hashes;
  std::vector<model::Suppression> suppressions = load_suppressions(opts.ci);
  model::FreshnessPolicy freshness_rules = freshness_policy(ctx, opts.ci.freshness);
  model::AffiliatesAssumption affiliates = affiliates_assumption(ctx, opts.affiliates);
  std::vector<model::Order> orders = read_order_inputs(ctx, files, hashes);
  // 2. Rules and the product catalog.
  model::RuleBook book = rules::load_rule_book(ctx.rules_dir(), affiliates);
  model::RuleSet classification = rules::load_classification_rules(ctx.rules_dir());
  model::ProductCatalog catalog =
      import::load_product_catalog(ctx.resource_dir() + "/data/products.json");
  // 3. The lists: the matcher stored at import time, and list entries read
  // only when a party matches one (screening_lists.hpp).
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  std::vector<model::DatasetInfo> datasets = db.datasets(false);
  check_lists(db, opts.ci);
  if (datasets.empty()) {
    throw DataError("database '" + db.path() +
                    "' has no lists; import them with 'exportcheck db import' " +
                    "(screening without lists would clear everyone)");
  }
  ScreeningLists lists = load_screening_lists(ctx, db);
  if (lists.entry_count == 0) {
    throw DataError("database '" + db.path() +
                    "' has lists but no entries; import the official lists " +
                    "(screening without them would clear everyone)");
  }
  keep_changed_orders(ctx, db, *lists.matcher, opts.ci, orders);
  // 3b. Ownership (issues 5, 17): what a party inherits from its owners, read from the
  // ownership index for the parties' ancestry only; empty when no ownership file was imported.
  OwnershipInputs ownership =
      load_ownership(db, ctx.rules_dir(), OwnershipMode::per_party, affiliates);
  // 3c. How old the lists are on each order's as-of date (stale: nothing is cleared).
  auto as_of_of = [&](const model::Order& o) {
    return as_of ? *as_of : (o.date ? *o.date : ctx.today());
  };
  util::Date latest = ctx.today();
  for (const model::Order& o : orders) {
    latest = std::max(latest, as_of_of(o));
  }
  model::DataFreshness freshness = data_freshness(db, datasets, std::move(freshness_rules), latest);
  // 4. Screen every order.
  screen::ScreenInputs inputs{&catalog,
                              &classification,
                              &book,
                              lists.entries.get(),
                              lists.matcher.get(),
                              ownership.source.get(),
                              &freshness};
  std::vector<screen::ScreenResult> results;
  for (const model::Order& o : orders) {
    results.push_back(screen::screen_order(o, inputs, as_of_of(o)));
  }
  // An item that cannot be found in the catalog is an input error: name the field.
  for (size_t i = 0; i < results.size(); ++i) {
    for (size_t l = 0; l < results[i].lines.size(); ++l) {
      if (!results[i].lines[l].known) {
        const model::OrderItem& item = orders[i].items[l];
        bool json_pointer = !item.pointer.empty() && item.pointer[0] == '/';
        std::string where = json_pointer ? orders[i].source + ": " + item.pointer + "/product"
                                         : item.pointer + ": product";
        throw DataError(where + ": " + results[i].lines[l].unknown_reason);
      }
    }
  }
  // 5. Suppressions: suppressed findings stay visible but do not count toward --fail-on.
  screen::SuppressionOutcome suppressed = screen::apply_suppressions(
      suppressions, results,
      db.active_entries_with_keys(screen::suppressed_entry_keys(suppressions)), ctx.today());
  warn_suppressions(ctx, suppressed);
  bool fail = std::any_of(suppressed.effective.begin(), suppressed.effective.end(),
                          [&](model::Verdict v) { return v >= *fail_on; });
  int exit_code = fail ? static_cast<int>(ExitCode::findings) : 0;
  // 6. Report, then the audit record: a broken log stops the run before any
  // output, and a record is written only for a report that was written whole.
  report::DataProvenance data{datasets, book.version, ECC_VERSION};
  report::ScreenRun run{&results, &data, suppressions.empty() ? nullptr : &suppressed, *fail_on};
  if (!opts.ci.log_file.empty()) {
    checked_log_chain(opts.ci.log_file);
  }
  render_screen(ctx, opts.format, run);
  ctx.check_out();
  append_audit_record(ctx, opts.ci, run, files, hashes, exit_code);
  print_run_summary(ctx, opts, *fail_on, results, suppressed);
  return exit_code;
}

}  // namespace

void setup_screen(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto opts = std::make_shared<ScreenOpts>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("orders", opts->orders,
                  "order files (JSON or CSV), directories of them, or - for standard input")
      ->required()
      ->type_name("ORDER");
  cmd->add_option("--as-of", opts->as_of,
                  "screen as of this date (default: the order's date, else today)")
      ->type_name("YYYY-MM-DD");
  add_format_option(cmd, opts->format, {"table", "json", "sarif", "junit", "csv"});
  add_output_option(cmd, ctx.output_path);
  cmd->add_option(
         "--fail-on", opts->fail_on,
         "exit 1 when an order's verdict is at or above: clear, review, notify, license_required "
         "(default), prohibited")
      ->type_name("LEVEL")
      ->check(one_of({"clear", "review", "notify", "license_required", "prohibited"}));
  add_screen_ci_options(cmd, opts->ci);
  add_affiliates_option(cmd, opts->affiliates);
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_screen(ctx, *opts); }; });
}

}  // namespace ecc::cli
