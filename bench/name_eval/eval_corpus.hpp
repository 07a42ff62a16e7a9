#pragma once
// The independent name-matching evaluation (bench/name_eval.sh): real list
// entries with their names as the sources wrote them, and the rules that
// label queries, defined here without the matcher's code: which half of the
// data an entry belongs to, a query's script, whether two names of an entry
// are "the same name" (a shared word or acronym), whether two entries are the
// same or related parties, which words are common.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::bench {

struct Corpus {
  std::string name;                       // "csl", "ofac"
  std::vector<model::ListEntry> entries;  // names as written (import without reading names)
};

// Reads list files (the import's parsers, names left as written); OFAC
// primary files read their companions from beside them.
Corpus load_corpus(const std::string& name, const std::vector<std::string>& files);

// Every name of an entry as the source wrote it: the name, then the aliases.
std::vector<std::string> names_of(const model::ListEntry& e);

// 0 (tuning half) or 1 (test half), by a 64-bit FNV-1a hash of "list:key".
int half_of(const model::ListEntry& e);
uint64_t fnv1a(std::string_view s);

// Lower-case ASCII words of 3+ letters, after transliteration to Latin.
std::vector<std::string> letter_words(std::string_view name);

// "latin", "latin-ext" (Latin with diacritics), "cyrillic", "arabic", "han",
// "hangul", "kana", "greek", "other": the script of most non-ASCII letters.
std::string script_of(std::string_view utf8);

// True when `short_name` (1-2 words, 2-10 letters) is the initials of
// `long_name`'s words, with or without its small words (of, the, and, ...).
bool is_acronym_of(std::string_view short_name, std::string_view long_name);

// The "same name" rule of the leave-one-name-out subset: `name` shares a word
// of 3+ letters with one of `others`, or an acronym with one of them.
bool same_name(std::string_view name, const std::vector<std::string>& others);

// Document frequency of letter words over entries (each entry counts once).
class WordFrequency {
 public:
  explicit WordFrequency(const std::vector<model::ListEntry>& entries);
  // Share of entries using the word; common words (> 0.5 %) are "generic" here.
  double share(const std::string& word) const;
  bool generic(const std::string& word) const { return share(word) > 0.005; }

 private:
  std::unordered_map<std::string, uint32_t> m_df;
  double m_entries = 1.0;
};

// True for this bench's legal-form words (ltd, co, jsc, gmbh, ...).
bool legal_word(const std::string& word);

// Same or related parties, by this bench's rule: a name of one and a name of
// the other have equal word sets, or one's set contains the other's (a branch,
// a subsidiary written with its parent's name, the same name with more
// words), legal-form words set aside and words of 6+ letters equal up to one
// edit (the same name with a typo); or they share an identifier number.
bool same_or_related(const model::ListEntry& a, const model::ListEntry& b);

// The same party entered twice (on another list, or twice on one), by this
// bench's rule: a name of one and a name of the other have the same word set
// (legal-form words and bracketed parts set aside, no fuzziness), and the two
// share an address country or one of them has none. A leave-one-name-out or
// acronym query that meets such an entry has met its party; name_eval reports
// recall with and without counting it.
bool same_party(const model::ListEntry& a, const model::ListEntry& b);

}  // namespace ecc::bench
