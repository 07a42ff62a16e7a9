// Store: opening, importing (one transaction, supersede-by-source), and the
// read queries behind db status / diff and screening.
#include "store/store.hpp"

#include <filesystem>
#include <map>

#include "model/list_entry.hpp"
#include "store/ownership_store.hpp"
#include "store/provenance_store.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::store {

namespace {

constexpr const char* k_dataset_columns =
    "id, source_key, format, file_name, sha256, rows, data_date, data_date_basis, imported_at, "
    "coalesce(superseded_by, 0), name_reader";

model::DatasetInfo read_dataset(const Statement& s) {
  model::DatasetInfo d;
  d.id = s.integer(0);
  d.source_key = s.text(1);
  d.format = s.text(2);
  d.file_name = s.text(3);
  d.sha256 = s.text(4);
  d.rows = s.integer(5);
  d.data_date = s.text(6);
  d.data_date_basis = s.text(7);
  d.imported_at = s.text(8);
  d.superseded_by = s.integer(9);
  d.name_reader = static_cast<int>(s.integer(10));
  return d;
}

// Prepared statements for inserting one dataset's entries.
struct EntryWriter {
  explicit EntryWriter(Database& db)
      : entry(db.prepare(
            "INSERT INTO entries (dataset_id, list_code, source_name, entry_key, entity_number, "
            "entry_type, name, programs, fr_citations, start_date, end_date, license_requirement, "
            "license_policy, remarks, source_url, content_hash, raw_name) "
            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)")),
        alias(db.prepare("INSERT INTO aliases (entry_id, position, name, alias_type, raw_text) "
                         "VALUES (?1,?2,?3,?4,?5)")),
        link(db.prepare("INSERT INTO entry_links VALUES (?1,?2,?3,?4)")),
        address(db.prepare("INSERT INTO addresses VALUES (?1,?2,?3,?4,?5,?6,?7)")),
        identifier(db.prepare("INSERT INTO identifiers VALUES (?1,?2,?3,?4,?5,?6,?7)")),
        m_db(db) {}

  void write(long long dataset_id, const model::ListEntry& e) {
    entry.bind(1, dataset_id).bind(2, e.list_code).bind(3, e.source_name).bind(4, e.entry_key);
    entry.bind(5, e.entity_number).bind(6, e.entry_type).bind(7, e.name);
    entry.bind(8, util::join(e.programs, "; ")).bind(9, util::join(e.fr_citations, "; "));
    entry.bind(10, e.start_date).bind(11, e.end_date).bind(12, e.license_requirement);
    entry.bind(13, e.license_policy).bind(14, e.remarks).bind(15, e.source_url);
    entry.bind(16, model::content_hash(e)).bind(17, e.raw_name);
    entry.run();
    long long id = m_db.last_insert_id();
    long long pos = 0;
    for (const model::Alias& a : e.aliases) {
      alias.bind(1, id).bind(2, pos++).bind(3, a.name).bind(4, a.type).bind(5, a.raw).run();
    }
    pos = 0;
    for (const model::EntryLink& l : e.links) {
      link.bind(1, id).bind(2, pos++).bind(3, l.relation).bind(4, l.name).run();
    }
    pos = 0;
    for (const model::Address& a : e.addresses) {
      address.bind(1, id).bind(2, pos++).bind(3, a.text).bind(4, a.city).bind(5, a.state);
      address.bind(6, a.postal_code).bind(7, a.country).run();
    }
    pos = 0;
    for (const model::Identifier& i : e.identifiers) {
      identifier.bind(1, id).bind(2, pos++).bind(3, i.type).bind(4, i.number).bind(5, i.country);
      identifier.bind(6, i.issue_date).bind(7, i.expiration_date).run();
    }
  }

  Statement entry, alias, link, address, identifier;

 private:
  Database& m_db;
};

}  // namespace

Store::Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const {
  return m_db->path();
}

Store Store::open(const std::string& path, OpenMode mode) {
  if (mode == OpenMode::read_only && !std::filesystem::exists(path)) {
    throw DataError("database '" + path +
                    "' does not exist; create it with 'exportcheck db import FILE'");
  }
  if (mode == OpenMode::read_write) {
    auto db = std::make_unique<Database>(path, Access::read_write);
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = NORMAL");
    db->exec("PRAGMA foreign_keys = ON");
    migrate(*db);
    return Store(std::move(db));
  }
  if (mode == OpenMode::upgraded_view) {
    if (!std::filesystem::exists(path)) {
      throw DataError("database '" + path + "' does not exist");
    }
    auto db = std::make_unique<Database>(path, Access::read_write);
    db->exec("BEGIN");  // never committed: closing the connection rolls it back
    migrate_uncommitted(*db);
    return Store(std::move(db));
  }
  // Reading: one read transaction from here to the end, so that a command
  // sees one version of the lists however many imports commit meanwhile.
  std::unique_ptr<Database> db = Database::open_snapshot(path);
  check_schema(*db);
  return Store(std::move(db));
}

std::vector<ImportOutcome> Store::import_datasets(
    const std::vector<model::ParsedDataset>& datasets,
    const std::function<void(const std::vector<ImportOutcome>&)>& before_commit) {
  std::vector<ImportOutcome> outcomes;
  // A registry-scale import writes a million rows into several B-trees in one
  // transaction: with SQLite's default 2 MB page cache the dirty pages spill
  // to the WAL again and again. 256 MB keeps them (docs/benchmarks.md, issue 17).
  m_db->exec("PRAGMA cache_size = -262144");
  Transaction tx(*m_db);
  EntryWriter writer(*m_db);
  Statement find_active =
      m_db->prepare(std::string("SELECT ") + k_dataset_columns +
                    " FROM datasets WHERE source_key = ?1 AND superseded_by IS NULL");
  Statement insert = m_db->prepare(
      "INSERT INTO datasets (source_key, format, file_name, sha256, rows, data_date, "
      "data_date_basis, imported_at, name_reader) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  Statement supersede = m_db->prepare("UPDATE datasets SET superseded_by = ?1 WHERE id = ?2");
  for (const model::ParsedDataset& ds : datasets) {
    ImportOutcome outcome;
    find_active.bind(1, ds.info.source_key);
    std::optional<model::DatasetInfo> active;
    if (find_active.step()) {
      active = read_dataset(find_active);
    }
    find_active.reset();
    const bool same_file = active && active->sha256 == ds.info.sha256;
    if (same_file && active->name_reader == ds.info.name_reader) {
      outcomes.push_back({*active, ImportAction::unchanged, 0});
      continue;
    }
    const model::DatasetInfo& i = ds.info;
    insert.bind(1, i.source_key).bind(2, i.format).bind(3, i.file_name).bind(4, i.sha256);
    insert.bind(5, i.rows).bind(6, i.data_date).bind(7, i.data_date_basis).bind(8, i.imported_at);
    insert.bind(9, static_cast<long long>(i.name_reader));
    insert.run();
    outcome.dataset = i;
    outcome.dataset.id = m_db->last_insert_id();
    for (const model::ListEntry& e : ds.entries) {
      writer.write(outcome.dataset.id, e);
    }
    write_ownership(*m_db, outcome.dataset.id, ds.ownership);
    write_provenance(*m_db, outcome.dataset.id, ds.files);
    if (active) {
      supersede.bind(1, outcome.dataset.id).bind(2, active->id).run();
      outcome.action = same_file ? ImportAction::reread : ImportAction::replaced;
      outcome.replaced_id = active->id;
    }
    outcomes.push_back(outcome);
  }
  if (before_commit) {
    before_commit(outcomes);
  }
  tx.commit();
  return outcomes;
}

std::vector<model::DatasetInfo> Store::datasets(bool include_superseded) const {
  std::string sql = std::string("SELECT ") + k_dataset_columns + " FROM datasets" +
                    (include_superseded ? "" : " WHERE superseded_by IS NULL") +
                    " ORDER BY id DESC";
  Statement s = m_db->prepare(sql);
  std::vector<model::DatasetInfo> out;
  while (s.step()) {
    out.push_back(read_dataset(s));
  }
  return out;
}

model::DatasetInfo Store::dataset(long long dataset_id) const {
  Statement s =
      m_db->prepare(std::string("SELECT ") + k_dataset_columns + " FROM datasets WHERE id = ?1");
  s.bind(1, dataset_id);
  if (!s.step()) {
    throw DataError("database '" + path() + "' has no dataset #" + std::to_string(dataset_id) +
                    "; 'exportcheck db status --all' lists them");
  }
  return read_dataset(s);
}

std::vector<model::FileProvenance> Store::dataset_files(long long dataset_id) const {
  return read_provenance(*m_db, dataset_id);
}

std::vector<ListStatus> Store::list_status() const {
  std::map<long long, model::DatasetInfo> by_id;
  for (model::DatasetInfo& d : datasets(false)) {
    by_id.emplace(d.id, std::move(d));
  }
  Statement s = m_db->prepare(
      "SELECT e.dataset_id, e.list_code, min(e.source_name), count(*), max(e.start_date) "
      "FROM entries e JOIN datasets d ON d.id = e.dataset_id WHERE d.superseded_by IS NULL "
      "GROUP BY e.dataset_id, e.list_code ORDER BY e.list_code, e.dataset_id");
  std::vector<ListStatus> out;
  while (s.step()) {
    ListStatus st;
    auto dataset = by_id.find(s.integer(0));
    if (dataset == by_id.end()) {
      throw DataError("database '" + path() + "' is corrupt: entries of dataset #" +
                      std::to_string(s.integer(0)) + ", which is not stored");
    }
    st.dataset = dataset->second;
    st.list_code = s.text(1);
    st.source_name = s.text(2);
    st.entries = s.integer(3);
    st.data_date = s.text(4);
    // A list's own latest listing date stands only where it is how the
    // dataset was dated; a given, downloaded or import date is the date.
    if (st.data_date.empty() || st.dataset.data_date_basis != "latest start_date") {
      st.data_date = st.dataset.data_date;
    }
    out.push_back(std::move(st));
  }
  return out;
}

std::vector<std::pair<long long, std::string>> Store::dataset_list_codes() const {
  Statement s = m_db->prepare(
      "SELECT DISTINCT dataset_id, list_code FROM entries ORDER BY dataset_id, list_code");
  std::vector<std::pair<long long, std::string>> out;
  while (s.step()) {
    out.emplace_back(s.integer(0), s.text(1));
  }
  return out;
}

std::vector<model::ListEntry> Store::active_entries(std::vector<long long>* ids) const {
  return load_entries("dataset_id IN (SELECT id FROM datasets WHERE superseded_by IS NULL)", 0,
                      ids);
}

std::vector<model::ListEntry> Store::dataset_entries(long long dataset_id) const {
  dataset(dataset_id);  // throws when unknown
  return load_entries("dataset_id = ?1", dataset_id);
}

std::vector<std::string> Store::integrity_problems() const {
  Statement s = m_db->prepare("PRAGMA integrity_check");
  std::vector<std::string> out;
  while (s.step()) {
    if (s.text(0) != "ok") {
      out.push_back(s.text(0));
    }
  }
  return out;
}

}  // namespace ecc::store
