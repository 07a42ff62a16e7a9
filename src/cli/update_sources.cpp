// Shared pieces of `db update` and `db check` (see update_sources.hpp).
#include "cli/update_sources.hpp"

#include <CLI/CLI.hpp>
#include <cmath>
#include <filesystem>

#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "net/http.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

std::vector<const import::OfficialSource*> selected_sources(const std::vector<std::string>& names) {
  std::vector<bool> chosen(import::official_sources().size(), names.empty());
  for (const std::string& name : names) {
    bool known = name == "all";
    for (size_t i = 0; i < import::official_sources().size(); ++i) {
      bool hit = name == "all" || import::official_sources()[i].id == name;
      chosen[i] = chosen[i] || hit;
      known = known || hit;
    }
    if (!known) {
      throw UsageError("unknown --source " + util::quote(name) + " (one of " +
                       import::official_source_names() + ", all)");
    }
  }
  std::vector<const import::OfficialSource*> out;
  for (size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i]) {
      out.push_back(&import::official_sources()[i]);
    }
  }
  return out;
}

void add_net_options(CLI::App* cmd, std::vector<std::string>& sources, NetOptions& options) {
  cmd->add_option("--source", sources,
                  "which lists: " + import::official_source_names() + " or all (default all)")
      ->delimiter(',')
      ->type_name("NAME");
  cmd->add_option("--mirror", options.mirror,
                  "read the files from a mirror folder or URL instead of the publishers")
      ->type_name("DIR|URL");
  cmd->add_option("--user-agent", options.user_agent,
                  "the User-Agent to send (default $EXPORTCHECK_USER_AGENT, else exportcheck/" +
                      std::string(ECC_VERSION) + ")")
      ->type_name("STRING");
  cmd->add_option("--timeout", options.timeout_seconds,
                  "give up on a connection silent for this long (default 60)")
      ->type_name("SECONDS")
      ->check(whole_number(1, 3600));
  cmd->add_option("--retries", options.retries,
                  "tries again after a timeout, dropped connection or 5xx (default 2)")
      ->type_name("N")
      ->check(whole_number(0, 10));
  cmd->add_option(
         "--ca-bundle", options.ca_bundle,
         "PEM file of the CAs to trust (default $EXPORTCHECK_CA_BUNDLE, else the system's)")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
}

std::map<std::string, PreviousDataset> previous_datasets(Context& ctx) {
  std::map<std::string, PreviousDataset> out;
  if (!std::filesystem::exists(ctx.db_path())) {
    return out;
  }
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_write);
  for (model::DatasetInfo& d : db.datasets(false)) {
    PreviousDataset p;
    p.files = db.dataset_files(d.id);
    p.dataset = std::move(d);
    out.emplace(p.dataset.source_key, std::move(p));
  }
  return out;
}

void date_downloaded_dataset(model::ParsedDataset& ds) {
  const model::FileProvenance& primary = ds.files.front();
  if (auto iso = net::http_date_to_iso(primary.last_modified)) {
    ds.info.data_date = iso->substr(0, 10);
    ds.info.data_date_basis = "last-modified";
  } else if (util::parse_iso_date(primary.fetched_at.substr(0, 10))) {
    ds.info.data_date = primary.fetched_at.substr(0, 10);
    ds.info.data_date_basis = "fetch date";
  } else if (ds.info.data_date_basis == "import date") {
    throw DataError(primary.url +
                    ": no data date: the file carries none, and the mirror folder has no " +
                    std::string(import::k_mirror_manifest) +
                    " telling when it was downloaded; import it with 'exportcheck db import "
                    "--data-date YYYY-MM-DD' instead");
  }
}

void check_plausible_rows(const model::ParsedDataset& ds, const PreviousDataset* previous,
                          double max_shrink_percent, bool force) {
  const std::string& where = ds.files.front().url;
  if (force) {
    return;
  }
  if (ds.info.rows == 0) {
    throw DataError(where + ": the list has no entries; refusing it (--force accepts it)");
  }
  if (!previous || previous->dataset.rows == 0) {
    return;
  }
  double old_rows = static_cast<double>(previous->dataset.rows);
  double shrink = 100.0 * (old_rows - static_cast<double>(ds.info.rows)) / old_rows;
  if (shrink > max_shrink_percent) {
    throw DataError(where + ": " + std::to_string(ds.info.rows) + " entries against " +
                    std::to_string(previous->dataset.rows) + " in dataset #" +
                    std::to_string(previous->dataset.id) + ": the list shrank by " +
                    std::to_string(static_cast<long>(std::lround(shrink))) +
                    " %, more than --max-shrink " +
                    std::to_string(static_cast<long>(std::lround(max_shrink_percent))) +
                    " %; refusing it (--force accepts it)");
  }
}

}  // namespace ecc::cli
