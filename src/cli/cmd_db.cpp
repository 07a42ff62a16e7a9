// `exportcheck db import|status|diff`: load restricted-party lists into the
// database, show how fresh they are, and show what an update changed.
// `db verify`, `db update` and `db check` live in their own files.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/dataset_import.hpp"
#include "cli/db_update.hpp"
#include "cli/db_verify.hpp"
#include "cli/option_checks.hpp"
#include "import/list_import.hpp"
#include "model/entry_diff.hpp"
#include "model/freshness.hpp"
#include "report/db_report.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct ImportOpts {
  std::vector<std::string> files;
  std::string format;
  std::string data_date;
};

struct StatusOpts {
  std::string format;
  bool all = false;
  long max_age_days = model::k_default_max_data_age;
};

struct ShowOpts {
  std::string query;
  std::string list;
  std::string format;
};

struct DiffOpts {
  std::string old_side;
  std::string new_side;
  std::string format;
};

int run_import(Context& ctx, const ImportOpts& opts) {
  import::ImportOptions options;
  if (!opts.format.empty()) {
    options.format = import::parse_list_format(opts.format);
    if (!options.format) {
      throw DataError("unknown --format " + util::quote(opts.format) + " (one of " +
                      import::list_format_names() + ")");
    }
  }
  if (!opts.data_date.empty() && !util::parse_iso_date(opts.data_date)) {
    throw DataError("invalid --data-date " + util::quote(opts.data_date) +
                    " (expected YYYY-MM-DD)");
  }
  options.data_date = opts.data_date;
  options.imported_at = ctx.now_iso();
  // Parse everything first: a bad file stops the import before the database is touched.
  std::vector<model::ParsedDataset> parsed;
  for (const std::string& file : opts.files) {
    parsed.push_back(import::read_list_file(file, options));
    for (const std::string& w : parsed.back().warnings) {
      ctx.warn(w);
    }
  }
  auto outcomes = store_datasets(ctx, std::move(parsed));
  report::print_import_outcomes(ctx.out(), outcomes);
  return 0;
}

int run_status(Context& ctx, const StatusOpts& opts) {
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  report::StatusView view{db.path(), db.list_status(), db.datasets(opts.all), ctx.today(),
                          opts.max_age_days};
  long stale = 0;
  std::string oldest;
  long oldest_age = -1;
  for (const store::ListStatus& s : view.lists) {
    const model::DatasetInfo& d = s.dataset;
    if (report::is_stale(d.data_date, view.today, opts.max_age_days)) {
      ++stale;
      long age = report::data_age_days(d.data_date, view.today);
      if (oldest.empty() || age > oldest_age) {
        oldest_age = age;
        oldest = "#" + std::to_string(d.id) + " " + d.file_name + " (data date " +
                 (d.data_date.empty() ? "unknown" : d.data_date) + ", " + std::to_string(age) +
                 " days)";
      }
    }
  }
  if (stale > 0) {
    ctx.warn(std::to_string(stale) + " of " + std::to_string(view.lists.size()) +
             " lists are in datasets older than " + std::to_string(opts.max_age_days) +
             " days (screening does not clear on them); oldest: " + oldest +
             "; refresh them with 'exportcheck db update' (or 'exportcheck db import' current "
             "files)");
  }
  if (opts.format == "json") {
    report::print_status_json(ctx.out(), view);
  } else {
    report::print_status_table(ctx.out(), view);
  }
  return 0;
}

// Entries whose name or alias contains the query (ASCII case-insensitive).
// A lookup for people; screening uses the matcher, not this.
int run_show(Context& ctx, const ShowOpts& opts) {
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  std::string needle = util::to_lower_ascii(opts.query);
  std::vector<model::ListEntry> hits;
  for (model::ListEntry& e : db.active_entries()) {
    if (!opts.list.empty() && e.list_code != opts.list) {
      continue;
    }
    bool hit =
        util::to_lower_ascii(e.name).find(needle) != std::string::npos || e.entry_key == opts.query;
    for (const model::Alias& a : e.aliases) {
      hit = hit || util::to_lower_ascii(a.name).find(needle) != std::string::npos;
    }
    if (hit) {
      hits.push_back(std::move(e));
    }
  }
  if (opts.format == "json") {
    report::print_entries_json(ctx.out(), hits);
  } else {
    report::print_entries_table(ctx.out(), hits);
  }
  return 0;
}

