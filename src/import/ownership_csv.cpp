// Ownership CSV -> OwnershipGraph. Entities are made from the owner and owned
// columns (id = name = the value), with countries from the optional columns;
// one entity's countries must agree across rows, so a typo cannot silently
// change which rules apply to it.

#include <map>
#include <sstream>

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

void set_country(const util::CsvReader& reader, EntitySet& set, const std::string& id,
                 std::string model::OwnedEntity::*field, const std::string& value) {
  std::string& current = set.get(id).*field;
  if (value.empty() || current == value) {
    return;
  }
  if (!current.empty()) {
    reader.fail("country " + util::quote(value) + " for " + util::quote(id) + " conflicts with " +
                util::quote(current) + " given earlier");
  }
  current = value;
}

}  // namespace

model::OwnershipGraph parse_ownership_csv(std::string_view content, const std::string& name) {
  std::istringstream in{std::string(content)};
  util::CsvReader reader(in, name);
  Columns col = read_header(reader, name);
  EntitySet entities;
  model::OwnershipGraph graph;
  std::vector<std::string> f;
  while (reader.next(f)) {
    auto get = [&](const char* column) -> std::string {
      auto it = col.find(column);
      return it == col.end() || it->second >= f.size() ? std::string()
                                                       : std::string(util::trim(f[it->second]));
    };
    std::string where = name + ":" + std::to_string(reader.record_line());
    try {
      model::OwnershipEdge e =
          make_edge(get("owner"), get("owned"), get("percent"), get("as_of"), where);
      e.source = get("source").empty() ? "ownership_csv" : get("source");
      entities.get(e.owner);
      entities.get(e.owned);
      set_country(reader, entities, e.owner, &model::OwnedEntity::country,
                  country_field(reader, get("owner_country"), "owner_country"));
      set_country(reader, entities, e.owned, &model::OwnedEntity::country,
                  country_field(reader, get("owned_country"), "owned_country"));
      set_country(reader, entities, e.owner, &model::OwnedEntity::hq_country,
                  country_field(reader, get("owner_hq_country"), "owner_hq_country"));
      set_country(reader, entities, e.owned, &model::OwnedEntity::hq_country,
                  country_field(reader, get("owned_hq_country"), "owned_hq_country"));
      graph.edges.push_back(std::move(e));
    } catch (const EdgeError& err) {
      reader.fail(err.what());
    }
  }
  graph.entities = entities.take();
  return graph;
}

}  // namespace ecc::import
