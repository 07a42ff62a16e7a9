#include "model/entry_diff.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace ecc::model {

namespace {

using Key = std::pair<std::string, std::string>;

Key key_of(const ListEntry& e) {
  return {e.list_code, e.entry_key};
}

bool entry_less(const ListEntry& a, const ListEntry& b) {
  return std::tie(a.list_code, a.name, a.entry_key) < std::tie(b.list_code, b.name, b.entry_key);
}

}  // namespace

std::vector<std::string> differing_fields(const ListEntry& a, const ListEntry& b) {
  std::vector<std::string> out;
  auto check = [&out](bool same, const char* name) {
    if (!same) {
      out.emplace_back(name);
    }
  };
  check(a.source_name == b.source_name, "source_name");
  check(a.entity_number == b.entity_number, "entity_number");
  check(a.entry_type == b.entry_type, "entry_type");
  check(a.name == b.name, "name");
  check(a.aliases == b.aliases, "aliases");
  check(a.addresses == b.addresses, "addresses");
  check(a.identifiers == b.identifiers, "identifiers");
  check(a.programs == b.programs, "programs");
  check(a.fr_citations == b.fr_citations, "fr_citations");
  check(a.start_date == b.start_date, "start_date");
  check(a.end_date == b.end_date, "end_date");
  check(a.license_requirement == b.license_requirement, "license_requirement");
  check(a.license_policy == b.license_policy, "license_policy");
  check(a.remarks == b.remarks, "remarks");
  check(a.source_url == b.source_url, "source_url");
  return out;
}

EntryDiff diff_entries(const std::vector<ListEntry>& before, const std::vector<ListEntry>& after) {
  std::map<Key, const ListEntry*> old_by_key;
  for (const ListEntry& e : before) {
    old_by_key.emplace(key_of(e), &e);
  }
  EntryDiff diff;
  std::map<Key, bool> seen;
  for (const ListEntry& e : after) {
    auto it = old_by_key.find(key_of(e));
    if (it == old_by_key.end()) {
      diff.added.push_back(e);
      continue;
    }
    seen[it->first] = true;
    std::vector<std::string> fields = differing_fields(*it->second, e);
    if (fields.empty()) {
      ++diff.unchanged;
    } else {
      diff.changed.push_back({*it->second, e, std::move(fields)});
    }
  }
  for (const ListEntry& e : before) {
    if (!seen.count(key_of(e))) {
      diff.removed.push_back(e);
    }
  }
  std::sort(diff.added.begin(), diff.added.end(), entry_less);
  std::sort(diff.removed.begin(), diff.removed.end(), entry_less);
  std::sort(
      diff.changed.begin(), diff.changed.end(),
      [](const ChangedEntry& a, const ChangedEntry& b) { return entry_less(a.after, b.after); });
  return diff;
}

}  // namespace ecc::model
