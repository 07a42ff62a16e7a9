#include "model/country.hpp"

#include <array>
#include <map>
#include <vector>

#include "util/strings.hpp"

namespace ecc::model {

namespace {

struct CountryRow {
  const char* code;
  const char* name;
};

constexpr CountryRow k_countries[] = {
#include "model/country_table.inc"
};

// Names used by OFAC, BIS and common usage that differ from ICU's.
constexpr CountryRow k_aliases[] = {
    {"BO", "Bolivia"},
    {"BA", "Bosnia and Herzegovina"},
    {"MM", "Burma"},
    {"MM", "Myanmar"},
    {"CD", "Congo, Democratic Republic of the"},
    {"CD", "Democratic Republic of the Congo"},
    {"CG", "Congo, Republic of the"},
    {"CI", "Cote d'Ivoire"},
    {"CZ", "Czech Republic"},
    {"HK", "Hong Kong"},
    {"IR", "Iran, Islamic Republic of"},
    {"KP", "Korea, North"},
    {"KR", "Korea, South"},
    {"MO", "Macau"},
    {"MO", "Macao"},
    {"PS", "Palestinian"},
    {"PS", "West Bank"},
    {"PS", "Region: Gaza"},
    {"PS", "Gaza"},
    {"RU", "Russian Federation"},
    {"SY", "Syrian Arab Republic"},
    {"TW", "Taiwan, Province of China"},
    {"TZ", "Tanzania, United Republic of"},
    {"VG", "Virgin Islands, British"},
    {"VI", "Virgin Islands, U.S."},
    {"VN", "Viet Nam"},
    {"US", "USA"},
    {"US", "United States of America"},
    {"GB", "UK"},
    {"GB", "Great Britain"},
    {"TR", "Turkiye"},
    {"CN", "PRC"},
    {"CN", "People's Republic of China"},
    {"AE", "UAE"},
    {"SZ", "Swaziland"},
    {"MK", "Macedonia"},
    {"MK", "North Macedonia, The Republic of"},
    {"XK", "Kosovo"},
    {"CV", "Cape Verde"},
    {"LA", "Laos"},
    {"VE", "Venezuela"},
    {"ST", "Sao Tome and Principe"},
    {"AG", "Antigua and Barbuda"},
    {"KN", "Saint Kitts and Nevis"},
    {"VC", "Saint Vincent and the Grenadines"},
    {"TT", "Trinidad and Tobago"},
};

std::string key(std::string_view s) {
  return util::to_lower_ascii(util::collapse_spaces(s));
}

const std::map<std::string, std::string>& name_index() {
  static const std::map<std::string, std::string> index = [] {
    std::map<std::string, std::string> m;
    for (const CountryRow& r : k_countries) {
      m.emplace(key(r.name), r.code);
    }
    for (const CountryRow& r : k_aliases) {
      m.emplace(key(r.name), r.code);
    }
    return m;
  }();
  return index;
}

// Names by code: a 26 x 26 table indexed by the two letters (a million-row
// ownership file asks four times per row, so no scan of the table).
const std::array<const char*, 26 * 26>& code_table() {
  static const std::array<const char*, 26 * 26> table = [] {
    std::array<const char*, 26 * 26> t{};
    for (const CountryRow& r : k_countries) {
      t[static_cast<std::size_t>((r.code[0] - 'A') * 26 + (r.code[1] - 'A'))] = r.name;
    }
    return t;
  }();
  return table;
}

}  // namespace

bool is_country_code(std::string_view code) {
  return !country_name(code).empty();
}

std::string_view country_name(std::string_view code) {
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') {
    return {};
  }
  const char* name = code_table()[static_cast<std::size_t>((code[0] - 'A') * 26 + (code[1] - 'A'))];
  return name ? std::string_view(name) : std::string_view();
}

std::optional<std::string> country_code_for(std::string_view name_or_code) {
  std::string_view s = util::trim(name_or_code);
  if (s.size() == 2) {
    std::string upper(s);
    for (char& c : upper) {
      c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    if (is_country_code(upper)) {
      return upper;
    }
  }
  auto it = name_index().find(key(s));
  if (it == name_index().end()) {
    return std::nullopt;
  }
  return it->second;
}

}  // namespace ecc::model
