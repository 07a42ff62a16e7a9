// StoredGraphBuilder: the per-node parts of the stored graph (facts, first
// day of placeholders, references to the statements into and out of each
// node, in statement order: a stable counting sort by node). MemoryStoredGraph
// serves them for a graph held in memory, with the lookups screening and
// `owners` make.

#include "graph/stored_graph.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "util/strings.hpp"

namespace ecc::graph {
namespace {

// CSR of the statements by one party: start offsets per node, refs to the other party.
void group_by(std::size_t nodes, const std::vector<KeyedStatement>& statements, bool by_owned,
              std::vector<std::size_t>& start, std::vector<StatementRef>& refs) {
  start.assign(nodes + 1, 0);
  for (const KeyedStatement& s : statements) {
    ++start[(by_owned ? s.owned : s.owner) + 1];
  }
  for (std::size_t n = 0; n < nodes; ++n) {
    start[n + 1] += start[n];
  }
  refs.resize(statements.size());
  std::vector<std::size_t> next(start.begin(), start.end() - 1);
  for (const KeyedStatement& s : statements) {
    std::uint32_t at = by_owned ? s.owned : s.owner;
    refs[next[at]++] = {by_owned ? s.owner : s.owned, 0, s.key};
  }
}

}  // namespace

StoredGraphBuilder::StoredGraphBuilder(std::size_t entities, std::vector<std::string> placeholders,
                                       const std::vector<KeyedStatement>& statements,
                                       const std::vector<std::uint8_t>& listed,
                                       double threshold_percent)
    : m_entities(entities), m_placeholders(std::move(placeholders)) {
  m_facts = node_facts(size(), listed, statements, threshold_percent);
  m_first_day.assign(m_placeholders.size(), std::numeric_limits<long>::max());
  for (const KeyedStatement& s : statements) {
    if (s.owner == s.owned) {
      continue;  // self-ownership is dropped before a party becomes a vertex
    }
    for (std::uint32_t n : {s.owner, s.owned}) {
      if (n >= m_entities) {
        long& first = m_first_day[n - m_entities];
        first = std::min(first, s.day);
      }
    }
  }
  group_by(size(), statements, true, m_in_start, m_in);
  group_by(size(), statements, false, m_out_start, m_out);
}

void StoredGraphBuilder::fill(std::uint32_t n, StoredNode& out) const {
  out.node = n;
  out.placeholder = n >= m_entities;
  if (out.placeholder) {
    out.entity = model::OwnedEntity{};
    out.entity.id = m_placeholders[n - m_entities];
    out.entity.name = out.entity.id;
    out.first_day = m_first_day[n - m_entities];
  } else {
    out.first_day = k_undated;
  }
  out.may_inherit = m_facts.may_inherit[n] != 0;
  out.cycle_group = m_facts.cycle_group[n];
  out.owners.assign(m_in.begin() + static_cast<std::ptrdiff_t>(m_in_start[n]),
                    m_in.begin() + static_cast<std::ptrdiff_t>(m_in_start[n + 1]));
  out.holdings.assign(m_out.begin() + static_cast<std::ptrdiff_t>(m_out_start[n]),
                      m_out.begin() + static_cast<std::ptrdiff_t>(m_out_start[n + 1]));
}

bool is_lei_type(std::string_view type) {
  return util::to_lower_ascii(type).find("lei") != std::string::npos;
}

std::string fold_name(std::string_view name) {
  return util::to_lower_ascii(util::collapse_spaces(name));
}

namespace {

std::vector<std::string> placeholder_ids(
    const model::OwnershipGraph& g, const std::unordered_map<std::string, std::uint32_t>& ids) {
  std::set<std::string> missing;
  for (const model::OwnershipEdge& e : g.edges) {
    for (const std::string* id : {&e.owner, &e.owned}) {
      if (ids.count(*id) == 0) {
        missing.insert(*id);
      }
    }
  }
  return {missing.begin(), missing.end()};
}

std::vector<KeyedStatement> keyed(const model::OwnershipGraph& g,
                                  const std::unordered_map<std::string, std::uint32_t>& ids) {
  std::vector<KeyedStatement> out;
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const model::OwnershipEdge& e = g.edges[i];
    long day = e.as_of ? e.as_of->days_since_epoch() : k_undated;
    out.push_back({static_cast<std::int64_t>(i), ids.at(e.owner), ids.at(e.owned), e.percent, day});
  }
  return out;
}

std::unordered_map<std::string, std::uint32_t> node_ids(const model::OwnershipGraph& g) {
  std::unordered_map<std::string, std::uint32_t> ids;
  for (std::size_t i = 0; i < g.entities.size(); ++i) {
    ids.emplace(g.entities[i].id, static_cast<std::uint32_t>(i));  // the first record wins
  }
  return ids;
}

StoredGraphBuilder build_memory(const model::OwnershipGraph& g,
                                std::unordered_map<std::string, std::uint32_t>& ids,
                                std::vector<std::string>& placeholders, double threshold) {
  ids = node_ids(g);
  placeholders = placeholder_ids(g, ids);
  for (std::size_t k = 0; k < placeholders.size(); ++k) {
    ids.emplace(placeholders[k], static_cast<std::uint32_t>(g.entities.size() + k));
  }
  std::vector<std::uint8_t> listed;
  for (const model::OwnedEntity& e : g.entities) {
    listed.push_back(e.listings.empty() ? 0 : 1);
  }
  return StoredGraphBuilder(g.entities.size(), placeholders, keyed(g, ids), listed, threshold);
}

}  // namespace

