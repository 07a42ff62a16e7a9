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
#include "graph/stored_graph.hpp"
#include "model/order.hpp"
#include "model/ownership.hpp"
#include "model/ownership_rules.hpp"
#include "model/screening.hpp"

namespace ecc::screen {

// What screening learns about a party from the ownership data on a date.
struct PartyOwnership {
  model::OwnedEntity entity;                           // the first graph entity the party is
  std::size_t matches = 0;                             // how many entities it is
  std::vector<model::InheritedRestriction> inherited;  // explained
  model::UltimateParent parent;                        // with its path
};

// The ownership data as screening and audit ask it, one party at a time.
class OwnershipSource {
 public:
  virtual ~OwnershipSource() = default;
  virtual bool empty() const = 0;
  // The ownership rules it applies (the assumed Affiliates window set).
  virtual const model::OwnershipRules& rules() const = 0;
  // The entities `party` is: by LEI, exact name (case and spacing folded), or
  // a list entry the party matched (`entry_keys`: list_code + "|" + key); and
  // what the first inherits on `as_of`. nullopt when it is none. May throw
  // DataError (a damaged store). Safe to call from several threads.
  virtual std::optional<PartyOwnership> party(const model::OrderParty& party,
                                              const std::vector<std::string>& entry_keys,
                                              util::Date as_of) const = 0;
  // Does the work for `as_of` that can be done once, before several threads
  // ask about that date.
  virtual void prepare(util::Date as_of) const = 0;
};

// The whole graph in memory, analysed once per date (audit over a customer file).
class OwnershipAnalyses : public OwnershipSource {
 public:
  // `graph` must outlive this object; `rules` carry the Affiliates Rule
  // windows with the assumed one already set (rules/ownership_rules.hpp).
  OwnershipAnalyses(const model::OwnershipGraph& graph, model::OwnershipRules rules);
  ~OwnershipAnalyses() override;

  bool empty() const override { return m_graph->entities.empty() && m_graph->edges.empty(); }
  const model::OwnershipRules& rules() const override { return m_rules; }
  std::optional<PartyOwnership> party(const model::OrderParty& party,
                                      const std::vector<std::string>& entry_keys,
                                      util::Date as_of) const override;
  void prepare(util::Date as_of) const override { on(as_of); }
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

// A stored graph (the ownership index, or one built in memory): each party is
// answered by a graph::LocalAnalysis reading only what it needs.
class StoredOwnership : public OwnershipSource {
 public:
  // `graph` must outlive this object; `rules` as for OwnershipAnalyses.
  StoredOwnership(const graph::StoredGraph& graph, model::OwnershipRules rules);
  bool empty() const override { return m_graph->size() == 0; }
  const model::OwnershipRules& rules() const override { return m_rules; }
  std::optional<PartyOwnership> party(const model::OrderParty& party,
                                      const std::vector<std::string>& entry_keys,
                                      util::Date as_of) const override;
  void prepare(util::Date) const override {}
  // The nodes `party` is, in the order OwnershipAnalyses::entities_for gives them.
  std::vector<std::uint32_t> nodes_for(const model::OrderParty& party,
                                       const std::vector<std::string>& entry_keys) const;

 private:
  const graph::StoredGraph* m_graph;
  model::OwnershipRules m_rules;
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
// entries the customer matched (list_code + "|" + key).
struct CustomerRestriction {
  model::OwnershipRegime regime = model::OwnershipRegime::ofac_50;
  model::InheritanceStatus status = model::InheritanceStatus::covered;
  std::string text;
};
std::vector<CustomerRestriction> customer_restrictions(const OwnershipSource& ownership,
                                                       const model::OrderParty& party,
                                                       const std::vector<std::string>& entry_keys,
                                                       util::Date as_of);

}  // namespace ecc::screen
