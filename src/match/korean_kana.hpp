#pragma once
// Romanisation of Korean Hangul and fixes of ICU's Japanese kana output, as
// the restricted-party lists write such names: Hangul syllable by syllable in
// the North Korean official system the SDN list uses (김정은 -> "kim jong
// un", 최룡해 -> "choe ryong hae", 박봉주 -> "pak pong ju"); kana with Hepburn
// long vowels shortened (ショウコウ -> "shoko") and ICU's small-kana marks read
// ("ji~yo" -> "jo").

#include <string>
#include <string_view>

namespace ecc::match {

// `utf8` with every Hangul syllable replaced by its romanisation, syllables
// separated by spaces; other characters unchanged.
std::string romanize_hangul(std::string_view utf8);

// True when `utf8` has a Hangul syllable (U+AC00..U+D7A3) or kana (U+3040..U+30FF).
bool has_hangul(std::string_view utf8);
bool has_kana(std::string_view utf8);

// ICU's romanised kana made list-like: "~y" small-kana marks, long vowels ("ou", "uu").
std::string fix_kana_romanization(std::string_view ascii);

}  // namespace ecc::match
