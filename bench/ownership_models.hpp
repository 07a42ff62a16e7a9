#pragma once
// Generated ownership graphs for benchmarks (docs/benchmarks.md), from a seed:
//  - random: every entity has k owners, 95 % of them older entities, 5 % any
//    entity (so one giant cross-holding component); shares split 100 % at
//    random, 10 % unknown; 1 % of entities listed. bench/ownership_bench's graph.
//  - registry: what registers look like: corporate groups (random recursive
//    trees, a few levels deep) under ultimate parents, minority co-owners
//    (mostly funds and persons), a few cross-holding cycles and sums over
//    100 %, restated shares over the years (divestments, 0 % ends, unknown
//    shares, undated and future-dated statements); listed parents and owners.

#include <cstddef>
#include <string>
#include <vector>

#include "model/ownership.hpp"

namespace ecc::bench {

// A restricted party to name a listed entity after (list code and exact name).
struct ListedName {
  std::string list_code;
  std::string name;
};

// Listed entities take the next of `names` as their name (so that db import links
// them by name) when given; otherwise they get an invented listing.
model::OwnershipGraph random_graph(std::size_t entities, std::size_t edges, unsigned seed,
                                   const std::vector<ListedName>& names = {});
// `listed_scale` multiplies how often entities are listed (tests use small
// graphs with many listed parties).
model::OwnershipGraph registry_graph(std::size_t entities, std::size_t statements, unsigned seed,
                                     const std::vector<ListedName>& names = {},
                                     double listed_scale = 1.0);

}  // namespace ecc::bench
