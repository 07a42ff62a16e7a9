#pragma once
// Answers about one entity of a stored graph that are identical to what
// OwnershipAnalysis gives over the whole graph, reading only the nodes that
// can change them (issue 17): the entity, its ancestors that may inherit
// (StoredNode::may_inherit), the chain of controlling parents, and, when
// asked, the neighbourhood with the cycles through it. Each question runs
// the whole-graph analysis on that subgraph, growing it until the answer
// reads only complete nodes. Pure: reads through graph::StoredGraph.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/ownership_analysis.hpp"
#include "graph/stored_graph.hpp"

namespace ecc::graph {

// What is asked about one entity.
struct LocalQuestion {
  OwnershipAnalysis::Detail detail = OwnershipAnalysis::Detail::explained;
  bool parent_path = true;  // UltimateParent::path (empty otherwise)
  int up = -1;              // neighbourhood levels (owners up, holdings down); -1: none
  int down = -1;
};

struct LocalAnswer {
  model::OwnedEntity entity;
  std::vector<model::InheritedRestriction> restrictions;
  model::UltimateParent parent;
  model::OwnershipNeighbourhood neighbourhood;          // when asked for
  std::vector<model::OwnershipDiagnostic> diagnostics;  // naming the neighbourhood's entities
  model::RuleState affiliates_state = model::RuleState::not_in_force;
  std::string affiliates_note;
  std::size_t nodes_read = 0;  // how much of the store the answer needed
};

class LocalAnalysis {
 public:
  // `graph` must outlive this object.
  LocalAnalysis(const StoredGraph& graph, AnalysisOptions options);

  // True when node `n` is a vertex on the date (a placeholder only once a
  // statement of that date or before names it).
  bool exists(std::uint32_t n) const;
  bool exists(const StoredNode& node) const;

  // The answer for node `n`; nullopt when it is no vertex on the date.
  // Throws DataError from the store.
  std::optional<LocalAnswer> answer(std::uint32_t n, const LocalQuestion& question) const;

  const AnalysisOptions& options() const { return m_options; }

 private:
  const StoredGraph* m_graph;
  AnalysisOptions m_options;
};

// The diagnostics of `all` that name an entity of `hood` (owners shows those).
std::vector<model::OwnershipDiagnostic> diagnostics_near(
    const std::vector<model::OwnershipDiagnostic>& all, const model::OwnershipNeighbourhood& hood);

}  // namespace ecc::graph
