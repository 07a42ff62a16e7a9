// Coordinates of the layered drawing (layout.hpp), once each layer is ordered:
// x by sweeps that pull every node towards the mean of its neighbours in the
// layer above (then below), each layer settled as the mean of its packing
// from the left and from the right, so no two boxes come closer than the gap;
// y by layer; edge routes through their placeholders, with the edges meeting
// one side of a box spread over that side in the order of their other ends.
#include <algorithm>

#include "graph/internal/layered_graph.hpp"

namespace ecc::graph::internal {
namespace {

double separation(const Proper& p, std::size_t a, std::size_t b, double gap) {
  return p.width[a] / 2 + gap + p.width[b] / 2;
}

// The centres of `row` as close to `want` as the gaps allow. Both packings
// keep every gap, so their mean does too.
void settle(const Proper& p, const std::vector<std::size_t>& row, const std::vector<double>& want,
            double gap, std::vector<double>& cx) {
  const std::size_t n = row.size();
  std::vector<double> left(n), right(n);
  for (std::size_t i = 0; i < n; ++i) {
    left[i] =
        i == 0 ? want[i] : std::max(want[i], left[i - 1] + separation(p, row[i - 1], row[i], gap));
  }
  for (std::size_t i = n; i-- > 0;) {
    right[i] = i + 1 == n
                   ? want[i]
                   : std::min(want[i], right[i + 1] - separation(p, row[i], row[i + 1], gap));
  }
  for (std::size_t i = 0; i < n; ++i) {
    cx[row[i]] = (left[i] + right[i]) / 2;
  }
}

void pull_layer(const Proper& p, std::size_t l, bool from_above, double gap,
                std::vector<double>& cx) {
  const std::vector<std::size_t>& row = p.layers[l];
  std::vector<double> want;
  for (std::size_t v : row) {
    const std::vector<std::size_t>& near = from_above ? p.up[v] : p.down[v];
    double sum = 0;
    for (std::size_t w : near) {
      sum += cx[w];
    }
    want.push_back(near.empty() ? cx[v] : sum / static_cast<double>(near.size()));
  }
  settle(p, row, want, gap, cx);
}

// Centres of every node: packed from the left, then a few pulling sweeps.
std::vector<double> centres(const Proper& p, double gap) {
  std::vector<double> cx(p.layer.size(), 0);
  for (const std::vector<std::size_t>& row : p.layers) {
    double x = 0;
    for (std::size_t v : row) {
      cx[v] = x + p.width[v] / 2;
      x += p.width[v] + gap;
    }
  }
  constexpr int k_sweeps = 4;
  for (int sweep = 0; sweep < k_sweeps; ++sweep) {
    for (std::size_t l = 1; l < p.layers.size(); ++l) {
      pull_layer(p, l, true, gap, cx);
    }
    for (std::size_t l = p.layers.size(); l-- > 1;) {
      pull_layer(p, l - 1, false, gap, cx);
    }
  }
  double left = 0;
  for (std::size_t v = 0; v < cx.size(); ++v) {
    left = std::min(left, cx[v] - p.width[v] / 2);
  }
  for (double& x : cx) {
    x -= left;
  }
  return cx;
}

// Where each edge meets its top node's bottom side and its bottom node's top
// side: the m edges on one side at 1/(m+1), 2/(m+1), ... of its width,
// ordered by the x of the edge's next node (then by edge index).
struct Ports {
  std::vector<double> bottom;  // per acyclic edge (index into p.chains)
  std::vector<double> top;
};

Ports ports(const Proper& p, const std::vector<double>& cx) {
  Ports out{std::vector<double>(p.chains.size()), std::vector<double>(p.chains.size())};
  // (node, side) -> (other end's x, chain)
  std::vector<std::vector<std::pair<double, std::size_t>>> bottom(p.real), top(p.real);
  for (std::size_t c = 0; c < p.chains.size(); ++c) {
    const std::vector<std::size_t>& chain = p.chains[c];
    bottom[chain.front()].emplace_back(cx[chain[1]], c);
    top[chain.back()].emplace_back(cx[chain[chain.size() - 2]], c);
  }
  for (std::size_t v = 0; v < p.real; ++v) {
    for (auto* side : {&bottom[v], &top[v]}) {
      std::sort(side->begin(), side->end());
      const double m = static_cast<double>(side->size());
      for (std::size_t k = 0; k < side->size(); ++k) {
        const double x =
            cx[v] - p.width[v] / 2 + p.width[v] * (static_cast<double>(k) + 1) / (m + 1);
        (side == &bottom[v] ? out.bottom : out.top)[(*side)[k].second] = x;
      }
    }
  }
  return out;
}

constexpr double k_loop = 18;  // how far a self-edge's loop reaches out of its box

EdgeRoute self_loop(const NodePlacement& n) {
  const double right = n.x + n.width;
  return {{{right, n.y + n.height * 0.3},
           {right + k_loop, n.y + n.height * 0.3},
           {right + k_loop, n.y + n.height * 0.7},
           {right, n.y + n.height * 0.7}},
          false};
}

// The top and the height of every layer (its tallest box).
struct Rows {
  std::vector<double> top;
  std::vector<double> height;
};

Rows rows(const Proper& p, const std::vector<LayoutSize>& sizes, const LayoutSpacing& spacing) {
  Rows r{{}, std::vector<double>(p.layers.size(), 0)};
  for (std::size_t v = 0; v < p.real; ++v) {
    double& h = r.height[static_cast<std::size_t>(p.layer[v])];
    h = std::max(h, sizes[v].height);
  }
  double y = spacing.margin;
  for (double h : r.height) {
    r.top.push_back(y);
    y += h + spacing.layer_gap;
  }
  return r;
}

// The route of the acyclic edge `chain` (top down): bottom port, straight down
// through each placeholder's layer, top port.
EdgeRoute chain_route(const Proper& p, const Rows& rows, const std::vector<double>& cx,
                      const Layout& out, const Ports& at, std::size_t chain) {
  const std::vector<std::size_t>& nodes = p.chains[chain];
  const NodePlacement& from = out.nodes[nodes.front()];
  EdgeRoute route;
  route.points.push_back({at.bottom[chain], from.y + from.height});
  for (std::size_t i = 1; i + 1 < nodes.size(); ++i) {
    const auto l = static_cast<std::size_t>(p.layer[nodes[i]]);
    route.points.push_back({cx[nodes[i]], rows.top[l]});
    route.points.push_back({cx[nodes[i]], rows.top[l] + rows.height[l]});
  }
  route.points.push_back({at.top[chain], out.nodes[nodes.back()].y});
  return route;
}

}  // namespace

Layout place(const Proper& p, const std::vector<LayoutSize>& sizes,
             const std::vector<LayoutEdge>& edges, const std::vector<std::size_t>& dag_edge,
             const std::vector<bool>& reversed, const LayoutSpacing& spacing) {
  std::vector<double> cx = centres(p, spacing.node_gap);
  for (double& x : cx) {
    x += spacing.margin;
  }
  const Rows r = rows(p, sizes, spacing);
  Layout out;
  out.width = 2 * spacing.margin;
  out.height = r.top.empty() ? 2 * spacing.margin : r.top.back() + r.height.back() + spacing.margin;
  for (std::size_t v = 0; v < p.real; ++v) {
    const auto l = static_cast<std::size_t>(p.layer[v]);
    const std::vector<std::size_t>& row = p.layers[l];
    const auto order = std::count_if(row.begin(), std::find(row.begin(), row.end(), v),
                                     [&](std::size_t w) { return w < p.real; });
    out.nodes.push_back({p.layer[v], static_cast<int>(order), cx[v] - p.width[v] / 2,
                         r.top[l] + (r.height[l] - sizes[v].height) / 2, sizes[v].width,
                         sizes[v].height});
    out.width = std::max(out.width, out.nodes.back().x + sizes[v].width + spacing.margin);
  }
  const Ports at = ports(p, cx);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    EdgeRoute route;
    if (dag_edge[e] < p.chains.size()) {
      route = chain_route(p, r, cx, out, at, dag_edge[e]);
      if (reversed[e]) {
        std::reverse(route.points.begin(), route.points.end());
        route.reversed = true;
      }
    } else if (edges[e].from < p.real && edges[e].from == edges[e].to) {
      route = self_loop(out.nodes[edges[e].from]);
      out.width = std::max(out.width, route.points[1].x + spacing.margin);
    }
    out.edges.push_back(std::move(route));
  }
  return out;
}

}  // namespace ecc::graph::internal
