#include "screen/hit_ranking.hpp"

#include <doctest/doctest.h>

using ecc::match::Decision;

namespace {

ecc::model::ScreeningRule list_rule(const std::string& id, const std::string& code,
                                    ecc::model::Verdict v) {
  ecc::model::ScreeningRule r;
  r.id = id;
  r.effective_from = {1990, 1, 1};
  r.when.fact = "party.lists";
  r.when.op = ecc::model::Predicate::Op::contains;
  r.when.values = {code};
  r.verdict = v;
  r.citations = {id + " citation"};
  r.policy = id + " policy";
  return r;
}

ecc::model::ListEntry entry(const std::string& code, const std::string& key,
                            const std::string& name, const std::string& source,
                            const std::string& number = "") {
  ecc::model::ListEntry e;
  e.list_code = code;
  e.entry_key = key;
  e.name = name;
  e.source_name = source;
  e.entity_number = number;
  return e;
}

ecc::match::MatchResult hit(size_t index, const ecc::model::ListEntry& e, Decision d,
                            double score) {
  ecc::match::MatchResult r;
  r.entry_index = index;
  r.list_code = e.list_code;
  r.entry_key = e.entry_key;
  r.entry_name = e.name;
  r.decision = d;
  r.score = score;
  return r;
}

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::rank_hits") {
    ecc::model::RuleBook book;
    book.rules = {list_rule("ns-cmic", "ns_cmic", ecc::model::Verdict::clear),
                  list_rule("entity-list", "entity_list", ecc::model::Verdict::license_required),
                  list_rule("ofac-sdn", "sdn", ecc::model::Verdict::prohibited)};
    const ecc::screen::AuditRules rules(book, {2026, 11, 23});
    std::vector<ecc::model::ListEntry> entries = {
        entry("ns_cmic", "n1", "HUAWEI TECHNOLOGIES CO., LTD.", "NS-CMIC"),
        entry("entity_list", "e1", "Huawei Technologies Co., Ltd.", "Entity List (EL)"),
        entry("sdn", "c1", "ACME TRADING", "SDN (CSL copy)", "36"),
        entry("sdn", "36", "ACME TRADING", "OFAC SDN", "36"),
        entry("entity_list", "e2", "Huawei Technologies Co., Ltd.", "Entity List (EL)")};
    entries[1].license_requirement = "For all items subject to the EAR.";
    entries[1].license_policy = "Presumption of denial.";
    entries[1].fr_citations = {"84 FR 22961"};

    SUBCASE("the Entity List before the NS-CMIC list, whatever the scores") {
      std::vector<ecc::match::MatchResult> results = {hit(0, entries[0], Decision::match, 1.0),
                                                      hit(1, entries[1], Decision::match, 0.95)};
      const auto regimes = ecc::screen::rank_hits(results, entries, rules);
      REQUIRE(results.size() == 2);
      CHECK(results[0].entry_key == "e1");
      CHECK(regimes[0].rule->id == "entity-list");
      CHECK(regimes[0].requirement == "For all items subject to the EAR.");
      CHECK(regimes[0].policy == "Presumption of denial.");
      CHECK(regimes[0].citations ==
            std::vector<std::string>{"entity-list citation", "84 FR 22961"});
      CHECK(regimes[1].rule->id == "ns-cmic");
      CHECK(regimes[1].requirement == "ns-cmic policy");  // no entry text: the rule's policy
    }
    SUBCASE("a match before a review, even on a more restrictive list") {
      std::vector<ecc::match::MatchResult> results = {hit(2, entries[2], Decision::review, 0.85),
                                                      hit(0, entries[0], Decision::match, 0.93)};
      ecc::screen::rank_hits(results, entries, rules);
      CHECK(results[0].entry_key == "n1");
    }
    SUBCASE("two resemblances: the more restrictive list first") {
      std::vector<ecc::match::MatchResult> results = {hit(0, entries[0], Decision::review, 0.85),
                                                      hit(1, entries[1], Decision::review, 0.85)};
      const auto regimes = ecc::screen::rank_hits(results, entries, rules);
      CHECK(results[0].entry_key == "e1");
      CHECK(regimes[0].list_rule->id == "entity-list");
    }
    SUBCASE("one entry from two sources is shown once, naming both") {
      std::vector<ecc::match::MatchResult> results = {hit(3, entries[3], Decision::match, 0.97),
                                                      hit(2, entries[2], Decision::match, 0.97),
                                                      hit(0, entries[0], Decision::match, 0.95)};
      const auto regimes = ecc::screen::rank_hits(results, entries, rules);
      REQUIRE(results.size() == 2);
      CHECK(results[0].entry_key == "36");
      CHECK(regimes[0].sources == std::vector<std::string>{"OFAC SDN", "SDN (CSL copy)"});
      CHECK(regimes[0].other_keys == std::vector<std::string>{"c1"});
      CHECK(results[1].entry_key == "n1");
    }
    SUBCASE("two entries of one source with the same name stay two") {
      std::vector<ecc::match::MatchResult> results = {hit(1, entries[1], Decision::match, 0.95),
                                                      hit(4, entries[4], Decision::match, 0.95)};
      const auto regimes = ecc::screen::rank_hits(results, entries, rules);
      CHECK(results.size() == 2);
      CHECK(regimes[1].sources == std::vector<std::string>{"Entity List (EL)"});
    }
  }
}
