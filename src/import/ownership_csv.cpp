// Ownership CSV -> OwnershipGraph. Entities are made from the owner and owned
// columns (id = name = the value), with countries from the optional columns;
// one entity's countries must agree across rows, so a typo cannot silently
// change which rules apply to it.

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

std::string country_field(const util::CsvReader& reader, const std::string& value,
                          const char* column) {
  if (util::trim(value).empty()) {
    return "";
  }
  std::optional<std::string> code = model::country_code_for(value);  // a code or a name
  if (!code) {
    reader.fail(std::string(column) + ": unknown country code " + util::quote(value));
  }
  return *code;
}

void set_country(const util::CsvReader& reader, model::OwnedEntity& entity,
                 std::string model::OwnedEntity::*field, const std::string& value) {
  std::string& current = entity.*field;
  if (value.empty() || current == value) {
    return;
  }
  if (!current.empty()) {
    reader.fail("country " + util::quote(value) + " for " + util::quote(entity.id) +
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
void set_countries(const util::CsvReader& reader, const ColumnIndex& c,
                   const std::vector<std::string>& f, model::OwnedEntity& owner,
                   model::OwnedEntity& owned) {
  set_country(reader, owner, &model::OwnedEntity::country,
              country_field(reader, field(f, c.owner_country), "owner_country"));
  set_country(reader, owned, &model::OwnedEntity::country,
              country_field(reader, field(f, c.owned_country), "owned_country"));
  set_country(reader, owner, &model::OwnedEntity::hq_country,
              country_field(reader, field(f, c.owner_hq), "owner_hq_country"));
  set_country(reader, owned, &model::OwnedEntity::hq_country,
              country_field(reader, field(f, c.owned_hq), "owned_hq_country"));
}

}  // namespace

model::OwnershipGraph parse_ownership_csv(std::string_view content, const std::string& name) {
  util::CsvReader reader(content, name);  // in place: the file can be hundreds of megabytes
  const ColumnIndex c = column_index(read_header(reader, name));
  EntitySet entities;
  model::OwnershipGraph graph;
  std::vector<std::string> f;
  while (reader.next(f)) {
    std::string where = name + ":" + std::to_string(reader.record_line());
    try {
      model::OwnershipEdge e = make_edge(field(f, c.owner), field(f, c.owned), field(f, c.percent),
                                         field(f, c.as_of), where);
      std::string source = field(f, c.source);
      e.source = source.empty() ? "ownership_csv" : std::move(source);
      std::size_t owner = entities.index_of(e.owner);
      std::size_t owned = entities.index_of(e.owned);
      set_countries(reader, c, f, entities.at(owner), entities.at(owned));
      graph.edges.push_back(std::move(e));
      // Interned as read: the analyses and the index build need no lookups.
      graph.ends.push_back({static_cast<std::uint32_t>(owner), static_cast<std::uint32_t>(owned)});
    } catch (const EdgeError& err) {
      reader.fail(err.what());
    }
  }
  graph.entities = entities.take();
  return graph;
}

}  // namespace ecc::import
