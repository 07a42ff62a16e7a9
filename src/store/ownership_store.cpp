// Ownership tables: one row per entity and per edge of each ownership dataset.
// Reading merges the entities of all active datasets by id (the oldest dataset
// gives each field first, later ones fill what it left empty), so GLEIF LEI
// records can name the bare LEIs of a GLEIF relationship file.
#include "store/ownership_store.hpp"

#include <unordered_map>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "util/id_table.hpp"

namespace ecc::store {

namespace {

constexpr const char* k_active =
    "dataset_id IN (SELECT id FROM datasets WHERE superseded_by IS NULL)";

model::OwnershipKind parse_kind(const std::string& text) {
  for (auto kind :
       {model::OwnershipKind::direct_consolidation, model::OwnershipKind::ultimate_consolidation}) {
    if (text == model::ownership_kind_name(kind)) {
      return kind;
    }
  }
  return model::OwnershipKind::equity;
}

void fill_empty(model::OwnedEntity& into, model::OwnedEntity&& more) {
  if (into.name.empty() || into.name == into.id) {
    into.name = more.name.empty() ? into.name : std::move(more.name);
  }
  into.country = into.country.empty() ? std::move(more.country) : into.country;
  into.hq_country = into.hq_country.empty() ? std::move(more.hq_country) : into.hq_country;
  for (model::Identifier& i : more.identifiers) {
    into.identifiers.push_back(std::move(i));
  }
}

std::vector<model::OwnedEntity> merged_entities(Database& db) {
  std::vector<model::OwnedEntity> out;
  util::IdTable by_id;
  Statement s = db.prepare(std::string("SELECT id, entity_id, name, country, hq_country FROM ") +
                           "ownership_entities WHERE " + k_active + " ORDER BY dataset_id, id");
  std::vector<std::pair<long long, model::OwnedEntity>> rows;
  while (s.step()) {
    rows.push_back({s.integer(0), {s.text(1), s.text(2), s.text(3), s.text(4), {}, {}}});
  }
  Statement ids = db.prepare(
      std::string("SELECT entity_row, id_type, number, country FROM ownership_identifiers WHERE ") +
      "entity_row IN (SELECT id FROM ownership_entities WHERE " + k_active +
      ") ORDER BY entity_row, position");
  std::unordered_map<long long, std::vector<model::Identifier>> identifiers;
  while (ids.step()) {
    identifiers[ids.integer(0)].push_back({ids.text(1), ids.text(2), ids.text(3), "", ""});
  }
  out.reserve(rows.size());  // never reallocates: by_id views the ids in place
  for (auto& [row, entity] : rows) {
    if (auto it = identifiers.find(row); it != identifiers.end()) {
      entity.identifiers = std::move(it->second);
    }
    if (std::optional<std::uint32_t> at = by_id.find(entity.id)) {
      fill_empty(out[*at], std::move(entity));
    } else {
      out.push_back(std::move(entity));
      by_id.insert(out.back().id);
    }
  }
  return out;
}

void read_edges(Database& db, model::OwnershipGraph& graph) {
  Statement s = db.prepare(std::string("SELECT ") + k_edge_columns +
                           " FROM ownership_edges WHERE " + k_active + " ORDER BY dataset_id, id");
  while (s.step()) {
    graph.edges.push_back(read_edge(s));
  }
}

}  // namespace

void write_ownership(Database& db, long long dataset_id, const model::OwnershipGraph& graph) {
  if (graph.entities.empty() && graph.edges.empty()) {
    return;
  }
  Statement entity = db.prepare(
      "INSERT INTO ownership_entities (dataset_id, entity_id, name, country, hq_country) "
      "VALUES (?1,?2,?3,?4,?5)");
  Statement identifier = db.prepare("INSERT INTO ownership_identifiers VALUES (?1,?2,?3,?4,?5)");
  // Millions of rows: the strings are bound in place, not copied (they
  // outlive each run()).
  for (const model::OwnedEntity& e : graph.entities) {
    entity.bind(1, dataset_id).bind_static(2, e.id).bind_static(3, e.name);
    entity.bind_static(4, e.country).bind_static(5, e.hq_country).run();
    long long row = db.last_insert_id();
    long long pos = 0;
    for (const model::Identifier& i : e.identifiers) {
      identifier.bind(1, row).bind(2, pos++).bind(3, i.type).bind(4, i.number).bind(5, i.country);
      identifier.run();
    }
  }
  Statement edge = db.prepare(
      "INSERT INTO ownership_edges (dataset_id, owner, owned, percent, kind, as_of, source, "
      "location) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  std::string day;
  for (const model::OwnershipEdge& e : graph.edges) {
    edge.bind(1, dataset_id).bind_static(2, e.owner).bind_static(3, e.owned);
    e.percent ? edge.bind(4, *e.percent) : edge.bind_null(4);
    edge.bind_static(5, model::ownership_kind_name(e.kind));
    if (e.as_of) {
      day = e.as_of->iso();
      edge.bind_static(6, day);
    } else {
      edge.bind_null(6);
    }
    edge.bind_static(7, e.source).bind_static(8, e.location).run();
  }
}

void read_edge_fields(const Statement& s, int first, model::OwnershipEdge& e) {
  if (!s.is_null(first)) {
    e.percent = s.real(first);
  }
  e.kind = parse_kind(s.text(first + 1));
  if (!s.is_null(first + 2)) {
    e.as_of = util::parse_iso_date(s.text(first + 2));
  }
}

model::OwnershipEdge read_edge(const Statement& s) {
  model::OwnershipEdge e;
  e.owner = s.text(0);
  e.owned = s.text(1);
  read_edge_fields(s, 2, e);
  e.source = s.text(5);
  e.location = s.text(6);
  return e;
}

std::vector<model::OwnedEntity> read_active_entities(Database& db) {
  return merged_entities(db);
}

std::vector<long long> active_ownership_datasets(Database& db) {
  Statement s = db.prepare(
      "SELECT id FROM datasets WHERE superseded_by IS NULL AND format IN "
      "('ownership_csv', 'gleif_rr', 'gleif_lei', 'ftm_json') ORDER BY id");
  std::vector<long long> out;
  while (s.step()) {
    out.push_back(s.integer(0));
  }
  return out;
}

model::OwnershipGraph read_active_ownership(Database& db) {
  model::OwnershipGraph graph;
  graph.entities = merged_entities(db);
  read_edges(db, graph);
  return graph;
}

model::OwnershipGraph Store::active_ownership() const {
  return read_active_ownership(*m_db);
}

bool Store::has_active_ownership() const {
  Statement s = m_db->prepare(
      std::string("SELECT EXISTS (SELECT 1 FROM ownership_entities WHERE ") + k_active +
      ") OR EXISTS (SELECT 1 FROM ownership_edges WHERE " + k_active + ")");
  return s.step() && s.integer(0) != 0;
}

}  // namespace ecc::store
