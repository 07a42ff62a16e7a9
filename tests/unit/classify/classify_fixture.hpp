#pragma once
// Shared helpers of the classify tests: the shipped rule files and catalog,
// loaded once, and a builder for a chip with given figures.

#include <optional>
#include <string>

#include "import/product_catalog.hpp"
#include "model/chip.hpp"
#include "rules/classification_rules.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

// The tests build chips with designated initializers ({.tops = 4800, .die_area = 100});
// leaving the other members at their defaults is the point, so GCC's -Wextra
// warning about it is switched off for these test files.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace ecc::test {

// rules/ of the source tree (the thresholds under test are the shipped ones).
inline const model::RuleSet& shipped_rules() {
  static const model::RuleSet rules =
      rules::load_classification_rules(std::string(ECC_SOURCE_DIR) + "/rules");
  return rules;
}

inline const model::ProductCatalog& shipped_catalog() {
  static const model::ProductCatalog catalog =
      import::load_product_catalog(std::string(ECC_SOURCE_DIR) + "/data/products.json");
  return catalog;
}

inline util::Date day(const char* iso) {
  return *util::parse_iso_date(iso);
}

struct ChipFigures {
  double tops = 0;
  int bits = 1;
  std::optional<double> die_area;
  std::optional<bool> datacenter = true;
  std::optional<double> interconnect;
  std::optional<double> memory_bandwidth;
};

inline model::ProductSpec chip(const ChipFigures& f) {
  model::ProductSpec s;
  s.id = "test-chip";
  s.vendor = "Test";
  s.model = "chip";
  s.throughput = std::vector<model::Throughput>{{"INT8", f.bits, f.tops, {}}};
  s.die_area_mm2.value = f.die_area;
  s.datacenter.value = f.datacenter;
  s.interconnect_gbps.value = f.interconnect;
  s.memory_bandwidth_gbps.value = f.memory_bandwidth;
  return s;
}

}  // namespace ecc::test
