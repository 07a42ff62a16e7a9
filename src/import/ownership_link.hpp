#pragma once
// Linking ownership entities to restricted-party list entries, so that the
// graph knows which of its entities are listed (OwnedEntity::listings).
// Exact only: an entry key, an LEI, or a name/alias equal after ASCII case
// folding and whitespace collapsing. Fuzzy matching is the matcher's job.

#include <string>
#include <vector>

#include "model/list_entry.hpp"
#include "model/ownership.hpp"

namespace ecc::import {

// Sets every entity's listings from `entries` (replacing any it had): the
// entries whose key equals the entity's id, whose LEI equals the entity's id or
// LEI identifier, or whose name or alias equals the entity's id or name. An
// entity named only by its id takes its first entry's name.
void link_ownership(model::OwnershipGraph& graph, const std::vector<model::ListEntry>& entries);

// link_ownership in two steps, so that the links can be stored (db import)
// and applied later without every entry: for each entity of `graph`, in
// order, the indexes into `entries` it links to (ascending) ...
std::vector<std::vector<std::size_t>> resolve_links(const model::OwnershipGraph& graph,
                                                    const std::vector<model::ListEntry>& entries);
// ... and setting each entity's listings from its linked entries.
void apply_links(model::OwnershipGraph& graph,
                 const std::vector<std::vector<const model::ListEntry*>>& links);

// Checks an ownership CSV's owner/owned references: a value that looks like an
// id (no whitespace, a digit, not an LEI) must be the key of one of `entries`.
// Throws DataError "FILE:LINE: unknown party id 'X' ..." for the first that is not.
void check_party_ids(const model::OwnershipGraph& graph,
                     const std::vector<model::ListEntry>& entries);

// ISO 17442 shape: 18 letters or digits and 2 check digits (not the checksum).
bool looks_like_lei(std::string_view s);

// The listing an entity gets from `entry`.
model::EntityListing listing_of(const model::ListEntry& entry);

}  // namespace ecc::import
