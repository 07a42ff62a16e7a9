// Case builders of the independent evaluation (eval_cases.hpp).
#include "eval_cases.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "model/country.hpp"
#include "util/strings.hpp"

namespace ecc::bench {

namespace {

constexpr size_t k_batches = 12;

EvalCase make_case(size_t entry, std::string query, size_t batch, Edit edit, size_t name_no,
                   std::string text) {
  EvalCase c;
  c.entry = entry;
  c.query = std::move(query);
  c.batch = batch;
  c.edit = edit;
  c.name_no = name_no;
  c.text = std::move(text);
  return c;
}

bool is_party(const model::ListEntry& e) {
  const std::string t = util::to_lower_ascii(e.entry_type);
  return t != "individual" && t != "vessel" && t != "aircraft";
}

std::string folded_text(const std::string& s) {
  return util::to_lower_ascii(util::collapse_spaces(s));
}

// Batch of the k-th case of an entry: distinct for an entry's first k_batches cases.
size_t batch_of(const model::ListEntry& e, size_t k) {
  return (fnv1a(e.entry_key) + k) % k_batches + k_batches * (k / k_batches);
}

// A parenthesised text that looks like an acronym or a brand by this bench's
// rule: 1-3 words, no country or legal-form word, and either two or more capitals
// (SMIC, NSCC-CS, HiSilicon) or a word that appears in the rest of the name (Huawei).
std::string acronym_kind(const std::string& inside, const std::string& rest,
                         const WordFrequency& df, bool caps_name) {
  const std::vector<std::string> words = util::split(inside, " ");
  if (words.empty() || words.size() > 3 || inside.find(".k.a") != std::string::npos ||
      inside.find(':') != std::string::npos) {
    return "";
  }
  static const std::set<std::string> skip = {
      "hk",  "h.k.", "uk",      "u.k.",  "usa",       "s",        "pvt",
      "pty", "pvt.", "private", "group", "off-shore", "holdings", "smc-private"};
  size_t caps = 0;
  for (const std::string& w : words) {
    if (skip.count(util::to_lower_ascii(w)) || model::country_code_for(w)) {
      return "";
    }
    for (const char c : w) {
      caps += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
  }
  if (model::country_code_for(inside)) {
    return "";
  }
  const std::vector<std::string> in_rest = letter_words(rest);
  const std::vector<std::string> mine = letter_words(inside);
  if (words.size() == 1 && mine.size() == 1 &&
      std::find(in_rest.begin(), in_rest.end(), mine[0]) != in_rest.end()) {
    return "brand";
  }
  if (caps_name) {  // all capitals: only a rare single word can tell itself apart
    return words.size() == 1 && mine.size() == 1 && mine[0].size() <= 8 &&
                   df.share(mine[0]) < 0.0003
               ? "acronym"
               : "";
  }
  return caps >= 2 && words.size() <= 2 ? "acronym" : "";
}

// The part of a raw name after the listed parent ("PARENT (P).  Affiliated
// Entity:  CHILD"): the parent's brackets and words belong to another entry.
std::string own_part(const std::string& name) {
  size_t from = 0;
  const std::string lower = util::to_lower_ascii(name);
  for (const char* marker :
       {"affiliated entity:", "subordinate institution", "subordinate entity", " entity:"}) {
    if (const size_t at = lower.rfind(marker); at != std::string::npos) {
      from = std::max(from, at + std::string(marker).size());
    }
  }
  return name.substr(from);
}

// Common business words of English names that are no brand (this bench's own list).
bool business_word(const std::string& w) {
  static const std::set<std::string> words = {
      "global",      "united",     "international", "general",     "national",    "electronics",
      "electronic",  "technology", "technologies",  "academy",     "ministry",    "network",
      "networks",    "logistics",  "agency",        "office",      "device",      "devices",
      "aerospace",   "industrial", "industries",    "trading",     "trade",       "group",
      "holding",     "holdings",   "company",       "corporation", "limited",     "closed",
      "open",        "joint",      "stock",         "public",      "movement",    "state",
      "federal",     "central",    "research",      "institute",   "scientific",  "science",
      "engineering", "services",   "service",       "systems",     "development", "investment",
      "import",      "export",     "shipping",      "energy",      "first",       "second"};
  return words.count(w) > 0;
}

}  // namespace

std::vector<Labelled> leave_one_name_out(const Corpus& c, int half) {
  std::vector<Labelled> out;
  for (size_t i = 0; i < c.entries.size(); ++i) {
    const model::ListEntry& e = c.entries[i];
    const std::vector<std::string> names = names_of(e);
    if (names.size() < 2 || half_of(e) != half) {
      continue;
    }
    for (size_t k = 0; k < names.size(); ++k) {
      std::vector<std::string> others;
      bool twice = false;
      for (size_t j = 0; j < names.size(); ++j) {
        if (j != k) {
          others.push_back(names[j]);
          twice = twice || folded_text(names[j]) == folded_text(names[k]);
        }
      }
      if (twice || util::trim(names[k]).empty()) {
        continue;  // an exact repeat would be met by its twin
      }
      Labelled l;
      l.c.entry = i;
      l.c.query = names[k];
      l.c.batch = batch_of(e, k);
      l.c.edit = Edit::drop_name;
      l.c.name_no = k;
      l.kind = same_name(names[k], others) ? "same name" : "other";
      l.list = e.list_code;
      l.script = script_of(names[k]);
      out.push_back(std::move(l));
    }
  }
  return out;
}

std::vector<Labelled> acronym_brand_queries(const Corpus& c, const WordFrequency& df, int half) {
  std::vector<Labelled> out;
  for (size_t i = 0; i < c.entries.size(); ++i) {
    const model::ListEntry& e = c.entries[i];
    if (!is_party(e) || half_of(e) != half) {
      continue;
    }
    const std::vector<std::string> names = names_of(e);
    size_t n = 0;
    for (size_t k = 0; k < names.size(); ++k) {
      const std::string& name = names[k];
      const size_t own = name.size() - own_part(name).size();
      const bool caps_name =
          std::none_of(name.begin(), name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      for (size_t open = name.find('('); open != std::string::npos;
           open = name.find('(', open + 1)) {
        const size_t close = name.find(')', open);
        if (close == std::string::npos) {
          break;
        }
        const std::string inside(util::trim(name.substr(open + 1, close - open - 1)));
        const std::string rest = name.substr(0, open) + " " + name.substr(close + 1);
        const std::string kind = open < own ? "" : acronym_kind(inside, rest, df, caps_name);
        if (kind.empty()) {
          continue;
        }
        Labelled l;
        l.c = make_case(i, inside, batch_of(e, n++), Edit::strip_text, k,
                        name.substr(open, close - open + 1));
        l.kind = kind;
        l.list = e.list_code;
        l.script = script_of(inside);
        out.push_back(std::move(l));
      }
    }
    // The first uncommon word of the primary name, when the name has another word too.
    const std::vector<std::string> words = letter_words(own_part(e.name));
    for (const std::string& w : words) {
      if (w.size() >= 4 && !df.generic(w) && !model::country_code_for(w) && words.size() >= 2 &&
          !legal_word(w) && !business_word(w)) {
        Labelled l;
        l.c = make_case(i, w, 0, Edit::none, 0, "");
        l.kind = "first word";
        l.list = e.list_code;
        l.script = "latin";
        out.push_back(std::move(l));
        break;
      }
    }
  }
  return out;
}

namespace {

// Numbers in a name: digit runs (13, 13th) and a few number words; the rest of its words.
std::pair<std::set<std::string>, std::set<std::string>> numbers_and_rest(const std::string& name) {
  static const std::set<std::string> number_words = {
      "one",  "two", "three", "four",   "five",  "six",    "seven", "eight",
      "nine", "ten", "first", "second", "third", "fourth", "fifth", "ii",
      "iii",  "iv",  "vi",    "vii",    "viii",  "ix",     "xii"};
  std::set<std::string> nums, rest;
  std::string cur;
  for (const char ch : util::to_lower_ascii(name) + " ") {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      cur.push_back(ch);
      continue;
    }
    if (cur.empty()) {
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(cur[0]))) {
      nums.insert(cur.substr(0, cur.find_first_not_of("0123456789")));
    } else if (number_words.count(cur)) {
      nums.insert(cur);
    } else {
      rest.insert(cur);
    }
    cur.clear();
  }
  return {nums, rest};
}

std::string invented_word(std::mt19937_64& rng) {
  static const char* syl[] = {"ka",  "lo",  "mi",  "ren", "tas", "vor", "qui", "zel", "bru",
                              "dan", "fen", "gor", "hul", "jin", "kor", "lam", "nex", "pri"};
  std::string w;
  const size_t n = 2 + rng() % 2;
  for (size_t k = 0; k < n; ++k) {
    w += syl[rng() % (sizeof syl / sizeof *syl)];
  }
  return w;
}

}  // namespace

std::vector<Labelled> negatives(const Corpus& c, const WordFrequency& df, int half) {
  std::vector<Labelled> out;
  std::map<std::string, std::set<std::string>> lists_of_word;  // uncommon word -> list codes
  for (const model::ListEntry& e : c.entries) {
    for (const std::string& n : names_of(e)) {
      for (const std::string& w : letter_words(n)) {
        if (!df.generic(w)) {
          lists_of_word[w].insert(e.list_code);
        }
      }
    }
  }
  std::map<std::set<std::string>, std::vector<size_t>> by_rest;  // siblings share the rest
  for (size_t i = 0; i < c.entries.size(); ++i) {
    const model::ListEntry& e = c.entries[i];
    auto [nums, rest] = numbers_and_rest(e.name);
    if (!nums.empty()) {
      by_rest[rest].push_back(i);
    }
    if (half_of(e) != half) {
      continue;
    }
    bool shares = false;
    for (const std::string& w : letter_words(e.name)) {
      const auto it = lists_of_word.find(w);
      shares = shares || (it != lists_of_word.end() && it->second.size() > 1);
    }
    if (shares) {
      Labelled l;
      l.c = make_case(i, e.name, 0, Edit::none, 0, "");
      l.kind = "cross-list";
      l.list = e.list_code;
      l.script = script_of(e.name);
      out.push_back(std::move(l));
    }
    // Generated: the uncommon words of the name (as read, brackets left out)
    // replaced by invented ones; legal forms and common words kept.
    std::mt19937_64 rng(fnv1a(e.entry_key));
    std::string plain = query_text(e.name, true);
    for (size_t open = plain.find('('); open != std::string::npos; open = plain.find('(')) {
      const size_t close = plain.find(')', open);
      plain.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    std::vector<std::string> words = util::split(plain, " ");
    size_t replaced = 0, kept = 0;
    for (std::string& w : words) {
      const std::vector<std::string> lw = letter_words(w);
      if (lw.size() == 1 && !df.generic(lw[0]) && lw[0].size() >= 4 && !legal_word(lw[0])) {
        std::string fresh = invented_word(rng);
        while (df.share(fresh) > 0) {
          fresh = invented_word(rng);
        }
        w = fresh, ++replaced;
      } else if (lw.size() == 1 && !legal_word(lw[0])) {
        ++kept;  // a common word the look-alike shares with the listed name
      }
    }
    if (is_party(e) && replaced > 0 && kept > 0) {
      Labelled l;
      l.c = make_case(i, util::join(words, " "), 0, Edit::none, 0, "");
      l.kind = "generated";
      l.list = e.list_code;
      l.script = "latin";
      out.push_back(std::move(l));
    }
  }
  for (const auto& [rest, members] : by_rest) {
    for (const size_t i : members) {
      if (half_of(c.entries[i]) != half || rest.size() < 2) {
        continue;
      }
      Labelled l;
      l.c = make_case(i, c.entries[i].name, 0, Edit::none, 0, "");
      l.kind = "sibling";
      l.list = c.entries[i].list_code;
      l.script = script_of(c.entries[i].name);
      const auto mine = numbers_and_rest(c.entries[i].name).first;
      for (const size_t j : members) {
        if (numbers_and_rest(c.entries[j].name).first != mine &&
            !same_or_related(c.entries[i], c.entries[j])) {
          l.targets.push_back(j);
        }
      }
      if (!l.targets.empty()) {
        out.push_back(std::move(l));
      }
    }
  }
  return out;
}

bool false_alarm(const Corpus& c, const Labelled& l, double threshold) {
  for (size_t k = 0; k < l.c.flagged.size(); ++k) {
    const size_t entry = l.c.flagged[k].first;
    if (l.c.flagged_scores[k] < threshold) {
      continue;
    }
    if (l.kind == "generated") {
      return true;
    }
    if (l.kind == "sibling") {
      if (std::find(l.targets.begin(), l.targets.end(), entry) != l.targets.end()) {
        return true;
      }
      continue;
    }
    const model::ListEntry& q = c.entries[l.c.entry];
    const model::ListEntry& t = c.entries[entry];
    if (t.list_code != q.list_code && !same_or_related(q, t)) {
      return true;
    }
  }
  return false;
}

}  // namespace ecc::bench
