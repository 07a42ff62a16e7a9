// The partial analysis (local_analysis.hpp). A node is *complete inwards*
// when the subgraph holds every statement into it, *complete outwards* when
// it holds every statement out of it; the other parties of those statements
// come along as entities with their records but not their statements. Then:
//  - restrictions need the entity and every ancestor that may inherit,
//    complete inwards: only they can carry a regime's flags, so the fixpoint,
//    the shares, the listed owners and the paths are the whole graph's;
//  - the ultimate parent needs each vertex of its chain complete inwards (the
//    controlling parent is chosen among all of a vertex's owners);
//  - the neighbourhood needs its members complete both ways (what they own and
//    are owned by, their duplicate or conflicting statements), and for cycle
//    diagnostics every member of their cycle groups complete inwards.
// The chain and the neighbourhood are only known from an answer, so the
// subgraph grows until an answer reads nothing incomplete. Vertex order is the
// stored node order (entities, then placeholders by id), as in the whole graph.

#include "graph/local_analysis.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace ecc::graph {
namespace {

class Subgraph {
 public:
  explicit Subgraph(const StoredGraph& graph) : m_graph(graph) {}

  const StoredNode& node(std::uint32_t n) {
    auto it = m_nodes.find(n);
    if (it == m_nodes.end()) {
      it = m_nodes.emplace(n, m_graph.node(n)).first;
    }
    return it->second;
  }
  // Each returns true when the node was not complete that way yet.
  bool need_in(std::uint32_t n) { return m_in.insert(n).second; }
  bool need_out(std::uint32_t n) { return m_out.insert(n).second; }
  std::size_t nodes_read() const { return m_nodes.size(); }

  // `n`'s ancestors that may inherit, through such ancestors, complete inwards.
  void add_heirs_above(std::uint32_t n) {
    std::vector<std::uint32_t> todo{n};
    while (!todo.empty()) {
      std::uint32_t x = todo.back();
      todo.pop_back();
      for (const StatementRef& ref : node(x).owners) {  // references survive a rehash
        if (ref.node != x && node(ref.node).may_inherit && need_in(ref.node)) {
          todo.push_back(ref.node);
        }
      }
    }
  }

  // The subgraph as an analysis input; `node_of` maps its entity ids to nodes.
  model::OwnershipGraph build(std::unordered_map<std::string, std::uint32_t>& node_of);

 private:
  std::map<std::int64_t, model::EdgeEnds> statements();
  void load_statements(const std::map<std::int64_t, model::EdgeEnds>& wanted);

