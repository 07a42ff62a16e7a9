// Composition of ownership data for `db import`, `owners` and `screen`: the
// store gives raw ids, import/ownership_link links them to list entries.
#include "cli/ownership_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "import/ownership_link.hpp"
#include "rules/ownership_rules.hpp"
#include "store/store.hpp"
#include "util/binary_io.hpp"

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

std::string stored_links(const model::OwnershipGraph& graph,
                         const std::vector<model::ListEntry>& entries,
                         const std::vector<long long>& entry_ids) {
  if (graph.entities.empty()) {
    return {};
  }
  std::vector<std::string> ids;
  std::vector<uint64_t> offsets{0};
  std::vector<long long> linked;
  std::vector<std::vector<std::size_t>> links = import::resolve_links(graph, entries);
  for (std::size_t i = 0; i < graph.entities.size(); ++i) {
    ids.push_back(graph.entities[i].id);
    for (std::size_t e : links[i]) {
      linked.push_back(entry_ids.at(e));
    }
    offsets.push_back(linked.size());
  }
  util::BinaryWriter out;
  out.put_strings(ids);
  out.put_array(offsets);
  out.put_array(linked);
  return out.finish();
}

namespace {

// Applies stored links to `graph`; false when none are stored for the current
// lists or they name other entities (then the caller links from every entry).
bool apply_stored_links(const store::Store& db, model::OwnershipGraph& graph) {
  std::optional<std::string> bytes = db.stored_ownership_links(db.active_lists_key());
  if (!bytes || bytes->empty()) {
    return false;
  }
  util::BinaryReader in(*bytes, "database '" + db.path() + "': stored ownership links");
  const std::vector<std::string> ids = in.get_strings();
  const std::vector<uint64_t> offsets = in.get_array<uint64_t>();
  const std::vector<long long> linked = in.get_array<long long>();
  if (ids.size() != graph.entities.size() || offsets.size() != ids.size() + 1 ||
      offsets.back() != linked.size() || !std::is_sorted(offsets.begin(), offsets.end())) {
    return false;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] != graph.entities[i].id) {
      return false;
    }
  }
  std::vector<long long> unique = linked;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  const std::vector<model::ListEntry> entries = db.entries_by_id(unique);  // re-hashed
  std::vector<std::vector<const model::ListEntry*>> links(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    for (uint64_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const auto at = std::lower_bound(unique.begin(), unique.end(), linked[k]) - unique.begin();
      links[i].push_back(&entries[static_cast<std::size_t>(at)]);
    }
  }
  import::apply_links(graph, links);
  return true;
}

}  // namespace

ScreenOwnership load_screen_ownership(const store::Store& db, const std::string& rules_dir,
                                      const model::AffiliatesAssumption& assumption) {
  ScreenOwnership out;
  out.graph = std::make_unique<model::OwnershipGraph>(db.active_ownership());
  bool empty = out.graph->entities.empty() && out.graph->edges.empty();
  model::OwnershipRules rules;
  if (!empty) {
    if (!apply_stored_links(db, *out.graph)) {
      import::link_ownership(*out.graph, db.active_entries());
    }
    rules = rules::load_ownership_rules(rules_dir, assumption);
  }
  out.analyses = std::make_unique<screen::OwnershipAnalyses>(*out.graph, std::move(rules));
  return out;
}

}  // namespace ecc::cli
