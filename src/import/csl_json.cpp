// trade.gov CSL JSON: the API's {"results":[...]} envelope or a bare array of
// the same records. Arrays stay arrays; addresses are objects with a country.
#include <nlohmann/json.hpp>

#include "import/list_parsers.hpp"
#include "model/list_code.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::import {

namespace {

using nlohmann::json;

std::string line_col(std::string_view content, size_t byte) {
  size_t line = 1;
  size_t col = 1;
  for (size_t i = 0; i < byte && i < content.size(); ++i) {
    if (content[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

std::string str(const json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) {
    return {};
  }
  if (it->is_string()) {
    return it->get<std::string>();
  }
  if (it->is_number()) {
    return it->dump();
  }
  return {};
}

std::vector<std::string> strings(const json& record, const char* key) {
  std::vector<std::string> out;
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) {
    return out;
  }
  if (it->is_string()) {
    return util::split(it->get<std::string>(), ";");
  }
  for (const json& v : *it) {
    if (v.is_string() && !util::trim(v.get<std::string>()).empty()) {
      out.push_back(util::collapse_spaces(v.get<std::string>()));
    }
  }
  return out;
}

model::ListEntry entry_from(const json& r, const std::string& where) {
  if (!r.is_object()) {
    throw DataError(where + ": record is not an object");
  }
  model::ListEntry e;
  e.source_name = str(r, "source");
  auto code = model::list_code_for_csl_source(e.source_name);
  e.list_code = code ? *code : "other";
  e.entry_key = str(r, "id");
  e.entity_number = str(r, "entity_number");
  e.entry_type = str(r, "type");
  e.name = util::collapse_spaces(str(r, "name"));
  if (e.name.empty()) {
    throw DataError(where + ": record has no 'name'");
  }
  for (const std::string& a : strings(r, "alt_names")) {
    e.aliases.push_back({csl_alias(a), "aka"});
  }
  if (auto it = r.find("addresses"); it != r.end() && it->is_array()) {
    for (const json& a : *it) {
      e.addresses.push_back({str(a, "address"), str(a, "city"), str(a, "state"),
                             str(a, "postal_code"), str(a, "country")});
    }
  }
  if (auto it = r.find("ids"); it != r.end() && it->is_array()) {
    for (const json& i : *it) {
      e.identifiers.push_back({str(i, "type"), str(i, "number"), str(i, "country"),
                               str(i, "issue_date"), str(i, "expiration_date")});
    }
  }
  e.programs = strings(r, "programs");
  e.fr_citations = util::split(str(r, "federal_register_notice"), ";");
  e.start_date = str(r, "start_date");
  e.end_date = str(r, "end_date");
  for (const std::string* d : {&e.start_date, &e.end_date}) {
    if (!d->empty() && !util::parse_iso_date(*d)) {
      throw DataError(where + ": invalid date " + util::quote(*d) + " (expected YYYY-MM-DD)");
    }
  }
  e.license_requirement = util::collapse_spaces(str(r, "license_requirement"));
  e.license_policy = util::collapse_spaces(str(r, "license_policy"));
  e.remarks = str(r, "remarks");
  e.source_url = str(r, "source_information_url");
  return e;
}

}  // namespace

std::vector<model::ListEntry> parse_csl_json(std::string_view content, const std::string& name) {
  if (auto bad = util::find_invalid_utf8(content)) {
    throw DataError(name + ":" + line_col(content, *bad) + ": invalid UTF-8");
  }
  json doc;
  try {
    doc = json::parse(content);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    size_t pos = what.find("syntax error");
    throw DataError(name + ":" + line_col(content, e.byte == 0 ? 0 : e.byte - 1) +
                    ": malformed JSON: " + (pos == std::string::npos ? what : what.substr(pos)));
  }
  const json* records = &doc;
  if (doc.is_object()) {
    auto it = doc.find("results");
    if (it == doc.end() || !it->is_array()) {
      throw DataError(name + ": not a CSL JSON file: no 'results' array");
    }
    records = &*it;
  } else if (!doc.is_array()) {
    throw DataError(name + ": not a CSL JSON file: expected an object or an array");
  }
  std::vector<model::ListEntry> entries;
  size_t index = 0;
  for (const json& r : *records) {
    entries.push_back(entry_from(r, name + ": results[" + std::to_string(index++) + "]"));
  }
  return entries;
}

}  // namespace ecc::import
