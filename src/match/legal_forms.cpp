// Data tables of the normalizer: word variants, stop words, misspelt and
// glued legal forms. The legal forms themselves and their classes are in
// org_types.cpp; they are set aside rather than compared token by token.
#include "match/legal_forms.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "match/org_types.hpp"

namespace ecc::match {

namespace {

using Map = std::unordered_map<std::string_view, std::string_view>;

const Map& variant_map() {
  static const Map m = {
      {"technologies", "technology"},
      {"tech", "technology"},
      {"technological", "technology"},
      {"electronic", "electronics"},
      {"communications", "communication"},
      {"systems", "system"},
      {"holdings", "holding"},
      {"industries", "industry"},
      {"intl", "international"},
      {"mfg", "manufacturing"},
      {"labs", "laboratory"},
      {"lab", "laboratory"},
      {"laboratories", "laboratory"},
      {"centre", "center"},
      {"ctr", "center"},
      {"univ", "university"},
      {"inst", "institute"},
      {"dept", "department"},
      {"svcs", "services"},
      {"service", "services"},
      {"enterprises", "enterprise"},
      {"solutions", "solution"},
      {"products", "product"},
      {"networks", "network"},
      {"materials", "material"},
      {"instruments", "instrument"},
      {"semiconductors", "semiconductor"},
      {"devices", "device"},
      {"trade", "trading"},
      {"xinxi", "information"},
      {"jishu", "technology"},
      {"keji", "technology"},
      {"dianzi", "electronics"},
      {"kaifa", "development"},
      {"jituan", "group"},
      {"yanjiusuo", "institute"},
      {"daxue", "university"},
      {"guoji", "international"},
      {"maoyi", "trading"},
      {"touzi", "investment"},
      {"konggu", "holding"},
      {"st", "saint"},
      {"mt", "mount"},
      {"bros", "brothers"},
      {"assn", "association"},
      {"assoc", "association"},
      {"imp", "import"},
      {"exp", "export"},
      {"natl", "national"},
      {"grp", "group"},
      {"org", "organization"},
      {"organisation", "organization"},
      {"hldgs", "holding"},
      {"hldg", "holding"},
  };
  return m;
}

const Map& stop_map() {
  static const Map m = {{"the", "the"}, {"of", "of"}, {"and", "and"}, {"for", "for"},
                        {"de", "de"},   {"la", "la"}, {"el", "el"},   {"der", "der"},
                        {"und", "und"}, {"et", "et"}, {"du", "du"},   {"des", "des"}};
  return m;
}

std::vector<LegalPhrase> make_phrases() {
  std::vector<LegalPhrase> p;
  for (const LegalForm& f : legal_form_table()) {  // longest first
    if (f.words.size() > 1) {
      p.push_back({f.words, f.form});
    }
  }
  return p;
}

std::string_view find_in(const Map& m, std::string_view token) {
  const auto it = m.find(token);
  return it == m.end() ? std::string_view{} : it->second;
}

}  // namespace

const std::vector<LegalPhrase>& legal_phrases() {
  static const auto phrases = make_phrases();
  return phrases;
}

std::string_view single_legal_form(std::string_view token) {
  const LegalForm* f = single_word_form(token);
  return f ? f->form : std::string_view{};
}

std::string_view canonical_word(std::string_view token) {
  const std::string_view v = find_in(variant_map(), token);
  return v.empty() ? token : v;
}

bool is_stop_word(std::string_view token) {
  return !find_in(stop_map(), token).empty();
}

std::string_view misspelt_legal_form(std::string_view token) {
  static const std::vector<std::pair<std::string_view, std::string_view>> long_forms = {
      {"limited", "ltd"}, {"company", "co"}, {"corporation", "corp"}, {"incorporated", "inc"}};
  if (token.size() < 6)
    return {};
  for (const auto& [word, form] : long_forms) {
    if (within_one_edit(token, word))
      return form;
  }
  return {};
}

std::pair<std::string_view, std::string_view> glued_legal_form(std::string_view token) {
  static const std::vector<std::string_view> prefixes = {"pjsc", "ojsc", "cjsc", "jsc",
                                                         "ooo",  "oao",  "zao",  "company"};
  static const std::vector<std::string_view> suffixes = {
      "ltda", "ltd", "llc", "gmbh", "ooo", "pjsc", "jsc", "company", "limited", "corporation"};
  for (const auto p : prefixes) {
    if (token.size() >= p.size() + 4 && token.substr(0, p.size()) == p) {
      return {single_legal_form(p), token.substr(p.size())};
    }
  }
  for (const auto x : suffixes) {
    if (token.size() >= x.size() + 4 && token.substr(token.size() - x.size()) == x) {
      return {single_legal_form(x), token.substr(0, token.size() - x.size())};
    }
  }
  return {};
}

bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() == b.size()) {
    size_t first = a.size(), diffs = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i] && diffs++ == 0)
        first = i;
    }
    return diffs <= 1 || (diffs == 2 && first + 1 < a.size() && a[first] == b[first + 1] &&
                          a[first + 1] == b[first]);
  }
  const std::string_view& s = a.size() < b.size() ? a : b;
  const std::string_view& l = a.size() < b.size() ? b : a;
  if (l.size() != s.size() + 1)
    return false;
  size_t i = 0;
  while (i < s.size() && s[i] == l[i])
    ++i;
  return s.substr(i) == l.substr(i + 1);
}

}  // namespace ecc::match
