// OwnershipAnalysis: builds the index for the date, settles the Affiliates
// Rule state (the rule-file window; an assumed one says so), seeds each regime
// from the entities' listings and runs the 50 % fixpoints once. Per-entity
// results are then assembled on demand.

#include "graph/ownership_analysis.hpp"

#include <future>

#include "graph/internal/ownership_index.hpp"

namespace ecc::graph {
namespace {

using internal::AnalysisState;
using internal::Vertex;

std::int64_t threshold_units(double percent) {
  return internal::to_units(percent);
}

void settle_affiliates_state(AnalysisState& state) {
  const AnalysisOptions& options = state.options;
  std::optional<model::RuleWindow> window =
      model::affiliates_window_on(options.rules.affiliates, options.as_of);
  if (window) {
    state.affiliates_state = window->state;
    state.affiliates_assumed = window->assumed;
    state.affiliates_note = window->citation;
    if (window->assumed) {
      state.affiliates_note += "; ASSUMED " + std::string(model::rule_state_name(window->state)) +
                               " (" + window->assumption + ")";
    }
    if (!window->confidence.empty()) {
      state.affiliates_note += "; " + window->confidence;
    }
  } else {
    state.affiliates_note = "before the rule took effect";
  }
}

void seed(AnalysisState& state, model::OwnershipRegime regime, std::vector<std::uint8_t>& flags) {
  flags.assign(state.index.size(), 0);
  for (Vertex v = 0; v < flags.size(); ++v) {
    const model::OwnedEntity& e = state.index.entity(v);
    if (!e.listings.empty() && internal::regime_listing(state, regime, e)) {
      flags[v] = internal::k_seed;
    }
  }
}

}  // namespace

OwnershipAnalysis::OwnershipAnalysis(const model::OwnershipGraph& graph, AnalysisOptions options)
    : m_state(std::make_unique<AnalysisState>()) {
  AnalysisState& s = *m_state;
  s.options = std::move(options);
  internal::build_index(graph, s.options.as_of, s.index);
  // The cycle search (a fifth of the whole analysis at a million entities)
  // reads only the index: on a large graph it runs on another core beside
  // the fixpoints; on a small one a thread would cost more than it saves.
  constexpr std::size_t k_parallel_from = 50'000;
  auto policy = s.index.size() >= k_parallel_from ? std::launch::async : std::launch::deferred;
  std::future<std::vector<model::OwnershipDiagnostic>> cycles =
      std::async(policy, [&s] { return internal::find_cycles(s.index); });
  internal::report_over_100(s.index);
  settle_affiliates_state(s);
  seed(s, model::OwnershipRegime::ofac_50, s.ofac);
  seed(s, model::OwnershipRegime::bis_affiliates, s.bis);
  seed(s, model::OwnershipRegime::ns_cmic, s.cmic);
  internal::propagate(s.index.csr, threshold_units(s.options.rules.ofac.threshold_percent), s.ofac);
  internal::propagate(s.index.csr, threshold_units(s.options.rules.affiliates.threshold_percent),
                      s.bis);
  s.parents = internal::controlling_parents(s.index.csr);
  s.tops = internal::parent_tops(s.parents);
  for (model::OwnershipDiagnostic& d : cycles.get()) {
    s.index.diagnostics.push_back(std::move(d));
  }
}

OwnershipAnalysis::~OwnershipAnalysis() = default;
OwnershipAnalysis::OwnershipAnalysis(OwnershipAnalysis&&) noexcept = default;
OwnershipAnalysis& OwnershipAnalysis::operator=(OwnershipAnalysis&&) noexcept = default;

std::size_t OwnershipAnalysis::size() const {
  return m_state->index.size();
}

std::optional<std::size_t> OwnershipAnalysis::find(std::string_view id) const {
  std::optional<Vertex> found = m_state->index.ids.find(id);
  if (!found) {
    return std::nullopt;
  }
  return *found;
}

const model::OwnedEntity& OwnershipAnalysis::entity(std::size_t index) const {
  return m_state->index.entity(static_cast<Vertex>(index));
}

std::vector<model::InheritedRestriction> OwnershipAnalysis::restrictions(std::size_t index,
                                                                         Detail detail) const {
  std::vector<model::InheritedRestriction> out;
  auto v = static_cast<Vertex>(index);
  bool explain = detail == Detail::explained;
  for (auto regime : {model::OwnershipRegime::ofac_50, model::OwnershipRegime::bis_affiliates}) {
    if (auto r = internal::regime_result(*m_state, regime, v, explain)) {
      out.push_back(std::move(*r));
    }
  }
  if (auto note = internal::cmic_note(*m_state, v, explain)) {
    out.push_back(std::move(*note));
  }
  return out;
}

model::UltimateParent OwnershipAnalysis::ultimate_parent(std::size_t index, bool with_path) const {
  return internal::find_ultimate_parent(m_state->index, m_state->parents,
                                        static_cast<Vertex>(index), with_path, &m_state->tops);
}

model::OwnershipNeighbourhood OwnershipAnalysis::neighbourhood(std::size_t index, int up, int down,
                                                               std::size_t max_entities) const {
  return internal::find_neighbourhood(m_state->index, static_cast<Vertex>(index), up, down,
                                      max_entities);
}

const std::vector<model::OwnershipDiagnostic>& OwnershipAnalysis::diagnostics() const {
  return m_state->index.diagnostics;
}

model::RuleState OwnershipAnalysis::affiliates_state() const {
  return m_state->affiliates_state;
}

const std::string& OwnershipAnalysis::affiliates_note() const {
  return m_state->affiliates_note;
}

bool OwnershipAnalysis::affiliates_assumed() const {
  return m_state->affiliates_assumed;
}

}  // namespace ecc::graph
