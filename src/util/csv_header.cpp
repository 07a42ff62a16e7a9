#include "util/csv_header.hpp"

#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::util {

CsvTable::CsvTable(CsvReader& reader, bool keep_case) : m_reader(reader) {
  std::vector<std::string> header;
  if (!reader.next(header)) {
    throw DataError(reader.display_name() + ": file is empty");
  }
  for (size_t i = 0; i < header.size(); ++i) {
    std::string name(trim(header[i]));
    m_columns.emplace(keep_case ? name : to_lower_ascii(name), i);
  }
  m_width = header.size();
  reader.set_field_names(header);
}

void CsvTable::require(const std::vector<std::string>& columns, const std::string& what) const {
  for (const std::string& c : columns) {
    if (!has(c)) {
      m_reader.fail(what + ": missing column " + quote(c));
    }
  }
}

bool CsvTable::next(std::vector<std::string>& fields) {
  if (!m_reader.next(fields)) {
    return false;
  }
  if (fields.size() != m_width) {
    m_reader.fail("expected " + std::to_string(m_width) + " fields, found " +
                  std::to_string(fields.size()) + " (truncated or misquoted row?)");
  }
  return true;
}

std::string CsvTable::get(const std::vector<std::string>& fields, std::string_view column) const {
  auto it = m_columns.find(std::string(column));
  return it == m_columns.end() ? std::string() : std::string(trim(fields[it->second]));
}

}  // namespace ecc::util
