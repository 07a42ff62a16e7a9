// Number words, ordinals and Roman numerals to digits; honorific and
// particle tables. Roman numerals are read only from two letters on and
// never "xi" (a common Chinese name), so "Partners VII" is 7 and "Xi" stays.
#include "match/word_classes.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ecc::match {

namespace {

using Numbers = std::unordered_map<std::string_view, int>;

const Numbers& units() {
  static const Numbers m = {
      {"zero", 0},         {"one", 1},         {"two", 2},        {"three", 3},
      {"four", 4},         {"five", 5},        {"six", 6},        {"seven", 7},
      {"eight", 8},        {"nine", 9},        {"ten", 10},       {"eleven", 11},
      {"twelve", 12},      {"thirteen", 13},   {"fourteen", 14},  {"fifteen", 15},
      {"sixteen", 16},     {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19},
      {"first", 1},        {"second", 2},      {"third", 3},      {"fourth", 4},
      {"fifth", 5},        {"sixth", 6},       {"seventh", 7},    {"eighth", 8},
      {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},  {"twelfth", 12},
      {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}};
  return m;
}

const Numbers& tens() {
  static const Numbers m = {
      {"twenty", 20},    {"thirty", 30},     {"forty", 40},     {"fifty", 50},
      {"sixty", 60},     {"seventy", 70},    {"eighty", 80},    {"ninety", 90},
      {"twentieth", 20}, {"thirtieth", 30},  {"fortieth", 40},  {"fiftieth", 50},
      {"sixtieth", 60},  {"seventieth", 70}, {"eightieth", 80}, {"ninetieth", 90}};
  return m;
}

int find_number(const Numbers& m, std::string_view t) {
  const auto it = m.find(t);
  return it == m.end() ? -1 : it->second;
}

// "13th", "1st", "702nd" -> "13", "1", "702"; "" when not an ordinal.
std::string ordinal_digits(std::string_view t) {
  const size_t d = t.find_first_not_of("0123456789");
  if (d == 0 || d == std::string_view::npos || t.size() != d + 2) {
    return "";
  }
  const std::string_view suffix = t.substr(d);
  return (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
             ? std::string(t.substr(0, d))
             : "";
}

// Roman numerals 2..39 of i, v, x ("ii" .. "xxxix"), never "xi"; -1 otherwise.
int roman(std::string_view t) {
  if (t.size() < 2 || t == "xi" || t.find_first_not_of("ivx") != std::string_view::npos) {
    return -1;
  }
  static const std::unordered_map<char, int> value = {{'i', 1}, {'v', 5}, {'x', 10}};
  int total = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    const int v = value.at(t[k]);
    total += (k + 1 < t.size() && v < value.at(t[k + 1])) ? -v : v;
  }
  return total >= 2 && total < 40 ? total : -1;
}

}  // namespace

bool is_number(std::string_view token) {
  return !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
}

std::vector<std::string> fold_numbers(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (const int ten = find_number(tens(), t); ten >= 0) {
      const int unit = i + 1 < tokens.size() ? find_number(units(), tokens[i + 1]) : -1;
      if (unit > 0 && unit < 10) {
        out.push_back(std::to_string(ten + unit));
        ++i;
      } else {
        out.push_back(std::to_string(ten));
      }
    } else if (const int unit = find_number(units(), t); unit >= 0) {
      out.push_back(std::to_string(unit));
    } else if (const std::string d = ordinal_digits(t); !d.empty()) {
      out.push_back(d);
    } else if (const int r = roman(t); r > 0) {
      out.push_back(std::to_string(r));
    } else {
      out.push_back(t);
    }
  }
  // "No. 14", "Nr 3": the word for "number" before a number says nothing.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if ((out[i] == "no" || out[i] == "nr" || out[i] == "num") && is_number(out[i + 1])) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  return out;
}

std::vector<std::string> fold_abd(const std::vector<std::string>& tokens) {
  static const std::unordered_set<std::string_view> spellings = {"abdel",  "abdal", "abdol",
                                                                 "abdoul", "abdil", "abdoul"};
  static const std::unordered_set<std::string_view> articles = {"al", "el", "ul", "ol", "il"};
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == "abd" && i + 1 < tokens.size() && articles.count(tokens[i + 1])) {
      out.emplace_back("abdul");  // "Abd al-Rahman" = "Abdul Rahman"
      ++i;
    } else if (spellings.count(tokens[i])) {
      out.emplace_back("abdul");
    } else {
      out.push_back(tokens[i]);
    }
  }
  return out;
}

bool is_honorific(std::string_view token) {
  static const std::unordered_set<std::string_view> w = {
      "shaikh",    "sheikh",    "sheik",     "shaykh",        "president", "general", "gen",
      "dr",        "doctor",    "mr",        "mrs",           "ms",        "miss",    "prof",
      "professor", "ayatollah", "ayatullah", "hojjatoleslam", "mullah",    "mulla",   "maulana",
      "maulvi",    "mawlawi",   "mawlana",   "haji",          "hajji",     "hadji",   "colonel",
      "col",       "brigadier", "major",     "lieutenant",    "lt",        "captain", "capt",
      "admiral",   "commander", "sir",       "lord",          "imam",      "emir",    "prince",
      "princess",  "sayyid",    "sayed",     "seyed",         "syed",      "mufti",   "qari",
      "engineer",  "eng",       "senator",   "minister",      "marshal",   "sergeant"};
  return w.count(token) > 0;
}

bool is_patronymic(std::string_view token) {
  static const std::string_view suffixes[] = {"ovich", "evich", "ovych", "evych",
                                              "ovna",  "evna",  "ivna",  "ichna"};
  if (token.size() < 6) {
    return false;
  }
  return std::any_of(std::begin(suffixes), std::end(suffixes), [&](std::string_view s) {
    return token.size() > s.size() + 1 && token.substr(token.size() - s.size()) == s;
  });
}

bool is_particle(std::string_view token) {
  static const std::unordered_set<std::string_view> w = {
      "al",  "el",  "bin", "ben", "ibn", "bint", "abu", "abou", "abi", "van",
      "von", "de",  "der", "den", "da",  "di",   "du",  "la",   "le",  "ul",
      "ud",  "bin", "ter", "dos", "das", "del",  "y",   "e",    "ait", "ould"};
  return w.count(token) > 0;
}

bool is_generic_word(std::string_view t) {
  static const std::unordered_set<std::string_view> words = {
      "technology",    "trading",       "international",  "group",        "holding",
      "industry",      "services",      "china",          "global",       "general",
      "import",        "export",        "development",    "engineering",  "electronics",
      "investment",    "enterprise",    "solution",       "system",       "network",
      "communication", "information",   "digital",        "science",      "research",
      "institute",     "center",        "national",       "new",          "world",
      "united",        "asia",          "pacific",        "company",      "intelligent",
      "software",      "manufacturing", "equipment",      "logistics",    "shipping",
      "energy",        "industry",      "product",        "material",     "device",
      "semiconductor", "computer",      "computing",      "university",   "laboratory",
      "bank",          "hong",          "kong",           "beijing",      "shanghai",
      "shenzhen",      "limited",       "foundation",     "society",      "organization",
      "association",   "committee",     "charity",        "charitable",   "trust",
      "movement",      "front",         "council",        "agency",       "union",
      "federation",    "institution",   "office",         "bureau",       "department",
      "ministry",      "authority",     "administration", "fund",         "factory",
      "plant",         "works",         "firm",           "corporation",  "academy",
      "brigade",       "party",         "organisation",   "establishment"};
  return words.count(t) > 0;
}

}  // namespace ecc::match
