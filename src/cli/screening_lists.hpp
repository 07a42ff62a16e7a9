#pragma once
// The lists as `screen` and `match` use them: the name matcher and the list
// entries it cites. `db import` stores the matcher's index in the database
// (refresh_match_index); a run loads it and then reads from the database only
// the entries a party matched. Without a current stored index the run builds
// the matcher from every entry (slower, same answers) and says so.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/dataset.hpp"
#include "screen/screen.hpp"
#include "store/store.hpp"

namespace ecc::cli {

class Context;

struct ScreeningLists {
  std::unique_ptr<match::Matcher> matcher;
  std::unique_ptr<screen::EntrySource> entries;  // by matcher entry index
  size_t entry_count = 0;
  bool stored_index = false;  // false: built in memory from every entry
};

// Loads the matcher and its entries from `db` (which must outlive the result).
// DataError when the stored index is damaged.
ScreeningLists load_screening_lists(Context& ctx, const store::Store& db,
                                    const match::MatchOptions& options = {});

// What is wrong with the stored index, empty when it is present, current,
// undamaged and names exactly the active entries (for `db verify`).
std::string match_index_problem(const store::Store& db);

// Rebuilds the stored index when the active lists changed since it was built
// (or it is missing, or of an older format). Runs inside the import transaction.
// `written`: the ownership data as just written (Store::scan_written_ownership),
// which the ownership index is then built from instead of reading it back.
void refresh_match_index(store::Store& db, const std::string& built_at,
                         std::optional<store::ActiveOwnershipScan> written = std::nullopt);

// Imports `parsed` into `db` in one transaction with both indexes rebuilt in
// it, as `db import` does; `parsed` is freed before the indexes are built
// (the ownership data, when it alone is active, moved into the index build
// rather than read back). `before_commit` runs last inside the transaction.
std::vector<store::ImportOutcome> import_with_indexes(
    store::Store& db, std::vector<model::ParsedDataset>&& parsed, const std::string& built_at,
    const std::function<void()>& before_commit = {});

}  // namespace ecc::cli
