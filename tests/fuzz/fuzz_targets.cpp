// Fuzz targets: one per parser that reads user files. The contract each one
// checks: any byte string gives a value or a DataError, never another
// exception, a signal or a sanitizer report. Built per target with libFuzzer
// (clang, -DECC_FUZZ_TARGET=NAME; scripts/test --fuzz SECONDS), or all in one
// replay binary that ctest runs over the committed seeds and regression
// inputs (tests/fuzz/README.md).
#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "import/audit_log.hpp"
#include "import/customer_reader.hpp"
#include "import/list_parsers.hpp"
#include "import/official_sources.hpp"
#include "import/order_reader.hpp"
#include "import/ownership_import.hpp"
#include "import/product_catalog.hpp"
#include "import/suppression_reader.hpp"
#include "report/ci_report.hpp"
#include "rules/classification_rules.hpp"
#include "rules/ownership_rules.hpp"
#include "rules/screening_rules.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::fuzz {

namespace {

// A file of several parts (OFAC's primary and companion files): split at NUL bytes.
std::vector<std::string_view> parts(std::string_view in, size_t n) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < n) {
    size_t nul = in.find('\0');
    if (nul == std::string_view::npos) {
      break;
    }
    out.push_back(in.substr(0, nul));
    in.remove_prefix(nul + 1);
  }
  out.push_back(in);
  out.resize(n);
  return out;
}

void ofac_legacy(std::string_view in) {
  std::vector<std::string_view> p = parts(in, 4);
  for (bool consolidated : {false, true}) {
    import::OfacFiles files{
        p[0], p[1], p[2], p[3], "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv", consolidated};
    try {
      import::parse_ofac_legacy(files);
    } catch (const DataError&) {
    }
  }
}

void customers(std::string_view in, import::CustomerFormat format, const char* name) {
  for (bool keep_going : {false, true}) {
    std::istringstream stream{std::string(in)};
    try {
      import::CustomerReader reader(stream, name, {format, "", "", "", keep_going});
      model::Customer c;
      while (reader.next(c)) {
      }
    } catch (const DataError&) {
    }
  }
}

model::CountryGroups groups() {
  model::CountryGroups g;
  g.groups["D:1"] = {"CN", "MO"};
  g.groups["D:5"] = {"CN", "MO", "KP"};
  return g;
}

void audit_log(std::string_view in) {
  std::vector<std::string> lines = util::split(in, "\n", true);
  import::verify_audit_chain(lines);
  std::ostringstream out;
  report::print_audit_log(out, lines);
}

void ownership_rules(std::string_view in) {
  const std::string text(in);
  for (int which = 0; which < 3; ++which) {
    try {
      if (which == 0) {
        rules::parse_ofac_50_rule(text, "ofac_50_rule.json");
      } else if (which == 1) {
        rules::parse_affiliates_rule(text, "affiliates_rule.json");
      } else {
        rules::parse_ns_cmic_rule(text, "ns_cmic_rule.json");
      }
    } catch (const DataError&) {
    }
  }
}

// Targets that catch DataError themselves (they run a parser more than once).
const Target k_targets[] = {
    {"csl_csv",
     [](std::string_view in) {
       std::vector<std::string> warnings;
       import::parse_csl_csv(in, "consolidated.csv", warnings);
     }},
    {"csl_json", [](std::string_view in) { import::parse_csl_json(in, "consolidated.json"); }},
    {"watchlist_csv", [](std::string_view in) { import::parse_watchlist_csv(in, "watch.csv"); }},
    {"ofac_legacy", ofac_legacy},
    {"ownership_csv", [](std::string_view in) { import::parse_ownership_csv(in, "own.csv"); }},
    {"ftm_ownership", [](std::string_view in) { import::parse_ftm_ownership(in, "ftm.json"); }},
    {"gleif_rr", [](std::string_view in) { import::parse_gleif_rr(in, "rr.xml"); }},
    {"gleif_lei", [](std::string_view in) { import::parse_gleif_lei(in, "lei.xml"); }},
    {"order_json",
     [](std::string_view in) { import::parse_order_json(std::string(in), "order.json"); }},
    {"order_csv",
     [](std::string_view in) { import::parse_order_csv(std::string(in), "orders.csv"); }},
    {"customer_csv",
     [](std::string_view in) { customers(in, import::CustomerFormat::csv, "customers.csv"); }},
    {"customer_jsonl",
     [](std::string_view in) { customers(in, import::CustomerFormat::jsonl, "customers.jsonl"); }},
    {"suppressions",
     [](std::string_view in) { import::parse_suppressions(std::string(in), "ignore.json"); }},
    {"product_spec",
     [](std::string_view in) { import::parse_product_spec(std::string(in), "spec.json"); }},
    {"product_catalog",
     [](std::string_view in) { import::parse_product_catalog(std::string(in), "products.json"); }},
    {"screening_rule",
     [](std::string_view in) {
       static const model::CountryGroups g = groups();
       rules::parse_screening_rule(std::string(in), "rule.json", g);
     }},
    {"country_groups",
     [](std::string_view in) { rules::parse_country_groups(std::string(in), "groups.json"); }},
    {"rule_version",
     [](std::string_view in) { rules::parse_rule_version(std::string(in), "version.json"); }},
    {"overlay", [](std::string_view in) { rules::parse_overlay(std::string(in), "overlay.json"); }},
    {"ownership_rules", ownership_rules},
    {"audit_log", audit_log},
    {"mirror_manifest",
     [](std::string_view in) { import::parse_mirror_manifest(in, "exportcheck-mirror.json"); }},
};

}  // namespace

std::span<const Target> targets() {
  return k_targets;
}

const Target* find_target(std::string_view name) {
  for (const Target& t : k_targets) {
    if (name == t.name) {
      return &t;
    }
  }
  return nullptr;
}

void run_one(const Target& target, std::string_view input) {
  try {
    target.run(input);
  } catch (const DataError&) {  // the one acceptable failure: bad input, exit 3
  }
}

}  // namespace ecc::fuzz

#ifdef ECC_FUZZ_TARGET
// libFuzzer entry point of the target named at compile time.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ecc::fuzz::Target* target = ecc::fuzz::find_target(ECC_FUZZ_TARGET);
  if (target == nullptr) {
    __builtin_trap();  // a target name the table does not know
  }
  ecc::fuzz::run_one(*target, std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
#endif
