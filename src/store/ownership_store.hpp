#pragma once
// INTERNAL to src/store: writing and reading the ownership tables
// (ownership_entities, ownership_identifiers, ownership_edges).

#include "model/ownership.hpp"

namespace ecc::store {

class Database;
class Statement;

// Writes `graph` as part of dataset `dataset_id`, inside the caller's transaction.
void write_ownership(Database& db, long long dataset_id, const model::OwnershipGraph& graph);

// Reads the ownership data of every active dataset (see Store::active_ownership).
model::OwnershipGraph read_active_ownership(Database& db);

// The merged entities of every active dataset, in active_ownership() order.
std::vector<model::OwnedEntity> read_active_entities(Database& db);

// The ids of the active ownership datasets, ascending.
std::vector<long long> active_ownership_datasets(Database& db);

// Columns percent, kind, as_of of an ownership_edges row at `first`, `first`+1, `first`+2.
void read_edge_fields(const Statement& s, int first, model::OwnershipEdge& e);

// The ownership_edges columns read_edge reads, in its order.
inline constexpr const char* k_edge_columns =
    "owner, owned, percent, kind, as_of, source, location";
// One statement from a row selected with k_edge_columns first.
model::OwnershipEdge read_edge(const Statement& s);

}  // namespace ecc::store