// A side of a diff: a database file (its active entries) or a dataset id in --db.
std::vector<model::ListEntry> diff_side(Context& ctx, const std::string& side, std::string& label) {
  std::string id_text = util::starts_with(side, "#") ? side.substr(1) : side;
  bool numeric = !id_text.empty() && id_text.find_first_not_of("0123456789") == std::string::npos;
  if (numeric && !std::filesystem::exists(side)) {
    store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
    model::DatasetInfo d = db.dataset(std::stoll(id_text));
    label = "dataset #" + id_text + " (" + d.file_name + ", data date " + d.data_date + ")";
    return db.dataset_entries(d.id);
  }
  store::Store db = store::Store::open(side, store::OpenMode::read_only);
  label = side;
  return db.active_entries();
}

int run_diff(Context& ctx, const DiffOpts& opts) {
  report::DiffView view;
  auto before = diff_side(ctx, opts.old_side, view.old_label);
  auto after = diff_side(ctx, opts.new_side, view.new_label);
  view.diff = model::diff_entries(before, after);
  if (opts.format == "json") {
    report::print_diff_json(ctx.out(), view);
  } else {
    report::print_diff_table(ctx.out(), view);
  }
  return 0;
}

}  // namespace

void setup_db(CLI::App& app, Context& ctx, const CommandEntry& self) {
  CLI::App* db = app.add_subcommand(self.name, self.summary);
  db->require_subcommand(1);

  auto imp = std::make_shared<ImportOpts>();
  CLI::App* import_cmd = db->add_subcommand(
      "import",
      "import list files (CSL CSV/JSON, OFAC sdn.csv/cons_prim.csv, watchlist CSV) and ownership "
      "files (ownership CSV, GLEIF RR/LEI XML, OpenSanctions FtM JSON lines) in one transaction");
  import_cmd
      ->add_option("files", imp->files, "list files; OFAC companions are read from beside them")
      ->required()
      ->type_name("FILE");
  import_cmd
      ->add_option("--format", imp->format, "force the format: " + import::list_format_names())
      ->type_name("FORMAT");
  import_cmd
      ->add_option("--data-date", imp->data_date,
                   "the data date to record, when the file's own dates do not tell it")
      ->type_name("YYYY-MM-DD");
  import_cmd->callback([&ctx, imp] { ctx.action = [&ctx, imp] { return run_import(ctx, *imp); }; });

  auto st = std::make_shared<StatusOpts>();
  CLI::App* status =
      db->add_subcommand("status", "show each list's entries, data date, age and file hash");
  add_format_option(status, st->format, {"table", "json"});
  add_output_option(status, ctx.output_path);
  status->add_flag("--all", st->all,
                   "also list superseded datasets (their ids are what db diff takes)");
  status
      ->add_option("--max-data-age,--max-age", st->max_age_days,
                   "mark and warn about lists whose data is older than DAYS (default 30; the same "
                   "setting as screen's)")
      ->type_name("DAYS")
      ->check(whole_number(0, 100000));
  status->callback([&ctx, st] { ctx.action = [&ctx, st] { return run_status(ctx, *st); }; });

  auto sh = std::make_shared<ShowOpts>();
  CLI::App* show =
      db->add_subcommand("show", "show the full list entries whose name or alias contains TEXT");
  show->add_option("text", sh->query, "part of a name or alias, or an entry key")->required();
  show->add_option("--list", sh->list, "only this list code (entity_list, sdn, ns_cmic, ...)");
  add_format_option(show, sh->format, {"table", "json"});
  add_output_option(show, ctx.output_path);
  show->callback([&ctx, sh] { ctx.action = [&ctx, sh] { return run_show(ctx, *sh); }; });

  auto df = std::make_shared<DiffOpts>();
  CLI::App* diff = db->add_subcommand(
      "diff", "entries added, removed and changed between two imports or databases");
  diff->add_option("old", df->old_side, "database file, or dataset id (#N) in --db")->required();
  diff->add_option("new", df->new_side, "database file, or dataset id (#N) in --db")->required();
  add_format_option(diff, df->format, {"table", "json"});
  add_output_option(diff, ctx.output_path);
  diff->callback([&ctx, df] { ctx.action = [&ctx, df] { return run_diff(ctx, *df); }; });

  setup_db_verify(db, ctx);
  setup_db_update(db, ctx);
  setup_db_check(db, ctx);
}

}  // namespace ecc::cli
