// Ownership-graph benchmark: generates N entities and E ownership edges (1 %
// listed on SDN, Entity List, MEU or NS-CMIC) and computes, for every entity,
// its inherited restrictions and its ultimate parent. Prints the time of each
// phase; run under /usr/bin/time -v for peak memory (docs/ownership.md).
// Usage: ownership_bench [ENTITIES [EDGES [SEED [status|explained [random|registry
// [ids|interned]]]]]] `status` (default): every entity's restrictions with status, aggregate and
// note, and its ultimate parent with HQ (what screening and bulk runs need);
// `explained` also builds listed owners and paths for every entity. The graph
// is the random model of ownership_models.hpp unless `registry` is given.
// `ids` (default): the statements name their parties by id, as a graph read
// from the database does, and the analysis looks every id up; `interned`:
// the graph also carries each statement's parties as entity positions
// (OwnershipGraph::ends), as the ownership CSV reader gives it (interning
// is then the reader's work, done here before the clock starts).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "graph/ownership_analysis.hpp"
#include "model/ownership.hpp"
#include "ownership_models.hpp"
#include "util/id_table.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1'000'000;
  std::size_t edges = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 3'000'000;
  unsigned seed = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)) : 42;
  bool explained = argc > 4 && std::string(argv[4]) == "explained";
  auto detail = explained ? ecc::graph::OwnershipAnalysis::Detail::explained
                          : ecc::graph::OwnershipAnalysis::Detail::status;
  auto t0 = Clock::now();
  bool registry = argc > 5 && std::string(argv[5]) == "registry";
  ecc::model::OwnershipGraph g = registry ? ecc::bench::registry_graph(n, edges, seed)
                                          : ecc::bench::random_graph(n, edges, seed);
  double t_gen = seconds_since(t0);
  bool interned = argc > 6 && std::string(argv[6]) == "interned";
  if (interned) {
    ecc::util::IdTable ids;
    ids.reserve(g.entities.size());
    for (const ecc::model::OwnedEntity& e : g.entities) {
      ids.insert(e.id);
    }
    for (const ecc::model::OwnershipEdge& e : g.edges) {
      g.ends.push_back({ids.find(e.owner).value_or(ecc::model::k_by_id),
                        ids.find(e.owned).value_or(ecc::model::k_by_id)});
    }
  }

  ecc::graph::AnalysisOptions options;
  options.as_of = ecc::util::Date{2026, 11, 20};
  options.rules.ofac = {50, {"sdn"}, {"OFAC FAQ 401"}};
  options.rules.affiliates.list_codes = {"entity_list", "meu"};
  options.rules.affiliates.sdn_programs = {"NPWMD"};
  ecc::model::RuleWindow window;
  window.from = ecc::util::Date{2025, 9, 29};
  window.citation = "90 FR 47201";
  options.rules.affiliates.windows = {window};
  options.rules.ns_cmic.list_codes = {"ns_cmic"};
  auto t1 = Clock::now();
  ecc::graph::OwnershipAnalysis analysis(g, options);
  double t_build = seconds_since(t1);

  auto t2 = Clock::now();
  std::size_t covered = 0, review = 0, other = 0, paths = 0, parent_hops = 0, hq_known = 0;
  for (std::size_t i = 0; i < analysis.size(); ++i) {
    for (const ecc::model::InheritedRestriction& r : analysis.restrictions(i, detail)) {
      covered += r.status == ecc::model::InheritanceStatus::covered;
      review += r.status == ecc::model::InheritanceStatus::review;
      other += r.status != ecc::model::InheritanceStatus::covered &&
               r.status != ecc::model::InheritanceStatus::review;
      paths += r.paths.size();
    }
    ecc::model::UltimateParent parent = analysis.ultimate_parent(i, explained);
    parent_hops += parent.entity_id != analysis.entity(i).id;
    hq_known += !parent.hq_country.empty();
  }
  double t_query = seconds_since(t2);
  std::printf("entities %zu edges %zu diagnostics %zu\n", analysis.size(), g.edges.size(),
              analysis.diagnostics().size());
  std::printf("mode %s, parties %s\n", explained ? "explained" : "status",
              interned ? "interned" : "by id");
  std::printf("results: covered %zu review %zu other %zu paths %zu with-parent %zu hq-known %zu\n",
              covered, review, other, paths, parent_hops, hq_known);
  std::printf(
      "time: generate %.2f s, build+fixpoints %.2f s, all entities %.2f s, analysis %.2f s\n",
      t_gen, t_build, t_query, t_build + t_query);
  return 0;
}
