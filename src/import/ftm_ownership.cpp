// OpenSanctions FollowTheMoney JSON lines -> ownership data. Each line is one
// entity {id, schema, properties: {name: [...], ...}}; every property is an
// array of strings and the first value is used. Ownership percentages given
// as a range ("25-50%", as in UK PSC data) are kept as unknown shares, which
// the analysis treats conservatively (review), rather than guessed.

#include "import/json_input.hpp"
#include "import/ownership_import.hpp"
#include "import/ownership_util.hpp"
#include "model/country.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/id_table.hpp"
#include "util/strings.hpp"

namespace ecc::import {
namespace {

// One entity's properties: every property FtM defines is an array of strings;
// the first value is used. Another type is an error naming the line and field.
struct Props {
  const Json* j;  // nullptr: no properties
  const std::string& where;

  std::string first(const char* key) const {
    const Json* v = j ? json_member(*j, key) : nullptr;
    if (v == nullptr) {
      return "";
    }
    if (!v->is_array()) {
      throw DataError(where + ": properties." + key + ": expected an array of strings, got " +
                      json_type(*v));
    }
    for (size_t i = 0; i < v->size(); ++i) {
      if (!(*v)[i].is_string()) {
        throw DataError(where + ": properties." + key + "[" + std::to_string(i) +
                        "]: expected a string, got " + json_type((*v)[i]));
      }
    }
    return v->empty() ? "" : std::string(util::trim(*json_string((*v)[0])));
  }
};

// "2019", "2019-05" and "2019-05-14" (FtM allows partial dates): the first day.
std::optional<util::Date> ftm_date(const std::string& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  std::string iso = text.substr(0, 10);
  if (iso.size() == 4) {
    iso += "-01-01";
  } else if (iso.size() == 7) {
    iso += "-01";
  }
  std::optional<util::Date> d = util::parse_iso_date(iso);
  if (!d) {
    throw EdgeError("bad date " + util::quote(text));
  }
  return d;
}

std::string share_text(const std::string& text) {
  std::size_t dash = text.find('-');
  return dash != std::string::npos && dash > 0 ? std::string() : text;
}

void add_ownership(const Props& props, const std::string& where, model::OwnershipGraph& graph,
                   EntitySet& entities) {
  std::string owner = props.first("owner");
  std::string asset = props.first("asset");
  std::string start = props.first("startDate");
  model::OwnershipEdge e =
      make_edge(owner, asset, share_text(props.first("percentage")), "", where);
  e.as_of = ftm_date(start.empty() ? props.first("date") : start);
  e.source = "opensanctions";
  entities.get(owner);
  entities.get(asset);
  std::optional<util::Date> end = ftm_date(props.first("endDate"));
  graph.edges.push_back(e);
  if (end) {
    e.percent = 0.0;
    e.as_of = end;
    graph.edges.push_back(std::move(e));
  }
}

void add_entity(const std::string& id, const Props& props, EntitySet& entities) {
  model::OwnedEntity& e = entities.get(id);
  std::string name = props.first("name");
  if (!name.empty()) {
    e.name = name;
  }
  std::string country = props.first("jurisdiction");
  for (const char* key : {"country", "nationality"}) {
    country = country.empty() ? props.first(key) : country;
  }
  country = upper_ascii(country);
  e.country = model::is_country_code(country) ? country : e.country;
  for (const auto& [key, type] :
       {std::pair{"leiCode", "LEI"}, std::pair{"registrationNumber", "Registration number"}}) {
    std::string value = props.first(key);
    if (!value.empty()) {
      e.identifiers.push_back({type, value, "", "", ""});
    }
  }
}

// A member of the entity that must be a string when present ("" when absent).
std::string text_member(const Json& j, const char* key, const std::string& where) {
  const Json* v = json_member(j, key);
  if (v != nullptr && !v->is_string()) {
    throw DataError(where + ": " + key + ": expected a string, got " + json_type(*v));
  }
  return v ? *json_string(*v) : "";
}

}  // namespace

model::OwnershipGraph parse_ftm_ownership(std::string_view content, const std::string& name) {
  model::OwnershipGraph graph;
  EntitySet entities;
  std::size_t line_no = 0;
  for (const std::string& raw : util::split(content, "\n", true)) {
    ++line_no;
    if (util::trim(raw).empty()) {
      continue;
    }
    std::string where = name + ":" + std::to_string(line_no);
    const Json j = parse_json(raw, name, line_no);
    if (!j.is_object()) {
      throw DataError(where + ": expected a JSON object");
    }
    std::string schema = text_member(j, "schema", where);
    const Json* properties = json_member(j, "properties");
    if (properties != nullptr && !properties->is_object()) {
      throw DataError(where + ": properties: expected an object, got " + json_type(*properties));
    }
    const Props props{properties, where};
    try {
      if (schema == "Ownership") {
        add_ownership(props, where, graph, entities);
      } else if (schema == "Company" || schema == "Organization" || schema == "LegalEntity" ||
                 schema == "Person") {
        add_entity(text_member(j, "id", where), props, entities);
      }
    } catch (const EdgeError& e) {
      throw DataError(where + ": " + e.what());
    }
  }
  graph.entities = entities.take();
  return graph;
}

namespace {

// Adds `e`'s identifiers and listings to `have`, filling its empty fields.
void merge_entity(model::OwnedEntity& have, model::OwnedEntity& e) {
  have.name = have.name == have.id && !e.name.empty() ? e.name : have.name;
  have.country = have.country.empty() ? e.country : have.country;
  have.hq_country = have.hq_country.empty() ? e.hq_country : have.hq_country;
  for (model::Identifier& id : e.identifiers) {
    if (std::find(have.identifiers.begin(), have.identifiers.end(), id) == have.identifiers.end()) {
      have.identifiers.push_back(std::move(id));
    }
  }
  for (model::EntityListing& l : e.listings) {
    have.listings.push_back(std::move(l));
  }
}

// The first file of a dataset whose ids are all distinct (what every parser
// but a repeated-record file gives): merged in place, without re-interning
// a million ids. The result is what the general path gives.
bool merge_into_empty(model::OwnershipGraph& into, model::OwnershipGraph& more) {
  if (!into.entities.empty() || !into.edges.empty()) {
    return false;
  }
  util::IdTable ids;
  ids.reserve(more.entities.size());
  for (const model::OwnedEntity& e : more.entities) {
    if (ids.find(e.id)) {
      return false;
    }
    ids.insert(e.id);
  }
  for (model::OwnedEntity& e : more.entities) {
    model::OwnedEntity alone;  // what EntitySet::get makes of a new id
    alone.id = e.id;
    alone.name = e.id;
    merge_entity(alone, e);
    e = std::move(alone);
  }
  into.entities = std::move(more.entities);
  into.edges = std::move(more.edges);
  into.ends = std::move(more.ends);  // the entities keep their places
  return true;
}

}  // namespace

void merge_ownership(model::OwnershipGraph& into, model::OwnershipGraph more) {
  if (merge_into_empty(into, more)) {
    return;
  }
  EntitySet set;
  for (model::OwnedEntity& e : into.entities) {
    set.get(e.id) = std::move(e);
  }
  for (model::OwnedEntity& e : more.entities) {
    merge_entity(set.get(e.id), e);
  }
  into.entities = set.take();
  into.ends.clear();  // entities were reordered
  for (model::OwnershipEdge& e : more.edges) {
    into.edges.push_back(std::move(e));
  }
}

}  // namespace ecc::import
