#include "screen/facts.hpp"

#include <doctest/doctest.h>

#include "rules/screening_rules.hpp"
#include "util/error.hpp"

using ecc::screen::Truth;

namespace {

const char* k_groups = R"({"citations": ["test"],
  "groups": {"D:5": ["CN", "RU"], "A:6": ["IL"]}})";

ecc::model::CountryGroups groups() {
  return ecc::rules::parse_country_groups(k_groups, "groups.json");
}

ecc::model::ScreeningRule rule(const std::string& when, const std::string& extra = "") {
  std::string text =
      R"({"id": "t", "title": "t", "citations": ["c"], "effective_from": "2023-11-17",
    "scope": "party_line", "verdict": "license_required", "explanation": "e", "when": )" +
      when + extra + "}";
  return ecc::rules::parse_screening_rule(text, "t.json", groups());
}

struct Fixture {
  ecc::model::Order order;
  ecc::model::OrderParty party;
  ecc::screen::PartyResult party_result;
  ecc::screen::LineResult line;
  ecc::model::ListEntry entry;
  Fixture() {
    order.destination = "CN";
    order.ship_from = "US";
    party.role = "end_user";
    party.country = "SG";
    party.ultimate_parent_country = "CN";
    line.known = true;
    line.query = "Chip";
    entry.list_code = "entity_list";
    party_result.hits.push_back({&entry, 1.0, "X", false, "matches"});
  }
  Truth eval(const std::string& when) {
    ecc::screen::FactContext ctx{&order, &line, &party, &party_result, ecc::util::Date{2024, 1, 1}};
    std::vector<std::string> unknown;
    return ecc::screen::evaluate(rule(when).when, ctx, groups(), unknown);
  }
};

std::string load_error(const std::string& when) {
  try {
    rule(when);
  } catch (const ecc::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::evaluate") {
    Fixture f;
    SUBCASE("tests on known facts") {
      CHECK(f.eval(R"({"fact": "order.destination", "in_group": "D:5"})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "order.destination", "not_in_group": "D:5"})") == Truth::no);
      CHECK(f.eval(R"({"fact": "party.hq_countries", "in_group": "D:5"})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "party.lists", "contains": ["meu", "entity_list"]})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "party.similar_lists", "contains": "entity_list"})") == Truth::no);
      CHECK(f.eval(R"({"fact": "order.ship_from", "eq": "US"})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "item.known", "eq": true})") == Truth::yes);
    }
    SUBCASE("an unknown fact makes a test unknown, and Kleene logic combines it") {
      // No classification: item.controlled is unknown.
      CHECK(f.eval(R"({"fact": "item.controlled", "eq": true})") == Truth::unknown);
      CHECK(f.eval(R"({"not": {"fact": "item.controlled", "eq": true}})") == Truth::unknown);
      CHECK(
          f.eval(
              R"({"all": [{"fact": "item.controlled", "eq": true}, {"fact": "order.destination", "eq": "DE"}]})") ==
          Truth::no);
      CHECK(
          f.eval(
              R"({"all": [{"fact": "item.controlled", "eq": true}, {"fact": "order.destination", "eq": "CN"}]})") ==
          Truth::unknown);
      CHECK(
          f.eval(
              R"({"any": [{"fact": "item.controlled", "eq": true}, {"fact": "order.destination", "eq": "CN"}]})") ==
          Truth::yes);
      CHECK(
          f.eval(
              R"({"any": [{"fact": "item.controlled", "eq": true}, {"fact": "order.destination", "eq": "DE"}]})") ==
          Truth::unknown);
      CHECK(f.eval(R"({"fact": "item.controlled", "known": false})") == Truth::yes);
    }
    SUBCASE("numbers") {
      ecc::model::Classification c;
      c.eccn = "3A090.a";
      c.tpp = 15832;
      f.line.classification = c;
      CHECK(f.eval(R"({"fact": "item.tpp", "lt": 21000})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "item.tpp", "ge": 15832})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "item.tpp", "gt": 15832})") == Truth::no);
      CHECK(f.eval(R"({"fact": "item.controlled", "eq": true})") == Truth::yes);
      CHECK(f.eval(R"({"fact": "item.nac_eligible", "eq": true})") == Truth::unknown);
    }
  }
  TEST_CASE("rules::parse_screening_rule rejects what it does not know") {
    CHECK(load_error(R"({"fact": "item.colour", "eq": "red"})") ==
          "t.json: when.fact: unknown fact 'item.colour' (docs/rules.md lists them)");
    CHECK(load_error(R"({"fact": "order.destination", "in_group": "D:9"})") ==
          "t.json: when.in_group: unknown country group 'D:9'");
    CHECK(load_error(R"({"fact": "order.destination", "like": "C%"})") ==
          "t.json: when: unknown operator 'like'");
    CHECK(load_error(R"({"fact": "order.destination", "lt": 3})") ==
          "t.json: when.lt: needs a number and a numeric fact");
    CHECK(load_error(R"({"all": []})") ==
          "t.json: when: 'all' takes a non-empty array and nothing beside it");
    CHECK(load_error(R"({"fact": "order.destination", "eq": "CN"}, "verdict2": "x")") ==
          "t.json: verdict2: unknown field");
  }
  TEST_CASE("screen::in_force") {
    auto r = rule(
        R"({"fact": "order.destination", "eq": "CN"})",
        R"(, "effective_to": "2026-12-31", "suspended": [{"from": "2025-11-10", "to": "2026-11-09"}])");
    CHECK_FALSE(ecc::screen::in_force(r, ecc::util::Date{2023, 11, 16}));
    CHECK(ecc::screen::in_force(r, ecc::util::Date{2023, 11, 17}));
    CHECK(ecc::screen::in_force(r, ecc::util::Date{2025, 11, 9}));
    CHECK_FALSE(ecc::screen::in_force(r, ecc::util::Date{2025, 11, 10}));
    CHECK_FALSE(ecc::screen::in_force(r, ecc::util::Date{2026, 11, 9}));
    CHECK(ecc::screen::in_force(r, ecc::util::Date{2026, 11, 10}));
    CHECK(ecc::screen::in_force(r, ecc::util::Date{2026, 12, 31}));
    CHECK_FALSE(ecc::screen::in_force(r, ecc::util::Date{2027, 1, 1}));
  }
}
