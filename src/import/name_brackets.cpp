// The parenthesised parts of a list name. The lists use brackets for many
// things, and each is read differently:
//   acronym  "Semiconductor Manufacturing International Corporation (SMIC)"
//            -> alias SMIC; mid-name "CASIC (CASIC) 3rd Academy" -> alias "CASIC 3rd Academy"
//   brand    "Huawei Technologies Co., Ltd. (Huawei)" -> alias Huawei (a word of the name)
//   variant  "Lev Anatolyevich Yershov (Ershov)" -> alias "Lev Anatolyevich Ershov"
//   other    "(a.k.a. X; Y)", "(f.k.a., X)" -> aliases; "(a subordinate institute of X)"
//            and "(Parent Organization: X)" -> a link to X
//   kept     places and qualifiers that belong to the name: "(Hong Kong)", "(Private)",
//            "(Lebanon Branch)", "Huawei Device (Dongguan) Co., Ltd."
//   dropped  descriptions: "(Russian individual)", "[... Official]"
#include <algorithm>

#include "import/name_text.hpp"
#include "util/strings.hpp"

namespace ecc::import::names {

namespace {

struct Piece {
  bool group = false;
  char open = 0;
  std::string text;
};

std::vector<Piece> pieces_of(const std::string& s) {
  std::vector<Piece> out{{}};
  int depth = 0;
  char open = 0;
  for (const char c : s) {
    if (depth == 0 && (c == '(' || c == '[')) {
      out.push_back({true, c, ""});
      open = c, depth = 1;
      continue;
    }
    if (depth > 0) {
      depth += c == open ? 1 : (c == (open == '(' ? ')' : ']')) ? -1 : 0;
      if (depth == 0) {
        out.push_back({});
        continue;
      }
    }
    out.back().text.push_back(c);
  }
  return out;
}

size_t capitals(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool contains_word(const std::vector<std::string>& words, std::string_view w) {
  const std::string lw = util::to_lower_ascii(w);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& x) { return util::to_lower_ascii(x) == lw; });
}

// Text before and after group g, other groups left out.
std::string text_between(const std::vector<Piece>& p, size_t from, size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    if (!p[k].group) {
      out += p[k].text;
    }
  }
  return util::collapse_spaces(out);
}

enum class Act { keep, drop, acronym, brand, variant, expansion, aliases, link };

// Acronym shape: up to 3 words, none starting in lower case, one with 2+ capitals;
// in an all-caps name the first word must spell the name's leading letters.
bool acronym_shaped(std::string_view p, const std::vector<std::string>& words,
                    const std::vector<std::string>& before, bool caps_name) {
  if (words.empty() || words.size() > 3) {
    return false;
  }
  for (const std::string& w : words) {
    if (w[0] >= 'a' && w[0] <= 'z') {
      return false;
    }
  }
  if (caps_name) {
    std::string letters;
    for (const char c : words[0]) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        letters.push_back(c);
      }
    }
    return letters.size() >= 2 && spells_acronym(letters, before);
  }
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return capitals(w) >= 2; }) &&
         capitals(p) >= 2;
}

Act classify(const std::string& p, const Piece& g, const std::vector<std::string>& before,
             const std::vector<std::string>& after, bool person, bool caps_name) {
  const std::string lower = util::to_lower_ascii(p);
  const std::vector<std::string> words = words_of(p);
  std::string type;
  if (words.empty() || g.open == '[') {
    return Act::drop;
  }
  if (alias_marker_at(lower, 0, type) > 0) {
    return Act::aliases;
  }
  for (const char* rel :
       {"a subordinate institute of ", "subordinate institute of ", "a subsidiary of ",
        "subsidiary of ", "parent organization", "a unit of ", "subordinate to "}) {
    if (util::starts_with(lower, rel)) {
      return Act::link;
    }
  }
  if (lower.find("individual") != std::string::npos || util::starts_with(lower, "including")) {
    return Act::drop;
  }
  const bool all_qualifiers = std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return is_qualifier_word(w) || is_legal_word(w) || is_place(w);
  });
  if (is_place(p) || all_qualifiers) {
    return Act::keep;
  }
  const bool at_end = std::all_of(after.begin(), after.end(),
                                  [](const std::string& w) { return is_legal_word(w); });
  if (words.size() == 1) {
    if (contains_word(before, p)) {  // a word of the name before it: not one of an address after
      return Act::brand;
    }
    const bool close = std::any_of(before.begin(), before.end(), [&](const std::string& w) {
      return w.size() >= 4 && util::edit_distance(util::to_lower_ascii(w), lower) <= 2;
    });
    if (person || close) {
      return Act::variant;
    }
  }
  if (acronym_shaped(p, words, before, caps_name)) {
    return Act::acronym;
  }
  if (person) {
    return Act::variant;
  }
  return (words.size() > 1 && at_end) ? Act::expansion : Act::keep;
}

