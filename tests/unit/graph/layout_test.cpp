// The layered layout of ownership pictures: owners above what they own,
// cycles broken without looping, no overlapping boxes, deterministic.
#include "graph/layout.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace ecc {
namespace {

using graph::LayoutEdge;
using graph::LayoutSize;

bool overlap(const graph::NodePlacement& a, const graph::NodePlacement& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

void check_no_overlap(const graph::Layout& l) {
  for (std::size_t i = 0; i < l.nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < l.nodes.size(); ++j) {
      INFO("boxes " << i << " and " << j);
      CHECK_FALSE(overlap(l.nodes[i], l.nodes[j]));
    }
  }
}

void check_inside(const graph::Layout& l) {
  for (const graph::NodePlacement& n : l.nodes) {
    CHECK(n.x >= 0);
    CHECK(n.y >= 0);
    CHECK(n.x + n.width <= l.width);
    CHECK(n.y + n.height <= l.height);
  }
}

// A group: a parent owning a focus, which owns four subsidiaries, one of them
// owning a fifth; a minority owner of the fifth; boxes of varying widths.
std::vector<LayoutSize> group_sizes() {
  return {{180, 40}, {260, 55}, {120, 40}, {200, 40}, {90, 40}, {150, 70}, {130, 40}, {240, 40}};
}
std::vector<LayoutEdge> group_edges() {
  return {{0, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {5, 6}, {7, 6}};
}

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("graph::layered_layout") {
    SUBCASE("on a DAG every edge goes down at least one layer") {
      const graph::Layout l = graph::layered_layout(group_sizes(), group_edges());
      REQUIRE(l.nodes.size() == 8);
      REQUIRE(l.edges.size() == 7);
      for (const LayoutEdge& e : group_edges()) {
        INFO("edge " << e.from << " -> " << e.to);
        CHECK(l.nodes[e.from].layer < l.nodes[e.to].layer);
        CHECK(l.nodes[e.from].y + l.nodes[e.from].height < l.nodes[e.to].y);
      }
      CHECK(l.nodes[0].layer == 0);
      CHECK(l.nodes[1].layer == 1);
      CHECK(l.nodes[6].layer == 3);
      CHECK(l.nodes[7].layer == 2);  // a source sits just above what it owns, not at the top
      check_no_overlap(l);
      check_inside(l);
    }
    SUBCASE("a route starts on the owner's bottom side and ends on the owned box's top side") {
      const graph::Layout l = graph::layered_layout(group_sizes(), group_edges());
      for (std::size_t i = 0; i < group_edges().size(); ++i) {
        const graph::NodePlacement& from = l.nodes[group_edges()[i].from];
        const graph::NodePlacement& to = l.nodes[group_edges()[i].to];
        const graph::EdgeRoute& r = l.edges[i];
        REQUIRE(r.points.size() >= 2);
        CHECK_FALSE(r.reversed);
        CHECK(r.points.front().y == doctest::Approx(from.y + from.height));
        CHECK(r.points.front().x >= from.x);
        CHECK(r.points.front().x <= from.x + from.width);
        CHECK(r.points.back().y == doctest::Approx(to.y));
        CHECK(r.points.back().x >= to.x);
        CHECK(r.points.back().x <= to.x + to.width);
      }
    }
    SUBCASE("an edge over two layers passes a placeholder, clear of the boxes between") {
      // 0 -> 1 -> 2 and 0 -> 2: the long edge bends through layer 1.
      const graph::Layout l =
          graph::layered_layout({{100, 40}, {100, 40}, {100, 40}}, {{0, 1}, {1, 2}, {0, 2}});
      REQUIRE(l.edges[2].points.size() == 4);
      const graph::LayoutPoint bend = l.edges[2].points[1];
      const graph::NodePlacement& middle = l.nodes[1];
      CHECK((bend.x < middle.x || bend.x > middle.x + middle.width));
    }
    SUBCASE("a cycle is broken: layout ends, one edge reversed, routes still join their ends") {
      const std::vector<LayoutEdge> edges{{0, 1}, {1, 2}, {2, 0}, {2, 3}};
      const graph::Layout l =
          graph::layered_layout({{80, 30}, {80, 30}, {80, 30}, {80, 30}}, edges);
      int reversed = 0;
      for (std::size_t i = 0; i < edges.size(); ++i) {
        const graph::EdgeRoute& r = l.edges[i];
        REQUIRE(r.points.size() >= 2);
        reversed += r.reversed ? 1 : 0;
        const graph::NodePlacement& from = l.nodes[edges[i].from];
        const graph::NodePlacement& to = l.nodes[edges[i].to];
        CHECK(r.points.front().y == doctest::Approx(r.reversed ? from.y : from.y + from.height));
        CHECK(r.points.back().y == doctest::Approx(r.reversed ? to.y + to.height : to.y));
      }
      CHECK(reversed == 1);
      CHECK(l.edges[2].reversed);  // equal weights: the edge that closes the cycle in index order
      check_no_overlap(l);
    }
    SUBCASE("in a cycle the lightest edge goes up") {
      // 0 holds 60 % of 1, 1 holds 50 % of 2, 2 holds 10 % of 0.
      const graph::Layout l = graph::layered_layout({{80, 30}, {80, 30}, {80, 30}},
                                                    {{1, 2, 50}, {2, 0, 10}, {0, 1, 60}});
      CHECK_FALSE(l.edges[0].reversed);
      CHECK(l.edges[1].reversed);
      CHECK_FALSE(l.edges[2].reversed);
      CHECK(l.nodes[0].layer < l.nodes[1].layer);
      CHECK(l.nodes[1].layer < l.nodes[2].layer);
    }
    SUBCASE("mutual holdings, a self-edge and an edge to an unknown node do not break it") {
      const graph::Layout l =
          graph::layered_layout({{80, 30}, {80, 30}}, {{0, 1}, {1, 0}, {1, 1}, {0, 7}});
      REQUIRE(l.edges.size() == 4);
      CHECK(l.edges[1].reversed);
      CHECK(l.edges[2].points.size() == 4);  // the loop
      CHECK(l.edges[3].points.empty());      // no such node: no route
      check_no_overlap(l);
      check_inside(l);
    }
    SUBCASE("barycentre ordering removes the crossing of a crossed start") {
      // Layer 1 in index order is 2, 3; but 0 owns 3 and 1 owns 2.
      const graph::Layout l =
          graph::layered_layout({{60, 30}, {60, 30}, {60, 30}, {60, 30}}, {{0, 3}, {1, 2}});
      CHECK((l.nodes[0].x < l.nodes[1].x) == (l.nodes[3].x < l.nodes[2].x));
    }
    SUBCASE("many boxes in one layer keep their gap") {
      std::vector<LayoutSize> sizes(1, {100, 30});
      std::vector<LayoutEdge> edges;
      for (std::size_t i = 1; i <= 12; ++i) {
        sizes.push_back({40.0 + 10.0 * static_cast<double>(i % 5), 30});
        edges.push_back({0, i});
      }
      const graph::LayoutSpacing spacing;
      const graph::Layout l = graph::layered_layout(sizes, edges, spacing);
      check_no_overlap(l);
      std::vector<const graph::NodePlacement*> row;
      for (std::size_t i = 1; i < l.nodes.size(); ++i) {
        row.push_back(&l.nodes[i]);
      }
      std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->x < b->x; });
      for (std::size_t i = 1; i < row.size(); ++i) {
        CHECK(row[i]->x - (row[i - 1]->x + row[i - 1]->width) >= doctest::Approx(spacing.node_gap));
      }
    }
    SUBCASE("deterministic: the same input gives the same numbers") {
      const graph::Layout a = graph::layered_layout(group_sizes(), group_edges());
      const graph::Layout b = graph::layered_layout(group_sizes(), group_edges());
      REQUIRE(a.nodes.size() == b.nodes.size());
      for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].x == b.nodes[i].x);
        CHECK(a.nodes[i].y == b.nodes[i].y);
        CHECK(a.nodes[i].order == b.nodes[i].order);
      }
      for (std::size_t i = 0; i < a.edges.size(); ++i) {
        REQUIRE(a.edges[i].points.size() == b.edges[i].points.size());
        for (std::size_t k = 0; k < a.edges[i].points.size(); ++k) {
          CHECK(a.edges[i].points[k].x == b.edges[i].points[k].x);
          CHECK(a.edges[i].points[k].y == b.edges[i].points[k].y);
        }
      }
    }
    SUBCASE("no nodes: an empty drawing") {
      const graph::Layout l = graph::layered_layout({}, {});
      CHECK(l.nodes.empty());
      CHECK(l.edges.empty());
    }
  }

  TEST_CASE("graph::label_point") {
    graph::EdgeRoute r{{{0, 0}, {10, 20}, {30, 60}}, false};
    const graph::LayoutPoint p = graph::label_point(r);
    CHECK(p.x == doctest::Approx(20));
    CHECK(p.y == doctest::Approx(40));
  }
}

}  // namespace ecc
