#pragma once
// The ownership graph on one date and every analysis on it: restrictions that
// flow down under the OFAC 50 % rule and the BIS Affiliates Rule, NS-CMIC notes,
// ultimate parents, neighbourhoods for display, and data-quality diagnostics.
// Pure: takes values, returns values. Boost.Graph stays behind the pimpl.

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "model/ownership.hpp"
#include "model/ownership_rules.hpp"
#include "util/date.hpp"

namespace ecc::graph {

namespace internal {
struct AnalysisState;
}  // namespace internal

struct AnalysisOptions {
  util::Date as_of;  // statements dated later are ignored; rule windows use it
  // Thresholds, lists and Affiliates Rule windows; an assumed window already
  // carries the compliance team's setting (rules/ownership_rules.hpp).
  model::OwnershipRules rules;
  std::size_t max_paths = 16;  // contributing paths listed per restriction
};

class OwnershipAnalysis {
 public:
  // Builds the graph of `graph` as of options.as_of and runs the fixpoints
  // (O(V + E) plus a sort of the edges). `graph` must outlive this object.
  // Throws DataError for a percentage outside 0..100.
  OwnershipAnalysis(const model::OwnershipGraph& graph, AnalysisOptions options);
  ~OwnershipAnalysis();
  OwnershipAnalysis(OwnershipAnalysis&&) noexcept;
  OwnershipAnalysis& operator=(OwnershipAnalysis&&) noexcept;

  // Number of entities, including placeholders for ids only edges name.
  std::size_t size() const;
  // The index of the entity with this id; nullopt when unknown.
  std::optional<std::size_t> find(std::string_view id) const;
  // The entity at `index` (< size()).
  const model::OwnedEntity& entity(std::size_t index) const;

  // How much restrictions() explains. status: status, aggregate share, note
  // (O(in-degree) per regime). explained: also the listed owners, the governing
  // owner, FDP footnotes and the paths (bounded walks up the graph).
  enum class Detail { status, explained };

  // Everything `index` inherits through ownership, ordered ofac_50,
  // bis_affiliates, ns_cmic. Directly listed entities inherit nothing from the
  // regime they are listed under (their own entry governs).
  std::vector<model::InheritedRestriction> restrictions(std::size_t index,
                                                        Detail detail = Detail::explained) const;

  // The top of the chain of > 50 % (or consolidation / unknown-share) parents;
  // without `with_path`, UltimateParent::path is left empty (bulk runs).
  model::UltimateParent ultimate_parent(std::size_t index, bool with_path = true) const;

  // Entities within `up` levels of owners and `down` levels of holdings of
  // `index`, and the statements between them; at most `max_entities`.
  model::OwnershipNeighbourhood neighbourhood(std::size_t index, int up, int down,
                                              std::size_t max_entities = 200) const;

  // Cycles, sums over 100 %, duplicate and conflicting statements, unknown ids.
  const std::vector<model::OwnershipDiagnostic>& diagnostics() const;

  // The Affiliates Rule state used for as_of and its note (window citation,
  // the assumption when the window is assumed, confidence).
  model::RuleState affiliates_state() const;
  const std::string& affiliates_note() const;
  // True when that state is an assumption (an assumed window), not a fact.
  bool affiliates_assumed() const;

 private:
  std::unique_ptr<internal::AnalysisState> m_state;
};

}  // namespace ecc::graph
