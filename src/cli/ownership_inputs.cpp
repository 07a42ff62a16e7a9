// Composition of ownership data for `db import`, `owners` and `screen`: the
// store gives raw ids, import/ownership_link links them to list entries.
#include "cli/ownership_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "cli/ownership_index.hpp"
#include "import/ownership_link.hpp"
#include "rules/ownership_rules.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

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

namespace {

// Sets each entity's listings from the stored links (entities are nodes 0...).
void apply_links(const store::Store& db, const StoredLinks& links, model::OwnershipGraph& graph) {
  std::vector<std::vector<const model::ListEntry*>> pointers(graph.entities.size());
  const std::vector<model::ListEntry> entries = db.entries_by_id(links.entries);  // re-hashed
  for (std::size_t i = 0; i < links.nodes.size(); ++i) {
    if (links.nodes[i] >= pointers.size()) {
      throw DataError("database '" + db.path() + "': stored ownership links name node " +
                      std::to_string(links.nodes[i]) + " of " + std::to_string(pointers.size()));
    }
    for (std::uint64_t k = links.offsets[i]; k < links.offsets[i + 1]; ++k) {
      pointers[links.nodes[i]].push_back(&entries[k]);
    }
  }
  import::apply_links(graph, pointers);
}

// The active graph in memory, linked from the stored links when current,
// else from every entry.
std::unique_ptr<model::OwnershipGraph> linked_graph(const store::Store& db,
                                                    const std::optional<StoredLinks>& links) {
  auto graph = std::make_unique<model::OwnershipGraph>(db.active_ownership());
  if (graph->entities.empty()) {
    return graph;
  }
  if (links) {
    apply_links(db, *links, *graph);
  } else {
    import::link_ownership(*graph, db.active_entries());
  }
  return graph;
}

double lowest_threshold(const model::OwnershipRules& rules) {
  return std::min(rules.ofac.threshold_percent, rules.affiliates.threshold_percent);
}

}  // namespace

OwnershipInputs load_ownership(const store::Store& db, const std::string& rules_dir,
                               OwnershipMode mode, const model::AffiliatesAssumption& assumption) {
  OwnershipInputs in;
  std::optional<StoredLinks> links = current_ownership_links(db, db.active_lists_key());
  std::optional<store::OwnershipIndexInfo> info = db.ownership_index();
  bool indexed = links && info;
  bool any = indexed ? info->nodes > 0 : db.has_active_ownership();
  if (any) {
    in.rules = rules::load_ownership_rules(rules_dir, assumption);
  }
  if (mode == OwnershipMode::per_party && indexed && bound_holds_for(in.rules, info->threshold)) {
    in.graph = open_ownership_index(db, std::move(*links));
    in.indexed = true;
  } else {
    in.memory = any ? linked_graph(db, links) : std::make_unique<model::OwnershipGraph>();
  }
  if (mode == OwnershipMode::whole_graph) {
    in.source = std::make_unique<screen::OwnershipAnalyses>(*in.memory, in.rules);
    return in;
  }
  if (!in.graph) {
    in.graph = std::make_unique<graph::MemoryStoredGraph>(*in.memory, lowest_threshold(in.rules));
  }
  in.source = std::make_unique<screen::StoredOwnership>(*in.graph, in.rules);
  return in;
}

}  // namespace ecc::cli
