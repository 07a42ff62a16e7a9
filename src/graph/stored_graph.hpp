#pragma once
// The ownership graph as `db import` stores it for partial reads (issue 17;
// docs/ownership.md, "Registry scale"): one node per entity in vertex order,
// each with references to the statements into and out of it, and facts that
// hold on every date and under every rule setting, so that a question walks
// only what can matter for it. Pure: node_facts computes the facts at import;
// StoredGraph is the seam through which the partial analysis reads a store
// (cli implements it over SQLite, tests in memory).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/ownership.hpp"

namespace ecc::graph {

inline constexpr std::uint32_t k_no_group = 0xffffffffu;

// --- import: facts per node -------------------------------------------------

// One statement as the import sees it: its key (ascending in statement
// order), its parties as node numbers, its share and its date.
struct KeyedStatement {
  std::int64_t key = 0;
  std::uint32_t owner = 0;
  std::uint32_t owned = 0;
  std::optional<double> percent;  // nullopt = unknown
  long day = 0;                   // days since 1970-01-01; k_undated when undated
};

inline constexpr long k_undated = -(1L << 40);

struct NodeFacts {
  // 0: the node inherits nothing under any rule on any date: it is not listed,
  // and the statements of all dates (each pair's largest share, unknown = 100 %)
  // cannot give owners that may inherit `threshold` percent of it.
  std::vector<std::uint8_t> may_inherit;
  // The smallest node of its cross-holding component in the union of all
  // dates' graphs, k_no_group when it is on no cycle (cycles of a date lie
  // inside these components).
  std::vector<std::uint32_t> cycle_group;
};

// Facts of nodes 0..nodes-1; `listed[n]` is 1 when node n has any listing.
// The may_inherit bound holds for every rule whose threshold is at least
// `threshold_percent`. O(V + E).
NodeFacts node_facts(std::size_t nodes, const std::vector<std::uint8_t>& listed,
                     const std::vector<KeyedStatement>& statements, double threshold_percent);

// --- query: the stored graph ------------------------------------------------

// A statement seen from one of its parties: the node at the other end and the
// statement's key (its row in the store, ascending in statement order).
struct StatementRef {
  std::uint32_t node = 0;
  std::uint32_t unused = 0;  // padding, written as 0
  std::int64_t edge = 0;
};

struct StoredNode {
  std::uint32_t node = 0;
  model::OwnedEntity entity;  // with its listings (linked at import)
  bool placeholder = false;   // no entity record: only statements name it
  bool may_inherit = false;   // NodeFacts::may_inherit
  // Placeholders exist on a date only when a statement of that date or before
  // names them: the first such day (days since 1970-01-01; k_undated: always).
  long first_day = 0;
  std::uint32_t cycle_group = k_no_group;
  std::vector<StatementRef> owners;    // statements into it (self-ownership included)
  std::vector<StatementRef> holdings;  // statements out of it
};

// What the partial analysis reads. Every call may throw DataError (a damaged
// store). Lookups return nodes ascending.
class StoredGraph {
 public:
  virtual ~StoredGraph() = default;
  // Number of nodes: the entities (0..entities()-1), then the placeholders by id.
  virtual std::size_t size() const = 0;
  virtual std::size_t entities() const = 0;
  virtual StoredNode node(std::uint32_t n) const = 0;
  // The statements with these keys, in the order asked.
  virtual std::vector<model::OwnershipEdge> statements(
      const std::vector<std::int64_t>& keys) const = 0;
  // The nodes whose cycle_group is `group`.
  virtual std::vector<std::uint32_t> cycle_members(std::uint32_t group) const = 0;
  // The node with this entity id.
  virtual std::optional<std::uint32_t> find_id(std::string_view id) const = 0;
  // Nodes (placeholders too: their name is their id) whose fold_name is `folded`.
  virtual std::vector<std::uint32_t> find_name(std::string_view folded) const = 0;
  // Nodes with an LEI identifier `lei` other than their id.
  virtual std::vector<std::uint32_t> find_lei(std::string_view lei) const = 0;
  // Nodes linked to an active entry of this list code (empty: any) and key.
  virtual std::vector<std::uint32_t> find_listed(std::string_view list_code,
                                                 std::string_view entry_key) const = 0;
  // Calls `visit` with every node's name (a placeholder's is its id), in node
  // order: for suggestions when a name matched nothing (reads every node).
  virtual void each_name(const std::function<void(const StoredNode&)>& visit) const = 0;
};

// Everything of each node but its entity record, from the statements (keys
// ascending) and which nodes are listed: what db import stores per node and
// what MemoryStoredGraph serves. Nodes 0..entities-1 are the entities, then
// `placeholders` (ids only statements name, sorted).
class StoredGraphBuilder {
 public:
  StoredGraphBuilder(std::size_t entities, std::vector<std::string> placeholders,
                     const std::vector<KeyedStatement>& statements,
                     const std::vector<std::uint8_t>& listed, double threshold_percent);
  std::size_t size() const { return m_entities + m_placeholders.size(); }
  std::size_t entities() const { return m_entities; }
  // Sets all of `out` but its entity record (a placeholder gets its bare id).
  void fill(std::uint32_t n, StoredNode& out) const;

 private:
  std::size_t m_entities;
  std::vector<std::string> m_placeholders;
  NodeFacts m_facts;
  std::vector<long> m_first_day;  // per placeholder
  std::vector<std::size_t> m_in_start, m_out_start;
  std::vector<StatementRef> m_in, m_out;
};

// A StoredGraph over a linked graph in memory: for databases without a
// current ownership index, and for tests. Statement keys are edge indexes.
class MemoryStoredGraph : public StoredGraph {
 public:
  // `graph` (entities linked to their listings) must outlive this object.
  MemoryStoredGraph(const model::OwnershipGraph& graph, double threshold_percent);
  std::size_t size() const override { return m_builder.size(); }
  std::size_t entities() const override { return m_builder.entities(); }
  StoredNode node(std::uint32_t n) const override;
  std::vector<model::OwnershipEdge> statements(
      const std::vector<std::int64_t>& keys) const override;
  std::vector<std::uint32_t> cycle_members(std::uint32_t group) const override;
  std::optional<std::uint32_t> find_id(std::string_view id) const override;
  std::vector<std::uint32_t> find_name(std::string_view folded) const override;
  std::vector<std::uint32_t> find_lei(std::string_view lei) const override;
  std::vector<std::uint32_t> find_listed(std::string_view list_code,
                                         std::string_view entry_key) const override;
  void each_name(const std::function<void(const StoredNode&)>& visit) const override;

 private:
  const model::OwnershipGraph* m_graph;
  std::unordered_map<std::string, std::uint32_t> m_ids;  // before m_builder: it fills them
  std::vector<std::string> m_placeholders;
  StoredGraphBuilder m_builder;
  std::unordered_map<std::string, std::vector<std::uint32_t>> m_names, m_leis, m_listed, m_keys;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_groups;
};

// An identifier type that names an LEI: it contains "lei", any case (as screening reads party ids).
bool is_lei_type(std::string_view type);

// ASCII case folded, runs of spaces collapsed: how names are compared.
std::string fold_name(std::string_view name);

}  // namespace ecc::graph
