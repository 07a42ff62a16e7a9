#pragma once
// Ownership data for commands: checking ownership files before an import, and
// loading the active ownership graph linked to the active list entries.

#include <memory>
#include <string>
#include <vector>

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

// The active ownership graph of `db`, each entity linked to the `entries` it is.
model::OwnershipGraph load_linked_ownership(const store::Store& db,
                                            const std::vector<model::ListEntry>& entries);

// The links of `graph`'s entities to list entries (import::resolve_links over
// `entries`, whose entries.id are `entry_ids`), as bytes for the match index
// row (docs/database.md); empty when the graph is empty.
std::string stored_links(const model::OwnershipGraph& graph,
                         const std::vector<model::ListEntry>& entries,
                         const std::vector<long long>& entry_ids);

// Ownership inputs of `screen`: the linked graph and its per-date analyses
// (held by pointer: the analyses point into the graph).
struct ScreenOwnership {
  std::unique_ptr<model::OwnershipGraph> graph;
  std::unique_ptr<screen::OwnershipAnalyses> analyses;
};

// Loads them; the ownership rule files are read only when there is ownership
// data, so screening without it needs no rules/ownership folder. The links
// to list entries come from the match index row when `db import` stored them
// for the current lists (then only the linked entries are read, each
// re-hashed); otherwise every entry is read and linked.
// The Affiliates Rule's assumed window follows `assumption` (run_settings.hpp).
ScreenOwnership load_screen_ownership(const store::Store& db, const std::string& rules_dir,
                                      const model::AffiliatesAssumption& assumption);

}  // namespace ecc::cli
