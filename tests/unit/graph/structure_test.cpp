// Data-quality cases: cycles, sums over 100 %, unknown shares, duplicate and
// conflicting statements, unknown ids, NS-CMIC notes, ultimate parents.
#include "graph/ownership_analysis.hpp"
#include "ownership_builders.hpp"
#include "util/error.hpp"

namespace ecc {
namespace {

using model::DiagnosticKind;
using model::InheritanceStatus;
using model::OwnershipRegime;
using test::GraphBuilder;
using test::has_diagnostic;
using test::result_of;

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("graph::cycles") {
    SUBCASE("cross-holdings terminate, are reported, and still propagate") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B").entity("C");
      g.edge("X", "A", 50).edge("A", "B", 60).edge("B", "A", 30).edge("B", "C", 10);
      g.edge("C", "B", 10);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(has_diagnostic(a, DiagnosticKind::cycle));
      auto b = result_of(a, "B", OwnershipRegime::ofac_50);
      REQUIRE(b);
      CHECK(b->status == InheritanceStatus::covered);
      auto ar = result_of(a, "A", OwnershipRegime::ofac_50);
      REQUIRE(ar);
      CHECK(ar->aggregate_percent == 80);  // 50 from X + 30 from blocked B
      CHECK(result_of(a, "C", OwnershipRegime::ofac_50)->status == InheritanceStatus::minority);
    }
    SUBCASE("a majority cycle stops the ultimate-parent climb") {
      GraphBuilder g;
      g.entity("A").entity("B").entity("C");
      g.edge("A", "B", 60).edge("B", "A", 60).edge("B", "C", 100);
      graph::OwnershipAnalysis a(g.graph, test::options());
      model::UltimateParent p = a.ultimate_parent(*a.find("C"));
      CHECK(p.cycle);
      CHECK(p.path.size() == 3);
      CHECK(has_diagnostic(a, DiagnosticKind::cycle));
    }
  }

  TEST_CASE("graph::over_100") {
    GraphBuilder g;
    g.entity("X", "IR", "sdn").entity("Y").entity("A");
    g.edge("X", "A", 70).edge("Y", "A", 60);
    graph::OwnershipAnalysis a(g.graph, test::options());
    REQUIRE(has_diagnostic(a, DiagnosticKind::over_100));
    CHECK(a.diagnostics()[0].message == "stated shares in 'A' add up to 130 %");
    CHECK(result_of(a, "A", OwnershipRegime::ofac_50)->status == InheritanceStatus::covered);
    CHECK(a.ultimate_parent(*a.find("A")).entity_id == "X");
  }

