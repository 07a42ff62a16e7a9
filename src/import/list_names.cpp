// Reads a list name text in a fixed order: clean the characters ("?" for an
// apostrophe or a quote, runs of spaces, trailing commas), split off the
// listed parent ("PARENT.  Affiliated Entity:  CHILD" -> CHILD, linked to
// PARENT), cut scope phrases ("and its sub-units and successors"), split
// alias markers ("a.k.a.", "f.k.a.", "formerly"), resolve brackets
// (name_brackets.cpp), split two names run together ("X Co., Ltd., and Y"),
// and cut a trailing address ("..., Co., Ltd., Suzhou, Jiangsu").
#include "import/list_names.hpp"

#include <algorithm>

#include "import/name_text.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace names {

namespace {

bool is_letter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// BIS prints "?" for characters it cannot encode: an apostrophe inside a word
// (Xi?an, People?s), a dash between words (NIIP?NZIK) or quotes around them.
std::string fix_question_marks(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '?') {
      out.push_back(s[i]);
      continue;
    }
    const char prev = i > 0 ? s[i - 1] : ' ';
    const char next = i + 1 < s.size() ? s[i + 1] : ' ';
    if (!is_letter(prev) || !is_letter(next)) {
      continue;  // a quote mark
    }
    const bool possessive = next == 's' && (i + 2 == s.size() || !is_letter(s[i + 2]));
    out.push_back(possessive || (std::islower(static_cast<unsigned char>(prev)) &&
                                 std::islower(static_cast<unsigned char>(next)))
                      ? '\''
                      : '-');
  }
  return out;
}

std::string strip_ends(std::string_view s) {
  s = util::trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return std::string(util::trim(s));
}

// Position of `needle` in lower-case `s` outside brackets, npos when none.
size_t find_top(const std::string& lower, std::string_view needle, size_t from = 0) {
  int depth = 0;
  for (size_t i = 0; i < lower.size(); ++i) {
    depth += (lower[i] == '(' || lower[i] == '[')   ? 1
             : (lower[i] == ')' || lower[i] == ']') ? -1
                                                    : 0;
    if (depth == 0 && i >= from && lower.compare(i, needle.size(), needle) == 0) {
      return i;
    }
  }
  return std::string::npos;
}

// "PARENT.  Affiliated Entity:  CHILD" and its kin: the child's text, with a
// link to the parent in `out`.
std::string split_parent(const std::string& s, TextReading& out) {
  static const std::vector<std::pair<std::string_view, std::string_view>> markers = {
      {"affiliated entity:", "affiliate_of"},
      {"affiliated entities:", "affiliate_of"},
      {"subordinate institution -", "subordinate_of"},
      {"subordinate institution:", "subordinate_of"},
      {"subordinate entity:", "subordinate_of"},
      {"subordinate entity -", "subordinate_of"},
      {", and subordinate entity ", "subordinate_of"},
      {" entity: ", "subordinate_of"}};
  const std::string lower = util::to_lower_ascii(s);
  for (const auto& [marker, relation] : markers) {
    const size_t at = find_top(lower, marker);
    if (at == std::string::npos || at == 0) {
      continue;
    }
    std::string parent = strip_ends(s.substr(0, at));
    while (!parent.empty() && parent.back() == '.' &&
           !util::ends_with(util::to_lower_ascii(parent), "ltd.") &&
           !util::ends_with(util::to_lower_ascii(parent), "co.") &&
           !util::ends_with(util::to_lower_ascii(parent), "inc.")) {
      parent.pop_back();
    }
    out.links.push_back({std::string(relation), read_text(parent, false).name});
    return s.substr(at + marker.size());
  }
  return s;
}

std::string cut_scope(const std::string& s) {
  const std::string lower = util::to_lower_ascii(s);
  for (const char* phrase :
       {", and its sub-units", " and its sub-units", " and any successor", ", including "}) {
    if (const size_t at = find_top(lower, phrase); at != std::string::npos && at > 8) {
      return s.substr(0, at);
    }
  }
  return s;
}

// "X, a.k.a. Y; Z" / "X f.k.a. Y" outside brackets: X, with Y and Z as aliases.
std::string split_alias_markers(const std::string& s, bool person, TextReading& out) {
  const std::string lower = util::to_lower_ascii(s);
  int depth = 0;
  for (size_t i = 1; i < lower.size(); ++i) {
    depth += lower[i] == '(' ? 1 : lower[i] == ')' ? -1 : 0;
    std::string type;
    const size_t len = depth == 0 && lower[i - 1] == ' ' ? alias_marker_at(lower, i, type) : 0;
    const bool dotted = len > 0 && lower.find('.', i) < i + len;
    const bool after_comma = i >= 2 && (lower[i - 2] == ',' || lower[i - 2] == ';');
    if (len == 0 || !(dotted || after_comma)) {
      continue;
    }
    for (const std::string& part : util::split(s.substr(i + len), ";")) {
      TextReading r = read_text(part, person);
      if (!r.name.empty()) {
        out.aliases.push_back({r.name, type, ""});
      }
      out.aliases.insert(out.aliases.end(), r.aliases.begin(), r.aliases.end());
    }
    return strip_ends(s.substr(0, i));
  }
  return s;
}

bool ends_with_legal_word(const std::string& s) {
  const std::vector<std::string> w = words_of(s);
  return !w.empty() && is_legal_word(w.back());
}

