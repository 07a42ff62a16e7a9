// The ownership index (schema 7): the compact scan db import builds it from,
// its bulk replacement inside the import transaction (indexes dropped and
// re-created around the insert, which is faster than keeping them up to
// date row by row), and the indexed reads of one node, one statement or a
// lookup key that screening and `owners` make.
#include <algorithm>
#include <map>

#include "store/ownership_store.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/id_table.hpp"

namespace ecc::store {

namespace {

constexpr const char* k_node_indexes =
    "CREATE UNIQUE INDEX ownership_nodes_by_id ON ownership_nodes(entity_id);"
    "CREATE INDEX ownership_nodes_by_name ON ownership_nodes(name_key);"
    "CREATE INDEX ownership_nodes_by_group ON ownership_nodes(cycle_group) "
    "WHERE cycle_group IS NOT NULL;";

std::vector<long long> integers(Statement& s) {
  std::vector<long long> out;
  while (s.step()) {
    out.push_back(s.integer(0));
  }
  return out;
}

using Missing = std::map<std::string, std::vector<std::pair<std::size_t, bool>>>;  // sorted by id

// The node of `id` among the entities; an id without an entity record is
// noted in `missing` with where it occurs (statement `at`, as owner or not).
std::optional<std::uint32_t> resolve(const util::IdTable& entities, const std::string& id,
                                     std::size_t at, bool is_owner, Missing& missing) {
  std::optional<std::uint32_t> found = entities.find(id);
  if (!found) {
    missing[id].emplace_back(at, is_owner);
  }
  return found;
}

// Statements of one dataset, parties resolved to entity indexes; the ids
// without an entity record are collected in `missing` with where they occur.
void scan_statements(Database& db, long long dataset, const util::IdTable& at,
                     ActiveOwnershipScan& scan, Missing& missing) {
  Statement s = db.prepare(
      "SELECT id, owner, owned, percent, as_of FROM ownership_edges WHERE dataset_id = ?1 "
      "ORDER BY id");
  s.bind(1, dataset);
  std::string last_owned;
  std::optional<std::uint32_t> last_owned_at;
  while (s.step()) {
    ActiveOwnershipScan::Statement st;
    st.id = s.integer(0);
    if (!s.is_null(3)) {
      st.percent = s.real(3);
    }
    if (!s.is_null(4)) {
      st.as_of = util::parse_iso_date(s.text(4));
    }
    std::string owner = s.text(1), owned = s.text(2);
    st.owner = resolve(at, owner, scan.statements.size(), true, missing).value_or(0);
    // Files list an entity's owners together: reuse the previous lookup.
    if (!(last_owned_at && owned == last_owned)) {
      last_owned_at = resolve(at, owned, scan.statements.size(), false, missing);
      last_owned = std::move(owned);
    }
    st.owned = last_owned_at.value_or(0);
    scan.statements.push_back(st);
  }
}

// Numbers the ids only statements name after the entities, in id order.
void add_placeholders(const Missing& missing, ActiveOwnershipScan& scan) {
  auto node = static_cast<std::uint32_t>(scan.entities.size());
  for (const auto& [id, uses] : missing) {
    for (const auto& [statement, is_owner] : uses) {
      (is_owner ? scan.statements[statement].owner : scan.statements[statement].owned) = node;
    }
    scan.placeholders.push_back(id);
    ++node;
  }
}

util::IdTable id_table(const std::vector<model::OwnedEntity>& entities) {
  util::IdTable at;  // views into `entities`, which must no longer grow
  at.reserve(entities.size());
  for (const model::OwnedEntity& e : entities) {
    at.insert(e.id);
  }
  return at;
}

}  // namespace

ActiveOwnershipScan Store::scan_active_ownership() const {
  ActiveOwnershipScan scan;
  scan.entities = read_active_entities(*m_db);
  const util::IdTable at = id_table(scan.entities);
  Missing missing;
  for (long long dataset : active_ownership_datasets(*m_db)) {
    scan_statements(*m_db, dataset, at, scan, missing);
  }
  add_placeholders(missing, scan);
  return scan;
}

std::optional<ActiveOwnershipScan> Store::scan_written_ownership(
    long long dataset_id, model::OwnershipGraph& graph) const {
  if (active_ownership_datasets(*m_db) != std::vector<long long>{dataset_id}) {
    return std::nullopt;
  }
  // The dataset's rows are graph.edges, written in order in this transaction:
  // then they are exactly the rows first..last (two index seeks, no count).
  Statement rows = m_db->prepare(
      "SELECT (SELECT id FROM ownership_edges WHERE dataset_id = ?1 ORDER BY id LIMIT 1), "
      "(SELECT id FROM ownership_edges WHERE dataset_id = ?1 ORDER BY id DESC LIMIT 1)");
  rows.bind(1, dataset_id);
  rows.step();
  const std::size_t edges = graph.edges.size();
  const bool none = rows.is_null(0);
  const long long first = none ? 0 : rows.integer(0);
  const long long span = none ? 0 : rows.integer(1) - first + 1;
  if (span != static_cast<long long>(edges)) {
    return std::nullopt;  // not the rows just written in order: read them back
  }
  ActiveOwnershipScan scan;
  scan.entities = std::move(graph.entities);
  for (model::OwnedEntity& e : scan.entities) {  // as read_active_entities gives them
    e.listings.clear();
    for (model::Identifier& i : e.identifiers) {
      i.issue_date.clear();
      i.expiration_date.clear();
    }
  }
  const util::IdTable at = id_table(scan.entities);
  Missing missing;
  scan.statements.reserve(edges);
  const bool by_ends = graph.ends.size() == edges;  // parties interned by the reader
  for (std::size_t k = 0; k < edges; ++k) {
    const model::OwnershipEdge& e = graph.edges[k];
    ActiveOwnershipScan::Statement st;
    st.id = first + static_cast<long long>(k);
    st.percent = e.percent;
    st.as_of = e.as_of;
    st.owner = by_ends && graph.ends[k].owner != model::k_by_id
                   ? graph.ends[k].owner
                   : resolve(at, e.owner, k, true, missing).value_or(0);
    st.owned = by_ends && graph.ends[k].owned != model::k_by_id
                   ? graph.ends[k].owned
                   : resolve(at, e.owned, k, false, missing).value_or(0);
    scan.statements.push_back(st);
  }
  graph = {};
  add_placeholders(missing, scan);
  return scan;
}

std::optional<OwnershipIndexInfo> Store::ownership_index() const {
  Statement s =
      m_db->prepare("SELECT lists, format, threshold, nodes, entities FROM ownership_index");
  if (!s.step()) {
    return std::nullopt;
  }
  return OwnershipIndexInfo{s.text(0), s.integer(1), s.real(2), s.integer(3), s.integer(4)};
}

void Store::put_ownership_index(const OwnershipIndexInfo& info, const std::string& built_at,
                                const std::function<bool(OwnershipNodeRow&)>& next,
                                const std::vector<std::pair<std::string, long long>>& leis) {
  m_db->exec(
      "DELETE FROM ownership_index; DELETE FROM ownership_nodes; DELETE FROM ownership_leis;"
      "DROP INDEX ownership_nodes_by_id; DROP INDEX ownership_nodes_by_name;"
      "DROP INDEX ownership_nodes_by_group;");
  Statement node = m_db->prepare(
      "INSERT INTO ownership_nodes (node, entity_id, name, name_key, country, hq_country, "
      "placeholder, may_inherit, first_day, cycle_group, refs) "
      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  OwnershipNodeRow r;
  while (next(r)) {  // r outlives each run(): its strings are bound in place
    node.bind(1, r.node).bind_static(2, r.entity_id).bind_static(3, r.name);
    node.bind_static(4, r.name_key).bind_static(5, r.country).bind_static(6, r.hq_country);
    node.bind(7, r.placeholder ? 1LL : 0LL).bind(8, r.may_inherit ? 1LL : 0LL);
    node.bind(9, r.first_day);
    r.cycle_group ? node.bind(10, *r.cycle_group) : node.bind_null(10);
    node.bind_blob_static(11, r.refs).run();
  }
  m_db->exec(k_node_indexes);
  Statement lei = m_db->prepare("INSERT OR IGNORE INTO ownership_leis VALUES (?1, ?2)");
  for (const auto& [number, n] : leis) {
    lei.bind(1, number).bind(2, n).run();
  }
  Statement meta = m_db->prepare(
      "INSERT INTO ownership_index (id, lists, format, threshold, nodes, entities, built_at) "
      "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)");
  meta.bind(1, info.lists).bind(2, info.format).bind(3, info.threshold).bind(4, info.nodes);
  meta.bind(5, info.entities).bind(6, built_at).run();
}

std::optional<OwnershipNodeRow> Store::ownership_node(long long node) const {
  Statement& s = m_db->cached(
      "SELECT entity_id, name, name_key, country, hq_country, placeholder, may_inherit, "
      "first_day, cycle_group, refs FROM ownership_nodes WHERE node = ?1");
  s.bind(1, node);
  if (!s.step()) {
    return std::nullopt;
  }
  OwnershipNodeRow r{node,
                     s.text(0),
                     s.text(1),
                     s.text(2),
                     s.text(3),
                     s.text(4),
                     s.integer(5) != 0,
                     s.integer(6) != 0,
                     s.integer(7),
                     std::nullopt,
                     std::string(s.blob(9))};
  if (!s.is_null(8)) {
    r.cycle_group = s.integer(8);
  }
  return r;
}

std::optional<long long> Store::ownership_node_by_id(const std::string& entity_id) const {
  Statement& s = m_db->cached("SELECT node FROM ownership_nodes WHERE entity_id = ?1");
  s.bind(1, entity_id);
  return s.step() ? std::optional<long long>(s.integer(0)) : std::nullopt;
}

std::vector<long long> Store::ownership_nodes_by_name(const std::string& name_key) const {
  Statement& s = m_db->cached("SELECT node FROM ownership_nodes WHERE name_key = ?1 ORDER BY node");
  s.bind(1, name_key);
  return integers(s);
}

std::vector<long long> Store::ownership_nodes_by_lei(const std::string& lei) const {
  Statement& s = m_db->cached("SELECT node FROM ownership_leis WHERE lei = ?1 ORDER BY node");
  s.bind(1, lei);
  return integers(s);
}

std::vector<long long> Store::ownership_cycle_members(long long group) const {
  Statement& s =
      m_db->cached("SELECT node FROM ownership_nodes WHERE cycle_group = ?1 ORDER BY node");
  s.bind(1, group);
  return integers(s);
}

void Store::each_ownership_node(
    const std::function<void(long long, const std::string&, const std::string&, bool, long long)>&
        visit) const {
  Statement s = m_db->prepare(
      "SELECT node, entity_id, name, placeholder, first_day FROM ownership_nodes ORDER BY node");
  while (s.step()) {
    visit(s.integer(0), s.text(1), s.text(2), s.integer(3) != 0, s.integer(4));
  }
}

std::vector<model::OwnershipEdge> Store::ownership_edges_by_id(
    const std::vector<long long>& ids) const {
  Statement& s =
      m_db->cached(std::string("SELECT ") + k_edge_columns + " FROM ownership_edges WHERE id = ?1");
  std::vector<model::OwnershipEdge> out;
  out.reserve(ids.size());
  for (long long id : ids) {
    s.reset();
    s.bind(1, id);
    if (!s.step()) {
      throw DataError("database '" + path() + "' is corrupt: the ownership index names statement " +
                      std::to_string(id) + ", which is not stored; re-import the ownership files");
    }
    out.push_back(read_edge(s));
  }
  return out;
}

std::vector<long long> Store::active_entry_ids(const std::string& list_code,
                                               const std::string& entry_key) const {
  std::vector<long long> out;
  Statement& datasets =
      m_db->cached("SELECT id FROM datasets WHERE superseded_by IS NULL ORDER BY id");
  std::vector<long long> active = integers(datasets);
  // With a list code the whole UNIQUE (dataset_id, list_code, entry_key) index
  // answers; "(?2 = '' OR list_code = ?2)" would make SQLite walk every entry
  // of the dataset (a third of a screening's time with an ownership graph).
  Statement& s = list_code.empty() ? m_db->cached(
                                         "SELECT id FROM entries WHERE dataset_id = ?1 AND "
                                         "entry_key = ?3 ORDER BY id")
                                   : m_db->cached(
                                         "SELECT id FROM entries WHERE dataset_id = ?1 AND "
                                         "list_code = ?2 AND entry_key = ?3 ORDER BY id");
  for (long long d : active) {
    s.reset();
    s.bind(1, d).bind(3, entry_key);
    if (!list_code.empty()) {
      s.bind(2, list_code);
    }
    for (long long id : integers(s)) {
      out.push_back(id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ecc::store