  TEST_CASE("graph::unknown_percent") {
    SUBCASE("an unknown share from a blocked owner is review, and so are its holdings") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A").entity("B");
      g.edge("X", "A", std::nullopt).edge("A", "B", 100);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(result_of(a, "A", OwnershipRegime::ofac_50)->status == InheritanceStatus::review);
      auto b = result_of(a, "B", OwnershipRegime::ofac_50);
      REQUIRE(b);
      CHECK(b->status == InheritanceStatus::review);
      REQUIRE(b->paths.size() == 1);
      CHECK(b->paths[0][1].share_unknown);
    }
    SUBCASE("known 50 % plus an unknown share: covered, percent_unknown set") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("Y", "IR", "sdn").entity("A");
      g.edge("X", "A", 50).edge("Y", "A", std::nullopt);
      graph::OwnershipAnalysis a(g.graph, test::options());
      auto r = result_of(a, "A", OwnershipRegime::ofac_50);
      CHECK(r->status == InheritanceStatus::covered);
      CHECK(r->percent_unknown);
    }
    SUBCASE("an unknown share from an unlisted owner is nothing") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("P").entity("A");
      g.edge("X", "P", 10).edge("P", "A", std::nullopt);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK_FALSE(result_of(a, "A", OwnershipRegime::ofac_50).has_value());
    }
  }

  TEST_CASE("graph::duplicate_edges") {
    SUBCASE("the same statement twice counts once") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A");
      g.edge("X", "A", 30).edge("X", "A", 30);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(has_diagnostic(a, DiagnosticKind::duplicate_edge));
      auto r = result_of(a, "A", OwnershipRegime::ofac_50);
      CHECK(r->status == InheritanceStatus::minority);
      CHECK(r->aggregate_percent == 30);
    }
    SUBCASE("conflicting shares on one date: reported, the larger is used") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A");
      g.edge("X", "A", 30).edge("X", "A", 60);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(has_diagnostic(a, DiagnosticKind::conflicting_edge));
      CHECK(result_of(a, "A", OwnershipRegime::ofac_50)->status == InheritanceStatus::covered);
    }
    SUBCASE("a later statement supersedes; a future one is ignored; 0 % ends a holding") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn").entity("A");
      g.edge("X", "A", 60, "2020-01-01").edge("X", "A", 0, "2024-01-01");
      g.edge("X", "A", 90, "2030-01-01");
      graph::OwnershipAnalysis a(g.graph, test::options("2025-10-15"));
      CHECK_FALSE(result_of(a, "A", OwnershipRegime::ofac_50).has_value());
      CHECK_FALSE(has_diagnostic(a, DiagnosticKind::duplicate_edge));
      graph::OwnershipAnalysis early(g.graph, test::options("2023-01-01"));
      CHECK(result_of(early, "A", OwnershipRegime::ofac_50)->status == InheritanceStatus::covered);
    }
  }

  TEST_CASE("graph::bad_edges") {
    SUBCASE("self-ownership is reported and ignored") {
      GraphBuilder g;
      g.entity("A");
      g.edge("A", "A", 100);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(has_diagnostic(a, DiagnosticKind::self_ownership));
      CHECK(a.ultimate_parent(0).entity_id == "A");
    }
    SUBCASE("an id without an entity record becomes a placeholder") {
      GraphBuilder g;
      g.entity("X", "IR", "sdn");
      g.edge("X", "GHOST", 100);
      graph::OwnershipAnalysis a(g.graph, test::options());
      CHECK(has_diagnostic(a, DiagnosticKind::unknown_entity));
      REQUIRE(a.find("GHOST"));
      CHECK(result_of(a, "GHOST", OwnershipRegime::ofac_50)->status == InheritanceStatus::covered);
    }
    SUBCASE("a percentage outside 0..100 is a data error with the location") {
      GraphBuilder g;
      g.entity("A").entity("B");
      g.edge("A", "B", 120);
      CHECK_THROWS_WITH_AS(graph::OwnershipAnalysis(g.graph, test::options()),
                           "test:1: percentage out of range 0..100 for 'A' -> 'B'", DataError);
    }
  }

  TEST_CASE("graph::ns_cmic") {
    GraphBuilder g;
    g.entity("G", "KY", "ns_cmic").entity("S");
    g.edge("G", "S", 100);
    graph::OwnershipAnalysis a(g.graph, test::options());
    auto r = result_of(a, "S", OwnershipRegime::ns_cmic);
    REQUIRE(r);
    CHECK(r->status == InheritanceStatus::info);
    CHECK(r->note.find("FAQ 857") != std::string::npos);
    CHECK_FALSE(result_of(a, "S", OwnershipRegime::ofac_50).has_value());
    CHECK_FALSE(result_of(a, "S", OwnershipRegime::bis_affiliates).has_value());
  }

  TEST_CASE("graph::ultimate_parent") {
    GraphBuilder g;
    g.entity("TOP", "KY").entity("MID", "HK").entity("LEAF", "SG").entity("MINOR", "US");
    g.graph.entities[0].hq_country = "CN";
    g.edge("TOP", "MID", std::nullopt, "2020-01-01", model::OwnershipKind::direct_consolidation);
    g.edge("MID", "LEAF", 51).edge("MINOR", "LEAF", 49);
    graph::OwnershipAnalysis a(g.graph, test::options());
    SUBCASE("climbs > 50 % and consolidation edges; HQ of the top") {
      model::UltimateParent p = a.ultimate_parent(*a.find("LEAF"));
      CHECK(p.entity_id == "TOP");
      CHECK(p.hq_country == "CN");
      CHECK_FALSE(p.hq_from_incorporation);
      REQUIRE(p.path.size() == 3);
      CHECK(p.path[1].percent == 51);
      CHECK(p.path[2].share_unknown);
    }
    SUBCASE("no controlling parent: the entity itself, HQ from incorporation") {
      model::UltimateParent p = a.ultimate_parent(*a.find("MINOR"));
      CHECK(p.entity_id == "MINOR");
      CHECK(p.hq_country == "US");
      CHECK(p.hq_from_incorporation);
    }
    SUBCASE("an unknown-share owner is not followed when others hold a majority") {
      GraphBuilder h;
      h.entity("P").entity("Q").entity("C");
      h.edge("P", "C", std::nullopt).edge("Q", "C", 50);
      graph::OwnershipAnalysis b(h.graph, test::options());
      CHECK(b.ultimate_parent(*b.find("C")).entity_id == "C");
    }
  }

  TEST_CASE("graph::ultimate_parent without a path answers as the climb does") {
    // Majority parents form chains, trees, cycles and tails into cycles; the
    // O(1) answer (no path) must equal the climb's (with path) for every entity.
    std::uint64_t seed = 12345;
    auto next = [&seed](std::uint64_t n) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      return (seed >> 33) % n;
    };
    GraphBuilder g;
    const std::size_t n = 3000;
    for (std::size_t i = 0; i < n; ++i) {
      g.entity("E" + std::to_string(i), next(3) == 0 ? "" : "CN");
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (next(5) != 0) {  // a controlling owner, anywhere (cycles happen)
        g.edge("E" + std::to_string(next(n)), "E" + std::to_string(i), 51.0 + double(next(40)));
      }
      if (next(4) == 0) {  // a minority owner, or an unknown share
        g.edge("E" + std::to_string(next(n)), "E" + std::to_string(i),
               next(2) == 0 ? std::optional<double>(10) : std::nullopt);
      }
    }
    // A chain longer than the climb's limit (1,000), ending in a cycle.
    for (int i = 0; i < 1200; ++i) {
      g.entity("L" + std::to_string(i));
      if (i > 0) {
        g.edge("L" + std::to_string(i), "L" + std::to_string(i - 1), 60);
      }
    }
    g.edge("L1199", "L1198", 0).edge("L1198", "L1199", 70);
    graph::OwnershipAnalysis a(g.graph, test::options());
    std::size_t cycles = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      model::UltimateParent climbed = a.ultimate_parent(i, true);
      model::UltimateParent fast = a.ultimate_parent(i, false);
      CHECK(fast.entity_id == climbed.entity_id);
      CHECK(fast.name == climbed.name);
      CHECK(fast.hq_country == climbed.hq_country);
      CHECK(fast.hq_from_incorporation == climbed.hq_from_incorporation);
      CHECK(fast.cycle == climbed.cycle);
      CHECK(fast.path.empty());
      cycles += climbed.cycle;
    }
    CHECK(cycles > 10);  // the random graph did make cycles
    CHECK(a.ultimate_parent(*a.find("L0"), false).entity_id ==
          a.ultimate_parent(*a.find("L0"), true).entity_id);
  }
}

}  // namespace ecc
