#pragma once
// The case sets of the independent evaluation, built from a corpus:
// leave-one-name-out, acronym/brand queries from the lists' own parentheses
// and first distinctive words, and negatives (names of other lists' parties,
// numbered siblings, generated look-alikes). Each case has labels to report by.

#include <string>
#include <vector>

#include "eval_corpus.hpp"
#include "eval_run.hpp"

namespace ecc::bench {

struct Labelled {
  EvalCase c;
  std::string kind;    // set-specific: "same name", "other"; "acronym", "brand", "first word"; ...
  std::string list;    // list code of the entry
  std::string script;  // of the query
  std::vector<size_t> targets;  // siblings: the entries that must stay clear
};

// Every name of every entry (of `half`) with two or more distinct names, left out in turn.
std::vector<Labelled> leave_one_name_out(const Corpus& c, int half);

// Parenthesised acronyms and brands (left out of the index) and first distinctive words.
std::vector<Labelled> acronym_brand_queries(const Corpus& c, const WordFrequency& df, int half);

// Negatives: a name of one list's party against the other lists' parties that
// share one of its uncommon words ("cross-list"), numbered siblings
// ("sibling"), and list names whose uncommon words are replaced by invented
// ones ("generated").
std::vector<Labelled> negatives(const Corpus& c, const WordFrequency& df, int half);

// True when a negative case flagged a party it should not have, at review
// threshold `threshold` (flags scored below it are ignored).
bool false_alarm(const Corpus& c, const Labelled& l, double threshold = 0.0);

}  // namespace ecc::bench
