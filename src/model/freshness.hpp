#pragma once
// How current the screening data is: the active datasets with the lists they
// hold, and the maximum data age a run accepts before it stops clearing
// anything (docs/rules.md, "Stale lists"). Plain values; screen/freshness.hpp
// decides which datasets are stale on an as-of date.

#include <string>
#include <vector>

#include "model/dataset.hpp"

namespace ecc::model {

// The default of --max-data-age: data more than 30 days older than the
// as-of date is stale.
inline constexpr long k_default_max_data_age = 30;

// One active dataset and the list codes of its entries.
struct DatasetLists {
  DatasetInfo dataset;
  std::vector<std::string> list_codes;
};

// What a run accepts: the maximum data age in days, and whether stale data
// was accepted on purpose (--allow-stale or EXPORTCHECK_ALLOW_STALE=1).
struct FreshnessPolicy {
  long max_age_days = k_default_max_data_age;
  bool allow_stale = false;
  std::string allowed_by;  // how it was accepted, e.g. "--allow-stale"
};

struct DataFreshness {
  std::vector<DatasetLists> datasets;
  FreshnessPolicy policy;
};

}  // namespace ecc::model
