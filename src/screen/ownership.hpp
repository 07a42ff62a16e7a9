#pragma once
// Ownership inputs of screening: the active ownership graph (linked to the
// list entries), the ownership rules, and one graph analysis per as-of date,
// built on first use. An empty graph is valid: nothing is inherited.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/ownership_analysis.hpp"
#include "model/order.hpp"
#include "model/ownership.hpp"
#include "model/ownership_rules.hpp"
#include "model/screening.hpp"

namespace ecc::screen {

class OwnershipAnalyses {
 public:
  // `graph` must outlive this object; `rules` carry the Affiliates Rule
  // windows with the assumed one already set (rules/ownership_rules.hpp).
  OwnershipAnalyses(const model::OwnershipGraph& graph, model::OwnershipRules rules);
  ~OwnershipAnalyses();

  bool empty() const { return m_graph->entities.empty() && m_graph->edges.empty(); }
  // The ownership rules the analyses use (assumed Affiliates window set).
  const model::OwnershipRules& rules() const { return m_rules; }
  // The analysis on `date` (built once per date).
  const graph::OwnershipAnalysis& on(util::Date date) const;
  // Graph entity indexes that `party` is: by LEI, exact name (case and spacing
  // folded), or a list entry the party matched (`entry_keys`: list_code + "|" + key).
  std::vector<std::size_t> entities_for(const model::OrderParty& party,
                                        const std::vector<std::string>& entry_keys) const;

 private:
  const model::OwnershipGraph* m_graph;
  model::OwnershipRules m_rules;
  std::unordered_map<std::string, std::vector<std::size_t>> m_by_name, m_by_lei, m_by_entry;
  mutable std::map<util::Date, std::unique_ptr<graph::OwnershipAnalysis>> m_cache;
};

// The assumption behind the Affiliates Rule's state on `date` when the rule
// file marks that window as assumed (after the stay ended on 2026-11-09):
// id "affiliates-rule-after-stay" and a text naming the state, who set it and
// why it is not a fact; nullopt on confirmed dates.
std::optional<model::Assumption> affiliates_assumption(const model::OwnershipRules& rules,
                                                       util::Date date);

// What a customer of `audit` inherits through ownership on `as_of`: one line
// per covered or review restriction ("bis_affiliates covered: <rule, citation
// and reason>; ownership path: ..."), empty when the customer is no entity of
// the graph or inherits nothing that applies. `entry_keys` are the list
// entries the customer matched (list_code + "|" + key). Call on(as_of) once
// before calling this from several threads: the analysis is then only read.
struct CustomerRestriction {
  model::OwnershipRegime regime = model::OwnershipRegime::ofac_50;
  model::InheritanceStatus status = model::InheritanceStatus::covered;
  std::string text;
};
std::vector<CustomerRestriction> customer_restrictions(const OwnershipAnalyses& ownership,
                                                       const model::OrderParty& party,
                                                       const std::vector<std::string>& entry_keys,
                                                       util::Date as_of);

}  // namespace ecc::screen
