// The layered drawing of layout.hpp, in the four classic Sugiyama steps:
// (1) break cycles by reversing the lightest edges that close one,
// (2) layer by longest path (sources pulled down next to their children) and
// split long edges with placeholder nodes, (3) order each layer by barycentre
// sweeps, keeping the order with the fewest crossings, (4) assign x by
// pulling each node towards its neighbours' mean while keeping the gaps.
// Every step is a fixed sequence of loops over indices, so it is deterministic.
#include "graph/layout.hpp"

#include <algorithm>
#include <numeric>

#include "graph/internal/layered_graph.hpp"

namespace ecc::graph {
namespace {

using internal::Proper;

// Whether `to` is reachable from `from` along `out`.
bool reaches(const std::vector<std::vector<std::size_t>>& out, std::size_t from, std::size_t to) {
  std::vector<bool> seen(out.size(), false);
  std::vector<std::size_t> stack{from};
  seen[from] = true;
  while (!stack.empty()) {
    const std::size_t v = stack.back();
    stack.pop_back();
    if (v == to) {
      return true;
    }
    for (std::size_t w : out[v]) {
      if (!seen[w]) {
        seen[w] = true;
        stack.push_back(w);
      }
    }
  }
  return false;
}

// Step 1: the edges to reverse so the graph has no cycle (self-edges aside):
// edges are taken heaviest first (then in index order); one that would close
// a cycle among those taken is reversed. Each step keeps the graph acyclic.
std::vector<bool> back_edges(std::size_t n, const std::vector<LayoutEdge>& edges,
                             const std::vector<bool>& usable) {
  std::vector<std::size_t> order;
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (usable[e] && edges[e].from != edges[e].to) {
      order.push_back(e);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return edges[a].weight > edges[b].weight; });
  std::vector<std::vector<std::size_t>> out(n);
  std::vector<bool> back(edges.size(), false);
  for (std::size_t e : order) {
    const LayoutEdge& edge = edges[e];
    back[e] = reaches(out, edge.to, edge.from);
    if (back[e]) {
      out[edge.to].push_back(edge.from);
    } else {
      out[edge.from].push_back(edge.to);
    }
  }
  return back;
}

// Step 2a: longest-path layers of the acyclic edges (Kahn's algorithm in index
// order), then each source moved down to just above its highest child.
std::vector<int> longest_path_layers(std::size_t n, const std::vector<LayoutEdge>& dag) {
  std::vector<std::vector<std::size_t>> out(n);
  std::vector<std::size_t> indegree(n, 0);
  for (const LayoutEdge& e : dag) {
    out[e.from].push_back(e.to);
    ++indegree[e.to];
  }
  std::vector<int> layer(n, 0);
  std::vector<std::size_t> ready;
  for (std::size_t v = 0; v < n; ++v) {
    if (indegree[v] == 0) {
      ready.push_back(v);
    }
  }
  std::vector<std::size_t> remaining = indegree;
  for (std::size_t i = 0; i < ready.size(); ++i) {
    for (std::size_t w : out[ready[i]]) {
      layer[w] = std::max(layer[w], layer[ready[i]] + 1);
      if (--remaining[w] == 0) {
        ready.push_back(w);
      }
    }
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (indegree[v] == 0 && !out[v].empty()) {
      int lowest = layer[out[v].front()];
      for (std::size_t w : out[v]) {
        lowest = std::min(lowest, layer[w]);
      }
      layer[v] = lowest - 1;
    }
  }
  return layer;
}

// Step 2b: the proper layered graph: every edge spans one layer, long edges
// through placeholders; `chains[e]` lists the nodes edge e passes, top down.
Proper proper_graph(const std::vector<LayoutSize>& sizes, const std::vector<LayoutEdge>& dag,
                    const std::vector<int>& layer, double dummy_width) {
  Proper p;
  p.real = sizes.size();
  for (std::size_t v = 0; v < sizes.size(); ++v) {
    p.layer.push_back(layer[v]);
    p.width.push_back(sizes[v].width);
  }
  p.up.resize(p.real);
  p.down.resize(p.real);
  for (const LayoutEdge& e : dag) {
    std::vector<std::size_t> chain{e.from};
    for (int l = layer[e.from] + 1; l < layer[e.to]; ++l) {
      p.layer.push_back(l);
      p.width.push_back(dummy_width);
      p.up.emplace_back();
      p.down.emplace_back();
      chain.push_back(p.layer.size() - 1);
    }
    chain.push_back(e.to);
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
      p.down[chain[i]].push_back(chain[i + 1]);
      p.up[chain[i + 1]].push_back(chain[i]);
    }
    p.chains.push_back(std::move(chain));
  }
  const int top = p.layer.empty() ? 0 : *std::min_element(p.layer.begin(), p.layer.end());
  for (int& l : p.layer) {
    l -= top;
  }
  const int count = p.layer.empty() ? 0 : *std::max_element(p.layer.begin(), p.layer.end()) + 1;
  p.layers.resize(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < p.layer.size(); ++v) {
    p.layers[static_cast<std::size_t>(p.layer[v])].push_back(v);
  }
  return p;
}

