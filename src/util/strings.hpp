#pragma once
// Small string helpers shared by every module. ASCII-only case handling; the
// Unicode-aware normalisation of names lives in match/.

#include <string>
#include <string_view>
#include <vector>

namespace ecc::util {

// Removes ASCII whitespace at both ends.
std::string_view trim(std::string_view s);

// Splits on `sep` and trims each part; drops empty parts when `keep_empty` is false.
std::vector<std::string> split(std::string_view s, std::string_view sep, bool keep_empty = false);

// Joins parts with `sep`.
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// ASCII lower-casing; other bytes are kept.
std::string to_lower_ascii(std::string_view s);

// True when `s` starts / ends with `prefix` / `suffix`.
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);

// Collapses runs of whitespace to one space and trims.
std::string collapse_spaces(std::string_view s);

// Quotes a user value for an error message: 'XZ'.
std::string quote(std::string_view s);

// Levenshtein distance, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ecc::util
