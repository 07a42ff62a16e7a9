#pragma once
// Stable list codes. Sources name their lists in many ways ("Entity List (EL)
// - Bureau of Industry and Security", OFAC program "CMIC-EO13959"); the rest
// of exportcheck speaks only these codes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecc::model {

struct ListCodeInfo {
  std::string_view code;        // e.g. "entity_list"
  std::string_view csl_abbrev;  // trade.gov CSL source abbreviation, e.g. "EL"
  std::string_view title;       // human title
  std::string_view agency;      // BIS, OFAC, State, DoD, internal
};

// Every known list code, in a fixed order.
const std::vector<ListCodeInfo>& list_codes();

// Looks up a code ("entity_list"); nullopt when unknown.
std::optional<ListCodeInfo> find_list_code(std::string_view code);

// Maps a CSL "source" string ("Entity List (EL) - Bureau of Industry and
// Security") to a list code by the abbreviation in parentheses or by name.
std::optional<std::string> list_code_for_csl_source(std::string_view source);

}  // namespace ecc::model
