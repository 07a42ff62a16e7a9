#pragma once
// The text pieces of the owners report that every format shares (table,
// HTML). Internal to report/.

#include <optional>
#include <string>

#include "model/ownership.hpp"

namespace ecc::report {

// "60 %", "12.5 %", "? %" for an unknown share.
std::string share_text(const std::optional<double>& percent);

// "entity_list [key], ns_cmic [key]", or "not listed".
std::string listing_text(const model::OwnedEntity& e);

// The list tag ("EL") of the listed owner `path` starts from; empty when none.
std::string root_tag(const model::InheritedRestriction& r, const model::OwnershipPath& path);

}  // namespace ecc::report
