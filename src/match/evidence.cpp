// Evidence rules. A country agreeing with one of the entry's address
// countries adds a little; one that disagrees subtracts more, because a
// list entry's addresses say where the listed party is, but never enough to
// clear an exact name on its own. Identifiers are compared on letters and
// digits only; the type is compared the same way ("LEI" = "lei"). Hong Kong
// and Macau count as compatible with China both ways: the CSL writes Hong
// Kong addresses as "..., Hong Kong SAR, CN", and customer files say HK. Such
// a pair neither corroborates nor contradicts (delta 0): an HK party is not
// thereby the CN-addressed entity, so it must not gain over a real agreement.
#include "match/evidence.hpp"

#include <algorithm>
#include <cctype>

#include "match/matcher.hpp"
#include "util/strings.hpp"

namespace ecc::match {

std::string canonical_id(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

std::vector<std::string> entry_countries(const model::ListEntry& e) {
  std::vector<std::string> out;
  for (const auto& a : e.addresses) {
    if (!a.country.empty())
      out.push_back(canonical_id(a.country));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool compatible_countries(const std::string& a, const std::string& b) {
  if (a == b)
    return true;
  const auto greater_china = [](const std::string& c) { return c == "HK" || c == "MO"; };
  return (a == "CN" && greater_china(b)) || (b == "CN" && greater_china(a));
}

std::vector<Evidence> country_evidence(const std::string& query_country,
                                       const std::vector<std::string>& countries,
                                       const MatchOptions& opt) {
  const std::string qc = canonical_id(query_country);
  if (qc.empty() || countries.empty())
    return {};
  const std::string detail =
      "query country " + qc + "; entry countries " + util::join(countries, ", ");
  if (std::binary_search(countries.begin(), countries.end(), qc)) {
    return {{"country", "corroborates", opt.country_bonus, detail}};
  }
  for (const auto& c : countries) {
    if (compatible_countries(qc, c)) {
      return {{"country", "compatible", 0.0,
               detail + " (" + qc + " and " + c + " are compatible: no penalty, no bonus)"}};
    }
  }
  return {{"country", "contradicts", -opt.country_penalty, detail}};
}

std::vector<Evidence> identifier_evidence(const std::vector<model::Identifier>& query_ids,
                                          const std::vector<model::Identifier>& entry_ids,
                                          const MatchOptions& opt) {
  bool same_type = false;
  std::string type_seen;
  for (const auto& q : query_ids) {
    const std::string qn = canonical_id(q.number);
    if (qn.empty())
      continue;
    for (const auto& e : entry_ids) {
      if (canonical_id(e.number) == qn) {
        return {{"identifier", "corroborates", opt.identifier_bonus,
                 "identifier " + qn + " equals the entry's " +
                     (e.type.empty() ? "identifier" : e.type)}};
      }
      if (!q.type.empty() && canonical_id(q.type) == canonical_id(e.type)) {
        same_type = true;
        type_seen = e.type;
      }
    }
  }
  if (!same_type)
    return {};
  return {{"identifier", "contradicts", -opt.identifier_penalty,
           "the entry's " + type_seen + " differs from the query's"}};
}

}  // namespace ecc::match
