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

// A phonetic key for a lower-case ASCII token: similar-sounding consonants
// share a code, every run of vowels is one "a", h is silent, repeats collapse
// ("shengtang" and "shengtan" differ; "tekhnologia" and "technologia" agree;
// "khamenei" and "ghanem" differ). Empty for tokens shorter than 4
// characters and for keys shorter than 4 codes.
std::string phonetic_key(std::string_view token);

// A spelling key that folds the romanisation variants of one name to one
// form: kh/h, ph/f, th/t, dh/d, gh/g, zh/dzh/j, q/k, c/k, x/ks, w/v, z/s, y/i,
// a Slavic j after a vowel (Mihajlovich = Mikhailovich), y between vowels
// (Nikolayevna = Nikolaevna), ou/oo/u, ee/i, double letters. Empty for
// tokens shorter than 5 letters.
std::string spelling_key(std::string_view token);

}  // namespace ecc::match
