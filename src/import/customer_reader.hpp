#pragma once
// Streaming reader of customer master files for `exportcheck audit`: CSV with
// a header (columns found by name, overridable) or JSON Lines with the same
// keys. One row at a time, so a file of millions of rows needs no more memory
// than one row. docs/matching.md ("Audit input") lists the accepted columns.

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "model/customer.hpp"

namespace ecc::util {
class CsvReader;
}

namespace ecc::import {

enum class CustomerFormat { csv, jsonl };

// The format for a file name: ".jsonl"/".ndjson" -> jsonl, ".csv"/".tsv"/".txt"
// -> csv; DataError for any other extension.
CustomerFormat customer_format_for(const std::string& path);

struct CustomerReaderOptions {
  CustomerFormat format = CustomerFormat::csv;
  std::string name_column;     // header (CSV) or key (JSONL) of the name; empty: the defaults
  std::string country_column;  // likewise for the country
  std::string id_column;       // likewise for the customer id
  bool keep_going = false;     // a bad row becomes a Customer with `error` instead of a throw
};

class CustomerReader {
 public:
  // Reads the CSV header at once. Throws DataError "FILE:1: ..." for an empty
  // file or when the name column (or an overridden column) is missing.
  CustomerReader(std::istream& in, std::string display_name, CustomerReaderOptions options);
  ~CustomerReader();
  CustomerReader(const CustomerReader&) = delete;
  CustomerReader& operator=(const CustomerReader&) = delete;

  // Reads the next customer; false at end of input. A bad row (invalid UTF-8,
  // empty name, unknown country, wrong field count, bad JSON) throws DataError
  // "FILE:LINE: ...", or with keep_going returns a Customer whose `error` says
  // so. Damage the reader cannot step over (an unclosed quote) always throws.
  bool next(model::Customer& out);

  // The columns as mapped, e.g. "name=Company, country=Country" (for messages).
  std::string mapping() const;

 private:
  struct Columns;
  bool next_csv(model::Customer& out);
  bool next_jsonl(model::Customer& out);
  void map_header(const std::vector<std::string>& header);
  void fail_row(model::Customer& out, const std::string& message) const;

  std::istream& m_in;
  std::string m_name;
  CustomerReaderOptions m_opt;
  std::unique_ptr<util::CsvReader> m_csv;
  std::unique_ptr<Columns> m_cols;
  std::vector<std::string> m_fields;
  std::string m_line_text;
  size_t m_line = 0;
  size_t m_rows = 0;
};

}  // namespace ecc::import
