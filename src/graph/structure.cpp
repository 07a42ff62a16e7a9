// Structural checks and the 50 % fixpoint. Cross-holdings are the strongly
// connected components of the ownership graph (Tarjan via Boost, iterative, so
// deep chains cannot overflow the stack). The fixpoint is a work-list: a vertex
// enters the set once, and each edge is read once when its owner enters, so it
// terminates on any graph, cycles included, in O(V + E).

#include <boost/graph/strong_components.hpp>
#include <deque>
#include <map>

#include "graph/internal/ownership_index.hpp"
#include "util/strings.hpp"

namespace ecc::graph::internal {
namespace {

constexpr std::size_t k_cycle_ids_listed = 10;

}  // namespace

void report_over_100(OwnershipIndex& index) {
  for (Vertex v = 0; v < index.size(); ++v) {
    std::int64_t known = 0;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, index.csr))) {
      std::int32_t share = index.csr[e].share;
      if (share > 0 && index.csr[e].kind == model::OwnershipKind::equity) {
        known += share;
      }
    }
    if (known > k_full) {
      const std::string& id = index.entity(v).id;
      index.diagnostics.push_back(
          {model::DiagnosticKind::over_100,
           {id},
           "stated shares in " + util::quote(id) + " add up to " + percent_text(known) + " %"});
    }
  }
}

std::vector<model::OwnershipDiagnostic> find_cycles(const OwnershipIndex& index) {
  std::vector<model::OwnershipDiagnostic> out;
  std::vector<Vertex> component(index.size());
  auto count = boost::strong_components(
      index.csr, boost::make_iterator_property_map(component.begin(),
                                                   boost::get(boost::vertex_index, index.csr)));
  std::vector<std::uint32_t> sizes(count, 0);
  for (Vertex c : component) {
    ++sizes[c];
  }
  // Keyed by each component's first vertex, not by Tarjan's numbering, so the
  // order is the vertex order an analysis of part of the graph also sees.
  std::map<Vertex, std::vector<std::string>> members;
  std::vector<Vertex> first(count, k_no_parent);
  for (Vertex v = 0; v < index.size(); ++v) {
    Vertex c = component[v];
    first[c] = first[c] == k_no_parent ? v : first[c];
    if (sizes[c] > 1 && members[first[c]].size() < k_cycle_ids_listed) {
      members[first[c]].push_back(index.entity(v).id);
    }
  }
  for (auto& [v, ids] : members) {
    Vertex c = component[v];
    std::vector<std::string> quoted;
    for (const std::string& id : ids) {
      quoted.push_back(util::quote(id));
    }
    std::string more = sizes[c] > ids.size() ? ", ..." : "";
    out.push_back({model::DiagnosticKind::cycle, ids,
                   "ownership cycle among " + std::to_string(sizes[c]) +
                       " entities: " + util::join(quoted, ", ") + more});
  }
  return out;
}

void propagate(const Csr& csr, std::int64_t threshold, std::vector<std::uint8_t>& flags) {
  std::vector<std::int64_t> known(flags.size(), 0);
  std::vector<std::int64_t> upper(flags.size(), 0);
  std::deque<Vertex> work;
  for (Vertex v = 0; v < flags.size(); ++v) {
    if (flags[v] & k_seed) {
      flags[v] |= k_definite | k_possible;
      work.push_back(v);
    }
  }
  // A vertex is queued when it first gains k_possible and again when it
  // gains k_definite; each bit is pushed along its out-edges exactly once.
  std::vector<std::uint8_t> pushed(flags.size(), 0);
  while (!work.empty()) {
    Vertex u = work.front();
    work.pop_front();
    std::uint8_t fresh = static_cast<std::uint8_t>(flags[u] & ~pushed[u]);
    pushed[u] |= fresh;
    for (auto e : boost::make_iterator_range(boost::out_edges(u, csr))) {
      Vertex v = boost::target(e, csr);
      std::int32_t share = csr[e].share;
      if ((fresh & k_definite) && share > 0 && !(flags[v] & k_definite)) {
        known[v] += share;
        if (known[v] >= threshold) {
          flags[v] |= k_definite | k_possible;
          work.push_back(v);
        }
      }
      if ((fresh & k_possible) && !(flags[v] & k_possible)) {
        upper[v] += share == k_unknown ? k_full : share;
        if (upper[v] >= threshold) {
          flags[v] |= k_possible;
          work.push_back(v);
        }
      }
    }
  }
}

}  // namespace ecc::graph::internal
