// OFAC 50 % rule: the worked examples of regulations.md 7.1 (FAQ 401, 398).
#include "graph/ownership_analysis.hpp"
#include "ownership_builders.hpp"

namespace ecc {
namespace {

using model::InheritanceStatus;
using model::OwnershipRegime;
using test::GraphBuilder;
using test::result_of;

std::optional<InheritanceStatus> ofac_status(const graph::OwnershipAnalysis& a,
                                             const std::string& id) {
  auto r = result_of(a, id, OwnershipRegime::ofac_50);
  return r ? std::optional(r->status) : std::nullopt;
}

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("graph::ofac_50") {
    SUBCASE("example 1: X->A 50, A->B 50: A and B blocked") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B");
      g.edge("X", "A", 50).edge("A", "B", 50);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(ofac_status(a, "A") == InheritanceStatus::covered);
      auto b = result_of(a, "B", OwnershipRegime::ofac_50);
      REQUIRE(b);
      CHECK(b->status == InheritanceStatus::covered);
      CHECK(b->aggregate_percent == 50);
      REQUIRE(b->paths.size() == 1);
      REQUIRE(b->paths[0].size() == 3);
      CHECK(b->paths[0][0].entity_id == "X");
      CHECK(b->paths[0][1].percent == 50);
      CHECK(b->paths[0][2].entity_id == "B");
      REQUIRE(b->listed_owners.size() == 1);
      CHECK(b->listed_owners[0].entity_id == "X");
    }
    SUBCASE("example 2: X->A 50, X->B 50, A->C 25, B->C 25: C blocked (50 via A+B)") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B").entity("C");
      g.edge("X", "A", 50).edge("X", "B", 50).edge("A", "C", 25).edge("B", "C", 25);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(ofac_status(a, "A") == InheritanceStatus::covered);
      CHECK(ofac_status(a, "B") == InheritanceStatus::covered);
      auto c = result_of(a, "C", OwnershipRegime::ofac_50);
      REQUIRE(c);
      CHECK(c->status == InheritanceStatus::covered);
      CHECK(c->aggregate_percent == 50);
      CHECK(c->paths.size() == 2);
    }
    SUBCASE("example 3: X->A 50, X->B 10, A->B 40: B blocked (10 + 40)") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B");
      g.edge("X", "A", 50).edge("X", "B", 10).edge("A", "B", 40);
      graph::OwnershipAnalysis a(g.graph, test::options());
      auto b = result_of(a, "B", OwnershipRegime::ofac_50);
      REQUIRE(b);
      CHECK(b->status == InheritanceStatus::covered);
      CHECK(b->aggregate_percent == 50);
      CHECK(b->paths.size() == 2);
    }
    SUBCASE("example 4: X->A 25, Y->A 25: A blocked (aggregate across persons)") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("Y", "RU", "sdn").entity("A");
      g.edge("X", "A", 25).edge("Y", "A", 25);
      graph::OwnershipAnalysis a(g.graph, test::options());
      auto r = result_of(a, "A", OwnershipRegime::ofac_50);
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::covered);
      CHECK(r->listed_owners.size() == 2);
    }
    SUBCASE("example 5: X->A 25, X->B 25, A->C 50, B->C 50: C not blocked") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B").entity("C");
      g.edge("X", "A", 25).edge("X", "B", 25).edge("A", "C", 50).edge("B", "C", 50);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(ofac_status(a, "A") == InheritanceStatus::minority);
      CHECK(ofac_status(a, "B") == InheritanceStatus::minority);
      CHECK_FALSE(ofac_status(a, "C").has_value());
    }
    SUBCASE("example 6: X owns 40 % (and controls A): not blocked by the 50 % rule") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A");
      g.edge("X", "A", 40);
      graph::OwnershipAnalysis a(g.graph, test::options());
      auto r = result_of(a, "A", OwnershipRegime::ofac_50);
      REQUIRE(r);
      CHECK(r->status == InheritanceStatus::minority);
      CHECK(r->aggregate_percent == 40);
    }
    SUBCASE("example 7: X divests from 50 % to 40 %: blocked before, not after") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A");
      g.edge("X", "A", 50, "2024-01-01").edge("X", "A", 40, "2025-06-01");
      graph::OwnershipAnalysis before(g.graph, test::options("2025-01-01"));
      graph::OwnershipAnalysis after(g.graph, test::options("2025-07-01"));
      CHECK(ofac_status(before, "A") == InheritanceStatus::covered);
      CHECK(ofac_status(after, "A") == InheritanceStatus::minority);
    }
    SUBCASE("thresholds are exact: 33.3333 + 16.6667 is 50") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("Y", "IR", "sdn").entity("A");
      g.edge("X", "A", 33.3333).edge("Y", "A", 16.6667);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(ofac_status(a, "A") == InheritanceStatus::covered);
    }
    SUBCASE("listed entities inherit nothing under their own regime") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("Y", "IR", "sdn");
      g.edge("X", "Y", 100);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK_FALSE(ofac_status(a, "Y").has_value());
    }
  }
}

}  // namespace ecc
