#pragma once
// Rendering of `db import`, `db status` and `db diff` results as text tables
// or JSON. Pure: values in, text out.

#include <ostream>
#include <string>
#include <vector>

#include "model/entry_diff.hpp"
#include "store/store.hpp"
#include "util/date.hpp"

namespace ecc::report {

struct StatusView {
  std::string database;
  std::vector<store::ListStatus> lists;
  std::vector<model::DatasetInfo> datasets;  // active, or all with --all
  util::Date today;
  long max_age_days = 30;
};

// Age in days of an ISO data date on `today`; -1 when the date is missing.
long data_age_days(const std::string& data_date, const util::Date& today);

// True when data of `data_date` is stale on `today`: missing, in the future,
// or more than `max_age` days old. A list is stale when its dataset is (the
// dataset's data date is what screening's --max-data-age judges).
bool is_stale(const std::string& data_date, const util::Date& today, long max_age);

void print_status_table(std::ostream& out, const StatusView& view);
void print_status_json(std::ostream& out, const StatusView& view);

// One line per imported file.
void print_import_outcomes(std::ostream& out, const std::vector<store::ImportOutcome>& outcomes);

struct DiffView {
  std::string
      old_label;  // "dataset #1 (consolidated.csv, data date 2022-04-21)" or a database path
  std::string new_label;
  model::EntryDiff diff;
};

void print_diff_table(std::ostream& out, const DiffView& view);
void print_diff_json(std::ostream& out, const DiffView& view);

// Full entries, for `db show`: every field, aliases, addresses, identifiers.
void print_entries_table(std::ostream& out, const std::vector<model::ListEntry>& entries);
void print_entries_json(std::ostream& out, const std::vector<model::ListEntry>& entries);

}  // namespace ecc::report
