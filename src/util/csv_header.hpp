#pragma once
// A CSV file read by column name: the header row maps names to positions,
// every data row is checked to have as many fields as the header.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/csv_reader.hpp"

namespace ecc::util {

class CsvTable {
 public:
  // Reads the header row. Names are trimmed and, unless `keep_case`, lower-cased.
  // Throws DataError "FILE: file is empty" when there is no header.
  explicit CsvTable(CsvReader& reader, bool keep_case = false);

  // Throws DataError "FILE:1: <what>: missing column 'x'" for the first column absent.
  void require(const std::vector<std::string>& columns, const std::string& what) const;
  bool has(std::string_view column) const { return m_columns.count(std::string(column)) > 0; }

  // Reads the next data row into `fields`; false at end of input. Throws
  // "FILE:LINE: expected N fields, found M (truncated or misquoted row?)".
  bool next(std::vector<std::string>& fields);

  // The trimmed value of `column` in `fields`; empty when the header lacks it.
  std::string get(const std::vector<std::string>& fields, std::string_view column) const;

  size_t width() const { return m_width; }
  CsvReader& reader() { return m_reader; }

 private:
  CsvReader& m_reader;
  std::map<std::string, size_t> m_columns;
  size_t m_width = 0;
};

}  // namespace ecc::util
