#pragma once
// Realistic perturbations of list names for the matching evaluation set:
// typos, reordered words, dropped or swapped legal forms, case and
// punctuation noise, joined words, and "sibling" names that keep the brand
// but change everything else (hard negatives).

#include <random>
#include <string>
#include <vector>

namespace ecc::bench {

using Rng = std::mt19937_64;

// Splits a name into whitespace-separated words as written.
std::vector<std::string> words_of(const std::string& name);

// One character edit (substitute, delete, transpose, insert) inside the
// longest word of 6+ letters, never its first letter; empty when none fits.
std::string typo(const std::string& name, Rng& rng);

// Moves the first word to the end (before a trailing legal form); empty when <3 words.
std::string reorder(const std::string& name);

// Drops a trailing legal form or swaps it for an equivalent one; empty when none.
std::string swap_legal_form(const std::string& name, Rng& rng);

// Upper-cases, strips punctuation and doubles some spaces.
std::string case_punct(const std::string& name);

// Joins the two longest adjacent words ("Sense Time" style); empty when <2 words.
std::string join_words(const std::string& name);

// Keeps the word `keep` and replaces the other words by ones from pools of
// places and trades: a different company with the same brand.
std::string sibling(const std::string& name, const std::string& keep, Rng& rng);

// An invented company name from pools of syllables, trades and legal forms.
std::string invented_company(Rng& rng);

}  // namespace ecc::bench
