#pragma once
// The individual list parsers behind read_list_file (internal to import/).
// Each takes the file's bytes and the name to use in messages.

#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"
#include "model/list_entry.hpp"

namespace ecc::import {

// trade.gov Consolidated Screening List CSV, 29-column (with _id) or legacy 28-column header.
// Doubtful but kept values (an impossible year) are reported in `warnings`.
std::vector<model::ListEntry> parse_csl_csv(std::string_view content, const std::string& name,
                                            std::vector<std::string>& warnings);

// One CSL alternate name, spaces collapsed and without the "and " the CSL
// keeps from the prose it was split from ("X; Y; and Z" gives "Z", not "and Z").
std::string csl_alias(std::string_view alias);

// trade.gov CSL JSON: {"results":[...]} or a bare array of records.
std::vector<model::ListEntry> parse_csl_json(std::string_view content, const std::string& name);

// An internal watchlist CSV: header with at least id,name,list,country,aliases,notes.
std::vector<model::ListEntry> parse_watchlist_csv(std::string_view content,
                                                  const std::string& name);

// OFAC legacy CSV primary file (sdn.csv or cons_prim.csv) plus companions
// (alt, add, comments; empty string_view when absent). Latin-1 input.
struct OfacFiles {
  std::string_view primary;
  std::string_view alt;
  std::string_view add;
  std::string_view comments;
  std::string primary_name, alt_name, add_name, comments_name;
  bool consolidated = false;  // cons_prim.csv (non-SDN) rather than sdn.csv
};
std::vector<model::ListEntry> parse_ofac_legacy(const OfacFiles& files);

// Gives every entry a key unique within its list code: the source's id where it
// has one, else a hash of name and addresses; repeats get "#2", "#3" in file order.
void assign_entry_keys(std::vector<model::ListEntry>& entries);

// Parses an ownership file (ownership_csv, gleif_rr, gleif_lei, ftm_json; the
// format name as in list_import.hpp) into ds.ownership, sets rows to the edges
// (entities for LEI files) and data_date to the latest edge date ('' if none).
void parse_ownership_file(std::string_view format, std::string_view content,
                          const std::string& name, model::ParsedDataset& ds);

}  // namespace ecc::import
