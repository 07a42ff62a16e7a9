#include "rules/classification_rules.hpp"

#include <doctest/doctest.h>

#include <string>

#include "util/error.hpp"

namespace ecc {

namespace {

const std::string k_valid = R"({
  "id": "t", "title": "t", "citations": ["88 FR 73458"], "effective_from": "2023-11-17",
  "confidence": ["test"], "scope": "3a090_parameters",
  "paragraphs": [{"name": "3A090.a.1", "eccn": "3A090.a", "when": {"pd_min": 5.92, "tpp_min": 4800}}]
})";

std::string error_of(const std::string& text) {
  try {
    rules::parse_rule_version(text, "r.json");
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("rules::parse_rule_version") {
    SUBCASE("thresholds are read as data, TPP first") {
      model::RuleVersion r = rules::parse_rule_version(k_valid, "r.json");
      REQUIRE(r.paragraphs.size() == 1);
      REQUIRE(r.paragraphs[0].when.thresholds.size() == 2);
      CHECK(r.paragraphs[0].when.thresholds[0].parameter == model::Parameter::tpp);
      CHECK(r.paragraphs[0].when.thresholds[0].limit == 4800);
      CHECK(r.paragraphs[0].when.thresholds[1].bound == model::Bound::min);
      CHECK(r.effective_from == util::Date{2023, 11, 17});
    }
    SUBCASE("a misspelt threshold names the field") {
      CHECK(error_of(with(k_valid, "tpp_min", "tpp_mn")) ==
            "r.json: paragraphs[0].when.tpp_mn: unknown parameter (expected e.g. tpp_min, "
            "pd_below, datacenter)");
    }
    SUBCASE("a threshold that is not a number names the field") {
      CHECK(error_of(with(k_valid, "4800", "\"4800\"")) ==
            "r.json: paragraphs[0].when.tpp_min: expected a number");
    }
    SUBCASE("missing citations, bad dates and unknown keys are errors") {
      CHECK(error_of(with(k_valid, "\"citations\": [\"88 FR 73458\"],", "")) ==
            "r.json: citations: missing");
      CHECK(error_of(with(k_valid, "2023-11-17", "2023-11-31")) ==
            "r.json: effective_from: expected a date YYYY-MM-DD, got '2023-11-31'");
      CHECK(error_of(with(k_valid, "\"scope\"", "\"effective_too\": \"x\", \"scope\"")) ==
            "r.json: effective_too: unknown field");
    }
    SUBCASE("invalid JSON is an error naming the file") {
      CHECK(error_of("{").rfind("r.json: invalid JSON: ", 0) == 0);
    }
  }

  TEST_CASE("rules::load_classification_rules") {
    SUBCASE("the shipped rules load and cover 2022, 2023, 2024 HBM and 2026") {
      model::RuleSet set = rules::load_classification_rules(std::string(ECC_SOURCE_DIR) + "/rules");
      CHECK(set.versions.size() == 4);
      CHECK(set.overlays.size() >= 3);
    }
    SUBCASE("a folder without classification rules fails closed") {
      CHECK_THROWS_AS(rules::load_classification_rules("/nonexistent-exportcheck-rules"),
                      DataError);
    }
  }
}

}  // namespace ecc
