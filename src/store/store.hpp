#pragma once
// The SQLite database behind exportcheck: list entries with their aliases,
// addresses and identifiers, and the provenance of every imported file.
// docs/database.md documents the schema. Old imports are kept (superseded)
// so that `db diff` can say what a list update changed.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/list_entry.hpp"
#include "model/ownership.hpp"

namespace ecc::store {

class Database;

enum class OpenMode { read_only, read_write };

// The schema version this build writes and reads (PRAGMA user_version).
constexpr int k_schema_version = 7;

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
  // `before_commit` runs inside the transaction (tests use it to kill the
  // process mid-import).
  std::vector<ImportOutcome> import_datasets(const std::vector<model::ParsedDataset>& datasets,
                                             const std::function<void()>& before_commit = {});

  // Datasets, newest first; superseded ones only when asked for.
  std::vector<model::DatasetInfo> datasets(bool include_superseded = false) const;
  // Per-list summary of the active datasets, ordered by list code then dataset.
  std::vector<ListStatus> list_status() const;
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
