#pragma once
// What `db update` and `db check` share: the --source choice, the network
// options on the command line, the previous state of each source in the
// database, and the data date of a downloaded dataset.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/list_fetch.hpp"
#include "import/official_sources.hpp"
#include "model/dataset.hpp"

namespace CLI {
class App;
}

namespace ecc::cli {

class Context;

// --source csl|ofac-sdn|ofac-cons|all (repeatable or comma-separated) as
// table entries in table order; UsageError for an unknown name.
std::vector<const import::OfficialSource*> selected_sources(const std::vector<std::string>& names);

// Adds --source, --mirror, --user-agent, --timeout, --retries, --ca-bundle to `cmd`.
void add_net_options(CLI::App* cmd, std::vector<std::string>& sources, NetOptions& options);

// The active dataset of a source and the files `db update` recorded for it.
struct PreviousDataset {
  model::DatasetInfo dataset;
  std::vector<model::FileProvenance> files;
};

// By source_key, from the database of ctx; empty when it does not exist.
// The database is opened read-write (an older schema is upgraded) but not written.
std::map<std::string, PreviousDataset> previous_datasets(Context& ctx);

// Sets the data date of a downloaded dataset from its primary file: the
// publisher's Last-Modified ("last-modified"), else the fetch time ("fetch
// date"), else the file's own dates as `db import` finds them. Throws
// DataError when none of these gives one (a mirror folder without manifest
// whose file carries no date).
void date_downloaded_dataset(model::ParsedDataset& ds);

// Refuses a list that shrank by more than `max_shrink_percent` against the
// previous import of the same source (or has no entries at all), unless
// forced; throws DataError naming both counts.
void check_plausible_rows(const model::ParsedDataset& ds, const PreviousDataset* previous,
                          double max_shrink_percent, bool force);

}  // namespace ecc::cli
