// trade.gov CSL JSON: the API's {"results":[...]} envelope or a bare array of
// the same records. Arrays stay arrays; addresses are objects with a country.
#include "import/json_input.hpp"
#include "import/list_parsers.hpp"
#include "model/list_code.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::import {

namespace {

// One record's fields, read with their type checked: a text field may be a
// string, a number (written as in the file) or null; anything else is an
// error naming the field ("FILE: results[3].name: expected a string, got an object").
struct Record {
  const Json& j;
  const std::string& where;

  [[noreturn]] void fail(const std::string& field, const std::string& message) const {
    throw DataError(where + "." + field + ": " + message);
  }
  std::string str(const Json& from, const std::string& field, const std::string& key) const {
    const Json* v = json_member(from, key);
    if (v == nullptr) {
      return {};
    }
    if (std::optional<std::string> s = json_string(*v)) {
      return *s;
    }
    if (v->is_number()) {
      return json_number_text(*v);
    }
    fail(field, "expected a string, got " + json_type(*v));
  }
  std::string str(const char* key) const { return str(j, key, key); }
  // An array of strings (nulls and blanks skipped) or one "; "-separated string.
  std::vector<std::string> strings(const char* key) const {
    const Json* v = json_member(j, key);
    std::vector<std::string> out;
    if (v == nullptr) {
      return out;
    }
    if (std::optional<std::string> s = json_string(*v)) {
      return util::split(*s, ";");
    }
    if (!v->is_array()) {
      fail(key, "expected an array of strings, got " + json_type(*v));
    }
    for (size_t i = 0; i < v->size(); ++i) {
      const Json& item = (*v)[i];
      std::optional<std::string> s = json_string(item);
      if (!s && !item.is_null()) {
        fail(std::string(key) + "[" + std::to_string(i) + "]",
             "expected a string, got " + json_type(item));
      }
      if (s && !util::trim(*s).empty()) {
        out.push_back(util::collapse_spaces(*s));
      }
    }
    return out;
  }
  // The objects of an array member, each with its field name for messages.
  std::vector<std::pair<const Json*, std::string>> objects(const char* key) const {
    const Json* v = json_member(j, key);
    std::vector<std::pair<const Json*, std::string>> out;
    if (v == nullptr) {
      return out;
    }
    if (!v->is_array()) {
      fail(key, "expected an array of objects, got " + json_type(*v));
    }
    for (size_t i = 0; i < v->size(); ++i) {
      std::string field = std::string(key) + "[" + std::to_string(i) + "]";
      if (!(*v)[i].is_object()) {
        fail(field, "expected an object, got " + json_type((*v)[i]));
      }
      out.emplace_back(&(*v)[i], field);
    }
    return out;
  }
};

// "addresses" and "ids": arrays of objects of text fields.
void add_addresses_and_ids(const Record& r, model::ListEntry& e) {
  for (const auto& [a, f] : r.objects("addresses")) {
    e.addresses.push_back({r.str(*a, f + ".address", "address"), r.str(*a, f + ".city", "city"),
                           r.str(*a, f + ".state", "state"),
                           r.str(*a, f + ".postal_code", "postal_code"),
                           r.str(*a, f + ".country", "country")});
  }
  for (const auto& [i, f] : r.objects("ids")) {
    e.identifiers.push_back({r.str(*i, f + ".type", "type"), r.str(*i, f + ".number", "number"),
                             r.str(*i, f + ".country", "country"),
                             r.str(*i, f + ".issue_date", "issue_date"),
                             r.str(*i, f + ".expiration_date", "expiration_date")});
  }
}

model::ListEntry entry_from(const Json& j, const std::string& where) {
  if (!j.is_object()) {
    throw DataError(where + ": record is not an object");
  }
  const Record r{j, where};
  model::ListEntry e;
  e.source_name = r.str("source");
  auto code = model::list_code_for_csl_source(e.source_name);
  e.list_code = code ? *code : "other";
  e.entry_key = r.str("id");
  e.entity_number = r.str("entity_number");
  e.entry_type = r.str("type");
  e.name = util::collapse_spaces(r.str("name"));
  if (e.name.empty()) {
    throw DataError(where + ": record has no 'name'");
  }
  for (const std::string& a : r.strings("alt_names")) {
    e.aliases.push_back({csl_alias(a), "aka"});
  }
  add_addresses_and_ids(r, e);
  e.programs = r.strings("programs");
  e.fr_citations = util::split(r.str("federal_register_notice"), ";");
  e.start_date = r.str("start_date");
  e.end_date = r.str("end_date");
  for (const std::string* d : {&e.start_date, &e.end_date}) {
    if (!d->empty() && !util::parse_iso_date(*d)) {
      throw DataError(where + ": invalid date " + util::quote(*d) + " (expected YYYY-MM-DD)");
    }
  }
  e.license_requirement = util::collapse_spaces(r.str("license_requirement"));
  e.license_policy = util::collapse_spaces(r.str("license_policy"));
  e.remarks = r.str("remarks");
  e.source_url = r.str("source_information_url");
  return e;
}

}  // namespace

std::vector<model::ListEntry> parse_csl_json(std::string_view content, const std::string& name) {
  if (auto bad = util::find_invalid_utf8(content)) {
    throw DataError(name + ":" + text_position(content, *bad) + ": invalid UTF-8");
  }
  const Json doc = parse_json(content, name);
  const Json* records = &doc;
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
  for (const Json& r : *records) {
    entries.push_back(entry_from(r, name + ": results[" + std::to_string(index++) + "]"));
  }
  return entries;
}

}  // namespace ecc::import
