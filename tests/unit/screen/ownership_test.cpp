#include "screen/ownership.hpp"

#include <doctest/doctest.h>

#include "rules/ownership_rules.hpp"
#include "rules/screening_rules.hpp"
#include "screen/facts.hpp"
#include "screen/screen_internal.hpp"

namespace {

using ecc::util::Date;

// EL -> A 60 %, A -> B 100 %; EL -> U share unknown; B's parent chain tops out at EL (HQ CN).
ecc::model::OwnershipGraph graph() {
  ecc::model::EntityListing el;
  el.list_code = "entity_list";
  el.entry_key = "k1";
  el.license_policy = "Presumption of denial";
  el.start_date = "2019-10-09";
  ecc::model::OwnershipGraph g;
  g.entities = {
      {"EL", "Listed Co", "CN", "CN", {}, {el}},
      {"A", "Alpha Holdings Ltd", "CN", "", {}, {}},
      {"B", "Beta Cloud Sdn Bhd", "MY", "", {{"LEI", "5493001KJTIIGC8Y1R12", "", "", ""}}, {}},
      {"U", "Unknown Share Ltd", "HK", "", {}, {}}};
  auto edge = [](const char* o, const char* d, std::optional<double> p) {
    return ecc::model::OwnershipEdge{
        o, d, p, ecc::model::OwnershipKind::equity, Date{2024, 12, 31}, "t", "t.csv:1"};
  };
  g.edges = {edge("EL", "A", 60), edge("A", "B", 100), edge("EL", "U", std::nullopt)};
  return g;
}

ecc::screen::PartyResult screen_party(const ecc::screen::OwnershipAnalyses& analyses,
                                      const ecc::model::OrderParty& party, Date date) {
  ecc::screen::ScreenInputs in;
  in.ownership = &analyses;
  ecc::screen::PartyResult result;
  ecc::screen::add_ownership(party, in, date, result);
  return result;
}

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::add_ownership") {
    ecc::model::OwnershipGraph g = graph();
    ecc::screen::OwnershipAnalyses analyses(
        g, ecc::rules::load_ownership_rules(std::string(ECC_SOURCE_DIR) + "/rules"));
    ecc::model::OrderParty party;
    party.name = "beta cloud  SDN BHD";
    SUBCASE("by name; covered while the Affiliates Rule is active, not while stayed") {
      auto active = screen_party(analyses, party, Date{2025, 10, 15});
      CHECK(active.ownership_entity == "B");
      CHECK(ecc::screen::inherited_regimes(active) == std::vector<std::string>{"bis_affiliates"});
      CHECK(ecc::screen::inherited_codes(active, ecc::model::InheritanceStatus::covered) ==
            std::vector<std::string>{"entity_list"});
      REQUIRE(active.ultimate_parent);
      CHECK(active.ultimate_parent->entity_id == "EL");
      auto stayed = screen_party(analyses, party, Date{2026, 1, 15});
      CHECK(ecc::screen::inherited_regimes(stayed).empty());
      CHECK(!stayed.notes.empty());
      CHECK(ecc::screen::inherited_regimes(screen_party(analyses, party, Date{2026, 11, 20})) ==
            std::vector<std::string>{"bis_affiliates"});
    }
    SUBCASE("by LEI, and the graph's HQ feeds party.hq_countries") {
      ecc::model::OrderParty by_lei;
      by_lei.name = "Some Other Name";
      by_lei.ids = {{"LEI", "5493001KJTIIGC8Y1R12", "", "", ""}};
      auto r = screen_party(analyses, by_lei, Date{2025, 10, 15});
      CHECK(r.ownership_entity == "B");
      ecc::model::Order order;
      ecc::screen::FactContext ctx{&order, nullptr, &by_lei, &r, Date{2025, 10, 15}};
      CHECK(ecc::screen::fact("party.hq_countries", ctx).list == std::vector<std::string>{"CN"});
    }
    SUBCASE("unknown share: party.inherited_review") {
      ecc::model::OrderParty u;
      u.name = "Unknown Share Ltd";
      auto r = screen_party(analyses, u, Date{2025, 10, 15});
      CHECK(ecc::screen::inherited_codes(r, ecc::model::InheritanceStatus::review) ==
            std::vector<std::string>{"entity_list"});
      CHECK(ecc::screen::inherited_regimes(r).empty());
    }
    SUBCASE("a party not in the graph, and an empty graph, inherit nothing") {
      ecc::model::OrderParty other;
      other.name = "Gamma";
      CHECK(screen_party(analyses, other, Date{2025, 10, 15}).ownership_entity.empty());
      ecc::model::OwnershipGraph empty;
      ecc::screen::OwnershipAnalyses none(empty, {});
      CHECK(screen_party(none, party, Date{2025, 10, 15}).inherited.empty());
    }
  }

  TEST_CASE("screen::affiliates-rule takes its windows from the ownership rule file") {
    std::string dir = std::string(ECC_SOURCE_DIR) + "/rules";
    for (auto state : {ecc::model::RuleState::active, ecc::model::RuleState::stayed}) {
      ecc::model::AffiliatesAssumption assumption{state, "test"};
      ecc::model::OwnershipRules own = ecc::rules::load_ownership_rules(dir, assumption);
      ecc::model::RuleBook book = ecc::rules::load_rule_book(dir, assumption);
      const ecc::model::ScreeningRule* rule = nullptr;
      for (const auto& r : book.rules) {
        rule = r.id == "affiliates-rule" ? &r : rule;
      }
      REQUIRE(rule);
      CHECK(rule->windows_file == "ownership/affiliates_rule.json");
      REQUIRE(rule->assumed.size() == 1);
      CHECK(rule->assumed[0].from == Date{2026, 11, 10});
      // Every day from before the rule to well after the re-application.
      for (long day = Date{2025, 9, 1}.days_since_epoch();
           day < Date{2027, 1, 1}.days_since_epoch(); ++day) {
        Date d = Date::from_days(day);
        auto w = ecc::model::affiliates_window_on(own.affiliates, d);
        bool active = w && w->state == ecc::model::RuleState::active;
        CHECK_MESSAGE(ecc::screen::in_force(*rule, d) == active, d.iso());
      }
      CHECK(ecc::screen::in_force(*rule, Date{2026, 11, 20}) ==
            (state == ecc::model::RuleState::active));
    }
  }

  TEST_CASE("screen::affiliates_assumption") {
    std::string dir = std::string(ECC_SOURCE_DIR) + "/rules";
    ecc::model::OwnershipRules own =
        ecc::rules::load_ownership_rules(dir, {ecc::model::RuleState::stayed, "set by a test"});
    CHECK_FALSE(ecc::screen::affiliates_assumption(own, Date{2026, 11, 9}).has_value());
    auto a = ecc::screen::affiliates_assumption(own, Date{2026, 11, 10});
    REQUIRE(a);
    CHECK(a->id == "affiliates-rule-after-stay");
    CHECK(a->text.find("assumed stayed on 2026-11-10 (set by a test") != std::string::npos);
  }
}
