#pragma once
// Provenance of one imported file (or file set): what it was, where it came
// from and how fresh its data is.

#include <string>
#include <string_view>
#include <vector>

#include "model/list_entry.hpp"
#include "model/ownership.hpp"

namespace ecc::model {

struct DatasetInfo {
  long long id = 0;  // assigned by the store
  std::string
      source_key;  // what a newer import replaces: "csl", "ofac_sdn", "ofac_cons", "internal:NAME"
  std::string format;  // csl_csv, ..., watchlist_csv, ownership_csv, gleif_rr, gleif_lei, ftm_json
  std::string file_name;  // base name(s) of the imported file(s)
  std::string sha256;     // over the imported bytes of all files, in order
  long long rows = 0;     // entries imported
  std::string data_date;  // ISO date: --data-date, else the latest listing date in the data, else
                          // the import date
  std::string data_date_basis;  // how data_date was found: "given", "latest start_date", "latest
                                // as_of", "import date", "last-modified", "fetch date" (older
                                // databases: "file date")
  std::string imported_at;      // ISO 8601 UTC
  long long superseded_by = 0;  // id of the dataset that replaced it, 0 while active
  int name_reader = 0;  // version of the list-name reader that read it (0: names as written)
};

// True for the formats of ownership files (no list entries): ownership_csv,
// gleif_rr, gleif_lei, ftm_json.
inline bool is_ownership_format(std::string_view format) {
  return format == "ownership_csv" || format == "gleif_rr" || format == "gleif_lei" ||
         format == "ftm_json";
}

// Where one file of a dataset was downloaded from (`db update`), for
// provenance and for the conditional requests of the next update.
struct FileProvenance {
  std::string name;        // the file's name as published: "SDN.CSV", "consolidated.csv"
  std::string url;         // where this import read it: the publisher's URL, a mirror URL or path
  std::string origin_url;  // the publisher's URL; equals url unless read from a mirror
  std::string fetched_at;  // when it was downloaded from origin_url (ISO 8601 UTC), "" unknown
  std::string last_modified;  // the publisher's HTTP Last-Modified, verbatim; "" when not sent
  std::string etag;           // the publisher's HTTP ETag, verbatim; "" when not sent
  std::string sha256;         // of the file's bytes
  long long bytes = 0;
};

// A parsed file ready to be stored.
struct ParsedDataset {
  DatasetInfo info;
  std::vector<ListEntry> entries;
  OwnershipGraph ownership;  // ownership files (ownership CSV, GLEIF, FtM); empty for lists
  std::vector<std::string> warnings;  // "FILE:LINE: ..." for data kept despite a doubt
  std::vector<FileProvenance>
      files;  // download provenance, primary file first; empty for db import
};

}  // namespace ecc::model
