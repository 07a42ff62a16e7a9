#pragma once
// Tables of the normalizer: legal forms across languages, multi-word legal
// forms, word variants folded to one spelling, and stop words.

#include <string_view>
#include <utility>
#include <vector>

namespace ecc::match {

struct LegalPhrase {
  std::vector<std::string_view> words;  // e.g. {"limited", "liability", "company"}
  std::string_view canonical;           // e.g. "llc"
};

// Multi-word legal forms, longest first.
const std::vector<LegalPhrase>& legal_phrases();

// Single-token legal form -> canonical form; empty view when not a legal form.
std::string_view single_legal_form(std::string_view token);

// Spelling variant -> canonical word ("technologies" -> "technology"); the
// token itself when it has no variant.
std::string_view canonical_word(std::string_view token);

// True for stop words ("the", "of", "and", "de").
bool is_stop_word(std::string_view token);

// The legal form that a token of 6+ letters misspells by one edit
// ("limitde" -> "ltd", "compny" -> "co"); empty view when none.
std::string_view misspelt_legal_form(std::string_view token);

// A legal form glued to a word ("pjscaeroflot" -> {"jsc", "aeroflot"},
// "alimentosltda" -> {"ltd", "alimentos"}); {"", ""} when none. The rest
// must keep 4+ letters.
std::pair<std::string_view, std::string_view> glued_legal_form(std::string_view token);

// True when a and b differ by at most one insertion, deletion, substitution
// or swap of adjacent letters.
bool within_one_edit(std::string_view a, std::string_view b);

}  // namespace ecc::match
