// Data tables of the normalizer. Legal forms are equivalent across
// languages (Ltd = Limited = Co., Ltd. = 有限公司 after translation; ООО =
// LLC), and are set aside rather than compared: two names that differ only in
// legal form are the same name for screening.
#include "match/legal_forms.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace ecc::match {

namespace {

using Map = std::unordered_map<std::string_view, std::string_view>;

const Map& legal_map() {
  static const Map m = {
      {"ltd", "ltd"},
      {"limited", "ltd"},
      {"ltda", "ltd"},
      {"co", "co"},
      {"company", "co"},
      {"cie", "co"},
      {"cia", "co"},
      {"inc", "inc"},
      {"incorporated", "inc"},
      {"corp", "corp"},
      {"corporation", "corp"},
      {"llc", "llc"},
      {"llp", "llp"},
      {"lp", "lp"},
      {"plc", "plc"},
      {"gmbh", "gmbh"},
      {"ag", "ag"},
      {"kg", "kg"},
      {"ohg", "ohg"},
      {"mbh", "gmbh"},
      {"sa", "sa"},
      {"sas", "sas"},
      {"sarl", "sarl"},
      {"srl", "srl"},
      {"spa", "spa"},
      {"sl", "sl"},
      {"sro", "sro"},
      {"bv", "bv"},
      {"nv", "nv"},
      {"oy", "oy"},
      {"oyj", "oy"},
      {"ab", "ab"},
      {"aps", "aps"},
      {"pte", "pte"},
      {"pvt", "pvt"},
      {"pty", "pty"},
      {"jsc", "jsc"},
      {"ojsc", "jsc"},
      {"cjsc", "jsc"},
      {"pjsc", "jsc"},
      {"ao", "jsc"},
      {"oao", "jsc"},
      {"zao", "jsc"},
      {"pao", "jsc"},
      {"ooo", "llc"},
      {"tov", "llc"},
      {"fze", "fze"},
      {"fzco", "fze"},
      {"fzc", "fze"},
      {"fzllc", "fze"},
      {"bhd", "bhd"},
      {"kk", "kk"},
      {"doo", "doo"},
      {"sae", "sa"},
      {"wll", "wll"},
      {"sdn", "sdn"},
      {"jointstock", "jsc"},
      {"liability", "llc"},
      {"obshchestvo", "co"},
      {"aktsionernoe", "jsc"},
      {"aktsionernoye", "jsc"},
      {"gongsi", "co"},
      {"youxiangongsi", "ltd"},
      {"publichnoe", "jsc"},
      {"otkrytoe", "jsc"},
      {"zakrytoe", "jsc"},
      {"sal", "sa"},
      {"sak", "sa"},
      {"saog", "sa"},
      {"pjs", "jsc"},
  };
  return m;
}

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
  std::vector<LegalPhrase> p = {
      {{"limited", "liability", "company"}, "llc"},
      {{"limited", "liability", "partnership"}, "llp"},
      {{"public", "joint", "stock", "company"}, "jsc"},
      {{"open", "joint", "stock", "company"}, "jsc"},
      {{"closed", "joint", "stock", "company"}, "jsc"},
      {{"joint", "stock", "company"}, "jsc"},
      {{"public", "limited", "company"}, "plc"},
      {{"private", "limited", "company"}, "ltd"},
      {{"private", "limited"}, "ltd"},
      {{"sdn", "bhd"}, "bhd"},
      {{"kabushiki", "kaisha"}, "kk"},
      {{"societe", "anonyme"}, "sa"},
      {{"sociedad", "anonima"}, "sa"},
      {{"limited", "partnership"}, "lp"},
      {{"gmbh", "co", "kg"}, "gmbh"},
      {{"public", "joint", "stock"}, "jsc"},
      {{"open", "joint", "stock"}, "jsc"},
      {{"closed", "joint", "stock"}, "jsc"},
      {{"joint", "stock"}, "jsc"},
      {{"limited", "liability"}, "llc"},
      {{"publichnoe", "aktsionernoe", "obshchestvo"}, "jsc"},
      {{"otkrytoe", "aktsionernoe", "obshchestvo"}, "jsc"},
      {{"zakrytoe", "aktsionernoe", "obshchestvo"}, "jsc"},
      {{"aktsionernoe", "obshchestvo"}, "jsc"},
      {{"aktsionernoye", "obshchestvo"}, "jsc"},
      {{"gufen", "youxian", "gongsi"}, "ltd"},
      {{"youxian", "zeren", "gongsi"}, "ltd"},
      {{"youxian", "gongsi"}, "ltd"},
      {{"obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"}, "llc"},
      {{"obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"}, "llc"},
      {{"tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu"}, "llc"},
  };
  std::stable_sort(p.begin(), p.end(),
                   [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
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
  return find_in(legal_map(), token);
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