MemoryStoredGraph::MemoryStoredGraph(const model::OwnershipGraph& graph, double threshold_percent)
    : m_graph(&graph), m_builder(build_memory(graph, m_ids, m_placeholders, threshold_percent)) {
  for (std::uint32_t n = 0; n < size(); ++n) {
    StoredNode node = MemoryStoredGraph::node(n);
    m_names[fold_name(node.entity.name)].push_back(n);
    for (const model::Identifier& id : node.entity.identifiers) {
      if (is_lei_type(id.type) && id.number != node.entity.id) {
        m_leis[id.number].push_back(n);
      }
    }
    for (const model::EntityListing& l : node.entity.listings) {
      m_listed[l.list_code + "|" + l.entry_key].push_back(n);
      m_keys[l.entry_key].push_back(n);
    }
    if (node.cycle_group != k_no_group) {
      m_groups[node.cycle_group].push_back(n);
    }
  }
}

StoredNode MemoryStoredGraph::node(std::uint32_t n) const {
  StoredNode out;
  m_builder.fill(n, out);
  if (!out.placeholder) {
    out.entity = m_graph->entities[n];
  }
  return out;
}

std::vector<model::OwnershipEdge> MemoryStoredGraph::statements(
    const std::vector<std::int64_t>& keys) const {
  std::vector<model::OwnershipEdge> out;
  for (std::int64_t k : keys) {
    out.push_back(m_graph->edges.at(static_cast<std::size_t>(k)));
  }
  return out;
}

namespace {

std::vector<std::uint32_t> unique_sorted(std::vector<std::uint32_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

template <class Map, class Key>
std::vector<std::uint32_t> lookup(const Map& map, const Key& key) {
  auto it = map.find(key);
  return it == map.end() ? std::vector<std::uint32_t>{} : unique_sorted(it->second);
}

}  // namespace

std::vector<std::uint32_t> MemoryStoredGraph::cycle_members(std::uint32_t group) const {
  return lookup(m_groups, group);
}

std::optional<std::uint32_t> MemoryStoredGraph::find_id(std::string_view id) const {
  auto it = m_ids.find(std::string(id));
  return it == m_ids.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::vector<std::uint32_t> MemoryStoredGraph::find_name(std::string_view folded) const {
  return lookup(m_names, std::string(folded));
}

std::vector<std::uint32_t> MemoryStoredGraph::find_lei(std::string_view lei) const {
  return lookup(m_leis, std::string(lei));
}

std::vector<std::uint32_t> MemoryStoredGraph::find_listed(std::string_view list_code,
                                                          std::string_view entry_key) const {
  if (list_code.empty()) {
    return lookup(m_keys, std::string(entry_key));
  }
  return lookup(m_listed, std::string(list_code) + "|" + std::string(entry_key));
}

void MemoryStoredGraph::each_name(const std::function<void(const StoredNode&)>& visit) const {
  for (std::uint32_t n = 0; n < size(); ++n) {
    visit(node(n));
  }
}

}  // namespace ecc::graph
