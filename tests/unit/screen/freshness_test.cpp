// Stale lists: the age boundary, undated and future data, the placeholders,
// and the run findings of the shipped stale-lists rules.
#include "screen/freshness.hpp"

#include <doctest/doctest.h>

#include "rules/screening_rules.hpp"
#include "util/error.hpp"

namespace {

using ecc::util::Date;

ecc::model::DataFreshness data(const std::string& date, long max_age = 30) {
  ecc::model::DataFreshness f;
  ecc::model::DatasetLists d;
  d.dataset.id = 1;
  d.dataset.file_name = "consolidated.csv";
  d.dataset.data_date = date;
  d.dataset.data_date_basis = "latest start_date";
  d.list_codes = {"entity_list", "sdn"};
  f.datasets.push_back(d);
  f.policy.max_age_days = max_age;
  return f;
}

std::vector<std::string> rule_ids(const std::vector<ecc::model::Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(f.rule->id + ":" + std::string(ecc::model::to_string(f.verdict)));
  }
  return out;
}

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::stale_datasets") {
    SUBCASE("more than the maximum age before the as-of date is stale; the maximum is not") {
      CHECK(ecc::screen::stale_datasets(data("2026-10-24"), Date{2026, 11, 23}).empty());
      auto stale = ecc::screen::stale_datasets(data("2026-10-23"), Date{2026, 11, 23});
      REQUIRE(stale.size() == 1);
      CHECK(*stale[0].age_days == 31);
      CHECK(ecc::screen::stale_datasets(data("2026-10-23", 31), Date{2026, 11, 23}).empty());
      CHECK(ecc::screen::stale_datasets(data("2026-11-23", 0), Date{2026, 11, 23}).empty());
    }
    SUBCASE("no data date is stale; data dated after the as-of date is not") {
      auto stale = ecc::screen::stale_datasets(data(""), Date{2026, 11, 23});
      REQUIRE(stale.size() == 1);
      CHECK_FALSE(stale[0].age_days.has_value());
      CHECK(ecc::screen::stale_datasets(data("2026-12-01"), Date{2026, 11, 23}).empty());
    }
    SUBCASE("evidence and placeholders name the file, lists, dates and ages") {
      auto f = data("2022-04-21");
      CHECK(ecc::screen::stale_evidence(f, Date{2026, 11, 23}) ==
            std::vector<std::string>{
                "#1 consolidated.csv (lists entity_list, sdn): data date 2022-04-21 (latest "
                "start_date), 1677 days before the as-of date 2026-11-23 (maximum 30)"});
      f.policy.allowed_by = "--allow-stale";
      CHECK(ecc::screen::fill_freshness("{stale_lists}; {max_age}; {as_of}; {allowed_by}", f,
                                        Date{2026, 11, 23}) ==
            "#1 consolidated.csv (data of 2022-04-21); 30; 2026-11-23; --allow-stale");
    }
  }

  TEST_CASE("screen::run_findings") {
    ecc::model::RuleBook book = ecc::rules::load_rule_book(std::string(ECC_SOURCE_DIR) + "/rules");
    SUBCASE("stale: review; accepted: a clear note; current: nothing") {
      auto f = data("2022-04-21");
      auto found = ecc::screen::run_findings(book, f, Date{2026, 11, 23});
      CHECK(rule_ids(found) == std::vector<std::string>{"stale-lists:review"});
      CHECK(found[0].line == -1);
      CHECK(found[0].explanation.find("#1 consolidated.csv (data of 2022-04-21)") !=
            std::string::npos);
      f.policy.allow_stale = true;
      f.policy.allowed_by = "EXPORTCHECK_ALLOW_STALE=1";
      found = ecc::screen::run_findings(book, f, Date{2026, 11, 23});
      CHECK(rule_ids(found) == std::vector<std::string>{"stale-lists-accepted:clear"});
      CHECK(found[0].explanation.find("EXPORTCHECK_ALLOW_STALE=1") != std::string::npos);
      CHECK(ecc::screen::run_findings(book, data("2026-11-20"), Date{2026, 11, 23}).empty());
    }
    SUBCASE("a run-scope rule may test only data facts") {
      std::string text = R"({"id": "t", "title": "t", "citations": ["c"],
        "effective_from": "2023-11-17", "scope": "run", "verdict": "review", "explanation": "e",
        "when": {"fact": "order.destination", "eq": "CN"}})";
      CHECK_THROWS_WITH_AS(ecc::rules::parse_screening_rule(text, "t.json", book.country_groups),
                           doctest::Contains("a run-scope rule tests only data.* facts"),
                           ecc::DataError);
    }
  }
}
