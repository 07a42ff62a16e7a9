// Reads list files from disk: detects the format, hashes the bytes, hands
// them to the right parser and works out the data date. Parsing is complete
// before anything is returned, so a bad file never reaches the database.
#include "import/list_import.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

#include "import/list_names.hpp"
#include "import/list_parsers.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::pair<ListFormat, std::string_view>, 9> k_formats = {{
    {ListFormat::csl_csv, "csl_csv"},
    {ListFormat::csl_json, "csl_json"},
    {ListFormat::ofac_sdn, "ofac_sdn"},
    {ListFormat::ofac_cons, "ofac_cons"},
    {ListFormat::watchlist_csv, "watchlist_csv"},
    {ListFormat::ownership_csv, "ownership_csv"},
    {ListFormat::gleif_rr, "gleif_rr"},
    {ListFormat::gleif_lei, "gleif_lei"},
    {ListFormat::ftm_json, "ftm_json"},
}};

// Finds a companion file beside `primary`, as written or in upper case
// (OFAC publishes both "alt.csv" and "ALT.CSV"); empty when there is none.
std::string companion(const fs::path& primary, const std::string& base) {
  std::string upper = base;
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  for (const std::string& candidate : {base, upper}) {
    fs::path p = primary.parent_path() / candidate;
    if (fs::exists(p)) {
      return p.string();
    }
  }
  return {};
}

std::vector<model::ListEntry> parse_ofac(const std::string& path, const std::string& bytes,
                                         bool cons, std::vector<std::string>& hashes,
                                         std::vector<std::string>& names) {
  fs::path p(path);
  std::string prefix = cons ? "cons_" : "";
  std::string alt = companion(p, prefix + "alt.csv");
  std::string add = companion(p, prefix + "add.csv");
  std::string comments = companion(p, cons ? "cons_comments.csv" : "sdn_comments.csv");
  std::string alt_bytes = alt.empty() ? "" : util::read_file(alt);
  std::string add_bytes = add.empty() ? "" : util::read_file(add);
  std::string comments_bytes = comments.empty() ? "" : util::read_file(comments);
  for (const auto& [file, content] :
       {std::pair{&alt, &alt_bytes}, {&add, &add_bytes}, {&comments, &comments_bytes}}) {
    if (!file->empty()) {
      hashes.push_back(util::sha256_hex(*content));
      names.push_back(fs::path(*file).filename().string());
    }
  }
  OfacFiles files{bytes, alt_bytes, add_bytes, comments_bytes, path, alt, add, comments, cons};
  return parse_ofac_legacy(files);
}

void set_data_date(model::ParsedDataset& ds, const ImportOptions& options) {
  if (!options.data_date.empty()) {
    ds.info.data_date = options.data_date;
    ds.info.data_date_basis = "given";
  } else if (ds.info.data_date.empty()) {
    // The file says nothing about its date: the import's own date stands in,
    // stated as such. Never the file's modification time, which a copy, a
    // checkout or an unpack resets (docs/data-sources.md, "Data dates").
    ds.info.data_date = options.imported_at.substr(0, 10);
    ds.info.data_date_basis = "import date";
  }
}

// An ownership file: its own source key per file stem, so two ownership files
// do not replace each other, and a newer copy of one file replaces the old.
model::ParsedDataset read_ownership(ListFormat format, const std::string& bytes,
                                    const std::string& path, const ImportOptions& options) {
  model::ParsedDataset ds;
  std::string_view name = list_format_name(format);
  // A registry file runs to hundreds of megabytes: its digest (~1 s per 100 MB)
  // is computed on a second core while it is parsed.
  std::future<std::string> digest =
      std::async(std::launch::async, [&bytes] { return util::sha256_hex(bytes); });
  parse_ownership_file(name, bytes, path, ds);
  ds.info.source_key = std::string(name) + ":" + fs::path(path).stem().string();
  ds.info.format = std::string(name);
  ds.info.file_name = fs::path(path).filename().string();
  ds.info.sha256 = digest.get();
  ds.info.imported_at = options.imported_at;
  ds.info.data_date_basis = "latest as_of";
  set_data_date(ds, options);
  return ds;
}

}  // namespace

bool is_ownership_format(ListFormat format) {
  return format == ListFormat::ownership_csv || format == ListFormat::gleif_rr ||
         format == ListFormat::gleif_lei || format == ListFormat::ftm_json;
}

std::optional<ListFormat> parse_list_format(std::string_view name) {
  for (const auto& [format, text] : k_formats) {
    if (name == text) {
      return format;
    }
  }
  return std::nullopt;
}

std::string_view list_format_name(ListFormat format) {
  for (const auto& [f, text] : k_formats) {
    if (f == format) {
      return text;
    }
  }
  return "unknown";
}

std::string list_format_names() {
  std::vector<std::string> names;
  for (const auto& entry : k_formats) {
    names.emplace_back(entry.second);
  }
  return util::join(names, ", ");
}

