#pragma once
// The SQLite database behind exportcheck: list entries with their aliases,
// addresses and identifiers, and the provenance of every imported file.
// docs/database.md documents the schema. Old imports are kept (superseded)
// so that `db diff` can say what a list update changed.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "model/list_entry.hpp"
#include "model/ownership.hpp"

namespace ecc::store {

class Database;

// read_only: one read snapshot of a current database. read_write: creates
// the file and migrates an older schema (committed). upgraded_view: reads a
// database of this or an older schema as migrated, without changing the file
// (the migrations run in a transaction that is rolled back when the Store
// closes); for a command that must look before it decides to write.
enum class OpenMode { read_only, read_write, upgraded_view };

// The schema version this build writes and reads (PRAGMA user_version).
constexpr int k_schema_version = 8;

// reread: the same file again, whose names an older name reader read.
enum class ImportAction { added, replaced, unchanged, reread };

struct ImportOutcome {
  model::DatasetInfo dataset;  // the stored dataset (the existing one when unchanged)
  ImportAction action = ImportAction::added;
  long long replaced_id = 0;  // the dataset it superseded, when replaced
};

// One list within one active dataset, for `db status`.
struct ListStatus {
  model::DatasetInfo dataset;
  std::string list_code;
  std::string source_name;
  long long entries = 0;
  std::string data_date;  // latest start_date of this list's entries, else the dataset's data date
};

// A stored entry whose rows no longer give the content hash recorded at import.
struct HashMismatch {
  long long entry_id = 0;
  long long dataset_id = 0;
  std::string list_code;
  std::string entry_key;
  std::string name;
  std::string recorded;  // content_hash column
  std::string computed;  // model::content_hash of the entry as loaded now
};

// The name matcher's index as stored by `db import` (match_index table).
struct StoredMatchIndex {
  std::string lists;                 // active_lists_key() when it was built
  std::vector<long long> entry_ids;  // entries.id of matcher entry 0, 1, ...
  std::string matcher;               // match::Matcher::save() bytes
  std::string matcher_entries;       // match::Matcher::save_entries(); written, not read back
  std::string ownership_links;       // the ownership graph's links to entries (cli encodes them)
};

// The ownership index (schema 7, docs/database.md): one row of it.
struct OwnershipIndexInfo {
  std::string lists;  // active_lists_key() when it was built
  long long format = 0;
  double threshold = 0;
  long long nodes = 0;
  long long entities = 0;  // nodes below are entities, the others placeholders
};

// One node of the ownership index (ownership_nodes); `refs` is encoded by cli.
struct OwnershipNodeRow {
  long long node = 0;
  std::string entity_id, name, name_key, country, hq_country;
  bool placeholder = false;
  bool may_inherit = false;
  long long first_day = 0;
  std::optional<long long> cycle_group;
  std::string refs;
};

// The active ownership graph as db import needs it to build the ownership
// index: merged entities (as active_ownership()), the ids only statements
// name (sorted: nodes entities.size()...), and every statement without its
// source and location, its parties as node numbers.
struct ActiveOwnershipScan {
  struct Statement {
    long long id = 0;  // ownership_edges.id: statement order
    std::uint32_t owner = 0;
    std::uint32_t owned = 0;
    std::optional<double> percent;
    std::optional<util::Date> as_of;
  };
  std::vector<model::OwnedEntity> entities;
  std::vector<std::string> placeholders;
  std::vector<Statement> statements;
};

class Store {
 public:
  // Opens the database. read_write creates it (and migrates an older schema);
  // read_only requires an existing exportcheck database. Throws DataError.
  static Store open(const std::string& path, OpenMode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Stores all datasets in ONE transaction: either every file lands or none.
  // A dataset whose source already has an active import with the same SHA-256
  // is left alone (unchanged); otherwise it supersedes the active one, and
  // its `files` (download provenance) are stored with it.
  // `before_commit` runs inside the transaction, after every dataset is
  // written (derived indexes are built there; tests kill the process there);
  // `datasets` is not read after it, so it may release them.
  std::vector<ImportOutcome> import_datasets(
      const std::vector<model::ParsedDataset>& datasets,
      const std::function<void(const std::vector<ImportOutcome>&)>& before_commit = {});

  // Datasets, newest first; superseded ones only when asked for.
  std::vector<model::DatasetInfo> datasets(bool include_superseded = false) const;
  // Per-list summary of the active datasets, ordered by list code then dataset.
  std::vector<ListStatus> list_status() const;
  // The (dataset id, list code) pairs of all stored entries, in that order:
  // which lists each dataset holds, read from the entries' unique index
  // (list_status() also counts and dates every row).
  std::vector<std::pair<long long, std::string>> dataset_list_codes() const;
  // All entries of the active datasets, in a stable order (by entries.id,
  // which go to `ids` when given).
  std::vector<model::ListEntry> active_entries(std::vector<long long>* ids = nullptr) const;
  // The entries with these entries.id values, in that order. Each is re-hashed
  // against its recorded content hash: DataError when one is missing or differs.
  std::vector<model::ListEntry> entries_by_id(const std::vector<long long>& ids) const;
  // The active entries whose entry_key is one of `keys`.
  std::vector<model::ListEntry> active_entries_with_keys(
      const std::vector<std::string>& keys) const;

  // Names the set of active list datasets ("id:sha256 ..."): a stored match
  // index is current when it was built for the same key.
  std::string active_lists_key() const;
  // The stored match index, if any (current or not: compare `lists`).
  std::optional<StoredMatchIndex> match_index() const;
  // `size` bytes of its matcher_entries from `offset`; DataError when shorter.
  std::string read_match_entries(uint64_t offset, uint64_t size) const;
  // Only its ownership links, when it was built for `lists` (nullopt otherwise).
  std::optional<std::string> stored_ownership_links(const std::string& lists) const;
  // Replaces the stored match index (inside import_datasets' before_commit,
  // so that lists and index change in one transaction).
  void put_match_index(const StoredMatchIndex& index, const std::string& built_at);
  // Replaces only its ownership links (the matcher is current).
  void put_ownership_links(const std::string& links);
  // All entries of one dataset (active or superseded); DataError when unknown.
  std::vector<model::ListEntry> dataset_entries(long long dataset_id) const;
  // One dataset by id; DataError when unknown.
  model::DatasetInfo dataset(long long dataset_id) const;
  // Where `db update` downloaded the files of a dataset, primary first
  // (empty for a dataset from `db import`).
  std::vector<model::FileProvenance> dataset_files(long long dataset_id) const;
  // The ownership graph of the active ownership datasets, oldest dataset first:
  // one entity per id (a later dataset only fills fields left empty) and every
  // edge. Listings are not stored; link them with import::link_ownership.
  model::OwnershipGraph active_ownership() const;
  // True when an active dataset holds ownership entities or statements.
  bool has_active_ownership() const;
  // The active ownership data, compact, for building the ownership index.
  ActiveOwnershipScan scan_active_ownership() const;
  // The same scan made from `graph` as just written (in this transaction) as
  // dataset `dataset_id`, without reading the rows back: nullopt (and `graph`
  // untouched) unless that dataset is the only active ownership dataset and
  // its rows are `graph`'s, in order. Takes `graph`'s data.
  std::optional<ActiveOwnershipScan> scan_written_ownership(long long dataset_id,
                                                            model::OwnershipGraph& graph) const;
  // The ownership index's row, if it was ever built (current or not: compare `lists`).
  std::optional<OwnershipIndexInfo> ownership_index() const;
  // Replaces the ownership index (inside import_datasets' before_commit):
  // `next` fills one node after the other and returns false after the last;
  // `leis` are (LEI, node) pairs.
  void put_ownership_index(const OwnershipIndexInfo& info, const std::string& built_at,
                           const std::function<bool(OwnershipNodeRow&)>& next,
                           const std::vector<std::pair<std::string, long long>>& leis);
  // One node; nullopt when there is no such node.
  std::optional<OwnershipNodeRow> ownership_node(long long node) const;
  // Nodes by entity id, by folded name, by LEI identifier, by cycle group; ascending.
  std::optional<long long> ownership_node_by_id(const std::string& entity_id) const;
  std::vector<long long> ownership_nodes_by_name(const std::string& name_key) const;
  std::vector<long long> ownership_nodes_by_lei(const std::string& lei) const;
  std::vector<long long> ownership_cycle_members(long long group) const;
  // Every node with entity id, name and placeholder flag and first day, in
  // node order (for `owners` suggestions when nothing matched).
  void each_ownership_node(
      const std::function<void(long long, const std::string&, const std::string&, bool, long long)>&
          visit) const;
  // The statements with these ownership_edges.id values, in that order;
  // DataError when one is missing.
  std::vector<model::OwnershipEdge> ownership_edges_by_id(const std::vector<long long>& ids) const;
  // entries.id of the active entries with this list code (empty: any) and key.
  std::vector<long long> active_entry_ids(const std::string& list_code,
                                          const std::string& entry_key) const;
  // Runs SQLite's integrity check; returns its complaints (empty = ok).
  std::vector<std::string> integrity_problems() const;
  // Re-hashes every stored entry (all datasets) against its recorded
  // content_hash; returns the entries that differ (empty = ok). See verify.cpp.
  std::vector<HashMismatch> content_hash_mismatches() const;

  const std::string& path() const;

 private:
  explicit Store(std::unique_ptr<Database> db);
  std::vector<model::ListEntry> load_entries(const std::string& where, long long arg,
                                             std::vector<long long>* ids = nullptr) const;
  std::unique_ptr<Database> m_db;
};

}  // namespace ecc::store
