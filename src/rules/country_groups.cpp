// The country-groups file. Members are dated facts; a derived group names
// the groups it unites and those it takes away. References are checked after
// every group is read: an unknown name or a cycle (a group that includes
// itself, directly or not) is a load error, so evaluation always ends.
#include "rules/country_groups.hpp"

#include <algorithm>

#include "model/country.hpp"
#include "rules/json_fields.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::rules {

namespace {

using nlohmann::json;

model::GroupMember parse_member(const json& j, const std::string& file, const std::string& path) {
  model::GroupMember m;
  if (std::optional<std::string> code = string_of(j)) {
    m.country = *code;
  } else {
    Fields f(j, file, path);
    f.only({"country", "from", "to", "citation", "confidence"});
    m.country = f.string("country");
    m.from = f.optional_date("from");
    m.to = f.optional_date("to");
    m.citation = f.optional_string("citation");
    m.confidence = f.optional_string("confidence");
    if (m.from && m.to && *m.to < *m.from) {
      f.fail("to", "is before 'from'");
    }
  }
  if (!model::is_country_code(m.country)) {
    throw DataError(file + ": " + path + ": unknown country code " + util::quote(m.country));
  }
  return m;
}

std::vector<model::GroupMember> parse_members(const json& members, const std::string& file,
                                              const std::string& path) {
  if (!members.is_array()) {
    throw DataError(file + ": " + path + ": expected an array of country codes or members");
  }
  std::vector<model::GroupMember> out;
  for (size_t i = 0; i < members.size(); ++i) {
    out.push_back(parse_member(members[i], file, path + "[" + std::to_string(i) + "]"));
  }
  return out;
}

model::CountryGroup parse_group(const std::string& name, const json& j, const std::string& file) {
  std::string path = "groups." + name;
  model::CountryGroup g;
  g.name = name;
  if (j.is_array()) {
    g.members = parse_members(j, file, path);
    return g;
  }
  Fields f(j, file, path);
  f.only({"description", "citations", "confidence", "members", "include", "exclude"});
  g.description = f.optional_string("description");
  g.citations = f.strings("citations", false);
  g.confidence = f.strings("confidence", false);
  if (j.contains("members")) {
    g.members = parse_members(j.at("members"), file, path + ".members");
  }
  g.include = f.strings("include", false);
  g.exclude = f.strings("exclude", false);
  if (g.members.empty() && g.include.empty()) {
    f.fail("members", "a group needs members or include");
  }
  return g;
}

// Throws when `name` reaches itself through include/exclude, or names an unknown group.
void check_references(const model::CountryGroups& cg, const std::string& name,
                      std::vector<std::string>& path, const std::string& file) {
  const model::CountryGroup& g = cg.groups.at(name);
  path.push_back(name);
  for (const std::vector<std::string>* refs : {&g.include, &g.exclude}) {
    for (const std::string& r : *refs) {
      if (!cg.groups.count(r)) {
        throw DataError(file + ": groups." + name + ": unknown country group " + util::quote(r));
      }
      if (std::find(path.begin(), path.end(), r) != path.end()) {
        throw DataError(file + ": groups." + name + ": cyclic group reference " +
                        util::join(path, " -> ") + " -> " + r);
      }
      check_references(cg, r, path, file);
    }
  }
  path.pop_back();
}

}  // namespace

model::CountryGroups parse_country_groups(const std::string& text, const std::string& file) {
  json doc = parse_json(text, file);
  Fields f(doc, file, "");
  f.only({"citations", "confidence", "groups", "notes"});
  model::CountryGroups cg;
  cg.citations = f.strings("citations", true);
  cg.confidence = f.strings("confidence", false);
  auto groups = f.optional_object("groups");
  if (!groups) {
    f.fail("groups", "missing");
  }
  for (const auto& [name, value] : groups->json().items()) {
    cg.groups[name] = parse_group(name, value, file);
  }
  for (const auto& [name, group] : cg.groups) {
    std::vector<std::string> path;
    check_references(cg, name, path, file);
  }
  return cg;
}

}  // namespace ecc::rules
