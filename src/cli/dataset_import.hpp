#pragma once
// Storing parsed datasets: the one write path of `db import` and `db update`.

#include <vector>

#include "model/dataset.hpp"
#include "store/store.hpp"

namespace ecc::cli {

class Context;

// Writes `parsed` into the database of ctx (created when it is the per-user
// default and missing) in ONE transaction, with the match index rebuilt
// and the ownership index rebuilt inside it: all datasets land together or
// none does. Ownership references are checked first
// (check_ownership_references); `parsed` is freed once written, before the
// indexes are built (an ownership file of millions of statements is
// gigabytes in memory): from what is now stored, or, when this import's
// ownership data is the only active one, from that data moved into the build
// (import_with_indexes). Test hook:
// EXPORTCHECK_TEST_STALL_IMPORT=SECONDS waits before COMMIT so a test can kill it.
std::vector<store::ImportOutcome> store_datasets(Context& ctx,
                                                 std::vector<model::ParsedDataset>&& parsed);

}  // namespace ecc::cli
