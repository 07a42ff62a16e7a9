// Group membership on a date: a country is in a group when one of its own
// member facts holds on the date or an included group has it, and no
// excluded group has it. The loader (rules/screening_rules.cpp) rejects
// unknown and cyclic references, so the recursion ends.
#include "model/country_groups.hpp"

#include <algorithm>
#include <set>

namespace ecc::model {

namespace {

void collect(const CountryGroups& all, const std::string& name, util::Date date,
             std::set<std::string>& out) {
  auto it = all.groups.find(name);
  if (it == all.groups.end()) {
    return;
  }
  std::set<std::string> in;
  for (const GroupMember& m : it->second.members) {
    if (holds_on(m, date)) {
      in.insert(m.country);
    }
  }
  for (const std::string& g : it->second.include) {
    collect(all, g, date, in);
  }
  std::set<std::string> out_of;
  for (const std::string& g : it->second.exclude) {
    collect(all, g, date, out_of);
  }
  for (const std::string& c : in) {
    if (!out_of.count(c)) {
      out.insert(c);
    }
  }
}

}  // namespace

bool holds_on(const GroupMember& m, util::Date date) {
  return (!m.from || *m.from <= date) && (!m.to || date <= *m.to);
}

bool CountryGroups::contains(const std::string& name, const std::string& country,
                             util::Date date) const {
  std::vector<std::string> members = members_on(name, date);
  return std::binary_search(members.begin(), members.end(), country);
}

std::vector<std::string> CountryGroups::members_on(const std::string& name, util::Date date) const {
  std::set<std::string> out;
  collect(*this, name, date, out);
  return {out.begin(), out.end()};
}

std::vector<const GroupMember*> CountryGroups::dated_basis(const std::string& name,
                                                           const std::string& country,
                                                           util::Date date) const {
  std::vector<const GroupMember*> out;
  auto it = groups.find(name);
  if (it == groups.end() || !contains(name, country, date)) {
    return out;
  }
  for (const GroupMember& m : it->second.members) {
    if (m.country == country && holds_on(m, date) && (m.from || m.to || !m.citation.empty())) {
      out.push_back(&m);
    }
  }
  for (const std::string& g : it->second.include) {
    for (const GroupMember* m : dated_basis(g, country, date)) {
      if (std::find(out.begin(), out.end(), m) == out.end()) {
        out.push_back(m);
      }
    }
  }
  return out;
}

}  // namespace ecc::model
