// Labelling rules of the independent evaluation. They are deliberately
// simple and written apart from src/match: a rule that used the matcher's
// own normalisation would grade the matcher by its own ideas.
#include "eval_corpus.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "import/list_import.hpp"
#include "match/transliterate.hpp"
#include "util/strings.hpp"

namespace ecc::bench {

Corpus load_corpus(const std::string& name, const std::vector<std::string>& files) {
  Corpus c{name, {}};
  for (const std::string& f : files) {
    import::ImportOptions opt;
    opt.read_names = false;
    model::ParsedDataset ds = import::read_list_file(f, opt);
    for (model::ListEntry& e : ds.entries) {
      c.entries.push_back(std::move(e));
    }
  }
  return c;
}

std::vector<std::string> names_of(const model::ListEntry& e) {
  std::vector<std::string> out{e.name};
  for (const model::Alias& a : e.aliases) {
    out.push_back(a.name);
  }
  return out;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

int half_of(const model::ListEntry& e) {
  return static_cast<int>((fnv1a(e.list_code + ":" + e.entry_key) >> 17) & 1U);
}

namespace {

// Lower-case ASCII words of letters and digits, any length.
std::vector<std::string> all_words(std::string_view name) {
  const std::string ascii = match::to_latin_ascii(name);
  std::vector<std::string> out;
  std::string cur;
  for (const char c : ascii) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
      cur.push_back(l);
    } else if (c != '\'' && c != '?' && !cur.empty()) {  // BIS writes "?" for an apostrophe
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) {
    out.push_back(cur);
  }
  return out;
}

bool letters_only(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

const std::unordered_set<std::string>& small_words() {
  static const std::unordered_set<std::string> w = {"of",  "the", "and", "for", "in", "on",
                                                    "at",  "to",  "de",  "la",  "le", "du",
                                                    "des", "del", "al",  "el",  "a",  "an"};
  return w;
}

// Legal-form words set aside by same_or_related (this bench's own short list).
const std::unordered_set<std::string>& legal_words() {
  static const std::unordered_set<std::string> w = {
      "co",   "ltd",  "limited", "inc", "corp", "corporation", "company", "llc", "jsc",
      "ojsc", "cjsc", "pjsc",    "oao", "zao",  "ooo",         "gmbh",    "ag",  "sa",
      "plc",  "the",  "of",      "and", "pvt",  "pte",         "private", "bhd", "sdn"};
  return w;
}

std::string initials(const std::vector<std::string>& words, bool skip_small) {
  std::string out;
  for (const std::string& w : words) {
    if (!(skip_small && small_words().count(w))) {
      out.push_back(w[0]);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> letter_words(std::string_view name) {
  std::vector<std::string> out;
  for (std::string& w : all_words(name)) {
    if (w.size() >= 3 && letters_only(w)) {
      out.push_back(std::move(w));
    }
  }
  return out;
}

std::string script_of(std::string_view utf8) {
  std::map<std::string, int> count;
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < len && i + k < utf8.size(); ++k) {
      cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    i += len;
    const char* s = cp < 0x250                      ? "latin-ext"
                    : (cp >= 0x370 && cp < 0x400)   ? "greek"
                    : (cp >= 0x400 && cp < 0x530)   ? "cyrillic"
                    : (cp >= 0x530 && cp < 0x590)   ? "armenian"
                    : (cp >= 0x600 && cp < 0x700)   ? "arabic"
                    : (cp >= 0x10A0 && cp < 0x1100) ? "georgian"
                    : (cp >= 0xAC00 && cp < 0xD7B0) ? "hangul"
                    : (cp >= 0x3040 && cp < 0x3100) ? "kana"
                    : (cp >= 0x4E00 && cp < 0xA000) ? "han"
                    : (cp >= 0x2000 && cp < 0x2070) ? nullptr  // punctuation
                                                    : "other";
    if (s) {
      ++count[s];
    }
  }
  if (count.empty()) {
    return "latin";
  }
  return std::max_element(count.begin(), count.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

bool is_acronym_of(std::string_view short_name, std::string_view long_name) {
  const std::vector<std::string> s = all_words(short_name);
  if (s.empty() || s.size() > 2) {
    return false;
  }
  std::string letters;
  for (const std::string& w : s) {
    letters += w;
  }
  if (letters.size() < 2 || letters.size() > 10) {
    return false;
  }
  const std::vector<std::string> words = all_words(long_name);
  if (words.size() < 2) {
    return false;
  }
  return letters == initials(words, false) || letters == initials(words, true) ||
         (s.size() == 2 && s[0] == initials(words, true));  // "CETC 13"
}

bool same_name(std::string_view name, const std::vector<std::string>& others) {
  const std::vector<std::string> mine = letter_words(name);
  const std::set<std::string> words(mine.begin(), mine.end());
  for (const std::string& o : others) {
    for (const std::string& w : letter_words(o)) {
      if (words.count(w)) {
        return true;
      }
    }
    if (is_acronym_of(name, o) || is_acronym_of(o, name)) {
      return true;
    }
  }
  return false;
}

WordFrequency::WordFrequency(const std::vector<model::ListEntry>& entries)
    : m_entries(static_cast<double>(std::max<size_t>(entries.size(), 1))) {
  for (const model::ListEntry& e : entries) {
    std::set<std::string> seen;
    for (const std::string& n : names_of(e)) {
      for (const std::string& w : letter_words(n)) {
        seen.insert(w);
      }
    }
    for (const std::string& w : seen) {
      ++m_df[w];
    }
  }
}

double WordFrequency::share(const std::string& word) const {
  const auto it = m_df.find(word);
  return it == m_df.end() ? 0.0 : it->second / m_entries;
}

namespace {

std::set<std::string> folded(const std::string& name) {
  std::set<std::string> out;
  for (std::string& w : all_words(name)) {
    if (!legal_words().count(w)) {
      out.insert(std::move(w));
    }
  }
  return out;
}

// Optimal string alignment distance at most 1 (one edit or one swap).
bool near(const std::string& a, const std::string& b) {
  if (a == b) {
    return true;
  }
  if (a.size() < 6 || b.size() < 6 ||
      (a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > 1) {
    return false;
  }
  return util::edit_distance(a, b) <= 1 || (a.size() == b.size() && [&] {
           size_t i = 0;
           while (i < a.size() && a[i] == b[i]) {
             ++i;
           }
           return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                  a.substr(i + 2) == b.substr(i + 2);
         }());
}

// Every word of a has a word of b equal to it or one edit away (a typo of the same name).
bool subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty()) {
    return false;
  }
  for (const std::string& w : a) {
    if (!b.count(w) &&
        std::none_of(b.begin(), b.end(), [&](const std::string& x) { return near(w, x); })) {
      return false;
    }
  }
  return true;
}

std::string id_digits(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

}  // namespace

bool legal_word(const std::string& w) {
  return legal_words().count(util::to_lower_ascii(w)) > 0;
}

bool same_or_related(const model::ListEntry& a, const model::ListEntry& b) {
  for (const model::Identifier& x : a.identifiers) {
    const std::string n = id_digits(x.number);
    for (const model::Identifier& y : b.identifiers) {
      if (n.size() >= 5 && n == id_digits(y.number)) {
        return true;
      }
    }
  }
  std::vector<std::set<std::string>> fb;
  for (const std::string& n : names_of(b)) {
    fb.push_back(folded(n));
  }
  for (const std::string& n : names_of(a)) {
    const std::set<std::string> fa = folded(n);
    for (const auto& f : fb) {
      if (subset(fa, f) || subset(f, fa)) {
        return true;
      }
    }
  }
  return false;
}

namespace {

// Address countries of an entry (codes as the importer gives them), sorted.
std::set<std::string> countries_of(const model::ListEntry& e) {
  std::set<std::string> out;
  for (const model::Address& a : e.addresses) {
    if (!a.country.empty()) {
      out.insert(a.country);
    }
  }
  return out;
}

// The folded word sets of an entry's names, each also without its bracketed parts.
std::vector<std::set<std::string>> folded_names(const model::ListEntry& e) {
  std::vector<std::set<std::string>> out;
  for (const std::string& n : names_of(e)) {
    std::string plain = n;
    for (size_t open = plain.find('('); open != std::string::npos; open = plain.find('(')) {
      const size_t close = plain.find(')', open);
      plain.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    for (const std::string& text : {n, plain}) {
      if (std::set<std::string> f = folded(text); !f.empty()) {
        out.push_back(std::move(f));
      }
    }
  }
  return out;
}

}  // namespace

bool same_party(const model::ListEntry& a, const model::ListEntry& b) {
  const std::set<std::string> ca = countries_of(a), cb = countries_of(b);
  if (!ca.empty() && !cb.empty() &&
      std::none_of(ca.begin(), ca.end(), [&](const std::string& c) { return cb.count(c) > 0; })) {
    return false;
  }
  const std::vector<std::set<std::string>> fa = folded_names(a), fb = folded_names(b);
  return std::any_of(fa.begin(), fa.end(), [&](const std::set<std::string>& x) {
    return std::find(fb.begin(), fb.end(), x) != fb.end();
  });
}

}  // namespace ecc::bench