// The name with the word closest to `p` (a single word) or, for several words,
// the word just before the group replaced by `p`.
std::string variant_of(const std::string& before, const std::string& p, const std::string& after) {
  std::vector<std::string> b = util::split(before, " ");
  if (b.empty()) {
    return "";
  }
  size_t at = b.size() - 1;
  if (words_of(p).size() == 1) {
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < b.size(); ++k) {
      const size_t d = util::edit_distance(
          util::to_lower_ascii(words_of(b[k]).empty() ? b[k] : words_of(b[k])[0]),
          util::to_lower_ascii(p));
      if (d < best) {
        best = d, at = k;
      }
    }
  }
  const bool comma = !b[at].empty() && b[at].back() == ',';
  b[at] = p + (comma ? "," : "");
  return util::collapse_spaces(util::join(b, " ") + " " + after);
}

}  // namespace

void read_brackets(const std::string& s, bool person, TextReading& out) {
  const std::vector<Piece> p = pieces_of(s);
  const bool caps_name = !has_lower(s);
  std::string name;
  for (size_t g = 0; g < p.size(); ++g) {
    if (!p[g].group) {
      name += p[g].text;
      continue;
    }
    const std::string inside(util::trim(p[g].text));
    const std::string before = text_between(p, 0, g), after = text_between(p, g + 1, p.size());
    const std::vector<std::string> after_words = words_of(after);
    const Act act = classify(inside, p[g], words_of(before), after_words, person, caps_name);
    const bool mid = std::any_of(after_words.begin(), after_words.end(),
                                 [](const std::string& w) { return !is_legal_word(w); });
    switch (act) {
      case Act::keep:
        name += " " + inside + " ";
        break;
      case Act::drop:
        break;
      case Act::acronym:
        out.aliases.push_back({mid ? inside + " " + after : inside, "acronym", ""});
        break;
      case Act::brand:
        out.aliases.push_back({inside, "brand", ""});
        break;
      case Act::variant:
        if (const std::string v = variant_of(before, inside, after); !v.empty()) {
          out.aliases.push_back({v, "variant", ""});
        }
        break;
      case Act::expansion:
        out.aliases.push_back({inside, "aka", ""});
        break;
      case Act::aliases:
      case Act::link: {
        std::string type = "subordinate_of";
        const std::string lower = util::to_lower_ascii(inside);
        size_t skip = alias_marker_at(lower, 0, type);
        if (act == Act::link) {
          skip = lower.find(" of ") != std::string::npos && !util::starts_with(lower, "parent")
                     ? lower.find(" of ") + 4
                     : lower.find_first_of(": ", std::string("parent organization").size()) + 1;
          out.links.push_back({"subordinate_of", read_text(inside.substr(skip), false).name});
          break;
        }
        for (const std::string& part : util::split(inside.substr(skip), ";")) {
          TextReading r = read_text(part, person);
          if (!r.name.empty()) {
            out.aliases.push_back({r.name, type, ""});
          }
          out.aliases.insert(out.aliases.end(), r.aliases.begin(), r.aliases.end());
        }
        break;
      }
    }
  }
  out.name = util::collapse_spaces(name);
}

}  // namespace ecc::import::names
