#include "cli/dataset_import.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <ostream>
#include <thread>

#include "cli/context.hpp"
#include "cli/ownership_inputs.hpp"
#include "cli/screening_lists.hpp"

namespace ecc::cli {

namespace {

// Test hook: EXPORTCHECK_TEST_STALL_IMPORT=SECONDS makes an import wait inside
// its transaction (after writing, before commit) so a test can kill it there.
std::function<void()> stall_hook(Context& ctx) {
  std::string stall = ctx.env("EXPORTCHECK_TEST_STALL_IMPORT");
  if (stall.empty()) {
    return {};
  }
  int seconds = std::atoi(stall.c_str());
  return [&ctx, seconds] {
    ctx.err() << "exportcheck: test hook: stalling before commit\n" << std::flush;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
  };
}

}  // namespace

std::vector<store::ImportOutcome> store_datasets(Context& ctx,
                                                 std::vector<model::ParsedDataset>&& parsed) {
  check_ownership_references(ctx.db_path(), parsed);
  std::string path = ctx.db_path();
  if (ctx.db_path_is_default()) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  }
  store::Store db = store::Store::open(path, store::OpenMode::read_write);
  // The match index and the ownership index are rebuilt in the same transaction as
  // the data they index, from what is now stored.
  return import_with_indexes(db, std::move(parsed), ctx.now_iso(), stall_hook(ctx));
}

}  // namespace ecc::cli
