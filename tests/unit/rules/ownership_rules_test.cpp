// Ownership rule files: the shipped files load, and bad files name the field.
#include "rules/ownership_rules.hpp"

#include <doctest/doctest.h>

#include "util/error.hpp"

namespace ecc {

TEST_SUITE("rules") {
  TEST_CASE("rules::load_ownership_rules") {
    SUBCASE("the shipped files: thresholds, lists, three Affiliates Rule windows") {
      model::OwnershipRules r = rules::load_ownership_rules(std::string(ECC_SOURCE_DIR) + "/rules");
      CHECK(r.ofac.threshold_percent == 50);
      CHECK(r.ofac.list_codes == std::vector<std::string>{"sdn"});
      CHECK(r.affiliates.list_codes == std::vector<std::string>{"entity_list", "meu"});
      REQUIRE(r.affiliates.windows.size() == 3);
      CHECK(r.affiliates.windows[1].state == model::RuleState::stayed);
      CHECK(r.affiliates.windows[1].citation == "90 FR 50857");
      CHECK_FALSE(r.affiliates.windows[2].to.has_value());
      CHECK(r.affiliates.windows[2].confidence.find("unconfirmed") != std::string::npos);
      auto on = [&](const char* d) {
        return model::affiliates_window_on(r.affiliates, *util::parse_iso_date(d));
      };
      CHECK_FALSE(on("2025-09-28").has_value());
      CHECK(on("2025-11-09")->state == model::RuleState::active);
      CHECK(on("2025-11-10")->state == model::RuleState::stayed);
      CHECK(on("2026-11-09")->state == model::RuleState::stayed);
      CHECK(on("2026-11-10")->state == model::RuleState::active);
      CHECK(r.ns_cmic.note.find("FAQ 857") != std::string::npos);
    }
    SUBCASE("bad files") {
      std::string base =
          R"({"threshold_percent": 50, "list_codes": ["entity_list"], "home_country": "US",
        "policy_order": ["case-by-case"], "citations": ["90 FR 47201"], "windows": [)";
      auto load = [&](const std::string& windows) {
        return rules::parse_affiliates_rule(base + windows + "]}", "aff.json");
      };
      CHECK(load(R"({"from": "2025-09-29", "to": null, "state": "active", "citation": "x"})")
                .windows.size() == 1);
      CHECK_THROWS_WITH_AS(load(R"({"from": "2025-09-29", "state": "on", "citation": "x"})"),
                           doctest::Contains("expected active, stayed or not_in_force, got 'on'"),
                           DataError);
      CHECK_THROWS_WITH_AS(
          load(R"({"from": "2025-09-29", "to": "2025-12-01", "state": "active", "citation": "x"},
                  {"from": "2025-11-10", "state": "stayed", "citation": "y"})"),
          doctest::Contains("overlaps the previous window"), DataError);
      CHECK_THROWS_WITH_AS(load(R"({"from": "2025-13-01", "state": "active", "citation": "x"})"),
                           doctest::Contains("expected a date YYYY-MM-DD"), DataError);
      CHECK_THROWS_AS(rules::load_ownership_rules("/nonexistent"), DataError);
    }
  }
}

}  // namespace ecc
