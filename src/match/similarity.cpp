// Jaro-Winkler (Winkler 1990) over bytes of normalized ASCII tokens, and a
// phonetic key in the spirit of Soundex/Metaphone that folds the spelling
// variants of romanization (kh/k, ph/f, ck/k, w/v, o/u, e/i) so that names
// transliterated by different schemes can still meet. The key keeps where
// the vowels are (each run of vowels is one "a"): a consonant skeleton alone
// let "khamenei" (k-n-n) meet "ghanem".
#include "match/similarity.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace ecc::match {

std::vector<uint32_t> padded_trigrams(std::string_view token) {
  const std::string padded = "^" + std::string(token) + "$";
  std::vector<uint32_t> out;
  for (size_t i = 0; i + 3 <= padded.size(); ++i) {
    out.push_back(static_cast<uint32_t>(static_cast<unsigned char>(padded[i])) << 16 |
                  static_cast<uint32_t>(static_cast<unsigned char>(padded[i + 1])) << 8 |
                  static_cast<uint32_t>(static_cast<unsigned char>(padded[i + 2])));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Jaro with caller-provided flag arrays (so short tokens need no allocation).
double jaro_with(std::string_view a, std::string_view b, char* a_hit, char* b_hit) {
  const size_t window = std::max<size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
  std::fill(a_hit, a_hit + a.size(), 0);
  std::fill(b_hit, b_hit + b.size(), 0);
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(b.size(), i + window + 1);
    for (size_t j = lo; j < hi; ++j) {
      if (b_hit[j] || a[i] != b[j])
        continue;
      a_hit[i] = b_hit[j] = 1;
      ++matches;
      break;
    }
  }
  if (matches == 0)
    return 0.0;
  size_t transpositions = 0;
  for (size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_hit[i])
      continue;
    while (!b_hit[j])
      ++j;
    if (a[i] != b[j])
      ++transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
          (m - static_cast<double>(transpositions) / 2.0) / m) /
         3.0;
}

}  // namespace

double jaro(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty())
    return 0.0;
  if (a == b)
    return 1.0;
  constexpr size_t k_stack = 64;
  if (a.size() <= k_stack && b.size() <= k_stack) {
    char a_hit[k_stack];
    char b_hit[k_stack];
    return jaro_with(a, b, a_hit, b_hit);
  }
  std::vector<char> a_hit(a.size()), b_hit(b.size());
  return jaro_with(a, b, a_hit.data(), b_hit.data());
}

double jaro_winkler(std::string_view a, std::string_view b) {
  const double j = jaro(a, b);
  size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
    ++prefix;
  return j + static_cast<double>(prefix) * 0.1 * (1.0 - j);
}

namespace {

// Code of one letter; '\0' for letters that are dropped after the first.
char letter_code(char c) {
  switch (c) {
    case 'b':
    case 'p':
      return 'p';
    case 'f':
    case 'v':
    case 'w':
      return 'f';
    case 'c':
    case 'k':
    case 'q':
    case 'g':
    case 'x':
      return 'k';
    case 'd':
    case 't':
      return 't';
    case 's':
    case 'z':
    case 'j':
      return 's';
    case 'l':
      return 'l';
    case 'm':
    case 'n':
      return 'n';
    case 'r':
      return 'r';
    default:
      return '\0';  // vowels, h, y, digits
  }
}

}  // namespace

std::string phonetic_key(std::string_view token) {
  if (token.size() < 4)
    return {};
  std::string key;
  char last = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (c == 'h' && i > 0)
      continue;  // kh = k, sh = s, gh = g: h is transparent
    char code = letter_code(c);
    if (c == 'p' && i + 1 < token.size() && token[i + 1] == 'h')
      code = 'f';  // ph = f
    if (code == '\0')
      code = (c >= '0' && c <= '9') ? c : 'a';  // every vowel (and y) is one vowel
    if (i == 0 && (code == 'a' || c == 'h'))
      code = c;  // an initial vowel or h is kept: "iman" != "aman", "hamed" != "ahmed"
    if (code != last)
      key.push_back(code);
    last = code;
  }
  if (key.size() < 4)
    key.clear();  // too short a skeleton matches too much
  return key;
}

namespace {

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Digraphs and letters of the spelling key, left to right.
std::string fold_letters(std::string_view t) {
  static const std::pair<std::string_view, std::string_view> digraphs[] = {
      {"dzh", "j"}, {"sch", "sh"}, {"tch", "ch"}, {"kh", "h"}, {"ph", "f"},
      {"th", "t"},  {"dh", "d"},   {"gh", "g"},   {"zh", "j"}, {"ck", "k"},
      {"ou", "u"},  {"oo", "u"},   {"ee", "i"}};
  std::string out;
  for (size_t i = 0; i < t.size();) {
    bool done = false;
    for (const auto& [from, to] : digraphs) {
      if (t.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        done = true;
        break;
      }
    }
    if (done)
      continue;
    const char c = t[i];
    const char next = i + 1 < t.size() ? t[i + 1] : '\0';
    if (c == 'y' && !out.empty() && vowel(out.back()) && vowel(next)) {
      ++i;  // Nikolayevna = Nikolaevna
      continue;
    }
    if (c == 'j' && !out.empty() && vowel(out.back()) && (next == '\0' || !vowel(next))) {
      out += 'i';  // Mihajlovich = Mihailovich, Sergej = Sergei
      ++i;
      continue;
    }
    switch (c) {
      case 'q':
        out += 'k';
        break;
      case 'x':
        out += "ks";
        break;
      case 'w':
        out += 'v';
        break;
      case 'z':
        out += 's';
        break;
      case 'y':
        out += 'i';
        break;
      case 'c':
        out += next == 'h' ? 'c' : 'k';
        break;
      default:
        out += c;
    }
    ++i;
  }
  return out;
}

}  // namespace

std::string spelling_key(std::string_view token) {
  if (token.size() < 5)
    return {};
  std::string folded = fold_letters(token), key;
  for (const char c : folded) {
    if (key.empty() || key.back() != c)
      key.push_back(c);  // double letters
  }
  return key;
}

}  // namespace ecc::match
