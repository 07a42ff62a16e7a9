#pragma once
// INTERNAL to src/graph: the Boost.Graph representation behind
// graph::OwnershipAnalysis. Includes Boost.Graph, so only graph/*.cpp may
// include it; public graph headers never do.

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "graph/ownership_analysis.hpp"
#include "model/ownership.hpp"
#include "model/ownership_rules.hpp"
#include "util/id_table.hpp"

namespace ecc::graph::internal {

// Shares are fixed point, 1 unit = 0.0001 %, so sums and the >= 50 % test are exact.
inline constexpr std::int64_t k_full = 1'000'000;
inline constexpr std::int32_t k_unknown = -1;

// Converts a percentage to units (rounded); k_unknown for nullopt.
std::int32_t to_units(const std::optional<double>& percent);
// Converts units back to a percentage.
double to_percent(std::int64_t units);
// "60", "33.3333", "100.5": a share for messages, without trailing zeros.
std::string percent_text(std::int64_t units);

struct EdgeData {
  std::int32_t share = k_unknown;  // units, or k_unknown
  model::OwnershipKind kind = model::OwnershipKind::equity;
  std::uint32_t input = 0;  // index into OwnershipGraph::edges
};

using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeData,
                                               boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = std::uint32_t;

// Per-vertex membership bits of one regime.
enum RegimeBit : std::uint8_t { k_seed = 1, k_definite = 2, k_possible = 4 };

// The filtered, de-duplicated graph on one date, and what was found building it.
struct OwnershipIndex {
  const model::OwnershipGraph* input = nullptr;
  std::deque<model::OwnedEntity> placeholders;  // ids only edges name; a deque keeps ids stable
  util::IdTable ids;
  Csr csr;
  std::vector<model::OwnershipDiagnostic> diagnostics;

  std::size_t size() const { return input->entities.size() + placeholders.size(); }
  const model::OwnedEntity& entity(Vertex v) const {
    return v < input->entities.size() ? input->entities[v]
                                      : placeholders[v - input->entities.size()];
  }
};

// Builds the index of `graph` on `as_of` (later-dated statements ignored, the
// latest statement per pair kept) and records diagnostics. Throws DataError
// for a percentage outside 0..100.
void build_index(const model::OwnershipGraph& graph, const util::Date& as_of,
                 OwnershipIndex& index);

// Reports stated shares above 100 % (in vertex order).
void report_over_100(OwnershipIndex& index);
// The cross-holding cycles (strongly connected components of two or more
// vertices), by each one's first vertex. Reads `index` only, so it may run
// beside the fixpoints.
std::vector<model::OwnershipDiagnostic> find_cycles(const OwnershipIndex& index);

// Fixpoint of the 50 % rule from the vertices flagged k_seed: sets k_definite
// (known shares of definite members reach `threshold`) and k_possible (unknown
// shares of possible members counted as 100 %). O(V + E).
void propagate(const Csr& csr, std::int64_t threshold, std::vector<std::uint8_t>& flags);

// Paths from seeds down to `v` through owners flagged `bit`, listed owner
// first; at most `max_paths`. Sets `truncated` when the walk was cut short.
std::vector<model::OwnershipPath> contributing_paths(const OwnershipIndex& index,
                                                     const std::vector<std::uint8_t>& flags,
                                                     std::uint8_t bit, Vertex v,
                                                     std::size_t max_paths, bool& truncated);

// The seeds whose holdings reach `v` through owners flagged `bit`, ascending.
std::vector<Vertex> listed_roots(const OwnershipIndex& index,
                                 const std::vector<std::uint8_t>& flags, std::uint8_t bit, Vertex v,
                                 bool& truncated);

// Each vertex's controlling parent (see ultimate_parent.cpp), k_no_parent if none.
inline constexpr Vertex k_no_parent = 0xffffffffu;
struct ParentLink {
  Vertex vertex;
  std::int32_t share;
};
std::vector<ParentLink> controlling_parents(const Csr& csr);

// Where each vertex's climb ends, computed for all vertices in one O(V) pass:
// the top (a vertex without a controlling parent, or the first vertex the
// climb meets twice), whether it met a cycle, and the chain's length then.
struct ParentTop {
  Vertex top;
  std::uint32_t length;  // vertices on the climb when it stopped
  bool cycle;
};
std::vector<ParentTop> parent_tops(const std::vector<ParentLink>& parents);

// The ultimate parent of `v`: climbs `parents` until none or a cycle. Without
// a path, `tops` (when given) answers in O(1) what the climb would.
model::UltimateParent find_ultimate_parent(const OwnershipIndex& index,
                                           const std::vector<ParentLink>& parents, Vertex v,
                                           bool with_path,
                                           const std::vector<ParentTop>* tops = nullptr);

// Owners `up` levels above and holdings `down` levels below `focus`.
model::OwnershipNeighbourhood find_neighbourhood(const OwnershipIndex& index, Vertex focus, int up,
                                                 int down, std::size_t max_entities);

// The analyses' state, shared by the result builders.
struct AnalysisState {
  OwnershipIndex index;
  AnalysisOptions options;
  model::RuleState affiliates_state = model::RuleState::not_in_force;
  std::string affiliates_note;  // window citation, assumption and confidence
  bool affiliates_assumed = false;
  std::vector<std::uint8_t> ofac;
  std::vector<std::uint8_t> bis;
  std::vector<std::uint8_t> cmic;
  std::vector<ParentLink> parents;
  std::vector<ParentTop> tops;
};

// Rank of a listing's licence review policy and requirement; higher = stricter.
int restrictiveness(const model::AffiliatesRule& rule, const model::EntityListing& listing);

// The qualifying listing of `entity` for a regime (most restrictive if several).
std::optional<model::EntityListing> regime_listing(const AnalysisState& state,
                                                   model::OwnershipRegime regime,
                                                   const model::OwnedEntity& entity);

// Results of one regime for one vertex (empty when nothing is inherited);
// `explain` adds listed owners, governing owner, footnotes and paths.
std::optional<model::InheritedRestriction> regime_result(const AnalysisState& state,
                                                         model::OwnershipRegime regime, Vertex v,
                                                         bool explain);

// NS-CMIC informational notes for `v`; `explain` adds the owners and paths.
std::optional<model::InheritedRestriction> cmic_note(const AnalysisState& state, Vertex v,
                                                     bool explain);

}  // namespace ecc::graph::internal
