#include "import/product_catalog.hpp"

#include <doctest/doctest.h>

#include "util/error.hpp"

namespace ecc {

namespace {

std::string spec_error(const std::string& text) {
  try {
    import::parse_product_spec(text, "spec.json");
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::parse_product_spec") {
    SUBCASE("plain numbers and objects both work; absent figures are unknown") {
      model::ProductSpec s = import::parse_product_spec(
          R"({"model": "X", "throughput": [{"format": "FP16", "bits": 16, "dense_tops": 148}],
              "die_area_mm2": 814, "datacenter": true})",
          "spec.json");
      CHECK(s.die_area_mm2.value == 814);
      CHECK(s.datacenter.value == true);
      CHECK(!s.memory_bandwidth_gbps.value.has_value());
      REQUIRE(s.throughput.has_value());
      CHECK((*s.throughput)[0].bits == 16);
    }
    SUBCASE("null throughput is unknown, an empty list is none") {
      CHECK(!import::parse_product_spec(R"({"model": "X", "throughput": null})", "s").throughput);
      CHECK(import::parse_product_spec(R"({"model": "X", "throughput": []})", "s")
                .throughput->empty());
    }
    SUBCASE("malformed fields are named") {
      CHECK(
          spec_error(
              R"({"model": "X", "throughput": [{"format": "FP16", "bits": "sixteen", "dense_tops": 1}]})") ==
          "spec.json: throughput[0].bits: expected an integer from 1 to 64, got '\"sixteen\"'");
      CHECK(spec_error(R"({"throughput": []})") == "spec.json: model: missing");
      CHECK(spec_error(R"({"model": "X", "die_area_mm2": -5})") ==
            "spec.json: die_area_mm2: out of range: -5");
      CHECK(spec_error(R"({"model": "X", "die_area_mm2": 1.12345678})") ==
            "spec.json: die_area_mm2: more than 6 decimals: 1.12345678");
      CHECK(spec_error(R"({"model": "X", "kind": "board"})") ==
            "spec.json: contains: missing for a board or server");
    }
  }

  TEST_CASE("import::load_product_catalog") {
    SUBCASE("the shipped catalog loads with sources on every known figure") {
      model::ProductCatalog c =
          import::load_product_catalog(std::string(ECC_SOURCE_DIR) + "/data/products.json");
      CHECK(c.products.size() >= 33);
      for (const model::ProductSpec& p : c.products) {
        if (p.die_area_mm2.value) {
          CHECK_MESSAGE(!p.die_area_mm2.provenance.source.empty(), p.id);
        }
      }
    }
    SUBCASE("a catalog figure without source and confidence is rejected") {
      CHECK_THROWS_AS(
          import::parse_product_catalog(
              R"({"products": [{"id": "a", "vendor": "V", "model": "M", "die_area_mm2": 5}]})",
              "c.json"),
          DataError);
    }
    SUBCASE("a board naming an unknown chip is rejected") {
      CHECK_THROWS_WITH(
          import::parse_product_catalog(
              R"({"products": [{"id": "b", "vendor": "V", "model": "B", "kind": "board",
                                "contains": {"product": "nope", "count": 8}}]})",
              "c.json"),
          "c.json: products[0].contains: no chip with id 'nope'");
    }
  }
}

}  // namespace ecc
