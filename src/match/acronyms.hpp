#pragma once
// Acronyms a name spells: the initials of its words, with and without its
// small words, legal forms and group words, for the whole name and for the
// part before a number: "Semiconductor Manufacturing International
// Corporation" -> smic; "National University of Defense Technology" -> nudt;
// "China Electronics Technology Group Corporation 13th Research Institute" ->
// cetc (with 13 left to match on its own). Each acronym knows which of the
// name's distinctive tokens it stands for, so that the scorer can pair one
// token of one name with a run of tokens of the other.

#include <cstdint>
#include <string>
#include <vector>

#include "match/normalize.hpp"

namespace ecc::match {

struct Acronym {
  std::string text;    // 4-10 lower-case letters
  uint16_t from = 0;   // first distinctive token it stands for
  uint16_t count = 0;  // how many distinctive tokens
};

// The acronyms of a normalized name; empty for names of fewer than two words.
std::vector<Acronym> acronyms_of(const NormalizedName& n);

// True when `token` may be an acronym: 4-10 letters, no digits (two or
// three letters meet too many names by chance: "CEC", "NPC", "HSI"; an
// acronym the list itself gives is an alias and matches as a word).
bool acronym_like(const std::string& token);

// A 64-bit key of an acronym's text (FNV-1a), as the index stores it.
uint64_t acronym_key(std::string_view text);

}  // namespace ecc::match
