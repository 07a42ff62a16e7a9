// Migrations are a list of SQL scripts; step N takes user_version N to N+1.
// Add a step at the end, never edit an old one (docs/database.md).
#include "store/schema.hpp"

#include <array>
#include <string>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

namespace ecc::store {

namespace {

constexpr std::array<const char*, k_schema_version> k_migrations = {
    // 0 -> 1: lists and provenance.
    R"sql(
CREATE TABLE datasets (
  id              INTEGER PRIMARY KEY,
  source_key      TEXT NOT NULL,     -- what a newer import replaces: csl, ofac_sdn, internal:NAME
  format          TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  rows            INTEGER NOT NULL,
  data_date       TEXT NOT NULL,
  data_date_basis TEXT NOT NULL,
  imported_at     TEXT NOT NULL,
  superseded_by   INTEGER REFERENCES datasets(id)
);
CREATE INDEX datasets_by_source ON datasets(source_key, superseded_by);
CREATE TABLE entries (
  id                  INTEGER PRIMARY KEY,
  dataset_id          INTEGER NOT NULL REFERENCES datasets(id),
  list_code           TEXT NOT NULL,
  source_name         TEXT NOT NULL,
  entry_key           TEXT NOT NULL,
  entity_number       TEXT NOT NULL,
  entry_type          TEXT NOT NULL,
  name                TEXT NOT NULL,
  programs            TEXT NOT NULL,  -- "; "-joined
  fr_citations        TEXT NOT NULL,  -- "; "-joined
  start_date          TEXT NOT NULL,
  end_date            TEXT NOT NULL,
  license_requirement TEXT NOT NULL,
  license_policy      TEXT NOT NULL,
  remarks             TEXT NOT NULL,
  source_url          TEXT NOT NULL,
  content_hash        TEXT NOT NULL,
  UNIQUE (dataset_id, list_code, entry_key)
);
CREATE TABLE aliases (
  entry_id   INTEGER NOT NULL REFERENCES entries(id),
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  alias_type TEXT NOT NULL
);
CREATE INDEX aliases_by_entry ON aliases(entry_id);
CREATE TABLE addresses (
  entry_id    INTEGER NOT NULL REFERENCES entries(id),
  position    INTEGER NOT NULL,
  address     TEXT NOT NULL,
  city        TEXT NOT NULL,
  state       TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  country     TEXT NOT NULL
);
CREATE INDEX addresses_by_entry ON addresses(entry_id);
CREATE TABLE identifiers (
  entry_id        INTEGER NOT NULL REFERENCES entries(id),
  position        INTEGER NOT NULL,
  id_type         TEXT NOT NULL,
  number          TEXT NOT NULL,
  country         TEXT NOT NULL,
  issue_date      TEXT NOT NULL,
  expiration_date TEXT NOT NULL
);
CREATE INDEX identifiers_by_entry ON identifiers(entry_id);
)sql",
    // 1 -> 2: ownership graphs (issue 5), each tied to a datasets row for provenance.
    R"sql(
CREATE TABLE ownership_entities (
  id          INTEGER PRIMARY KEY,
  dataset_id  INTEGER NOT NULL REFERENCES datasets(id),
  entity_id   TEXT NOT NULL,      -- as the file gives it: LEI, list entry key, FtM id or name
  name        TEXT NOT NULL,
  country     TEXT NOT NULL,      -- ISO-2 of incorporation, '' = unknown
  hq_country  TEXT NOT NULL,      -- ISO-2 of the headquarters, '' = unknown
  UNIQUE (dataset_id, entity_id)
);
CREATE TABLE ownership_identifiers (
  entity_row  INTEGER NOT NULL REFERENCES ownership_entities(id),
  position    INTEGER NOT NULL,
  id_type     TEXT NOT NULL,
  number      TEXT NOT NULL,
  country     TEXT NOT NULL
);
CREATE INDEX ownership_identifiers_by_entity ON ownership_identifiers(entity_row);
CREATE TABLE ownership_edges (
  id          INTEGER PRIMARY KEY,
  dataset_id  INTEGER NOT NULL REFERENCES datasets(id),
  owner       TEXT NOT NULL,      -- ownership_entities.entity_id
  owned       TEXT NOT NULL,
  percent     REAL,               -- 0..100; NULL = owned or consolidated, share unknown
  kind        TEXT NOT NULL,      -- equity, direct_consolidation, ultimate_consolidation
  as_of       TEXT,               -- YYYY-MM-DD; NULL = undated
  source      TEXT NOT NULL,
  location    TEXT NOT NULL       -- FILE:LINE or FILE: record N
);
CREATE INDEX ownership_edges_by_dataset ON ownership_edges(dataset_id);
CREATE INDEX ownership_entities_by_dataset ON ownership_entities(dataset_id);
)sql",
    // 2 -> 3: the name matcher's index over the active entries, built at
    // import time so that screening need not load every entry (docs/database.md).
    R"sql(
CREATE TABLE match_index (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  lists      TEXT NOT NULL,  -- the active datasets it was built from: "id:sha256 ..."
  entry_ids  BLOB NOT NULL,  -- entries.id of the matcher's entry 0, 1, ... (checksummed)
  matcher    BLOB NOT NULL,  -- match::Matcher::save() (checksummed)
  built_at   TEXT NOT NULL
);
)sql",
    // 3 -> 4: the ownership graph's links to list entries, computed with the
    // match index so that screening need not read every entry to link them.
    R"sql(
