#pragma once
// Small builders for ownership-graph tests: entities with listings, edges with
// optional shares and dates, and the shipped rule files as options.

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "graph/ownership_analysis.hpp"
#include "model/ownership.hpp"
#include "rules/ownership_rules.hpp"
#include "util/date.hpp"

namespace ecc::test {

inline util::Date day(const char* iso) {
  return *util::parse_iso_date(iso);
}

struct GraphBuilder {
  model::OwnershipGraph graph;

  GraphBuilder& entity(const std::string& id, const std::string& country = "CN",
                       const std::string& list_code = "", const std::string& policy = "",
                       std::vector<int> footnotes = {}) {
    model::OwnedEntity e;
    e.id = id;
    e.name = id + " Co.";
    e.country = country;
    if (!list_code.empty()) {
      model::EntityListing l;
      l.list_code = list_code;
      l.entry_key = list_code + ":" + id;
      l.license_policy = policy;
      l.license_requirement = "For all items subject to the EAR";
      l.fdp_footnotes = std::move(footnotes);
      e.listings.push_back(l);
    }
    graph.entities.push_back(e);
    return *this;
  }

  GraphBuilder& edge(const std::string& owner, const std::string& owned,
                     std::optional<double> percent, const char* as_of = "2020-01-01",
                     model::OwnershipKind kind = model::OwnershipKind::equity) {
    model::OwnershipEdge e;
    e.owner = owner;
    e.owned = owned;
    e.percent = percent;
    e.kind = kind;
    if (as_of != nullptr) {
      e.as_of = day(as_of);
    }
    e.source = "test";
    e.location = "test:" + std::to_string(graph.edges.size() + 1);
    graph.edges.push_back(e);
    return *this;
  }
};

inline graph::AnalysisOptions options(const char* as_of = "2025-10-15") {
  graph::AnalysisOptions o;
  o.as_of = day(as_of);
  o.rules = rules::load_ownership_rules(std::string(ECC_SOURCE_DIR) + "/rules");
  return o;
}

// The result of `regime` for entity `id`, if any.
inline std::optional<model::InheritedRestriction> result_of(const graph::OwnershipAnalysis& a,
                                                            const std::string& id,
                                                            model::OwnershipRegime regime) {
  auto index = a.find(id);
  REQUIRE(index.has_value());
  for (model::InheritedRestriction& r : a.restrictions(*index)) {
    if (r.regime == regime) {
      return r;
    }
  }
  return std::nullopt;
}

inline bool has_diagnostic(const graph::OwnershipAnalysis& a, model::DiagnosticKind kind) {
  const auto& d = a.diagnostics();
  return std::any_of(d.begin(), d.end(), [kind](const auto& x) { return x.kind == kind; });
}

}  // namespace ecc::test
