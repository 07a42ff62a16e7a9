// Turns the fixpoint flags into explained results for one entity: the status
// (covered / review / minority, then suspended or exempt for the Affiliates
// Rule by date and country), the aggregate share held by listed or covered
// owners, the listed roots, the most restrictive of them, and the paths.
// Computed per entity on demand: the status is O(in-degree); the explanation
// (listed owners, paths: bounded walks) only when the caller asks for it, so
// a bulk run over all entities stays O(V + E).

#include <algorithm>

#include "graph/internal/ownership_index.hpp"
#include "util/strings.hpp"

namespace ecc::graph::internal {
namespace {

using model::InheritanceStatus;
using model::OwnershipRegime;

struct Shares {
  std::int64_t known = 0;
  bool unknown = false;
  bool any = false;  // at least one member owner
};

Shares member_shares(const Csr& csr, const std::vector<std::uint8_t>& flags, std::uint8_t bit,
                     Vertex v) {
  Shares s;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, csr))) {
    if (flags[boost::source(e, csr)] & bit) {
      s.any = true;
      std::int32_t share = csr[e].share;
      s.unknown = s.unknown || share == k_unknown;
      s.known += share > 0 ? share : 0;
    }
  }
  return s;
}

const std::vector<std::uint8_t>& flags_of(const AnalysisState& state, OwnershipRegime regime) {
  switch (regime) {
    case OwnershipRegime::ofac_50:
      return state.ofac;
    case OwnershipRegime::bis_affiliates:
      return state.bis;
    case OwnershipRegime::ns_cmic:
      break;
  }
  return state.cmic;
}

std::string citations(const AnalysisState& state, OwnershipRegime regime) {
  const model::OwnershipRules& rules = state.options.rules;
  return util::join(
      regime == OwnershipRegime::ofac_50 ? rules.ofac.citations : rules.affiliates.citations, "; ");
}

std::string base_note(const AnalysisState& state, OwnershipRegime regime,
                      const model::InheritedRestriction& r) {
  std::string pct = percent_text(to_units(r.aggregate_percent)) + " %";
  std::string cite = " (" + citations(state, regime) + ")";
  bool ofac = regime == OwnershipRegime::ofac_50;
  switch (r.status) {
    case InheritanceStatus::covered:
      return ofac ? "blocked by ownership: blocked persons own " + pct + " in aggregate" + cite
                  : "owned " + pct +
                        " in aggregate by Entity List, MEU or 744.8 SDN parties or entities "
                        "covered through them: "
                        "the most restrictive owner's licence requirement and review policy apply" +
                        cite;
    case InheritanceStatus::review:
      return ofac ? "a blocked or possibly blocked owner holds an unknown share: may be blocked; "
                    "determine the ownership before dealing" +
                        cite
                  : "a listed or possibly covered owner holds an unknown share: determine it or "
                    "obtain a licence (Red Flag 29)" +
                        cite;
    default:
      return ofac ? "blocked persons own " + pct +
                        ", below the threshold: not blocked by "
                        "ownership; do not deal with a blocked person acting for it" +
                        cite
                  : "listed owners hold " + pct +
                        ", below the threshold: not covered; "
                        "heightened due diligence (Red Flag 29)" +
                        cite;
  }
}

void add_owners(const AnalysisState& state, OwnershipRegime regime,
                const std::vector<std::uint8_t>& flags, std::uint8_t bit, Vertex v,
                model::InheritedRestriction& r) {
  const model::AffiliatesRule& rule = state.options.rules.affiliates;
  for (Vertex root : listed_roots(state.index, flags, bit, v, r.paths_truncated)) {
    const model::OwnedEntity& e = state.index.entity(root);
    model::ListedOwner owner{e.id, e.name, *regime_listing(state, regime, e)};
    for (int footnote : owner.listing.fdp_footnotes) {
      r.fdp_footnotes.push_back(footnote);
    }
    if (!r.governing ||
        restrictiveness(rule, owner.listing) > restrictiveness(rule, r.governing->listing)) {
      r.governing = owner;
    }
    r.listed_owners.push_back(std::move(owner));
  }
  std::sort(r.fdp_footnotes.begin(), r.fdp_footnotes.end());
  r.fdp_footnotes.erase(std::unique(r.fdp_footnotes.begin(), r.fdp_footnotes.end()),
                        r.fdp_footnotes.end());
  if (regime != OwnershipRegime::bis_affiliates) {
    r.governing.reset();
    r.fdp_footnotes.clear();
  }
}

