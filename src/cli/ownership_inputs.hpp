#pragma once
// Ownership data for commands: checking ownership files before an import, and
// the ownership data as screening, `owners` and audit read it.

#include <memory>
#include <string>
#include <vector>

#include "graph/stored_graph.hpp"
#include "model/dataset.hpp"
#include "model/list_entry.hpp"
#include "model/ownership.hpp"
#include "model/ownership_rules.hpp"
#include "screen/ownership.hpp"

namespace ecc::store {
class Store;
}

namespace ecc::cli {

// Before `db import` writes anything: every id-like owner/owned reference of an
// ownership CSV in `parsed` must be the key of an entry of the database at
// `db_path` (when it exists) or of a list in `parsed`. Throws DataError FILE:LINE.
void check_ownership_references(const std::string& db_path,
                                const std::vector<model::ParsedDataset>& parsed);

// How a command asks the ownership data: a party at a time (screen, owners,
// audit --changed-since: only the parties' ancestry is read), or about every
// customer of a file (audit: the whole graph analysed once in memory).
enum class OwnershipMode { per_party, whole_graph };

// Ownership inputs of `screen`, `owners` and `audit`. per_party reads the
// ownership index when db import stored it for the current lists and the
// rules' thresholds allow its bound; otherwise (an older database, links
// missing) the same per-party analysis runs over the graph loaded into
// memory, linked from the stored links or from every entry. The ownership
// rule files are read only when there is ownership data.
struct OwnershipInputs {
  model::OwnershipRules rules;
  std::unique_ptr<model::OwnershipGraph> memory;  // loaded graph (fallback, whole_graph)
  std::unique_ptr<graph::StoredGraph> graph;      // per_party
  std::unique_ptr<screen::OwnershipSource> source;
  bool indexed = false;  // per_party from the ownership index
  bool empty() const { return !source || source->empty(); }
};
// The Affiliates Rule's assumed window follows `assumption` (run_settings.hpp).
OwnershipInputs load_ownership(const store::Store& db, const std::string& rules_dir,
                               OwnershipMode mode, const model::AffiliatesAssumption& assumption);

}  // namespace ecc::cli