  const StoredGraph& m_graph;
  std::unordered_map<std::uint32_t, StoredNode> m_nodes;
  std::set<std::uint32_t> m_in, m_out;
  std::unordered_map<std::int64_t, model::OwnershipEdge> m_edges;
};

// The statements of the subgraph by key, with their parties as nodes.
std::map<std::int64_t, model::EdgeEnds> Subgraph::statements() {
  std::map<std::int64_t, model::EdgeEnds> out;
  for (std::uint32_t x : m_in) {
    for (const StatementRef& ref : node(x).owners) {
      out[ref.edge] = {ref.node, x};
    }
  }
  for (std::uint32_t x : m_out) {
    for (const StatementRef& ref : node(x).holdings) {
      out[ref.edge] = {x, ref.node};
    }
  }
  return out;
}

void Subgraph::load_statements(const std::map<std::int64_t, model::EdgeEnds>& wanted) {
  std::vector<std::int64_t> keys;
  for (const auto& [key, ends] : wanted) {
    if (m_edges.count(key) == 0) {
      keys.push_back(key);
    }
  }
  if (keys.empty()) {
    return;
  }
  std::vector<model::OwnershipEdge> edges = m_graph.statements(keys);
  for (std::size_t i = 0; i < keys.size() && i < edges.size(); ++i) {
    m_edges.emplace(keys[i], std::move(edges[i]));
  }
}

model::OwnershipGraph Subgraph::build(std::unordered_map<std::string, std::uint32_t>& node_of) {
  std::map<std::int64_t, model::EdgeEnds> wanted = statements();
  load_statements(wanted);
  std::set<std::uint32_t> nodes(m_in.begin(), m_in.end());
  nodes.insert(m_out.begin(), m_out.end());
  for (const auto& [key, ends] : wanted) {
    nodes.insert(ends.owner);
    nodes.insert(ends.owned);
  }
  model::OwnershipGraph g;
  std::unordered_map<std::uint32_t, std::uint32_t> local;
  for (std::uint32_t n : nodes) {
    const StoredNode& sn = node(n);
    node_of[sn.entity.id] = n;
    if (!sn.placeholder) {
      local[n] = static_cast<std::uint32_t>(g.entities.size());
      g.entities.push_back(sn.entity);
    }
  }
  auto local_of = [&](std::uint32_t n) {
    auto it = local.find(n);
    return it == local.end() ? model::k_by_id : it->second;
  };
  for (const auto& [key, ends] : wanted) {
    g.edges.push_back(m_edges.at(key));
    g.ends.push_back({local_of(ends.owner), local_of(ends.owned)});
  }
  return g;
}

using NodeOf = std::unordered_map<std::string, std::uint32_t>;

// Makes the chain of controlling parents complete inwards; true when it grew.
bool complete_chain(const OwnershipAnalysis& a, std::size_t v, const NodeOf& node_of,
                    Subgraph& sub) {
  model::UltimateParent parent = a.ultimate_parent(v, true);
  bool grown = sub.need_in(node_of.at(parent.entity_id));
  for (const model::PathHop& hop : parent.path) {
    grown = sub.need_in(node_of.at(hop.entity_id)) || grown;
  }
  return grown;
}

// Makes the neighbourhood complete both ways and its cycle groups inwards.
bool complete_hood(const StoredGraph& graph, const OwnershipAnalysis& a, std::size_t v,
                   const LocalQuestion& q, const NodeOf& node_of, Subgraph& sub) {
  bool grown = false;
  for (const model::OwnedEntity& e : a.neighbourhood(v, q.up, q.down).entities) {
    std::uint32_t x = node_of.at(e.id);
    grown = sub.need_in(x) || grown;
    grown = sub.need_out(x) || grown;
    std::uint32_t group = sub.node(x).cycle_group;
    if (group != k_no_group) {
      for (std::uint32_t m : graph.cycle_members(group)) {
        grown = sub.need_in(m) || grown;
      }
    }
  }
  return grown;
}

LocalAnswer answer_from(const OwnershipAnalysis& a, std::size_t v, const LocalQuestion& q) {
  LocalAnswer out;
  out.entity = a.entity(v);
  out.restrictions = a.restrictions(v, q.detail);
  out.parent = a.ultimate_parent(v, q.parent_path);
  if (q.up >= 0) {
    out.neighbourhood = a.neighbourhood(v, q.up, q.down);
    out.diagnostics = diagnostics_near(a.diagnostics(), out.neighbourhood);
  }
  out.affiliates_state = a.affiliates_state();
  out.affiliates_note = a.affiliates_note();
  return out;
}

}  // namespace

LocalAnalysis::LocalAnalysis(const StoredGraph& graph, AnalysisOptions options)
    : m_graph(&graph), m_options(std::move(options)) {}

bool LocalAnalysis::exists(std::uint32_t n) const {
  return exists(m_graph->node(n));
}

bool LocalAnalysis::exists(const StoredNode& node) const {
  return !node.placeholder || node.first_day <= m_options.as_of.days_since_epoch();
}

std::optional<LocalAnswer> LocalAnalysis::answer(std::uint32_t n,
                                                 const LocalQuestion& question) const {
  Subgraph sub(*m_graph);
  const StoredNode& start = sub.node(n);
  if (!exists(start)) {
    return std::nullopt;
  }
  const std::string id = start.entity.id;
  sub.need_in(n);
  if (start.placeholder) {
    sub.need_out(n);  // a placeholder is a vertex through any statement naming it
  }
  sub.add_heirs_above(n);
  for (;;) {
    NodeOf node_of;
    model::OwnershipGraph local = sub.build(node_of);
    OwnershipAnalysis a(local, m_options);
    std::optional<std::size_t> v = a.find(id);
    if (!v) {
      return std::nullopt;
    }
    bool grown = complete_chain(a, *v, node_of, sub);
    if (question.up >= 0) {
      grown = complete_hood(*m_graph, a, *v, question, node_of, sub) || grown;
    }
    if (!grown) {
      LocalAnswer out = answer_from(a, *v, question);
      out.nodes_read = sub.nodes_read();
      return out;
    }
  }
}

std::vector<model::OwnershipDiagnostic> diagnostics_near(
    const std::vector<model::OwnershipDiagnostic>& all, const model::OwnershipNeighbourhood& hood) {
  std::set<std::string> ids;
  for (const model::OwnedEntity& e : hood.entities) {
    ids.insert(e.id);
  }
  std::vector<model::OwnershipDiagnostic> out;
  for (const model::OwnershipDiagnostic& d : all) {
    if (std::any_of(d.entity_ids.begin(), d.entity_ids.end(),
                    [&](const std::string& id) { return ids.count(id) != 0; })) {
      out.push_back(d);
    }
  }
  return out;
}

}  // namespace ecc::graph
