// Acronym variants of a name (see acronyms.hpp). The variants are few and
// fixed: all words; without small words (of, the, and); without small words
// and legal forms; without small words and group words (group, holding) but
// with legal forms (CETC = China Electronics Technology [Group] Corporation);
// without all three. The same for the words before the first number, and for
// both without the legal form that ends them.
#include "match/acronyms.hpp"

#include <algorithm>

#include "match/legal_forms.hpp"
#include "match/word_classes.hpp"

namespace ecc::match {

namespace {

enum Kind : uint8_t { k_word = 0, k_small = 1, k_legal = 2, k_group = 4, k_number = 8 };

// The kind of each word; words inside a multi-word legal form are legal.
std::vector<uint8_t> kinds_of(const std::vector<std::string>& w) {
  std::vector<uint8_t> kind(w.size(), k_word);
  for (size_t i = 0; i < w.size(); ++i) {
    for (const LegalPhrase& p : legal_phrases()) {
      if (i + p.words.size() <= w.size() &&
          std::equal(p.words.begin(), p.words.end(), w.begin() + static_cast<std::ptrdiff_t>(i))) {
        std::fill(kind.begin() + static_cast<std::ptrdiff_t>(i),
                  kind.begin() + static_cast<std::ptrdiff_t>(i + p.words.size()), k_legal);
        break;
      }
    }
    if (kind[i] != k_word) {
      continue;
    }
    if (is_number(w[i])) {
      kind[i] = k_number;
    } else if (!single_legal_form(w[i]).empty()) {
      kind[i] = k_legal;
    } else if (is_stop_word(w[i])) {
      kind[i] = k_small;
    } else if (w[i] == "group" || w[i] == "holding") {
      kind[i] = k_group;
    }
  }
  return kind;
}

}  // namespace

bool acronym_like(const std::string& token) {
  return token.size() >= 4 && token.size() <= 10 &&
         std::all_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

uint64_t acronym_key(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::vector<Acronym> acronyms_of(const NormalizedName& n) {
  const std::vector<std::string>& w = n.words;
  const std::vector<uint8_t> kind = kinds_of(w);
  // Distinctive token position of each word (or -1), matching words to tokens in order.
  std::vector<int> pos(w.size(), -1);
  for (size_t i = 0, j = 0; i < w.size() && j < n.tokens.size(); ++i) {
    if (w[i] == n.tokens[j]) {
      pos[i] = static_cast<int>(j++);
    }
  }
  size_t end = w.size();
  for (size_t i = 1; i < w.size(); ++i) {
    if (kind[i] == k_number) {
      end = i;
      break;
    }
  }
  // The same without the legal form that ends them ("China State Shipbuilding
  // Corporation, Limited" -> CSSC keeps "Corporation", drops "Limited").
  const auto trimmed = [&](size_t upto) {
    return upto > 0 && kind[upto - 1] == k_legal ? upto - 1 : upto;
  };
  std::vector<Acronym> out;
  for (const size_t upto : {w.size(), end, trimmed(w.size()), trimmed(end)}) {
    for (const int skip :
         {0, k_small | 0, k_small | k_legal, k_small | k_group, k_small | k_legal | k_group}) {
      Acronym a;
      int first = -1, last = -1;
      size_t used = 0;
      for (size_t i = 0; i < upto; ++i) {
        if (kind[i] == k_number || (kind[i] & skip) ||
            !std::isalpha(static_cast<unsigned char>(w[i][0]))) {
          continue;
        }
        a.text.push_back(w[i][0]);
        ++used;
        if (pos[i] >= 0) {
          first = first < 0 ? pos[i] : first;
          last = pos[i];
        }
      }
      if (used < 2 || first < 0 || !acronym_like(a.text)) {
        continue;
      }
      a.from = static_cast<uint16_t>(first);
      a.count = static_cast<uint16_t>(last - first + 1);
      const bool seen = std::any_of(out.begin(), out.end(), [&](const Acronym& b) {
        return b.text == a.text && b.from == a.from && b.count == a.count;
      });
      if (!seen) {
        out.push_back(std::move(a));
      }
    }
  }
  return out;
}

}  // namespace ecc::match
