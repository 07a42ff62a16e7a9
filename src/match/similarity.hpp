#pragma once
// String similarity primitives used by the scorer: Jaro-Winkler and a small
// phonetic key. Both work on ASCII tokens produced by the normalizer.

#include <string>
#include <string_view>
#include <vector>

namespace ecc::match {

// The distinct character trigrams of "^token$", each packed in 24 bits, sorted.
std::vector<uint32_t> padded_trigrams(std::string_view token);

// Jaro similarity in [0, 1]; 1 for equal strings, 0 when either is empty.
double jaro(std::string_view a, std::string_view b);

// Jaro-Winkler similarity in [0, 1] with prefix scale 0.1 and a prefix of at
// most 4 characters (Winkler's standard parameters).
double jaro_winkler(std::string_view a, std::string_view b);

// A consonant-skeleton phonetic key for a lower-case ASCII token: similar-
// sounding letters share a code, vowels after the first letter are dropped,
// repeats collapse ("shengtang" and "shengtan" differ; "tekhnologia" and
// "technologia" agree). Empty for tokens shorter than 4 characters and for
// skeletons shorter than 3 codes.
std::string phonetic_key(std::string_view token);

}  // namespace ecc::match
