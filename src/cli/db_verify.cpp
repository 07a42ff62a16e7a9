// `exportcheck db verify [FILE...]`: is the database still what was imported?
// Four checks: SQLite's integrity check, every entry re-hashed against the
// content hash recorded at import, the stored match index (current, its
// checksum, the entries it names), and (for each FILE given) the file's
// SHA-256 against the hash recorded for the dataset of that name. Any problem
// is listed on stdout and the command exits 3.
#include "cli/db_verify.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>

#include "cli/context.hpp"
#include "cli/screening_lists.hpp"
#include "import/file_digest.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct VerifyOpts {
  std::vector<std::string> files;
};

// One line per given file; returns the number of problems.
size_t check_files(Context& ctx, const store::Store& db, const std::vector<std::string>& files) {
  std::vector<model::DatasetInfo> all = db.datasets(true);
  size_t problems = 0;
  for (const std::string& f : files) {
    std::string sha = import::file_sha256(f);
    std::string base = std::filesystem::path(f).filename().string();
    const model::DatasetInfo* same_hash = nullptr;
    const model::DatasetInfo* same_name = nullptr;
    for (const model::DatasetInfo& d : all) {
      same_hash = !same_hash && d.sha256 == sha ? &d : same_hash;
      std::vector<std::string> names =
          util::split(d.file_name, "+");  // OFAC file sets: "sdn.csv+add.csv"
      bool named = std::find(names.begin(), names.end(), base) != names.end();
      same_name = !same_name && named ? &d : same_name;
    }
    ctx.out() << "file " << f << ": sha256 " << sha.substr(0, 12);
    if (same_hash) {
      ctx.out() << " matches dataset #" << same_hash->id << " (" << same_hash->file_name << ")\n";
      continue;
    }
    if (same_name && same_name->file_name.find('+') != std::string::npos) {
      ctx.out() << " is part of the file set of dataset #" << same_name->id << " ("
                << same_name->file_name
                << "), whose recorded hash covers the whole set: not checked\n";
      continue;
    }
    ++problems;
    if (same_name) {
      ctx.out() << " DIFFERS from dataset #" << same_name->id << " (" << same_name->file_name
                << ", recorded " << same_name->sha256.substr(0, 12) << ")\n";
    } else {
      ctx.out() << " matches no dataset in the database\n";
    }
  }
  return problems;
}

int run_verify(Context& ctx, const VerifyOpts& opts) {
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  ctx.out() << "database " << db.path() << "\n";
  std::vector<std::string> integrity = db.integrity_problems();
  ctx.out() << "sqlite integrity check: " << (integrity.empty() ? "ok" : "FAILED") << "\n";
  for (const std::string& p : integrity) {
    ctx.out() << "  " << util::collapse_spaces(p) << "\n";
  }
  std::vector<store::HashMismatch> mismatches = db.content_hash_mismatches();
  ctx.out() << "entry content hashes: " << (mismatches.empty() ? "ok" : "FAILED") << "\n";
  for (const store::HashMismatch& m : mismatches) {
    ctx.out() << "  entry " << m.entry_id << " (dataset #" << m.dataset_id << ", " << m.list_code
              << " '" << m.name << "' [" << m.entry_key << "]): recorded "
              << m.recorded.substr(0, 12) << ", rows hash to " << m.computed.substr(0, 12) << "\n";
  }
  std::string index = match_index_problem(db);
  ctx.out() << "match index: " << (index.empty() ? "ok" : "FAILED") << "\n";
  if (!index.empty()) {
    ctx.out() << "  " << index << "\n";
  }
  size_t problems = integrity.size() + mismatches.size() + (index.empty() ? 0 : 1) +
                    check_files(ctx, db, opts.files);
  if (problems > 0) {
    throw DataError("database '" + db.path() + "' failed verification: " +
                    std::to_string(problems) + " problem" + (problems == 1 ? "" : "s"));
  }
  ctx.out() << "verified\n";
  return 0;
}

}  // namespace

void setup_db_verify(CLI::App* db, Context& ctx) {
  auto opts = std::make_shared<VerifyOpts>();
  CLI::App* cmd = db->add_subcommand(
      "verify",
      "check database integrity, re-hash every entry, and compare FILEs with the recorded hashes");
  cmd->add_option("files", opts->files,
                  "the original list files, to compare with the recorded SHA-256")
      ->type_name("FILE");
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_verify(ctx, *opts); }; });
}

}  // namespace ecc::cli
