// Explanations: the paths of percentages from listed owners down to an entity,
// walked backwards only through owners that are themselves in the regime's
// set (listed, or covered by ownership), never through a vertex twice on one
// path. The number of paths can grow exponentially with the graph, so the walk
// stops after max_paths paths, a depth and a step budget, and says so.

#include <algorithm>
#include <unordered_set>

#include "graph/internal/ownership_index.hpp"

namespace ecc::graph::internal {
namespace {

constexpr int k_max_depth = 64;
constexpr std::size_t k_step_budget = 2'000;
constexpr std::size_t k_root_budget = 512;

struct PathSearch {
  const OwnershipIndex& index;
  const std::vector<std::uint8_t>& flags;
  std::uint8_t bit;
  std::size_t max_paths;
  std::vector<std::pair<Vertex, std::int32_t>> stack;  // vertex, share it holds in the one before
  std::vector<model::OwnershipPath> paths;
  bool truncated = false;
  std::size_t steps = 0;

  bool on_stack(Vertex u) const {
    return std::any_of(stack.begin(), stack.end(), [u](const auto& s) { return s.first == u; });
  }

  void emit() {
    if (paths.size() == max_paths) {
      truncated = true;
      return;
    }
    model::OwnershipPath path;
    for (std::size_t i = stack.size(); i-- > 0;) {
      const model::OwnedEntity& e = index.entity(stack[i].first);
      model::PathHop hop{e.id, e.name, std::nullopt, false};
      if (i + 1 < stack.size()) {
        std::int32_t share = stack[i + 1].second;
        hop.share_unknown = share == k_unknown;
        if (!hop.share_unknown) {
          hop.percent = to_percent(share);
        }
      }
      path.push_back(std::move(hop));
    }
    paths.push_back(std::move(path));
  }

  void visit(Vertex v, int depth) {
    for (auto e : boost::make_iterator_range(boost::in_edges(v, index.csr))) {
      Vertex u = boost::source(e, index.csr);
      if (truncated || !(flags[u] & bit) || on_stack(u)) {
        continue;
      }
      if (++steps > k_step_budget || depth >= k_max_depth) {
        truncated = true;
        return;
      }
      stack.emplace_back(u, index.csr[e].share);
      if (flags[u] & k_seed) {
        emit();
      } else {
        visit(u, depth + 1);
      }
      stack.pop_back();
    }
  }
};

}  // namespace

std::vector<model::OwnershipPath> contributing_paths(const OwnershipIndex& index,
                                                     const std::vector<std::uint8_t>& flags,
                                                     std::uint8_t bit, Vertex v,
                                                     std::size_t max_paths, bool& truncated) {
  PathSearch search{index, flags, bit, max_paths, {{v, k_unknown}}, {}, false, 0};
  search.visit(v, 0);
  truncated = truncated || search.truncated;
  return std::move(search.paths);
}

std::vector<Vertex> listed_roots(const OwnershipIndex& index,
                                 const std::vector<std::uint8_t>& flags, std::uint8_t bit, Vertex v,
                                 bool& truncated) {
  std::vector<Vertex> roots;
  std::unordered_set<Vertex> seen{v};
  std::vector<Vertex> todo{v};
  while (!todo.empty()) {
    Vertex w = todo.back();
    todo.pop_back();
    for (auto e : boost::make_iterator_range(boost::in_edges(w, index.csr))) {
      Vertex u = boost::source(e, index.csr);
      if (!(flags[u] & bit) || !seen.insert(u).second) {
        continue;
      }
      if (seen.size() > k_root_budget) {
        truncated = true;
        return roots;
      }
      if (flags[u] & k_seed) {
        roots.push_back(u);
      } else {
        todo.push_back(u);
      }
    }
  }
  std::sort(roots.begin(), roots.end());
  return roots;
}

}  // namespace ecc::graph::internal
