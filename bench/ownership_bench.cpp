// Ownership-graph benchmark: generates N entities and E ownership edges (1 %
// listed on SDN, Entity List, MEU or NS-CMIC) and computes, for every entity,
// its inherited restrictions and its ultimate parent. Prints the time of each
// phase; run under /usr/bin/time -v for peak memory (docs/ownership.md).
// Usage: ownership_bench [ENTITIES [EDGES [SEED [status|explained]]]]
// `status` (default): every entity's restrictions with status, aggregate and
// note, and its ultimate parent with HQ (what screening and bulk runs need);
// `explained` also builds listed owners and paths for every entity.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "graph/ownership_analysis.hpp"
#include "model/ownership.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

ecc::model::OwnedEntity make_entity(std::size_t i, std::mt19937_64& rng) {
  static const char* k_lists[] = {"sdn", "entity_list", "meu", "ns_cmic"};
  static const char* k_countries[] = {"CN", "HK", "SG", "US", "KY", "MY", "AE", "RU"};
  ecc::model::OwnedEntity e;
  e.id = "E" + std::to_string(i);
  e.name = "Entity " + std::to_string(i);
  e.country = k_countries[rng() % 8];
  if (rng() % 100 == 0) {
    ecc::model::EntityListing l;
    l.list_code = k_lists[rng() % 4];
    l.programs = {"NPWMD"};
    l.license_policy = "Presumption of denial";
    e.listings.push_back(l);
  }
  return e;
}

// Edges into entity `v`: `k` owners, mostly older entities (a hierarchy with
// some cross-holdings); shares split 100 % at random, 10 % of them unknown.
void add_owners(std::size_t v, std::size_t n, int k, std::mt19937_64& rng,
                ecc::model::OwnershipGraph& g) {
  int left = 100;
  for (int j = 0; j < k; ++j) {
    std::size_t owner = (v > 0 && rng() % 100 < 95) ? rng() % v : rng() % n;
    if (owner == v) {
      owner = (v + 1) % n;
    }
    int share = left > 0 ? 1 + static_cast<int>(rng() % static_cast<unsigned>(left)) : 0;
    left -= share;
    ecc::model::OwnershipEdge e;
    e.owner = "E" + std::to_string(owner);
    e.owned = "E" + std::to_string(v);
    if (rng() % 10 != 0) {
      e.percent = share;
    }
    e.as_of = ecc::util::Date{2024, 1 + static_cast<int>(rng() % 12), 1};
    g.edges.push_back(std::move(e));
  }
}

ecc::model::OwnershipGraph generate(std::size_t n, std::size_t edges, unsigned seed) {
  std::mt19937_64 rng(seed);
  ecc::model::OwnershipGraph g;
  g.entities.reserve(n);
  g.edges.reserve(edges);
  for (std::size_t i = 0; i < n; ++i) {
    g.entities.push_back(make_entity(i, rng));
  }
  for (std::size_t v = 0; v < n && g.edges.size() < edges; ++v) {
    std::size_t remaining = edges - g.edges.size();
    int k = static_cast<int>(std::min<std::size_t>(remaining, (edges / n) + (v < edges % n)));
    add_owners(v, n, k, rng, g);
  }
  return g;
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
  ecc::model::OwnershipGraph g = generate(n, edges, seed);
  double t_gen = seconds_since(t0);

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
  std::printf("mode %s\n", explained ? "explained" : "status");
  std::printf("results: covered %zu review %zu other %zu paths %zu with-parent %zu hq-known %zu\n",
              covered, review, other, paths, parent_hops, hq_known);
  std::printf(
      "time: generate %.2f s, build+fixpoints %.2f s, all entities %.2f s, analysis %.2f s\n",
      t_gen, t_build, t_query, t_build + t_query);
  return 0;
}
