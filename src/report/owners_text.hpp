#pragma once
// The text pieces of the owners report that every format shares (table,
// HTML). Internal to report/.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/ownership.hpp"

namespace ecc::report {

// "60 %", "12.5 %", "? %" for an unknown share.
std::string share_text(const std::optional<double>& percent);

// "entity_list [key], ns_cmic [key]", or "not listed".
std::string listing_text(const model::OwnedEntity& e);

// The list tag ("EL") of the listed owner `path` starts from; empty when none.
std::string root_tag(const model::InheritedRestriction& r, const model::OwnershipPath& path);

// The statements of `hood` in which the focus is owned (`owners`) or the
// owner, each with the name of the other party (its id when unnamed).
std::vector<std::pair<const model::OwnershipEdge*, std::string>> focus_edges(
    const model::OwnershipNeighbourhood& hood, bool owners);

}  // namespace ecc::report
