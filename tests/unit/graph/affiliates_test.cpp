// BIS Affiliates Rule: the cases of regulations.md 7.2 and the rule's date
// windows (active, stayed by 90 FR 50857, re-applied from 2026-11-10).
#include "graph/ownership_analysis.hpp"
#include "ownership_builders.hpp"

namespace ecc {
namespace {

using model::InheritanceStatus;
using model::OwnershipRegime;
using test::GraphBuilder;
using test::result_of;

constexpr const char* k_denial = "Presumption of denial";

std::optional<model::InheritedRestriction> bis(const graph::OwnershipAnalysis& a,
                                               const std::string& id) {
  return result_of(a, id, OwnershipRegime::bis_affiliates);
}

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("graph::bis_affiliates") {
    SUBCASE("case 1: EL->A 50 %, A foreign: A covered, the EL entry governs") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial).entity("A", "SG");
      g.edge("EL", "A", 50);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      auto r = bis(a, "A");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::covered);
      REQUIRE(r->governing);
      CHECK(r->governing->entity_id == "EL");
      CHECK(r->governing->listing.license_policy == k_denial);
      CHECK(r->note.find("90 FR 47201") != std::string::npos);
    }
    SUBCASE("case 2: EL 30 % + MEU 20 %: covered, the most restrictive owner governs") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", "Case-by-case review")
          .entity("MEU", "CN", "meu", k_denial);
      g.entity("A");
      g.edge("EL", "A", 30).edge("MEU", "A", 20);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      auto r = bis(a, "A");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::covered);
      CHECK(r->aggregate_percent == 50);
      CHECK(r->listed_owners.size() == 2);
      REQUIRE(r->governing);
      CHECK(r->governing->entity_id == "MEU");
    }
    SUBCASE("case 2b: an MEU entry without a policy ranks by the rule file's default") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", "Case-by-case review").entity("MEU", "CN", "meu");
      g.entity("A");
      g.edge("EL", "A", 30).edge("MEU", "A", 20);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      REQUIRE(bis(a, "A")->governing);
      CHECK(bis(a, "A")->governing->entity_id == "MEU");
    }
    SUBCASE("case 3: EL->A 60, A->B 50: B covered through A") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial).entity("A").entity("B", "MY");
      g.edge("EL", "A", 60).edge("A", "B", 50);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      auto r = bis(a, "B");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::covered);
      REQUIRE(r->paths.size() == 1);
      CHECK(r->paths[0][1].percent == 60);
      CHECK(r->paths[0][2].percent == 50);
    }
    SUBCASE("case 4: EL owns an unknown share of A: review (Red Flag 29), never clear") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial).entity("A").entity("B");
      g.edge("EL", "A", std::nullopt).edge("A", "B", 100);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      auto r = bis(a, "A");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::review);
      CHECK(r->percent_unknown);
      CHECK(r->note.find("Red Flag 29") != std::string::npos);
      REQUIRE(bis(a, "B"));
      CHECK(bis(a, "B")->status == InheritanceStatus::review);
    }
    SUBCASE("case 5: EL->A 40 % (board overlap): not covered, heightened diligence") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial).entity("A");
      g.edge("EL", "A", 40);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      REQUIRE(bis(a, "A"));
      CHECK(bis(a, "A")->status == InheritanceStatus::minority);
    }
    SUBCASE("case 6: owner with footnote 4: the FDP footnote is carried to A") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial, {4}).entity("A");
      g.edge("EL", "A", 50);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      REQUIRE(bis(a, "A"));
      CHECK(bis(a, "A")->fdp_footnotes == std::vector<int>{4});
    }
    SUBCASE("case 7: a US-incorporated subsidiary is exempt (foreign entities only)") {
      GraphBuilder g;
      g.entity("EL", "CN", "entity_list", k_denial).entity("A", "US").entity("B", "CN");
      g.edge("EL", "A", 100).edge("A", "B", 100);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      REQUIRE(bis(a, "A"));
      CHECK(bis(a, "A")->status == InheritanceStatus::exempt);
      REQUIRE(bis(a, "B"));
      CHECK(bis(a, "B")->status == InheritanceStatus::covered);
    }
    SUBCASE("case 8: the parent of a listed entity is not covered (flows down only)") {
      GraphBuilder g;
      g.entity("P", "KY").entity("EL", "CN", "entity_list", k_denial);
      g.edge("P", "EL", 100);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      CHECK_FALSE(bis(a, "P").has_value());
    }
    SUBCASE("an SDN counts only under a 744.8 program") {
      GraphBuilder g;
      g.entity("S1", "IR", "sdn").entity("S2", "IR", "sdn").entity("A").entity("B");
      g.graph.entities[0].listings[0].programs = {"NPWMD"};
      g.graph.entities[1].listings[0].programs = {"UKRAINE-EO13662"};
      g.edge("S1", "A", 50).edge("S2", "B", 50);
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      CHECK(bis(a, "A").has_value());
      CHECK_FALSE(bis(a, "B").has_value());
    }
  }

  TEST_CASE("graph::affiliates_windows") {
    GraphBuilder g;
    g.entity("EL", "CN", "entity_list", k_denial).entity("A").entity("B");
    g.edge("EL", "A", 60).edge("EL", "B", std::nullopt);
    SUBCASE("2025-10-15: active, covered") {
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      CHECK(a.affiliates_state() == model::RuleState::active);
      CHECK(bis(a, "A")->status == InheritanceStatus::covered);
      CHECK(bis(a, "B")->status == InheritanceStatus::review);
    }
    SUBCASE("2026-01-15: stayed, suspended with the stay's citation") {
      graph::OwnershipAnalysis a(g.graph, test::options("2026-01-15"));
      CHECK(a.affiliates_state() == model::RuleState::stayed);
      auto r = bis(a, "A");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::suspended);
      CHECK(r->note.find("90 FR 50857") != std::string::npos);
      CHECK(r->note.find("would be covered") != std::string::npos);
      CHECK(bis(a, "B")->status == InheritanceStatus::suspended);
    }
    SUBCASE("2026-11-20: re-applied, covered, with the unconfirmed note") {
      graph::OwnershipAnalysis a(g.graph, test::options("2026-11-20"));
      CHECK(a.affiliates_state() == model::RuleState::active);
      auto r = bis(a, "A");
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::covered);
      CHECK(r->note.find("unconfirmed") != std::string::npos);
    }
    SUBCASE("2026-11-20 assumed stayed (BIS extended the stay): suspended, and said so") {
      graph::AnalysisOptions o = test::options("2026-11-20");
      o.rules = rules::load_ownership_rules(std::string(ECC_SOURCE_DIR) + "/rules",
                                            {model::RuleState::stayed, "set by the test"});
      graph::OwnershipAnalysis a(g.graph, o);
      CHECK(bis(a, "A")->status == InheritanceStatus::suspended);
      CHECK(a.affiliates_assumed());
      CHECK(a.affiliates_note().find("ASSUMED stayed (set by the test)") != std::string::npos);
    }
    SUBCASE("the assumption does not reach a confirmed window: 2026-01-15 stays stayed") {
      graph::AnalysisOptions o = test::options("2026-01-15");
      o.rules = rules::load_ownership_rules(std::string(ECC_SOURCE_DIR) + "/rules",
                                            {model::RuleState::active, "set by the test"});
      graph::OwnershipAnalysis a(g.graph, o);
      CHECK(bis(a, "A")->status == InheritanceStatus::suspended);
      CHECK_FALSE(a.affiliates_assumed());
    }
    SUBCASE("before 2025-09-29 the rule is not in force") {
      graph::OwnershipAnalysis a(g.graph, test::options("2025-09-28"));
      CHECK(a.affiliates_state() == model::RuleState::not_in_force);
      CHECK(bis(a, "A")->status == InheritanceStatus::suspended);
    }
    SUBCASE("the OFAC result does not depend on the Affiliates windows") {
      GraphBuilder s;
      s.entity("X", "IR", "sdn").entity("A");
      s.edge("X", "A", 60);
      graph::OwnershipAnalysis a(s.graph, test::options("2026-01-15"));
      CHECK(result_of(a, "A", OwnershipRegime::ofac_50)->status == InheritanceStatus::covered);
    }
  }
}

}  // namespace ecc
