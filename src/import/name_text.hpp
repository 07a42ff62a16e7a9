#pragma once
// Pieces of the list-name reader (list_names.cpp, name_brackets.cpp), internal
// to import/: word tests on names as the lists write them.

#include <string>
#include <string_view>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::import::names {

// What reading one name text found.
struct TextReading {
  std::string name;
  std::vector<model::Alias> aliases;  // found inside the text (raw is set by the caller)
  std::vector<model::EntryLink> links;
};

// Words of a name split on spaces and the punctuation around them ("Co.," -> "Co").
std::vector<std::string> words_of(std::string_view s);

// Lower-case tests on one word.
bool is_legal_word(std::string_view word);      // ltd, co, inc, llc, jsc, gmbh, cjsc, ...
bool is_qualifier_word(std::string_view word);  // branch, private, pvt, group, off-shore, ...
bool is_org_unit_word(std::string_view word);   // institute, research, center, factory, ...
bool is_place(std::string_view text);           // a country or region name or code (HK, U.K.)

// True when `acr` (letters of an acronym) can be spelled by the leading
// letters of `words` in order: each word gives its first letter or a prefix
// (PEDCO = PEtroiran Development COmpany), small words may give nothing.
bool spells_acronym(std::string_view acr, const std::vector<std::string>& words);

// A marker of another name inside a name text ("a.k.a.", "f.k.a.", "d.b.a.",
// "formerly", "aka") at `at` in lower-case `s`: its length and alias type, 0 when none.
size_t alias_marker_at(std::string_view lower, size_t at, std::string& type);

// Resolves the (...) and [...] parts of `s`: kept inline, dropped, or read as
// aliases (acronym, brand, variant, aka) and links; the rest becomes out.name.
void read_brackets(const std::string& s, bool person, TextReading& out);

// Reads one name text (recursive for the names found inside it).
TextReading read_text(std::string_view raw, bool person);

}  // namespace ecc::import::names