ListFormat detect_list_format(const std::string& path, std::string_view head) {
  if (util::starts_with(head, "\xEF\xBB\xBF")) {
    head.remove_prefix(3);
  }
  std::string_view t = util::trim(head);
  if (t.empty()) {
    throw DataError(path + ": file is empty");
  }
  std::string first_line = util::to_lower_ascii(t.substr(0, t.find('\n')));
  if (t.front() == '<') {
    for (const auto& [tag, format] : {std::pair{"relationshipdata", ListFormat::gleif_rr},
                                      std::pair{"leidata", ListFormat::gleif_lei}}) {
      if (util::to_lower_ascii(t.substr(0, 4096)).find(tag) != std::string::npos) {
        return format;
      }
    }
  }
  if (t.front() == '{' && first_line.find("\"schema\"") != std::string::npos) {
    return ListFormat::ftm_json;  // FollowTheMoney JSON lines: one entity per line
  }
  if (t.front() == '{' || t.front() == '[') {
    return ListFormat::csl_json;
  }
  if (first_line.find("owner") != std::string::npos &&
      first_line.find("owned") != std::string::npos &&
      first_line.find("percent") != std::string::npos) {
    return ListFormat::ownership_csv;
  }
  if (first_line.find("source") != std::string::npos &&
      first_line.find("alt_names") != std::string::npos) {
    return ListFormat::csl_csv;
  }
  if (util::starts_with(first_line, "id,") && first_line.find("list") != std::string::npos) {
    return ListFormat::watchlist_csv;
  }
  std::string base = util::to_lower_ascii(fs::path(path).filename().string());
  bool numeric_first = !t.empty() && std::isdigit(static_cast<unsigned char>(t.front()));
  if (numeric_first && util::starts_with(base, "cons_prim")) {
    return ListFormat::ofac_cons;
  }
  if (numeric_first && util::starts_with(base, "sdn") &&
      base.find("comments") == std::string::npos) {
    return ListFormat::ofac_sdn;
  }
  for (const char* companion_name : {"alt", "add", "cons_alt", "cons_add", "comments"}) {
    if (base.find(companion_name) != std::string::npos && numeric_first) {
      throw DataError(path + ": an OFAC companion file; import the primary file (sdn.csv or " +
                      "cons_prim.csv), which reads its companions from the same folder");
    }
  }
  throw DataError(path + ": cannot tell the list format from the file; use --format (one of " +
                  list_format_names() + ")");
}

model::ParsedDataset read_list_file(const std::string& path, const ImportOptions& options) {
  std::string bytes = util::read_file(path);
  ListFormat format =
      options.format ? *options.format : detect_list_format(path, bytes.substr(0, 4096));
  if (bytes.empty()) {
    throw DataError(path + ": file is empty");
  }
  if (is_ownership_format(format)) {
    return read_ownership(format, bytes, path, options);  // hashes the file itself
  }
  model::ParsedDataset ds;
  std::vector<std::string> hashes{util::sha256_hex(bytes)};
  std::vector<std::string> names{fs::path(path).filename().string()};
  switch (format) {
    case ListFormat::csl_csv:
      ds.entries = parse_csl_csv(bytes, path, ds.warnings);
      ds.info.source_key = "csl";
      break;
    case ListFormat::csl_json:
      ds.entries = parse_csl_json(bytes, path);
      ds.info.source_key = "csl";
      break;
    case ListFormat::ofac_sdn:
    case ListFormat::ofac_cons: {
      bool cons = format == ListFormat::ofac_cons;
      ds.entries = parse_ofac(path, bytes, cons, hashes, names);
      ds.info.source_key = cons ? "ofac_cons" : "ofac_sdn";
      break;
    }
    case ListFormat::watchlist_csv:
      ds.entries = parse_watchlist_csv(bytes, path);
      ds.info.source_key = "internal:" + fs::path(path).stem().string();
      break;
    case ListFormat::ownership_csv:
    case ListFormat::gleif_rr:
    case ListFormat::gleif_lei:
    case ListFormat::ftm_json:
      break;  // read above
  }
  assign_entry_keys(ds.entries);  // before reading names: keys stay what the source gives
  if (options.read_names) {
    for (model::ListEntry& e : ds.entries) {
      read_names(e);
    }
    ds.info.name_reader = k_name_reader_version;
  }
  ds.info.format = std::string(list_format_name(format));
  ds.info.file_name = util::join(names, "+");
  ds.info.sha256 = hashes.size() == 1 ? hashes[0] : util::sha256_hex(util::join(hashes, "\n"));
  ds.info.rows = static_cast<long long>(ds.entries.size());
  ds.info.imported_at = options.imported_at;
  for (const model::ListEntry& e : ds.entries) {
    if (util::parse_iso_date(e.start_date)) {
      ds.info.data_date = std::max(ds.info.data_date, e.start_date);
    }
  }
  ds.info.data_date_basis = "latest start_date";
  set_data_date(ds, options);
  return ds;
}

}  // namespace ecc::import
