// `exportcheck db check`: is every official list present, no more than
// --max-data-age days old (the limit screening uses: it does not clear on
// older lists), and the newest the publisher (or mirror) has? Exit 0 when
// all are, 1 when any is not (for cron and CI), 3 when the check itself
// failed. It never writes: the database is opened read-only, and the
// publishers are asked with conditional requests that stop after the headers.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

#include "cli/context.hpp"
#include "cli/db_update.hpp"
#include "cli/option_checks.hpp"
#include "cli/update_sources.hpp"
#include "model/freshness.hpp"
#include "report/check_report.hpp"
#include "report/db_report.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct CheckOpts {
  std::vector<std::string> sources;
  NetOptions net;
  long max_age_days = model::k_default_max_data_age;
  bool offline = false;
  std::string format = "table";
};

report::SourceCheck check_source(const import::OfficialSource& source,
                                 const std::map<std::string, PreviousDataset>& active,
                                 const CheckOpts& opts, const util::Date& today,
                                 ListFetcher* fetcher) {
  report::SourceCheck c;
  c.source = std::string(source.id);
  auto it = active.find(std::string(source.source_key));
  if (it == active.end()) {
    c.update = "not checked";
    c.note = "no dataset; 'exportcheck db update --source " + c.source + "' loads it";
    return c;
  }
  c.dataset = it->second.dataset;
  c.files = it->second.files;
  c.age_days = report::data_age_days(c.dataset->data_date, today);
  c.stale = report::is_stale(c.dataset->data_date, today, opts.max_age_days);
  if (!fetcher) {
    c.update = "not checked";
    return c;
  }
  Probe p = fetcher->probe(source, c.files, c.dataset->sha256);
  c.update = p.changed ? "available" : "none";
  c.note = p.note;
  return c;
}

// The active datasets, read-only; none when the database does not exist yet.
std::map<std::string, PreviousDataset> active_datasets(const std::string& path) {
  std::map<std::string, PreviousDataset> out;
  if (!std::filesystem::exists(path)) {
    return out;
  }
  store::Store db = store::Store::open(path, store::OpenMode::read_only);
  for (model::DatasetInfo& d : db.datasets(false)) {
    std::vector<model::FileProvenance> files = db.dataset_files(d.id);
    std::string key = d.source_key;
    out[key] = PreviousDataset{std::move(d), std::move(files)};
  }
  return out;
}

int run_check(Context& ctx, const CheckOpts& opts) {
  std::vector<const import::OfficialSource*> sources = selected_sources(opts.sources);
  std::map<std::string, PreviousDataset> active = active_datasets(ctx.db_path());
  std::unique_ptr<ListFetcher> fetcher;
  if (!opts.offline) {
    fetcher = std::make_unique<ListFetcher>(ctx, opts.net, std::string());
  }
  report::CheckView view{ctx.db_path(), ctx.today(), opts.max_age_days, {}};
  for (const import::OfficialSource* source : sources) {
    view.sources.push_back(check_source(*source, active, opts, view.today, fetcher.get()));
  }
  if (opts.format == "json") {
    report::print_check_json(ctx.out(), view);
  } else {
    report::print_check_table(ctx.out(), view);
  }
  for (const report::SourceCheck& s : view.sources) {
    if (!s.ok()) {
      return 1;
    }
  }
  return 0;
}

}  // namespace

void setup_db_check(CLI::App* db, Context& ctx) {
  auto opts = std::make_shared<CheckOpts>();
  CLI::App* cmd = db->add_subcommand(
      "check",
      "exit 0 when every official list is present, fresh and the newest published, 1 when not "
      "(changes nothing)");
  add_net_options(cmd, opts->sources, opts->net);
  cmd->add_option("--max-data-age,--max-age", opts->max_age_days,
                  "lists whose data date is more than DAYS old are stale (default 30; the same "
                  "setting as screen's, which does not clear on them)")
      ->type_name("DAYS")
      ->check(whole_number(0, 100000));
  cmd->add_flag("--offline", opts->offline,
                "do not ask the publishers or the mirror; check presence and age only");
  add_format_option(cmd, opts->format, {"table", "json"});
  add_output_option(cmd, ctx.output_path);
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_check(ctx, *opts); }; });
}

}  // namespace ecc::cli
