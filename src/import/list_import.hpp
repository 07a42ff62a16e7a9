#pragma once
// Reading restricted-party list files into model::ParsedDataset, with
// provenance (SHA-256 of the bytes read, data date). Formats are detected from
// the file's shape or forced; docs/data-sources.md describes each one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"

namespace ecc::import {

// The last four are ownership files (docs/ownership.md): they fill
// ParsedDataset::ownership instead of entries.
enum class ListFormat {
  csl_csv,
  csl_json,
  ofac_sdn,
  ofac_cons,
  watchlist_csv,
  ownership_csv,
  gleif_rr,
  gleif_lei,
  ftm_json
};

// True for the ownership formats (ownership_csv, gleif_rr, gleif_lei, ftm_json).
bool is_ownership_format(ListFormat format);

// "csl_csv" -> ListFormat; nullopt when unknown.
std::optional<ListFormat> parse_list_format(std::string_view name);
std::string_view list_format_name(ListFormat format);
// All format names, for help texts and error messages: "csl_csv, csl_json, ...".
std::string list_format_names();

struct ImportOptions {
  std::optional<ListFormat> format;  // force a format instead of detecting it
  std::string data_date;             // ISO date overriding the data date found in the file
  std::string imported_at;           // ISO 8601 timestamp to record
  bool read_names = true;            // read names as the lists write them (list_names.hpp)
};

// Reads one list file (and, for OFAC files, the companion alt/add/comments
// files beside it). Throws DataError "FILE:LINE: message" on any problem:
// nothing is returned half-parsed.
model::ParsedDataset read_list_file(const std::string& path, const ImportOptions& options);

// Guesses the format from the file name and its first bytes; throws
// DataError naming the file when it cannot tell.
ListFormat detect_list_format(const std::string& path, std::string_view head);

}  // namespace ecc::import
