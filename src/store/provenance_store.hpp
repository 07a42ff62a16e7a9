#pragma once
// INTERNAL to src/store: the dataset_files table (schema 6), where `db update`
// records where each file of a dataset was downloaded from.

#include <vector>

#include "model/dataset.hpp"

namespace ecc::store {

class Database;

// Writes the files of dataset `dataset_id`, inside the caller's transaction.
void write_provenance(Database& db, long long dataset_id,
                      const std::vector<model::FileProvenance>& files);

// The files recorded for `dataset_id`, primary first; empty for a `db import`.
std::vector<model::FileProvenance> read_provenance(Database& db, long long dataset_id);

}  // namespace ecc::store
