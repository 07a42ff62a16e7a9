// OpenSanctions FollowTheMoney JSON lines -> ownership data. Each line is one
// entity {id, schema, properties: {name: [...], ...}}; every property is an
// array of strings and the first value is used. Ownership percentages given
// as a range ("25-50%", as in UK PSC data) are kept as unknown shares, which
// the analysis treats conservatively (review), rather than guessed.

#include <nlohmann/json.hpp>

#include "import/ownership_import.hpp"
#include "import/ownership_util.hpp"
#include "model/country.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {
namespace {

using nlohmann::json;

std::string first(const json& props, const char* key) {
  auto it = props.find(key);
  if (it == props.end() || !it->is_array() || it->empty() || !(*it)[0].is_string()) {
    return "";
  }
  return std::string(util::trim((*it)[0].get<std::string>()));
}

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

void add_ownership(const json& props, const std::string& where, model::OwnershipGraph& graph,
                   EntitySet& entities) {
  std::string owner = first(props, "owner");
  std::string asset = first(props, "asset");
  std::string start = first(props, "startDate");
  model::OwnershipEdge e =
      make_edge(owner, asset, share_text(first(props, "percentage")), "", where);
  e.as_of = ftm_date(start.empty() ? first(props, "date") : start);
  e.source = "opensanctions";
  entities.get(owner);
  entities.get(asset);
  std::optional<util::Date> end = ftm_date(first(props, "endDate"));
  graph.edges.push_back(e);
  if (end) {
    e.percent = 0.0;
    e.as_of = end;
    graph.edges.push_back(std::move(e));
  }
}

void add_entity(const std::string& id, const json& props, EntitySet& entities) {
  model::OwnedEntity& e = entities.get(id);
  std::string name = first(props, "name");
  if (!name.empty()) {
    e.name = name;
  }
  std::string country = first(props, "jurisdiction");
  for (const char* key : {"country", "nationality"}) {
    country = country.empty() ? first(props, key) : country;
  }
  country = upper_ascii(country);
  e.country = model::is_country_code(country) ? country : e.country;
  for (const auto& [key, type] :
       {std::pair{"leiCode", "LEI"}, std::pair{"registrationNumber", "Registration number"}}) {
    std::string value = first(props, key);
    if (!value.empty()) {
      e.identifiers.push_back({type, value, "", "", ""});
    }
  }
}

json parse_line(std::string_view line, const std::string& where) {
  try {
    json j = json::parse(line);
    if (!j.is_object()) {
      throw DataError(where + ": expected a JSON object");
    }
    return j;
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    std::size_t cut = what.find("] ");
    throw DataError(
        where + ": malformed JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2)));
  }
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
    json j = parse_line(raw, where);
    std::string schema = j.value("schema", "");
    const json props = j.value("properties", json::object());
    try {
      if (schema == "Ownership") {
        add_ownership(props, where, graph, entities);
      } else if (schema == "Company" || schema == "Organization" || schema == "LegalEntity" ||
                 schema == "Person") {
        add_entity(j.value("id", ""), props, entities);
      }
    } catch (const EdgeError& e) {
      throw DataError(where + ": " + e.what());
    }
  }
  graph.entities = entities.take();
  return graph;
}

void merge_ownership(model::OwnershipGraph& into, model::OwnershipGraph more) {
  EntitySet set;
  for (model::OwnedEntity& e : into.entities) {
    set.get(e.id) = std::move(e);
  }
  for (model::OwnedEntity& e : more.entities) {
    model::OwnedEntity& have = set.get(e.id);
    have.name = have.name == have.id && !e.name.empty() ? e.name : have.name;
    have.country = have.country.empty() ? e.country : have.country;
    have.hq_country = have.hq_country.empty() ? e.hq_country : have.hq_country;
    for (model::Identifier& id : e.identifiers) {
      if (std::find(have.identifiers.begin(), have.identifiers.end(), id) ==
          have.identifiers.end()) {
        have.identifiers.push_back(std::move(id));
      }
    }
    for (model::EntityListing& l : e.listings) {
      have.listings.push_back(std::move(l));
    }
  }
  into.entities = set.take();
  into.ends.clear();  // entities were reordered
  for (model::OwnershipEdge& e : more.edges) {
    into.edges.push_back(std::move(e));
  }
}

}  // namespace ecc::import
