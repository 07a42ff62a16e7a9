// Word tests of the list-name reader: legal forms, qualifiers that belong to a
// name ("(Private) Limited", "(Lebanon Branch)"), organisational units that
// are not addresses ("..., Beijing Research Institute"), places, acronyms.
#include <algorithm>
#include <set>

#include "import/name_text.hpp"
#include "model/country.hpp"
#include "util/strings.hpp"

namespace ecc::import::names {

namespace {

using Words = std::set<std::string, std::less<>>;

bool in(const Words& set, std::string_view w) {
  return set.find(util::to_lower_ascii(w)) != set.end();
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '\'' || c == '-' || c == '&';
}

}  // namespace

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : s) {
    if (word_char(c) || (c == '.' && !cur.empty())) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) {
    out.push_back(cur);
  }
  for (std::string& w : out) {
    while (!w.empty() && (w.back() == '.' || w.back() == '-')) {
      w.pop_back();
    }
  }
  std::erase_if(out, [](const std::string& w) { return w.empty(); });
  return out;
}

bool is_legal_word(std::string_view word) {
  static const Words w = {
      "ltd",    "limited", "co",    "company", "inc",  "incorporated", "corp", "corporation",
      "llc",    "llp",     "lp",    "plc",     "gmbh", "ag",           "sa",   "s.a",
      "sarl",   "srl",     "s.r.l", "spa",     "bv",   "nv",           "jsc",  "ojsc",
      "cjsc",   "pjsc",    "oao",   "zao",     "pao",  "ao",           "ooo",  "tov",
      "pte",    "pvt",     "pty",   "bhd",     "sdn",  "fze",          "fzc",  "fzco",
      "fz-llc", "wll",     "sal",   "kft",     "doo",  "d.o.o",        "eood", "ood",
      "as",     "ab",      "oy",    "kk",      "cc",   "lda",          "ltda", "sas"};
  return in(w, word);
}

bool is_qualifier_word(std::string_view word) {
  static const Words w = {
      "branch",  "private",        "pvt",          "pty",         "group",    "holdings",
      "holding", "off-shore",      "offshore",     "smc-private", "zona",     "libre",
      "office",  "representative", "headquarters", "hq",          "sucursal", "filiale"};
  return in(w, word);
}

bool is_org_unit_word(std::string_view word) {
  static const Words w = {
      "institute",   "institution", "research",  "center",     "centre",      "laboratory",
      "lab",         "factory",     "plant",     "academy",    "department",  "bureau",
      "university",  "college",     "school",    "hospital",   "division",    "unit",
      "branch",      "office",      "bank",      "company",    "corporation", "group",
      "works",       "station",     "base",      "design",     "test",        "testing",
      "engineering", "services",    "trading",   "technology", "agency",      "characterization",
      "finance",     "committee",   "council",   "ministry",   "force",       "army",
      "regiment",    "brigade",     "battalion", "fleet",      "directorate", "administration"};
  return in(w, word);
}

bool is_place(std::string_view text) {
  static const Words w = {"hk",  "h.k", "h.k.",   "hong kong", "u.k",   "u.k.",
                          "uk",  "usa", "u.s.a.", "u.s.",      "us",    "s",
                          "bvi", "uae", "prc",    "macau",     "macao", "taiwan"};
  const std::string t(util::trim(text));
  return in(w, t) || model::country_code_for(t).has_value();
}

bool spells_acronym(std::string_view acr, const std::vector<std::string>& words) {
  // Depth-first over (letter, word): a word gives 1+ leading letters or, when small, none.
  static const Words small = {"of", "the", "and", "for", "in", "on", "de", "e", "i", "a", "&"};
  const auto rec = [&](const auto& self, size_t a, size_t w) -> bool {
    if (a == acr.size()) {
      return true;
    }
    if (w == words.size()) {
      return false;
    }
    const std::string word = util::to_lower_ascii(words[w]);
    if (in(small, word) && self(self, a, w + 1)) {
      return true;
    }
    for (size_t n = 1; n <= word.size() && a + n <= acr.size(); ++n) {
      if (std::tolower(static_cast<unsigned char>(acr[a + n - 1])) != word[n - 1]) {
        break;
      }
      if (self(self, a + n, w + 1)) {
        return true;
      }
    }
    return false;
  };
  return !acr.empty() && rec(rec, 0, 0);
}

size_t alias_marker_at(std::string_view lower, size_t at, std::string& type) {
  static const std::vector<std::pair<std::string_view, std::string_view>> markers = {
      {"also known as", "aka"},
      {"formerly known as", "fka"},
      {"now known as", "nka"},
      {"doing business as", "dba"},
      {"a.k.a.", "aka"},
      {"a.k.a", "aka"},
      {"f.k.a.", "fka"},
      {"f.k.a", "fka"},
      {"d.b.a.", "dba"},
      {"d.b.a", "dba"},
      {"n.k.a.", "nka"},
      {"formerly", "fka"},
      {"aka", "aka"},
      {"fka", "fka"},
      {"dba", "dba"}};
  if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) {
    return 0;
  }
  for (const auto& [m, t] : markers) {
    if (lower.substr(at, m.size()) != m) {
      continue;
    }
    size_t end = at + m.size();
    if (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) {
      continue;  // "akamai", "formerlyx"
    }
    while (end < lower.size() && (lower[end] == ',' || lower[end] == ':' || lower[end] == ' ')) {
      ++end;
    }
    type = std::string(t);
    return end - at;
  }
  return 0;
}

}  // namespace ecc::import::names
