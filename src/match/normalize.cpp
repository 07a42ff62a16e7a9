// Turns a name into distinctive tokens. Steps: script conversion (ICU), then
// on ASCII: '&' -> "and", apostrophes and BIS's '?' deleted, other punctuation
// -> space, runs of single letters joined ("s a" -> "sa"), spelling variants
// folded, numbers written as digits ("13th", "thirteen" -> "13"), legal forms
// (with their classes) and stop words set aside (kept when nothing else is left).
#include "match/normalize.hpp"

#include <cctype>

#include "match/legal_forms.hpp"
#include "match/org_types.hpp"
#include "match/transliterate.hpp"
#include "match/word_classes.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::vector<std::string> raw_tokens(std::string_view s) {
  std::string clean;
  clean.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (is_alnum(c)) {
      clean.push_back(c);
    } else if (c == '\'' || c == '`' || (c == '?' && i > 0 && is_alnum(s[i - 1]))) {
      continue;  // O'Brien -> obrien; BIS prints "?" for apostrophes
    } else if (c == '&') {
      clean += " and ";
    } else {
      clean.push_back(' ');
    }
  }
  return util::split(clean, " ");
}

// "s a" -> "sa", "u s a" -> "usa": dotted abbreviations become one token.
std::vector<std::string> join_single_letters(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  bool prev_single = false;
  for (const auto& t : in) {
    const bool single = t.size() == 1 && t[0] >= 'a' && t[0] <= 'z';
    if (single && prev_single) {
      out.back() += t;
    } else {
      out.push_back(t);
    }
    prev_single = single && out.back().size() <= 4;
  }
  return out;
}

// Length of the legal-form phrase starting at tokens[i] (0 if none) and its form.
size_t legal_phrase_at(const std::vector<std::string>& tokens, size_t i, std::string& form) {
  for (const auto& p : legal_phrases()) {
    if (i + p.words.size() > tokens.size())
      continue;
    bool ok = true;
    for (size_t k = 0; ok && k < p.words.size(); ++k)
      ok = tokens[i + k] == p.words[k];
    if (ok) {
      form = std::string(p.canonical);
      return p.words.size();
    }
  }
  std::string_view single = single_legal_form(tokens[i]);
  if (single.empty() && i > 0)
    single = misspelt_legal_form(tokens[i]);
  form = std::string(single);
  return single.empty() ? 0 : 1;
}

void split_out_legal_and_stop(const std::vector<std::string>& tokens, NormalizedName& n) {
  for (size_t i = 0; i < tokens.size();) {
    std::string form;
    const size_t len = legal_phrase_at(tokens, i, form);
    if (len > 0) {
      n.legal_forms.push_back(form);
      std::string written = tokens[i];
      for (size_t k = 1; k < len; ++k)
        written += " " + tokens[i + k];
      n.legal_words.push_back(std::move(written));
      i += len;
    } else if (const auto [glued, rest] = glued_legal_form(tokens[i]); !glued.empty()) {
      n.legal_forms.emplace_back(glued);
      n.legal_words.emplace_back(glued);
      n.tokens.emplace_back(rest);
      ++i;
    } else if (is_stop_word(tokens[i])) {
      n.stop_words.push_back(tokens[i++]);
    } else {
      n.tokens.push_back(tokens[i++]);
    }
  }
}

}  // namespace

std::string NormalizedName::joined() const {
  return util::join(tokens, " ");
}

NormalizedName normalize_ascii(std::string_view lower_ascii) {
  std::vector<std::string> tokens = join_single_letters(raw_tokens(lower_ascii));
  for (auto& t : tokens)
    t = std::string(canonical_word(t));
  tokens = fold_abd(fold_numbers(tokens));
  NormalizedName n;
  n.words = tokens;
  split_out_legal_and_stop(tokens, n);
  for (const std::string& f : n.legal_forms)
    n.legal_classes |= classes_of_form(f);
  if (n.tokens.empty() && !n.stop_words.empty()) {
    n.tokens = n.stop_words;  // "The And" is a name of stop words: keep them
    n.stop_words.clear();
  }
  return n;
}

NormalizedName normalize_name(std::string_view utf8) {
  NormalizedName n = normalize_ascii(to_latin_ascii(utf8));
  for (const char c : utf8)
    n.transliterated = n.transliterated || static_cast<unsigned char>(c) >= 0x80;
  return n;
}

std::string_view legal_form_of(std::string_view token) {
  return single_legal_form(token);
}

}  // namespace ecc::match