// Step 3: crossings between layer l and l + 1 for the current order.
std::size_t crossings(const Proper& p, const std::vector<std::size_t>& pos, std::size_t l) {
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  for (std::size_t v : p.layers[l]) {
    for (std::size_t w : p.down[v]) {
      segments.emplace_back(pos[v], pos[w]);
    }
  }
  std::size_t count = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    for (std::size_t j = i + 1; j < segments.size(); ++j) {
      const auto& [a, b] = segments[i];
      const auto& [c, d] = segments[j];
      count += ((a < c && b > d) || (a > c && b < d)) ? 1 : 0;
    }
  }
  return count;
}

std::size_t total_crossings(const Proper& p, const std::vector<std::size_t>& pos) {
  std::size_t total = 0;
  for (std::size_t l = 0; l + 1 < p.layers.size(); ++l) {
    total += crossings(p, pos, l);
  }
  return total;
}

// Each node's position in its layer.
std::vector<std::size_t> positions(const Proper& p) {
  std::vector<std::size_t> pos(p.layer.size(), 0);
  for (const std::vector<std::size_t>& row : p.layers) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      pos[row[i]] = i;
    }
  }
  return pos;
}

// Re-sorts layer l by the mean position of each node's neighbours in the
// layer above (`from_above`) or below; nodes without such neighbours keep
// their place as their key. Stable, so ties keep the current order.
void barycentre_sort(Proper& p, std::size_t l, bool from_above) {
  const std::vector<std::size_t> pos = positions(p);
  std::vector<std::pair<double, std::size_t>> keyed;
  for (std::size_t v : p.layers[l]) {
    const std::vector<std::size_t>& near = from_above ? p.up[v] : p.down[v];
    double key = static_cast<double>(pos[v]);
    if (!near.empty()) {
      double sum = 0;
      for (std::size_t w : near) {
        sum += static_cast<double>(pos[w]);
      }
      key = sum / static_cast<double>(near.size());
    }
    keyed.emplace_back(key, v);
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    p.layers[l][i] = keyed[i].second;
  }
}

void order_layers(Proper& p) {
  constexpr int k_sweeps = 4;  // down-and-up sweeps; small graphs settle in two or three
  std::vector<std::vector<std::size_t>> best = p.layers;
  std::size_t best_crossings = total_crossings(p, positions(p));
  for (int sweep = 0; sweep < k_sweeps && best_crossings > 0; ++sweep) {
    for (std::size_t l = 1; l < p.layers.size(); ++l) {
      barycentre_sort(p, l, true);
    }
    for (std::size_t l = p.layers.size(); l-- > 1;) {
      barycentre_sort(p, l - 1, false);
    }
    const std::size_t now = total_crossings(p, positions(p));
    if (now < best_crossings) {
      best_crossings = now;
      best = p.layers;
    }
  }
  p.layers = std::move(best);
}

}  // namespace

Layout layered_layout(const std::vector<LayoutSize>& sizes, const std::vector<LayoutEdge>& edges,
                      const LayoutSpacing& spacing) {
  const std::size_t n = sizes.size();
  std::vector<bool> usable(edges.size());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    usable[e] = edges[e].from < n && edges[e].to < n;
  }
  const std::vector<bool> back = back_edges(n, edges, usable);
  std::vector<LayoutEdge> dag;
  std::vector<std::size_t> dag_edge(edges.size(), edges.size());  // edge -> index in dag
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (usable[e] && edges[e].from != edges[e].to) {
      dag_edge[e] = dag.size();
      dag.push_back(back[e] ? LayoutEdge{edges[e].to, edges[e].from} : edges[e]);
    }
  }
  Proper p = proper_graph(sizes, dag, longest_path_layers(n, dag), spacing.dummy_width);
  order_layers(p);
  return internal::place(p, sizes, edges, dag_edge, back, spacing);
}

LayoutPoint label_point(const EdgeRoute& route) {
  if (route.points.size() < 2) {
    return route.points.empty() ? LayoutPoint{} : route.points.front();
  }
  const LayoutPoint& a = route.points[route.points.size() - 2];
  const LayoutPoint& b = route.points.back();
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

}  // namespace ecc::graph
