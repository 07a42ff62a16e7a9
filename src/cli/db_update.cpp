// `exportcheck db update`: fetch the official lists (or a mirror's copy),
// check every file, then store all changed sources in one transaction.
// Order of steps: previous state -> fetch each source (conditional requests)
// -> parse each with the `db import` parsers -> plausibility (row counts)
// -> one transaction with the match index. Any failure before COMMIT leaves
// the lists exactly as they were, and the message says so.
// `--download-only DIR` stops after the checks and writes a mirror folder.
#include "cli/db_update.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/context.hpp"
#include "cli/dataset_import.hpp"
#include "cli/option_checks.hpp"
#include "cli/update_sources.hpp"
#include "import/list_import.hpp"
#include "report/db_report.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/output_file.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace fs = std::filesystem;

namespace {

struct UpdateOpts {
  std::vector<std::string> sources;
  NetOptions net;
  std::string download_only;
  double max_shrink_percent = 25;
  bool force = false;
};

// A temporary folder, removed with its contents at the end of the scope.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& parent) {
    std::string pattern = (fs::path(parent) / ".exportcheck-update.XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      throw DataError(parent + ": cannot create a temporary folder for the download");
    }
    m_path = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

// A parser's message names the downloaded copy; say the URL instead.
std::string at_url(std::string message, const FetchedSource& f) {
  std::string copy = fs::path(f.primary_path).parent_path().string() + "/";
  const model::FileProvenance& primary = f.files.front();
  std::string url_dir = primary.url.substr(0, primary.url.size() - primary.name.size());
  for (size_t at = message.find(copy); at != std::string::npos; at = message.find(copy, at)) {
    message.replace(at, copy.size(), url_dir);
    at += url_dir.size();
  }
  return message;
}

// Parses a fetched source with the `db import` parsers and dates it.
model::ParsedDataset parse_fetched(Context& ctx, const FetchedSource& f) {
  import::ImportOptions options;
  options.format = f.source->format;
  options.imported_at = ctx.now_iso();
  model::ParsedDataset ds;
  try {
    ds = import::read_list_file(f.primary_path, options);
  } catch (const DataError& e) {
    throw DataError(at_url(e.what(), f));
  }
  if (ds.info.sha256 != dataset_hash(f.files)) {
    throw DataError(f.files.front().url + ": the files read (" + ds.info.file_name +
                    ") are not the set fetched; a companion file is missing or changed");
  }
  for (const std::string& w : ds.warnings) {
    ctx.warn(at_url(w, f));
  }
  ds.files = f.files;
  date_downloaded_dataset(ds);
  return ds;
}

int update_database(Context& ctx, const UpdateOpts& opts,
                    const std::vector<const import::OfficialSource*>& sources) {
  std::map<std::string, PreviousDataset> previous = previous_datasets(ctx);
  std::string tmp = ctx.env("TMPDIR").empty() ? "/tmp" : ctx.env("TMPDIR");
  ScratchDir scratch(tmp);
  ListFetcher fetcher(ctx, opts.net, scratch.path());
  std::vector<FetchedSource> fetched;
  std::vector<model::ParsedDataset> parsed;
  auto before = [&](const import::OfficialSource& source) -> const PreviousDataset* {
    auto it = previous.find(std::string(source.source_key));
    return it == previous.end() ? nullptr : &it->second;
  };
  // Every file first (a failed download stops before any parsing), then each parsed.
  for (const import::OfficialSource* source : sources) {
    const PreviousDataset* p = before(*source);
    fetched.push_back(fetcher.fetch(*source, p ? p->files : std::vector<model::FileProvenance>{}));
  }
  for (const FetchedSource& f : fetched) {
    if (!f.not_modified) {
      parsed.push_back(parse_fetched(ctx, f));
      check_plausible_rows(parsed.back(), before(*f.source), opts.max_shrink_percent, opts.force);
    }
  }
  for (const FetchedSource& f : fetched) {
    auto it = previous.find(std::string(f.source->source_key));
    ctx.out() << f.source->id << ": " << f.note
              << (f.not_modified ? "; dataset #" + std::to_string(it->second.dataset.id) + " stays"
                                 : "")
              << "\n";
  }
  if (parsed.empty()) {
    return 0;
  }
  report::print_import_outcomes(ctx.out(), store_datasets(ctx, parsed));
  return 0;
}

// Writes the checked files of `fetched` into DIR (mirror layout) and merges
// their provenance into DIR's manifest, which is written last.
void write_mirror(Context& ctx, const std::string& dir, const std::vector<FetchedSource>& fetched) {
  fs::path manifest_path = fs::path(dir) / std::string(import::k_mirror_manifest);
  std::vector<import::MirrorFile> files;
  if (fs::exists(manifest_path)) {
    files = import::parse_mirror_manifest(util::read_file(manifest_path.string()),
                                          manifest_path.string());
  }
  for (const FetchedSource& f : fetched) {
    fs::path from_dir = fs::path(f.primary_path).parent_path();
    fs::create_directories(fs::path(dir) / std::string(f.source->mirror_dir));
    for (const model::FileProvenance& p : f.files) {
      std::string path = std::string(f.source->mirror_dir) + "/" + p.name;
      fs::rename(from_dir / p.name, fs::path(dir) / path);
      std::erase_if(files, [&](const import::MirrorFile& m) { return m.path == path; });
      files.push_back({path, p});
      ctx.out() << "wrote " << (fs::path(dir) / path).string() << " (" << p.bytes
                << " bytes, sha256 " << p.sha256.substr(0, 12) << ")\n";
    }
  }
  std::sort(
      files.begin(), files.end(),
      [](const import::MirrorFile& a, const import::MirrorFile& b) { return a.path < b.path; });
  util::write_file_atomically(manifest_path.string(), import::write_mirror_manifest(files));
  ctx.out() << "wrote " << manifest_path.string() << " (" << files.size() << " files)\n";
}

int download_only(Context& ctx, const UpdateOpts& opts,
                  const std::vector<const import::OfficialSource*>& sources) {
  if (!opts.net.mirror.empty() &&
      !util::starts_with(util::to_lower_ascii(opts.net.mirror), "http")) {
    throw UsageError(
        "--download-only takes its files from the publishers or a mirror URL; "
        "to copy a mirror folder, copy the folder");
  }
  fs::create_directories(opts.download_only);
  ScratchDir scratch(opts.download_only);
  ListFetcher fetcher(ctx, opts.net, scratch.path());
  std::vector<FetchedSource> fetched;
  for (const import::OfficialSource* source : sources) {
    fetched.push_back(fetcher.fetch(*source, {}));
    parse_fetched(ctx, fetched.back());  // the same checks as an update, nothing stored
  }
  write_mirror(ctx, opts.download_only, fetched);
  return 0;
}

int run_update(Context& ctx, const UpdateOpts& opts) {
  std::vector<const import::OfficialSource*> sources = selected_sources(opts.sources);
  if (!opts.download_only.empty()) {
    return download_only(ctx, opts, sources);
  }
  try {
    return update_database(ctx, opts, sources);
  } catch (const DataError& e) {
    throw DataError(std::string(e.what()) +
                    "; update abandoned: the database was not changed and keeps its lists");
  }
}

}  // namespace

void setup_db_update(CLI::App* db, Context& ctx) {
  auto opts = std::make_shared<UpdateOpts>();
  CLI::App* cmd = db->add_subcommand(
      "update",
      "download the official lists (trade.gov CSL, OFAC SDN and non-SDN) or a mirror's copy, "
      "check them and store them in one transaction");
  add_net_options(cmd, opts->sources, opts->net);
  cmd->add_option("--max-size", opts->net.max_size_mib,
                  "refuse a file larger than this (default 256)")
      ->type_name("MIB")
      ->check(whole_number(1, 65536));
  cmd->add_option("--max-shrink", opts->max_shrink_percent,
                  "refuse a list with this many percent fewer entries than its last import "
                  "(default 25)")
      ->type_name("PERCENT")
      ->check(decimal(0.0, 100.0));
  cmd->add_flag("--force", opts->force, "accept a list that shrank more than --max-shrink");
  cmd->add_option("--download-only", opts->download_only,
                  "only download and check the files, into a mirror folder (with "
                  "exportcheck-mirror.json) to carry to another machine")
      ->type_name("DIR");
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_update(ctx, *opts); }; });
}

}  // namespace ecc::cli
