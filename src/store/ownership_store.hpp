#pragma once
// INTERNAL to src/store: writing and reading the ownership tables
// (ownership_entities, ownership_identifiers, ownership_edges).

#include "model/ownership.hpp"

namespace ecc::store {

class Database;

// Writes `graph` as part of dataset `dataset_id`, inside the caller's transaction.
void write_ownership(Database& db, long long dataset_id, const model::OwnershipGraph& graph);

// Reads the ownership data of every active dataset (see Store::active_ownership).
model::OwnershipGraph read_active_ownership(Database& db);

}  // namespace ecc::store
