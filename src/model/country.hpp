#pragma once
// ISO 3166-1 alpha-2 country codes and the names sources use for them.
// Country *groups* (D:1, D:5, A:6 ...) are rule data under rules/, not here.

#include <optional>
#include <string>
#include <string_view>

namespace ecc::model {

// True for a known alpha-2 code in upper case ("CN", "MO", "XK").
bool is_country_code(std::string_view code);

// English name of a code ("CN" -> "China"); empty when unknown.
std::string_view country_name(std::string_view code);

// Maps a country name as OFAC, BIS or a user writes it ("China",
// "Hong Kong", "Virgin Islands, British", "Korea, North", "Burma") or an
// alpha-2 code in any case to the alpha-2 code; nullopt when unknown.
std::optional<std::string> country_code_for(std::string_view name_or_code);

}  // namespace ecc::model
