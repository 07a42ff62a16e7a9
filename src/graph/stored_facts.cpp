// Facts of the stored graph that hold on every date (stored_graph.hpp). The
// union graph has an edge for every pair with any statement of a non-zero or
// unknown share, carrying the pair's largest share (unknown = 100 %). Any
// date's graph is a subgraph of it with smaller or equal shares, and any
// rule's seeds are listed nodes, so the 50 % fixpoint over it from every
// listed node (the same work-list as the analyses) bounds every regime's
// flags on every date; its strongly connected components contain every
// date's cycles.

#include <algorithm>
#include <boost/graph/strong_components.hpp>

#include "graph/internal/ownership_index.hpp"
#include "graph/stored_graph.hpp"

namespace ecc::graph {
namespace {

using internal::Csr;
using internal::Vertex;

// Each pair once, with its largest share (unknown counted as 100 %), sorted.
std::vector<std::pair<std::uint64_t, std::int32_t>> union_pairs(
    const std::vector<KeyedStatement>& statements) {
  std::vector<std::pair<std::uint64_t, std::int32_t>> pairs;
  pairs.reserve(statements.size());
  for (const KeyedStatement& s : statements) {
    std::int32_t units = internal::to_units(s.percent);
    std::int32_t upper = units < 0 ? static_cast<std::int32_t>(internal::k_full) : units;
    if (s.owner != s.owned) {
      pairs.emplace_back((std::uint64_t{s.owner} << 32) | s.owned, upper);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::size_t out = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (out > 0 && pairs[out - 1].first == pairs[i].first) {
      pairs[out - 1].second = std::max(pairs[out - 1].second, pairs[i].second);
    } else {
      pairs[out++] = pairs[i];
    }
  }
  pairs.resize(out);
  pairs.erase(
      std::remove_if(pairs.begin(), pairs.end(), [](const auto& p) { return p.second == 0; }),
      pairs.end());
  return pairs;
}

Csr union_graph(std::size_t nodes, const std::vector<KeyedStatement>& statements) {
  std::vector<std::pair<std::uint64_t, std::int32_t>> pairs = union_pairs(statements);
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<internal::EdgeData> data;
  ends.reserve(pairs.size());
  data.reserve(pairs.size());
  for (const auto& [key, share] : pairs) {
    ends.emplace_back(static_cast<Vertex>(key >> 32), static_cast<Vertex>(key & 0xffffffffu));
    data.push_back({share, model::OwnershipKind::equity, 0});
  }
  return Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), data.begin(),
             static_cast<Vertex>(nodes));
}

std::vector<std::uint32_t> cycle_groups(const Csr& csr, std::size_t nodes) {
  std::vector<Vertex> component(nodes);
  auto count = boost::strong_components(
      csr,
      boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, csr)));
  std::vector<std::uint32_t> size(count, 0), first(count, k_no_group);
  for (Vertex v = 0; v < nodes; ++v) {
    ++size[component[v]];
    first[component[v]] = std::min(first[component[v]], v);
  }
  std::vector<std::uint32_t> group(nodes, k_no_group);
  for (Vertex v = 0; v < nodes; ++v) {
    if (size[component[v]] > 1) {
      group[v] = first[component[v]];
    }
  }
  return group;
}

}  // namespace

NodeFacts node_facts(std::size_t nodes, const std::vector<std::uint8_t>& listed,
                     const std::vector<KeyedStatement>& statements, double threshold_percent) {
  Csr csr = union_graph(nodes, statements);
  std::vector<std::uint8_t> flags(nodes, 0);
  for (std::size_t v = 0; v < nodes && v < listed.size(); ++v) {
    flags[v] = listed[v] ? internal::k_seed : 0;
  }
  internal::propagate(csr, internal::to_units(threshold_percent), flags);
  NodeFacts facts;
  facts.may_inherit.resize(nodes);
  for (std::size_t v = 0; v < nodes; ++v) {
    facts.may_inherit[v] = (flags[v] & internal::k_possible) ? 1 : 0;
  }
  facts.cycle_group = cycle_groups(csr, nodes);
  return facts;
}

}  // namespace ecc::graph
