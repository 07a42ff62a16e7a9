// The country-groups file: dated members, derived groups, and load errors.
#include "rules/country_groups.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "rules/screening_rules.hpp"
#include "util/error.hpp"

namespace {

using ecc::util::Date;

const char* k_groups = R"({"citations": ["test"], "groups": {
  "D:5": {"members": ["CN", {"country": "KH", "to": "2026-02-02", "citation": "FR Doc 2026-02262"}]},
  "A:5": {"members": [{"country": "AE", "from": "2026-07-14"}]},
  "scope": {"include": ["D:5"], "members": ["MO", "AE"], "exclude": ["A:5"]},
  "plain": ["DE"]}})";

std::string load_error(const std::string& groups) {
  try {
    ecc::rules::parse_country_groups(R"({"citations": ["t"], "groups": )" + groups + "}", "g.json");
  } catch (const ecc::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("rules::parse_country_groups") {
    ecc::model::CountryGroups g = ecc::rules::parse_country_groups(k_groups, "g.json");
    SUBCASE("memberships hold between their dates, both inclusive") {
      CHECK(g.contains("D:5", "KH", Date{2026, 2, 2}));
      CHECK_FALSE(g.contains("D:5", "KH", Date{2026, 2, 3}));
      CHECK(g.contains("D:5", "CN", Date{1990, 1, 1}));
      CHECK(g.contains("plain", "DE", Date{2026, 2, 3}));
      CHECK_FALSE(g.contains("nope", "DE", Date{2026, 2, 3}));
    }
    SUBCASE("a derived group follows its base groups on each date") {
      CHECK(g.members_on("scope", Date{2026, 1, 1}) ==
            std::vector<std::string>{"AE", "CN", "KH", "MO"});
      CHECK(g.members_on("scope", Date{2026, 7, 14}) == std::vector<std::string>{"CN", "MO"});
    }
    SUBCASE("the dated facts behind a membership") {
      auto basis = g.dated_basis("scope", "KH", Date{2026, 1, 1});
      REQUIRE(basis.size() == 1);
      CHECK(basis[0]->citation == "FR Doc 2026-02262");
      CHECK(g.dated_basis("scope", "KH", Date{2026, 3, 1}).empty());
      CHECK(g.dated_basis("scope", "CN", Date{2026, 3, 1}).empty());
    }
    SUBCASE("bad files") {
      CHECK(load_error(R"({"X": ["XZ"]})") == "g.json: groups.X[0]: unknown country code 'XZ'");
      CHECK(load_error(R"({"X": {"include": ["Y"]}})") ==
            "g.json: groups.X: unknown country group 'Y'");
      CHECK(load_error(R"({"X": {"include": ["Y"]}, "Y": {"include": ["X"]}})") ==
            "g.json: groups.Y: cyclic group reference X -> Y -> X");
      CHECK(load_error(R"({"X": [{"country": "KH", "from": "2026-02-03", "to": "2026-02-02"}]})") ==
            "g.json: groups.X[0].to: is before 'from'");
      CHECK(load_error(R"({"X": {"memberz": ["CN"]}})").find("memberz") != std::string::npos);
      CHECK(load_error(R"({"X": {"description": "empty"}})") ==
            "g.json: groups.X.members: a group needs members or include");
    }
  }

  TEST_CASE("rules::country_groups.json") {
    ecc::model::CountryGroups g =
        ecc::rules::load_rule_book(std::string(ECC_SOURCE_DIR) + "/rules").country_groups;
    auto sorted = [](std::vector<std::string> v) {
      std::sort(v.begin(), v.end());
      return v;
    };
    SUBCASE(
        "on 2026-01-01 the derived groups are the lists the file held before it was dated, "
        "plus Hong Kong (treated as China)") {
      Date d{2026, 1, 1};
      CHECK(g.members_on("AC:d1-d4-not-d5", d) ==
            sorted({"EG", "AM", "AZ", "BH", "GE", "JO", "KZ", "KW", "KG", "LA", "MD",
                    "MN", "OM", "PK", "QA", "YE", "SA", "TJ", "TM", "AE", "UZ", "VN"}));
      CHECK(g.members_on("AC:d5-macau", d) ==
            sorted({"AF", "BY", "MM", "KH", "CF", "CN", "CD", "CU", "ER", "HT", "IR", "IQ", "KP",
                    "LB", "LY", "NI", "RU", "SO", "SS", "SD", "SY", "VE", "ZW", "MO", "HK"}));
      CHECK(g.members_on("AC:scope-2023", d).size() == 47);  // 46 before, plus HK
      CHECK(g.contains("D:5+MO", "CY", d));
      CHECK_FALSE(g.contains("AC:d5-macau", "CY", d));
    }
    SUBCASE("Cambodia leaves D:5 on 2026-02-03 and stays in the scope as D:1/D:4") {
      CHECK(g.contains("D:5", "KH", Date{2026, 2, 2}));
      CHECK_FALSE(g.contains("D:5", "KH", Date{2026, 2, 3}));
      CHECK_FALSE(g.contains("AC:d1-d4-not-d5", "KH", Date{2026, 2, 2}));
      CHECK(g.contains("AC:d1-d4-not-d5", "KH", Date{2026, 2, 3}));
    }
    SUBCASE("the UAE leaves the scope on 2026-07-14") {
      CHECK(g.contains("AC:scope-2023", "AE", Date{2026, 7, 13}));
      CHECK_FALSE(g.contains("AC:scope-2023", "AE", Date{2026, 7, 14}));
      CHECK_FALSE(g.contains("AC:d1-d4-not-d5", "AE", Date{2026, 7, 14}));
    }
  }
}
