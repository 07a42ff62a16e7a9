#pragma once
// Rendering of `db check`: per official source, whether it is present, how
// old its data is and whether the publisher (or mirror) has newer files.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "util/date.hpp"

namespace ecc::report {

struct SourceCheck {
  std::string source;                         // the --source name: csl, ofac-sdn, ofac-cons
  std::optional<model::DatasetInfo> dataset;  // the active dataset; nullopt: missing
  std::vector<model::FileProvenance> files;   // what `db update` recorded for it
  long age_days = -1;                         // since the data date; -1 when missing
  bool stale = false;                         // older than max_age_days
  std::string update;  // "none", "available" or "not checked" (--offline, or missing)
  std::string note;    // why, in words
  // True when nothing needs doing for this source.
  bool ok() const { return dataset && !stale && update != "available"; }
};

struct CheckView {
  std::string database;
  util::Date today;
  long max_age_days = 30;
  std::vector<SourceCheck> sources;
};

void print_check_table(std::ostream& out, const CheckView& view);
void print_check_json(std::ostream& out, const CheckView& view);

}  // namespace ecc::report
