// Composition of ownership data for `db import`, `owners` and `screen`: the
// store gives raw ids, import/ownership_link links them to list entries.
#include "cli/ownership_inputs.hpp"

#include <filesystem>

#include "import/ownership_link.hpp"
#include "rules/ownership_rules.hpp"
#include "store/store.hpp"

namespace ecc::cli {

void check_ownership_references(const std::string& db_path,
                                const std::vector<model::ParsedDataset>& parsed) {
  bool any_csv = false;
  for (const model::ParsedDataset& ds : parsed) {
    any_csv = any_csv || ds.info.format == "ownership_csv";
  }
  if (!any_csv) {
    return;
  }
  std::vector<model::ListEntry> entries;
  if (std::filesystem::exists(db_path)) {
    entries = store::Store::open(db_path, store::OpenMode::read_write).active_entries();
  }
  for (const model::ParsedDataset& ds : parsed) {
    entries.insert(entries.end(), ds.entries.begin(), ds.entries.end());
  }
  for (const model::ParsedDataset& ds : parsed) {
    if (ds.info.format == "ownership_csv") {
      import::check_party_ids(ds.ownership, entries);
    }
  }
}

model::OwnershipGraph load_linked_ownership(const store::Store& db,
                                            const std::vector<model::ListEntry>& entries) {
  model::OwnershipGraph graph = db.active_ownership();
  import::link_ownership(graph, entries);
  return graph;
}

ScreenOwnership load_screen_ownership(const store::Store& db, const std::string& rules_dir) {
  ScreenOwnership out;
  out.graph = std::make_unique<model::OwnershipGraph>(db.active_ownership());
  bool empty = out.graph->entities.empty() && out.graph->edges.empty();
  model::OwnershipRules rules;
  if (!empty) {
    import::link_ownership(*out.graph, db.active_entries());
    rules = rules::load_ownership_rules(rules_dir);
  }
  out.analyses = std::make_unique<screen::OwnershipAnalyses>(*out.graph, std::move(rules));
  return out;
}

}  // namespace ecc::cli
