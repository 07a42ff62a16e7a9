#pragma once
// Loads rules/country_groups.json: every group as dated membership facts
// (model/country_groups.hpp). docs/rules.md, "Country groups", shows the format.

#include <string>

#include "model/country_groups.hpp"

namespace ecc::rules {

// Parses the country-groups file. A group is an array of ISO codes (members
// on every date) or an object with description, citations, confidence,
// members (codes, or objects {country, from, to, citation, confidence}),
// include and exclude (names of other groups). Throws DataError naming the
// file and field for an unknown key or country code, a bad date, an interval
// that ends before it starts, and an unknown or cyclic group reference.
model::CountryGroups parse_country_groups(const std::string& text, const std::string& file);

}  // namespace ecc::rules
