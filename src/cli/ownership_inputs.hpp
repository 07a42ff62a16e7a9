#pragma once
// Ownership data for commands: checking ownership files before an import, and
// loading the active ownership graph linked to the active list entries.

#include <memory>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/list_entry.hpp"
#include "model/ownership.hpp"
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

// Ownership inputs of `screen`: the linked graph and its per-date analyses
// (held by pointer: the analyses point into the graph).
struct ScreenOwnership {
  std::unique_ptr<model::OwnershipGraph> graph;
  std::unique_ptr<screen::OwnershipAnalyses> analyses;
};

// Loads them; the list entries (to link the graph) and the ownership rule
// files are read only when there is ownership data, so screening without it
// needs neither every entry nor a rules/ownership folder.
ScreenOwnership load_screen_ownership(const store::Store& db, const std::string& rules_dir);

}  // namespace ecc::cli
