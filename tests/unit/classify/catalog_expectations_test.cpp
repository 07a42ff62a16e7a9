// Each product of the fact base's table (regulations.md §3) against the
// classification written there, under the 2022 rule (as of 2023-06-01), the
// 2023+ rule (as of 2024-06-01) and the 2026 China review test (2026-06-01).
// The expected values are copied from the table, not computed by the code.
// Where the table assumes a figure the catalog leaves unknown, the expectation
// is "undecided" and the comment says why.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>

#include "classify/classifier.hpp"
#include "classify_fixture.hpp"

namespace ecc {

namespace {

struct Expected {
  const char* id;
  const char* rule_2022;  // eccn
  const char* rule_2023;  // paragraph, or eccn when none
  std::optional<bool> eligible_2026;
};

// clang-format off
const Expected k_table[] = {
    {"nvidia-a100-sxm4-80gb", "3A090.a",   "3A090.a.1", true},
    {"nvidia-a100-pcie-80gb", "3A090.a",   "3A090.a.1", true},
    {"nvidia-a800-sxm4-80gb", "not 3A090", "3A090.a.1", true},   // I/O 464 < 600 in 2022
    {"nvidia-a30",            "not 3A090", "3A090.b.1", true},
    {"nvidia-a40",            "not 3A090", "3A090.b.2", true},   // treated as datacenter
    {"nvidia-h100-sxm5",      "3A090.a",   "3A090.a.1", true},
    {"nvidia-h100-pcie",      "3A090.a",   "3A090.a.1", true},
    {"nvidia-h800-sxm5",      "not 3A090", "3A090.a.1", true},   // I/O 528 < 600 in 2022
    {"nvidia-h20",            "not 3A090", "not 3A090", true},
    {"nvidia-h200-sxm",       "3A090.a",   "3A090.a.1", true},
    {"nvidia-b100",           "3A090.a",   "3A090.a.1", false},
    {"nvidia-b200",           "3A090.a",   "3A090.a.1", false},
    {"nvidia-gb200-gpu",      "3A090.a",   "3A090.a.1", false},
    {"nvidia-l40",            "not 3A090", "3A090.b.1", true},   // table: 3A090.b
    {"nvidia-l40s",           "not 3A090", "3A090.a.1", true},
    {"nvidia-l20",            "not 3A090", "not 3A090", true},
    {"nvidia-l4",             "not 3A090", "3A090.a.2", true},
    {"nvidia-l2",             "not 3A090", "not 3A090", true},
    {"nvidia-rtx-4090",       "not 3A090", "3A090.a.1", true},
    {"nvidia-rtx-4090d",      "not 3A090", "not 3A090", true},   // Note 2
    {"nvidia-rtx-6000-ada",   "not 3A090", "3A090.a.1", true},
    {"nvidia-rtx-5090",       "not 3A090", "3A090.a.1", true},
    {"nvidia-rtx-5090d",      "not 3A090", "not 3A090", true},   // Note 2
    {"nvidia-rtx-5090d-v2",   "not 3A090", "not 3A090", true},   // Note 2
    // Table: 3A090.b.1 "robust to die-area uncertainty"; but an area below
    // 489.2 mm² would make it 3A090.a.2, and the area is not published.
    {"amd-mi210",             "not 3A090", "undecided", true},
    {"amd-mi250x",            "3A090.a",   "3A090.a.1", true},
    {"amd-mi300x",            "3A090.a",   "3A090.a.1", true},   // TPP 20,919 just under 21,000
    {"amd-mi325x",            "3A090.a",   "3A090.a.1", true},
    // Table: figures unknown ("apparently below 3A090" is an inference, not a figure).
    {"amd-mi308x",            "undecided", "undecided", std::nullopt},
    {"intel-gaudi2",          "3A090.a",   "3A090.a.1", true},
    {"intel-gaudi3",          "3A090.a",   "3A090.a.1", false},
    // Table: 2026 "n/a" (foreign); the catalog has no memory bandwidth for it.
    {"huawei-ascend-910",     "not 3A090", "3A090.a.2", std::nullopt},
    {"huawei-ascend-910b",    "undecided", "undecided", std::nullopt},
};
// clang-format on

const model::ProductSpec* find(const std::string& id) {
  for (const model::ProductSpec& p : test::shipped_catalog().products) {
    if (p.id == id) {
      return &p;
    }
  }
  return nullptr;
}

std::string outcome(const model::Classification& c) {
  return c.paragraph.empty() ? c.eccn : c.paragraph;
}

}  // namespace

TEST_SUITE("classify") {
  TEST_CASE("classify::catalog_against_fact_base") {
    const auto& catalog = test::shipped_catalog().products;
    const auto& rules = test::shipped_rules();
    for (const Expected& e : k_table) {
      SUBCASE(e.id) {
        const model::ProductSpec* p = find(e.id);
        REQUIRE(p != nullptr);
        model::Classification c2022 =
            classify::classify(*p, catalog, rules, test::day("2023-06-01"));
        CHECK(c2022.eccn == e.rule_2022);
        model::Classification c2023 =
            classify::classify(*p, catalog, rules, test::day("2024-06-01"));
        CHECK(outcome(c2023) == e.rule_2023);
        model::Classification c2026 =
            classify::classify(*p, catalog, rules, test::day("2026-06-01"));
        CHECK(outcome(c2026) == e.rule_2023);  // 2026 did not change the parameters
        REQUIRE(c2026.china_review.has_value());
        CHECK(c2026.china_review->eligible == e.eligible_2026);
      }
    }
  }

  TEST_CASE("classify::catalog_nac_and_overlays") {
    const auto& catalog = test::shipped_catalog().products;
    auto at = [&](const char* id, const char* date) {
      return classify::classify(*find(id), catalog, test::shipped_rules(), test::day(date));
    };
    SUBCASE("non-datacenter 3A090.a cards are NAC-eligible, datacenter 3A090.a chips are not") {
      CHECK(at("nvidia-rtx-4090", "2024-06-01").nac_eligible == true);
      CHECK(at("nvidia-rtx-5090", "2026-06-01").nac_eligible == true);
      CHECK(at("nvidia-h100-sxm5", "2024-06-01").nac_eligible == false);
    }
    SUBCASE("datacenter 3A090.b chips are NAC-eligible") {
      CHECK(at("nvidia-a30", "2024-06-01").nac_eligible == true);
      CHECK(at("nvidia-l40", "2024-06-01").nac_eligible == true);
    }
    SUBCASE("RTX 6000 Ada: NAC depends on the unknown datacenter flag") {
      CHECK(!at("nvidia-rtx-6000-ada", "2024-06-01").nac_eligible.has_value());
    }
    SUBCASE("every chip of the catalog has an expectation above") {
      for (const model::ProductSpec& p : catalog) {
        bool listed = std::any_of(std::begin(k_table), std::end(k_table),
                                  [&](const Expected& e) { return p.id == e.id; });
        bool covered = listed || p.kind != model::ProductKind::chip;
        CHECK_MESSAGE(covered, p.id);
      }
    }
  }
}

}  // namespace ecc
