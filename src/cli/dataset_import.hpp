#pragma once
// Storing parsed datasets: the one write path of `db import` and `db update`.

#include <vector>

#include "model/dataset.hpp"
#include "store/store.hpp"

namespace ecc::cli {

class Context;

// Writes `parsed` into the database of ctx (created when it is the per-user
// default and missing) in ONE transaction, with the match index rebuilt
// inside it: all datasets land together or none does. Ownership references
// are checked first (check_ownership_references). Test hook:
// EXPORTCHECK_TEST_STALL_IMPORT=SECONDS waits before COMMIT so a test can kill it.
std::vector<store::ImportOutcome> store_datasets(Context& ctx,
                                                 const std::vector<model::ParsedDataset>& parsed);

}  // namespace ecc::cli
