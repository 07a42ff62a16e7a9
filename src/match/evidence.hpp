#pragma once
// Corroborating and contradicting evidence besides the name: country and
// identifiers (LEI, registration numbers). Pure helpers of the matcher.

#include <string>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::match {

struct Evidence;
struct MatchOptions;

// The entry's address countries, upper-case, sorted, unique.
std::vector<std::string> entry_countries(const model::ListEntry& e);

// True when two upper-case country codes may name the same place for list
// matching: equal, or HK/MO against CN (either way round).
bool compatible_countries(const std::string& a, const std::string& b);

// Country evidence for a query country against an entry's countries; none
// when either side has no country. HK/MO against CN (and back) is
// "compatible" with delta 0.
std::vector<Evidence> country_evidence(const std::string& query_country,
                                       const std::vector<std::string>& entry_countries,
                                       const MatchOptions& opt);

// Identifier evidence: an equal number corroborates; the same identifier
// type with only different numbers contradicts.
std::vector<Evidence> identifier_evidence(const std::vector<model::Identifier>& query_ids,
                                          const std::vector<model::Identifier>& entry_ids,
                                          const MatchOptions& opt);

// Upper-case letters and digits of an identifier number ("5493-00 ab" -> "549300AB").
std::string canonical_id(const std::string& s);

}  // namespace ecc::match
