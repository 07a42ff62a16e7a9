// Composition of store and match for screening: the stored match index and
// the on-demand entry reads behind it. See screening_lists.hpp.
#include "cli/screening_lists.hpp"

#include <unordered_map>

#include "cli/context.hpp"
#include "cli/ownership_index.hpp"
#include "store/store.hpp"
#include "util/binary_io.hpp"
#include "util/error.hpp"

namespace ecc::cli {

namespace {

// Entries read from the database the first time the matcher names them.
class StoredEntries : public screen::EntrySource {
 public:
  StoredEntries(const store::Store& db, std::vector<long long> ids)
      : m_db(db), m_ids(std::move(ids)) {}

  const model::ListEntry& entry(size_t index) const override {
    auto it = m_loaded.find(index);
    if (it == m_loaded.end()) {
      std::vector<model::ListEntry> one = m_db.entries_by_id({m_ids.at(index)});
      it = m_loaded.emplace(index, std::make_unique<model::ListEntry>(std::move(one.at(0)))).first;
    }
    return *it->second;
  }

 private:
  const store::Store& m_db;
  std::vector<long long> m_ids;
  mutable std::unordered_map<size_t, std::unique_ptr<model::ListEntry>> m_loaded;
};

// The stored matcher when it was built for the current lists, else nullopt.
std::optional<ScreeningLists> stored_lists(const store::Store& db,
                                           const match::MatchOptions& options) {
  std::optional<store::StoredMatchIndex> stored = db.match_index();
  if (!stored || stored->lists != db.active_lists_key()) {
    return std::nullopt;
  }
  std::optional<match::Matcher> matcher;
  try {
    matcher = match::Matcher::load(
        std::move(stored->matcher), options,
        [&db](uint64_t offset, uint64_t size) { return db.read_match_entries(offset, size); });
  } catch (const DataError& e) {  // damaged: stop, never guess
    throw DataError("database '" + db.path() + "': " + e.what() +
                    "; 'exportcheck db verify' checks the database, any 'exportcheck db "
                    "import' rebuilds the index");
  }
  if (!matcher) {
    return std::nullopt;  // another format version: rebuild
  }
  if (matcher->entry_count() != stored->entry_ids.size()) {
    throw DataError("database '" + db.path() +
                    "' is corrupt: its match index and entry list disagree; re-import the lists");
  }
  ScreeningLists out;
  out.entry_count = matcher->entry_count();
  out.matcher = std::make_unique<match::Matcher>(std::move(*matcher));
  out.entries = std::make_unique<StoredEntries>(db, std::move(stored->entry_ids));
  out.stored_index = true;
  return out;
}

}  // namespace

ScreeningLists load_screening_lists(Context& ctx, const store::Store& db,
                                    const match::MatchOptions& options) {
  if (std::optional<ScreeningLists> stored = stored_lists(db, options)) {
    return std::move(*stored);
  }
  ScreeningLists out;
  auto entries = std::make_unique<screen::EntryVector>(db.active_entries());
  out.entry_count = entries->all().size();
  if (out.entry_count > 0) {
    ctx.warn("database '" + db.path() +
             "' has no current match index; building it in memory (slower). Any 'exportcheck "
             "db import' stores it again");
  }
  out.matcher = std::make_unique<match::Matcher>(entries->all(), options);
  out.entries = std::move(entries);
  return out;
}

std::string match_index_problem(const store::Store& db) {
  try {
    std::optional<store::StoredMatchIndex> stored = db.match_index();
    if (!stored) {
      return "missing (any 'exportcheck db import' builds it)";
    }
    const std::string lists = db.active_lists_key();
    if (stored->lists != lists) {
      return "built for other lists than the active ones (any 'exportcheck db import' rebuilds it)";
    }
    std::optional<match::Matcher> matcher = match::Matcher::load(
        stored->matcher, {},
        [&db](uint64_t offset, uint64_t size) { return db.read_match_entries(offset, size); });
    if (!matcher) {
      return "written by another version of exportcheck (any 'exportcheck db import' rebuilds it)";
    }
    matcher->check_entries();
    std::vector<long long> active;
    db.active_entries(&active);
    if (matcher->entry_count() != stored->entry_ids.size() || stored->entry_ids != active) {
      return "does not name exactly the active entries";
    }
    if (db.has_active_ownership()) {
      if (stored->ownership_links.empty()) {
        return "has no ownership links (any 'exportcheck db import' stores them)";
      }
      util::BinaryReader links(stored->ownership_links, "stored ownership links");  // checksum
      return ownership_index_problem(db, lists);
    }
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

void refresh_match_index(store::Store& db, const std::string& built_at,
                         std::optional<store::ActiveOwnershipScan> written) {
  const std::string lists = db.active_lists_key();
  std::optional<store::StoredMatchIndex> stored;
  bool matcher_ok = false;
  bool ownership_ok = false;
  try {
    stored = db.match_index();
    matcher_ok = stored && stored->lists == lists && match::Matcher::load(stored->matcher);
    ownership_ok = current_ownership_links(db, lists).has_value();
  } catch (const DataError&) {
    // damaged: rebuilt below
  }
  if (matcher_ok && ownership_ok) {
    return;
  }
  store::StoredMatchIndex index;
  index.lists = lists;
  const std::vector<model::ListEntry> entries = db.active_entries(&index.entry_ids);
  index.ownership_links =
      build_ownership_index(db, entries, index.entry_ids, lists, built_at, std::move(written));
  if (matcher_ok) {  // only the ownership index was missing or stale (say, a migrated database)
    db.put_ownership_links(index.ownership_links);
    return;
  }
  const match::Matcher matcher(entries);
  index.matcher = matcher.save();
  index.matcher_entries = matcher.save_entries();
  db.put_match_index(index, built_at);
}

std::vector<store::ImportOutcome> import_with_indexes(store::Store& db,
                                                      std::vector<model::ParsedDataset>&& parsed,
                                                      const std::string& built_at,
                                                      const std::function<void()>& before_commit) {
  return db.import_datasets(parsed, [&](const std::vector<store::ImportOutcome>& outcomes) {
    // The ownership data of this import, when it is the only active one, goes
    // to the index build as it is: reading a million rows back costs seconds.
    std::optional<store::ActiveOwnershipScan> written;
    for (std::size_t i = 0; i < parsed.size() && i < outcomes.size(); ++i) {
      model::OwnershipGraph& g = parsed[i].ownership;
      bool wrote = outcomes[i].action != store::ImportAction::unchanged;
      if (wrote && !written && !(g.entities.empty() && g.edges.empty())) {
        written = db.scan_written_ownership(outcomes[i].dataset.id, g);
      }
    }
    parsed = {};
    refresh_match_index(db, built_at, std::move(written));
    if (before_commit) {
      before_commit();
    }
  });
}

}  // namespace ecc::cli