// Applies the Affiliates Rule's date window and its foreign-only scope.
// Returns false when nothing should be reported.
bool apply_affiliates_scope(const AnalysisState& state, Vertex v, model::InheritedRestriction& r) {
  bool active = state.affiliates_state == model::RuleState::active;
  if (r.status == InheritanceStatus::minority) {
    return active;
  }
  std::string would = std::string(model::status_name(r.status));
  const std::string& home = state.options.rules.affiliates.home_country;
  if (state.index.entity(v).country == home) {
    r.status = InheritanceStatus::exempt;
    r.note = "incorporated in " + util::quote(home) +
             ": the Affiliates Rule covers foreign entities only; would be " + would + " (" +
             citations(state, OwnershipRegime::bis_affiliates) + ")";
    return true;
  }
  if (!active) {
    r.status = InheritanceStatus::suspended;
    r.note = "the Affiliates Rule is " +
             std::string(model::rule_state_name(state.affiliates_state)) + " on " +
             state.options.as_of.iso() + " (" + state.affiliates_note + "); would be " + would;
  } else if (!state.affiliates_note.empty()) {
    r.note += "; " + state.affiliates_note;
  }
  return true;
}

}  // namespace

std::optional<model::InheritedRestriction> regime_result(const AnalysisState& state,
                                                         OwnershipRegime regime, Vertex v,
                                                         bool explain) {
  const std::vector<std::uint8_t>& flags = flags_of(state, regime);
  const Csr& csr = state.index.csr;
  if (flags[v] & k_seed) {
    return std::nullopt;
  }
  model::InheritedRestriction r;
  r.regime = regime;
  Shares definite = member_shares(csr, flags, k_definite, v);
  std::uint8_t bit = k_definite;
  if (flags[v] & k_definite) {
    r.status = InheritanceStatus::covered;
  } else if (flags[v] & k_possible) {
    r.status = InheritanceStatus::review;
    bit = k_possible;
  } else if (definite.known > 0) {
    r.status = InheritanceStatus::minority;
  } else {
    return std::nullopt;
  }
  r.aggregate_percent = to_percent(definite.known);
  r.percent_unknown =
      r.status == InheritanceStatus::review || member_shares(csr, flags, bit, v).unknown;
  if (explain) {
    add_owners(state, regime, flags, bit, v, r);
    r.paths =
        contributing_paths(state.index, flags, bit, v, state.options.max_paths, r.paths_truncated);
  }
  r.note = base_note(state, regime, r);
  if (regime == OwnershipRegime::bis_affiliates && !apply_affiliates_scope(state, v, r)) {
    return std::nullopt;
  }
  return r;
}

std::optional<model::InheritedRestriction> cmic_note(const AnalysisState& state, Vertex v,
                                                     bool explain) {
  if (state.cmic[v] & k_seed) {
    return std::nullopt;
  }
  Shares shares = member_shares(state.index.csr, state.cmic, k_seed, v);
  if (!shares.any) {
    return std::nullopt;
  }
  model::InheritedRestriction r;
  r.regime = OwnershipRegime::ns_cmic;
  r.status = InheritanceStatus::info;
  r.aggregate_percent = to_percent(shares.known);
  r.percent_unknown = shares.unknown;
  if (explain) {
    add_owners(state, OwnershipRegime::ns_cmic, state.cmic, k_seed, v, r);
    r.paths = contributing_paths(state.index, state.cmic, k_seed, v, state.options.max_paths,
                                 r.paths_truncated);
  }
  r.note = state.options.rules.ns_cmic.note;
  return r;
}

}  // namespace ecc::graph::internal
