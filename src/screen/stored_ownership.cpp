// Screening a party over a stored graph: the same entities as
// OwnershipAnalyses::entities_for finds (LEI as id or identifier, folded name,
// matched list entries; entities only, in that order, each once), answered by
// a graph::LocalAnalysis that reads only the party's ancestry.
#include <algorithm>

#include "graph/local_analysis.hpp"
#include "screen/ownership.hpp"

namespace ecc::screen {

StoredOwnership::StoredOwnership(const graph::StoredGraph& graph, model::OwnershipRules rules)
    : m_graph(&graph), m_rules(std::move(rules)) {}

std::vector<std::uint32_t> StoredOwnership::nodes_for(
    const model::OrderParty& party, const std::vector<std::string>& entry_keys) const {
  std::vector<std::uint32_t> out;
  auto take = [&](std::vector<std::uint32_t> nodes) {
    std::sort(nodes.begin(), nodes.end());
    for (std::uint32_t n : nodes) {
      bool entity = n < m_graph->entities();  // placeholders are never a party
      if (entity && std::find(out.begin(), out.end(), n) == out.end()) {
        out.push_back(n);
      }
    }
  };
  for (const model::Identifier& id : party.ids) {
    if (graph::is_lei_type(id.type)) {
      std::vector<std::uint32_t> nodes = m_graph->find_lei(id.number);
      if (std::optional<std::uint32_t> n = m_graph->find_id(id.number)) {
        nodes.push_back(*n);
      }
      take(std::move(nodes));
    }
  }
  take(m_graph->find_name(graph::fold_name(party.name)));
  for (const std::string& key : entry_keys) {
    std::size_t bar = key.find('|');
    take(m_graph->find_listed(key.substr(0, bar),
                              bar == std::string::npos ? std::string() : key.substr(bar + 1)));
  }
  return out;
}

std::optional<PartyOwnership> StoredOwnership::party(const model::OrderParty& party,
                                                     const std::vector<std::string>& entry_keys,
                                                     util::Date as_of) const {
  std::vector<std::uint32_t> nodes = nodes_for(party, entry_keys);
  if (nodes.empty()) {
    return std::nullopt;
  }
  graph::LocalAnalysis analysis(*m_graph, graph::AnalysisOptions{as_of, m_rules});
  std::optional<graph::LocalAnswer> answer = analysis.answer(nodes.front(), {});
  if (!answer) {
    return std::nullopt;
  }
  return PartyOwnership{std::move(answer->entity), nodes.size(), std::move(answer->restrictions),
                        std::move(answer->parent)};
}

}  // namespace ecc::screen