// "X Co., Ltd., and Y" and "X; Y": X, with Y as an alias of type part.
std::string split_run_together(const std::string& s, bool person, TextReading& out) {
  const std::string lower = util::to_lower_ascii(s);
  size_t at = find_top(lower, ", and ");
  size_t len = 6;
  if (at != std::string::npos && !ends_with_legal_word(s.substr(0, at))) {
    at = std::string::npos;  // "AGRICULTURAL, MEDICAL, AND INDUSTRIAL RESEARCH CENTER"
  }
  if (at == std::string::npos) {
    at = find_top(lower, ";"), len = 1;
  }
  if (at == std::string::npos) {
    return s;
  }
  for (const std::string& part : util::split(s.substr(at + len), ";")) {
    TextReading r = read_text(part, person);
    if (!r.name.empty()) {
      out.aliases.push_back({r.name, "part", ""});
    }
  }
  return strip_ends(s.substr(0, at));
}

// "HiSilicon Tech (Suzhou) Co., Ltd., Suzhou, Jiangsu": comma parts after the
// last legal form that are only a few capitalised words without digits,
// organisational units or legal forms are an address, not the name.
std::string cut_address(const std::string& s) {
  const std::vector<std::string> parts = util::split(s, ",");
  size_t last_legal = parts.size();
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::vector<std::string> w = words_of(parts[k]);
    if (std::any_of(w.begin(), w.end(), [](const std::string& x) { return is_legal_word(x); })) {
      last_legal = k;
    }
  }
  if (last_legal + 1 >= parts.size()) {
    return s;
  }
  for (size_t k = last_legal + 1; k < parts.size(); ++k) {
    const std::vector<std::string> w = words_of(parts[k]);
    const bool place_like =
        !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](const std::string& x) {
          return !is_org_unit_word(x) && !is_legal_word(x) &&
                 std::isupper(static_cast<unsigned char>(x[0])) &&
                 std::none_of(x.begin(), x.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        });
    if (!place_like) {
      return s;
    }
  }
  const std::string head = s.substr(0, s.find(parts[last_legal]) + parts[last_legal].size());
  return head;
}

}  // namespace

TextReading read_text(std::string_view raw, bool person) {
  TextReading out;
  std::string s = strip_ends(util::collapse_spaces(fix_question_marks(raw)));
  std::string type;
  const std::string lower = util::to_lower_ascii(s);
  if (util::starts_with(lower, "and ")) {
    s = s.substr(4);  // the last of an alias list "A; B; and C"
  } else if (const size_t len = alias_marker_at(lower, 0, type); len > 0 && len < s.size()) {
    s = s.substr(len);                      // an alias written "f.k.a. X"
    out.aliases.push_back({"", type, ""});  // placeholder: the caller takes the type
  }
  s = split_parent(s, out);
  s = cut_scope(s);
  s = split_alias_markers(s, person, out);
  read_brackets(strip_ends(s), person, out);
  out.name = split_run_together(out.name, person, out);
  if (!person) {
    out.name = cut_address(out.name);
  }
  out.name = strip_ends(out.name);
  for (size_t p = out.name.find(" ,"); p != std::string::npos; p = out.name.find(" ,")) {
    out.name.erase(p, 1);
  }
  return out;
}

}  // namespace names

namespace {

std::string folded(const std::string& s) {
  return util::to_lower_ascii(util::collapse_spaces(s));
}

// Aliases found in `raw`: each with `raw` as its source text; the leading
// marker's type, when the text began with one, goes to `type`.
void take_found(names::TextReading& r, const std::string& raw, std::string& type,
                std::vector<model::Alias>& into) {
  for (model::Alias& a : r.aliases) {
    if (a.name.empty()) {
      type = a.type;
      continue;
    }
    a.raw = raw;
    into.push_back(std::move(a));
  }
}

}  // namespace

void read_names(model::ListEntry& e) {
  const bool person = util::to_lower_ascii(e.entry_type) == "individual";
  std::vector<model::Alias> aliases;
  names::TextReading r = names::read_text(e.name, person);
  std::string type;
  take_found(r, e.name, type, aliases);
  e.links.insert(e.links.end(), r.links.begin(), r.links.end());
  if (!r.name.empty() && r.name != e.name) {
    if (e.raw_name.empty()) {
      e.raw_name = e.name;
    }
    e.name = r.name;
  }
  for (model::Alias a : e.aliases) {
    names::TextReading ra = names::read_text(a.name, person);
    std::vector<model::Alias> found;
    std::string marker;
    take_found(ra, a.raw.empty() ? a.name : a.raw, marker, found);
    e.links.insert(e.links.end(), ra.links.begin(), ra.links.end());
    if (!ra.name.empty() && ra.name != a.name) {
      if (a.raw.empty()) {
        a.raw = a.name;
      }
      a.name = ra.name;
    }
    if (!marker.empty()) {
      a.type = marker;
    }
    aliases.push_back(std::move(a));
    aliases.insert(aliases.end(), found.begin(), found.end());
  }
  // Keep each name once (the first time it appears), never an alias equal to the name.
  std::vector<std::string> seen{folded(e.name)};
  std::erase_if(aliases, [&](const model::Alias& a) {
    const std::string f = folded(a.name);
    if (f.empty() || std::find(seen.begin(), seen.end(), f) != seen.end()) {
      return true;
    }
    seen.push_back(f);
    return false;
  });
  e.aliases = std::move(aliases);
  std::vector<model::EntryLink> links;
  for (model::EntryLink& l : e.links) {
    if (!l.name.empty() && std::find(links.begin(), links.end(), l) == links.end()) {
      links.push_back(std::move(l));
    }
  }
  e.links = std::move(links);
}

}  // namespace ecc::import
