// Ownership CSV -> OwnershipGraph. Entities are made from the owner and owned
// columns (id = name = the value), with countries from the optional columns;
// one entity's countries must agree across rows, so a typo cannot silently
// change which rules apply to it.

#include <array>
#include <map>

#include "import/ownership_import.hpp"
#include "import/ownership_util.hpp"
#include "model/country.hpp"
#include "util/csv_reader.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {
namespace {

using Columns = std::map<std::string, std::size_t>;

Columns read_header(util::CsvReader& reader, const std::string& name) {
  std::vector<std::string> header;
  if (!reader.next(header)) {
    throw DataError(name + ": file is empty");
  }
  Columns col;
  for (std::size_t i = 0; i < header.size(); ++i) {
    col[util::to_lower_ascii(util::trim(header[i]))] = i;
  }
  for (const char* required : {"owner", "owned", "percent", "as_of", "source"}) {
    if (!col.count(required)) {
      reader.fail(std::string("not an ownership header: missing column ") + util::quote(required));
    }
  }
  reader.set_field_names(header);
  return col;
}

// A record read and checked, waiting for its parties to be looked up with
// the rest of its batch; errors about it name `line`.
struct Pending {
  model::OwnershipEdge edge;
  std::array<std::string, 4> countries;  // owner, owned, owner HQ, owned HQ, as written
  std::size_t line = 0;
  std::uint64_t owner_hash = 0, owned_hash = 0;
  std::uint32_t owner = 0, owned = 0;
};

constexpr std::array<const char*, 4> k_country_columns = {"owner_country", "owned_country",
                                                          "owner_hq_country", "owned_hq_country"};

std::string country_field(const util::CsvReader& reader, const Pending& row, std::size_t i) {
  const std::string& value = row.countries[i];
  if (util::trim(value).empty()) {
    return "";
  }
  std::optional<std::string> code = model::country_code_for(value);  // a code or a name
  if (!code) {
    reader.fail_at(row.line, std::string(k_country_columns[i]) + ": unknown country code " +
                                 util::quote(value));
  }
  return *code;
}

void set_country(const util::CsvReader& reader, const Pending& row, model::OwnedEntity& entity,
                 std::string model::OwnedEntity::*field, const std::string& value) {
  std::string& current = entity.*field;
  if (value.empty() || current == value) {
    return;
  }
  if (!current.empty()) {
    reader.fail_at(row.line, "country " + util::quote(value) + " for " + util::quote(entity.id) +
                                 " conflicts with " + util::quote(current) + " given earlier");
  }
  current = value;
}

// Where each column is in a record (npos: absent), found once per file.
struct ColumnIndex {
  std::size_t owner, owned, percent, as_of, source, owner_country, owned_country, owner_hq,
      owned_hq;
};

ColumnIndex column_index(const Columns& col) {
  auto at = [&](const char* name) {
    auto it = col.find(name);
    return it == col.end() ? std::string::npos : it->second;
  };
  return {at("owner"),           at("owned"),         at("percent"),       at("as_of"),
          at("source"),          at("owner_country"), at("owned_country"), at("owner_hq_country"),
          at("owned_hq_country")};
}

// The value at column `i` of record `f` (trimmed), "" when absent.
std::string field(const std::vector<std::string>& f, std::size_t i) {
  return i >= f.size() ? std::string() : std::string(util::trim(f[i]));
}

// Countries in the order the columns are checked: owner_country,
// owned_country, owner_hq_country, owned_hq_country.
void set_countries(const util::CsvReader& reader, const Pending& row, model::OwnedEntity& owner,
                   model::OwnedEntity& owned) {
  set_country(reader, row, owner, &model::OwnedEntity::country, country_field(reader, row, 0));
  set_country(reader, row, owned, &model::OwnedEntity::country, country_field(reader, row, 1));
  set_country(reader, row, owner, &model::OwnedEntity::hq_country, country_field(reader, row, 2));
  set_country(reader, row, owned, &model::OwnedEntity::hq_country, country_field(reader, row, 3));
}

// Looks up the parties of rows[0..count) and adds the statements, in record
// order (the entities are numbered in the order first seen, and the first
// error in the file is the one reported). A million ids do not fit in cache:
// each lookup waits on memory three times unless asked for ahead, which a
// batch can do (distances 12, 8, 4 rows), and then once more for the entity.
void settle(const util::CsvReader& reader, std::vector<Pending>& rows, std::size_t count,
            EntitySet& entities, model::OwnershipGraph& graph) {
  const util::IdTable& ids = entities.ids();
  for (std::size_t i = 0; i < count; ++i) {
    rows[i].owner_hash = util::IdTable::hash(rows[i].edge.owner);
    rows[i].owned_hash = util::IdTable::hash(rows[i].edge.owned);
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (i + 12 < count) {
      ids.prefetch_slot(rows[i + 12].owner_hash);
      ids.prefetch_slot(rows[i + 12].owned_hash);
    }
    if (i + 8 < count) {
      ids.prefetch_key(rows[i + 8].owner_hash);
      ids.prefetch_key(rows[i + 8].owned_hash);
    }
    if (i + 4 < count) {
      ids.prefetch_bytes(rows[i + 4].owner_hash);
      ids.prefetch_bytes(rows[i + 4].owned_hash);
    }
    Pending& r = rows[i];
    r.owner = static_cast<std::uint32_t>(entities.index_of(r.edge.owner, r.owner_hash));
    r.owned = static_cast<std::uint32_t>(entities.index_of(r.edge.owned, r.owned_hash));
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (i + 4 < count) {
      __builtin_prefetch(&entities.at(rows[i + 4].owner));
      __builtin_prefetch(&entities.at(rows[i + 4].owned));
    }
    Pending& r = rows[i];
    set_countries(reader, r, entities.at(r.owner), entities.at(r.owned));
    graph.edges.push_back(std::move(r.edge));
    // Interned as read: the analyses and the index build need no lookups.
    graph.ends.push_back({r.owner, r.owned});
  }
}

}  // namespace

model::OwnershipGraph parse_ownership_csv(std::string_view content, const std::string& name) {
  util::CsvReader reader(content, name);  // in place: the file can be hundreds of megabytes
  const ColumnIndex c = column_index(read_header(reader, name));
  EntitySet entities;
  model::OwnershipGraph graph;
  std::vector<std::string> f;
  constexpr std::size_t k_batch = 256;
  std::vector<Pending> rows(k_batch);
  std::size_t count = 0;
  try {
    while (reader.next(f)) {
      std::string where = name + ":" + std::to_string(reader.record_line());
      Pending& r = rows[count];
      try {
        r.edge = make_edge(field(f, c.owner), field(f, c.owned), field(f, c.percent),
                           field(f, c.as_of), where);
      } catch (const EdgeError& err) {
        reader.fail(err.what());
      }
      std::string source = field(f, c.source);
      r.edge.source = source.empty() ? "ownership_csv" : std::move(source);
      r.countries = {field(f, c.owner_country), field(f, c.owned_country), field(f, c.owner_hq),
                     field(f, c.owned_hq)};
      r.line = reader.record_line();
      if (++count == k_batch) {
        settle(reader, rows, count, entities, graph);
        count = 0;
      }
    }
  } catch (const DataError&) {
    settle(reader, rows, count, entities, graph);  // an earlier record's error comes first
    throw;
  }
  settle(reader, rows, count, entities, graph);
  graph.entities = entities.take();
  return graph;
}

}  // namespace ecc::import
