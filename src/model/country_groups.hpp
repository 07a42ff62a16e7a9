#pragma once
// Country groups of Supplement No. 1 to EAR Part 740 (and the sets rules
// derive from them) as dated facts: each membership holds from a date to a
// date with its own citation and confidence, and a derived group is a union of
// members and other groups minus excluded groups, all evaluated on the as-of
// date. A BIS change (Cambodia leaving D:5, the UAE joining A:5) is then an
// edit of rules/country_groups.json, never of code.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

namespace ecc::model {

// `country` is a member from `from` to `to`, both inclusive; unset = open.
struct GroupMember {
  std::string country;
  std::optional<util::Date> from;
  std::optional<util::Date> to;
  std::string citation;    // empty: the group's citations
  std::string confidence;  // empty: the group's confidence notes
};

struct CountryGroup {
  std::string name;
  std::string description;
  std::vector<std::string> citations;
  std::vector<std::string> confidence;
  std::vector<GroupMember> members;
  std::vector<std::string> include;  // groups whose members (on the date) are members
  std::vector<std::string> exclude;  // groups whose members (on the date) are not
};

// True when `m` holds on `date`.
bool holds_on(const GroupMember& m, util::Date date);

struct CountryGroups {
  std::vector<std::string> citations;
  std::vector<std::string> confidence;
  std::map<std::string, CountryGroup> groups;

  // True when `country` is in group `name` on `date` (false for an unknown group).
  bool contains(const std::string& name, const std::string& country, util::Date date) const;
  // The members of group `name` on `date`, sorted.
  std::vector<std::string> members_on(const std::string& name, util::Date date) const;
  // The dated facts (memberships with a date or their own citation) that put
  // `country` in group `name` on `date`, through included groups; empty when
  // it is not a member or only undated facts do.
  std::vector<const GroupMember*> dated_basis(const std::string& name, const std::string& country,
                                              util::Date date) const;
};

}  // namespace ecc::model
