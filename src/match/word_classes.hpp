#pragma once
// Word classes of the normalizer beyond legal forms: numbers written as
// digits, ordinals, number words or Roman numerals ("1st" = "First" = "1",
// "Forty-Four" = "44", "VII" = "7"), and the words of person names that
// identify no one on their own: honorifics (Shaikh, President, General, Dr.)
// and particles (al, bin, ben, abu, van, de).

#include <string>
#include <string_view>
#include <vector>

namespace ecc::match {

// Numbers in `tokens` written as digits: "13th" -> "13", "first" -> "1",
// "forty" "four" -> "44", "vii" -> "7"; "no"/"nr" before a number is dropped.
std::vector<std::string> fold_numbers(const std::vector<std::string>& tokens);

// "Abd al-Rahman", "Abdel Rahman", "Abdol Rahman" -> "abdul rahman": the
// spellings of the Arabic "servant of" written as one form.
std::vector<std::string> fold_abd(const std::vector<std::string>& tokens);

// True for a token of digits only.
bool is_number(std::string_view token);

// True for honorifics and titles ("shaikh", "president", "general", "dr").
bool is_honorific(std::string_view token);

// True for East Slavic patronymics ("valerievich", "sergeevna", "vitaliyovych"):
// 6+ letters ending in -ovich, -evich, -ovych, -evych, -ovna, -evna, -ivna or
// -ichna. Whether one is set aside also depends on its place in the name
// (never the first word, which may be a surname such as "Abramovich").
bool is_patronymic(std::string_view token);

// True for name particles ("al", "bin", "ben", "abu", "van", "von", "de").
bool is_particle(std::string_view token);

// True for words that say what a company does or where, not who it is
// ("technology", "trading", "international", "china", "beijing").
bool is_generic_word(std::string_view token);

}  // namespace ecc::match
