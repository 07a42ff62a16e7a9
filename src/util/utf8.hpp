#pragma once
// UTF-8 validation and the Latin-1 (Windows-1252 subset) conversion that
// OFAC's legacy CSV files need.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ecc::util {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt
// when `s` is valid UTF-8 (overlongs and surrogates are invalid).
std::optional<size_t> find_invalid_utf8(std::string_view s);

// Converts ISO-8859-1 bytes to UTF-8; bytes 0x80-0x9F are mapped as
// Windows-1252, which is what OFAC publishes.
std::string latin1_to_utf8(std::string_view s);

}  // namespace ecc::util
