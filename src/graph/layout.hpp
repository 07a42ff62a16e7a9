#pragma once
// A layered (Sugiyama-style) drawing of a small directed graph: owners above
// what they own. Pure geometry: takes box sizes and edges, returns
// coordinates; knows nothing of entities, fonts or SVG. Deterministic: the
// same input gives the same numbers.

#include <cstddef>
#include <vector>

namespace ecc::graph {

struct LayoutPoint {
  double x = 0;
  double y = 0;
};

struct LayoutSize {
  double width = 0;
  double height = 0;
};

// An edge from node `from` (drawn above) to node `to` (below), by index;
// where edges form a cycle, the lightest ones are drawn going up.
struct LayoutEdge {
  std::size_t from = 0;
  std::size_t to = 0;
  double weight = 0;  // the share, for ownership
};

struct LayoutSpacing {
  double node_gap = 28;     // horizontal space between neighbouring boxes of a layer
  double layer_gap = 64;    // vertical space between layers (room for edge labels)
  double margin = 16;       // around the whole drawing
  double dummy_width = 24;  // width kept free for an edge passing through a layer
};

struct NodePlacement {
  int layer = 0;  // 0 at the top
  int order = 0;  // position in its layer, 0 at the left
  double x = 0;   // top-left corner
  double y = 0;
  double width = 0;   // as given
  double height = 0;  // as given
};

// An edge's route: points from the source box (bottom side) to the target box
// (top side), through the layers it crosses; the edges that meet a side of a
// box are spread over it. For an edge that closes a cycle (`reversed`), the
// route still starts at `from` and ends at `to`, going up (from the top side
// of `from` to the bottom side of `to`). A self-edge is a small loop on the
// right side of its box.
struct EdgeRoute {
  std::vector<LayoutPoint> points;  // at least 2
  bool reversed = false;
};

struct Layout {
  std::vector<NodePlacement> nodes;  // by node index
  std::vector<EdgeRoute> edges;      // by edge index
  double width = 0;                  // of the whole drawing, margins included
  double height = 0;
};

// Lays out nodes of the given sizes and edges:
// cycles broken by taking the edges heaviest first (then in index order) and
// reversing each that would close a cycle, layers by longest path, edges longer than one layer
// split by placeholders, a few barycentre sweeps to reduce crossings (the order with the fewest
// crossings is kept), then x positions pulled towards the neighbours with no two boxes of a layer
// closer than spacing.node_gap. Edges that name a node >= sizes.size() are ignored (no route).
Layout layered_layout(const std::vector<LayoutSize>& sizes, const std::vector<LayoutEdge>& edges,
                      const LayoutSpacing& spacing = {});

// Where an edge's label goes: the middle of the route's last segment (the one
// that reaches the target box).
LayoutPoint label_point(const EdgeRoute& route);

}  // namespace ecc::graph
