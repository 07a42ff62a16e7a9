#pragma once
// INTERNAL to src/graph: the proper layered graph of graph::layered_layout
// (every edge spans one layer; long edges pass placeholder nodes), shared by
// the ordering steps (layout.cpp) and the coordinates (layout_place.cpp).

#include <cstddef>
#include <vector>

#include "graph/layout.hpp"

namespace ecc::graph::internal {

struct Proper {
  std::size_t real = 0;                          // nodes 0..real-1 are the caller's
  std::vector<int> layer;                        // per node, 0 at the top
  std::vector<double> width;                     // per node (placeholders: dummy_width)
  std::vector<std::vector<std::size_t>> up;      // neighbours one layer above
  std::vector<std::vector<std::size_t>> down;    // neighbours one layer below
  std::vector<std::vector<std::size_t>> layers;  // nodes of each layer, left to right
  std::vector<std::vector<std::size_t>> chains;  // per acyclic edge: its nodes, top down
};

// Steps 4 and 5: x and y of every box, and the route of every edge of
// `edges` (`dag_edge[e]`: its chain in p.chains, or edges.size() for a
// self-edge or an unusable one; `reversed[e]`: the chain runs from `to` to `from`).
Layout place(const Proper& p, const std::vector<LayoutSize>& sizes,
             const std::vector<LayoutEdge>& edges, const std::vector<std::size_t>& dag_edge,
             const std::vector<bool>& reversed, const LayoutSpacing& spacing);

}  // namespace ecc::graph::internal
