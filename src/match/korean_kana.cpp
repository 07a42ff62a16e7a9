// Hangul syllables decompose arithmetically (U+AC00 + (initial * 21 +
// vowel) * 28 + final); each part maps to the North Korean official
// romanisation, which the SDN list uses for Korean names. ICU's Hangul-Latin
// gives South Korean Revised Romanisation run together ("gimjeong-eun"),
// which meets none of them.
#include "match/korean_kana.hpp"

#include <array>

namespace ecc::match {

namespace {

constexpr std::array<const char*, 19> k_initials = {"k",  "kk", "n",  "t",  "tt", "r", "m",
                                                    "p",  "pp", "s",  "ss", "",   "j", "jj",
                                                    "ch", "kh", "th", "ph", "h"};
constexpr std::array<const char*, 21> k_vowels = {"a",  "ae", "ya", "yae", "o",  "e",  "yo",
                                                  "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                  "wo", "we", "wi", "yu",  "u",  "ui", "i"};
constexpr std::array<const char*, 28> k_finals = {"",  "k",  "k", "k", "n", "n", "n", "t", "l", "k",
                                                  "m", "l",  "l", "l", "p", "l", "m", "p", "p", "t",
                                                  "t", "ng", "t", "t", "k", "t", "p", "t"};

// The code point at s[i] and its length in bytes (UTF-8, no validation).
std::pair<uint32_t, size_t> decode(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80 || i + 1 >= s.size())
    return {c, 1};
  if (c < 0xE0)
    return {(c & 0x1FU) << 6 | (static_cast<unsigned char>(s[i + 1]) & 0x3FU), 2};
  if (c < 0xF0 && i + 2 < s.size())
    return {(c & 0x0FU) << 12 | (static_cast<unsigned char>(s[i + 1]) & 0x3FU) << 6 |
                (static_cast<unsigned char>(s[i + 2]) & 0x3FU),
            3};
  return {c, 1};
}

bool any_in(std::string_view s, uint32_t lo, uint32_t hi) {
  for (size_t i = 0; i < s.size();) {
    const auto [cp, n] = decode(s, i);
    if (cp >= lo && cp <= hi)
      return true;
    i += n;
  }
  return false;
}

}  // namespace

bool has_hangul(std::string_view utf8) {
  return any_in(utf8, 0xAC00, 0xD7A3);
}

bool has_kana(std::string_view utf8) {
  return any_in(utf8, 0x3040, 0x30FF);
}

std::string romanize_hangul(std::string_view utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    const auto [cp, n] = decode(utf8, i);
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      const uint32_t k = cp - 0xAC00;
      out += " ";
      out += k_initials[k / (21 * 28)];
      out += k_vowels[(k / 28) % 21];
      out += k_finals[k % 28];
      out += " ";
    } else {
      out.append(utf8.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string fix_kana_romanization(std::string_view ascii) {
  std::string s(ascii), out;
  for (size_t i = 0; i < s.size(); ++i) {
    // ICU writes a small ya/yu/yo as "~y": "ji~yo" = jo, "shi~yo" = sho, "ki~yo" = kyo.
    if (s[i] == 'i' && i + 2 < s.size() && s[i + 1] == '~' && s[i + 2] == 'y') {
      const bool palatal =
          !out.empty() &&
          (out.back() == 'j' || (out.size() >= 2 && out.back() == 'h' &&
                                 (out[out.size() - 2] == 's' || out[out.size() - 2] == 'c')));
      if (!palatal)
        out.push_back('y');
      i += 2;
      continue;
    }
    if (s[i] == '~')
      continue;
    // Hepburn long vowels: "ou" and "uu" are written "o" and "u" on the lists.
    if ((s[i] == 'u') && !out.empty() && (out.back() == 'o' || out.back() == 'u'))
      continue;
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace ecc::match