ALTER TABLE match_index ADD COLUMN ownership_links BLOB;  -- NULL: no ownership data
)sql",
    // 4 -> 5: the matcher's entry details apart from its index, read per
    // explained entry (match::Matcher::save_entries).
    R"sql(
ALTER TABLE match_index ADD COLUMN matcher_entries BLOB;
)sql",
    // 5 -> 6: where `db update` downloaded each file of a dataset (issue 15):
    // provenance, and the validators of the next conditional request.
    R"sql(
CREATE TABLE dataset_files (
  dataset_id    INTEGER NOT NULL REFERENCES datasets(id),
  position      INTEGER NOT NULL,  -- 0 = the primary file
  name          TEXT NOT NULL,     -- as published: SDN.CSV, consolidated.csv
  url           TEXT NOT NULL,     -- where this import read it (publisher, mirror URL or path)
  origin_url    TEXT NOT NULL,     -- the publisher's URL ('' = unknown)
  fetched_at    TEXT NOT NULL,     -- when it was downloaded from origin_url ('' = unknown)
  last_modified TEXT NOT NULL,     -- HTTP Last-Modified, verbatim ('' = not sent)
  etag          TEXT NOT NULL,     -- HTTP ETag, verbatim ('' = not sent)
  sha256        TEXT NOT NULL,
  bytes         INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, position)
);
)sql",
};

// PRAGMA user_version is a signed 32-bit number; anything outside 0..current
// is refused by check_version before it can index k_migrations.
int user_version(Database& db) {
  Statement s = db.prepare("PRAGMA user_version");
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

bool has_tables(Database& db) {
  Statement s = db.prepare("SELECT count(*) FROM sqlite_master");
  return s.step() && s.integer(0) > 0;
}

void check_version(Database& db, int version) {
  if (version < 0) {
    throw DataError("database '" + db.path() + "' has the invalid schema version " +
                    std::to_string(version) + " (expected 0 to " +
                    std::to_string(k_schema_version) +
                    "): not an exportcheck database, or a damaged one");
  }
  if (version > k_schema_version) {
    throw DataError("database '" + db.path() + "' has schema version " + std::to_string(version) +
                    ", newer than this exportcheck supports (" + std::to_string(k_schema_version) +
                    "); upgrade exportcheck");
  }
}

}  // namespace

void migrate(Database& db) {
  int version = user_version(db);
  check_version(db, version);
  if (version == 0 && has_tables(db)) {
    throw DataError("'" + db.path() + "' is an SQLite database but not an exportcheck database");
  }
  for (int v = version; v < k_schema_version; ++v) {
    Transaction tx(db);
    db.exec(k_migrations[static_cast<size_t>(v)]);
    db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    tx.commit();
  }
}

void check_schema(Database& db) {
  int version = user_version(db);
  check_version(db, version);
  if (version == 0) {
    throw DataError("'" + db.path() +
                    "' is not an exportcheck database (no schema); create one with " +
                    "'exportcheck db import FILE'");
  }
  if (version < k_schema_version) {
    throw DataError("database '" + db.path() + "' has the older schema version " +
                    std::to_string(version) + "; run any 'exportcheck db import' to upgrade it");
  }
}

}  // namespace ecc::store
