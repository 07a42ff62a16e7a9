#pragma once
// A streaming RFC 4180 CSV reader that knows where it is. Every error it
// throws is a DataError that starts with "FILE:LINE:", the physical line on
// which the bad record starts, so users can open the file at that spot.
//
// Accepted on purpose: a UTF-8 byte-order mark, CRLF or LF line ends, quotes
// inside unquoted fields (OFAC writes 5" and 'ABBAS as data).
// Rejected: a quoted field still open at end of file, a field longer than
// max_field_bytes, invalid UTF-8 (when validate_utf8 is on).
// With delimiter k_detect_delimiter, the first line decides: ',', ';' or tab.

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace ecc::util {

// The longest field (and JSON line of a customer file) any reader accepts:
// 1 MiB, where the real lists' largest field is 8 KB. It bounds memory.
constexpr size_t k_max_field_bytes = size_t{1} << 20;

// CsvOptions::delimiter value: choose ',', ';' or tab from the header line.
constexpr char k_detect_delimiter = '\0';

// The delimiter of a CSV whose text starts with `head`: the one of ',', ';'
// and tab found most often outside quotes on the first line (ties in that
// order; ',' when none is there, e.g. a one-column file).
char detect_csv_delimiter(std::string_view head);

struct CsvOptions {
  char delimiter = ',';  // or k_detect_delimiter
  size_t max_field_bytes = k_max_field_bytes;
  bool validate_utf8 = true;
};

class CsvReader {
 public:
  CsvReader(std::istream& in, std::string display_name, CsvOptions options = {});
  // Reads `content` in place (it must outlive the reader): no copy of a
  // file already in memory.
  CsvReader(std::string_view content, std::string display_name, CsvOptions options = {});

  // Reads the next record into `fields`. Returns false at end of input. Blank
  // lines are skipped. Throws DataError on malformed input.
  bool next(std::vector<std::string>& fields);

  // Line (1-based) on which the record last returned by next() starts.
  size_t record_line() const { return m_record_line; }

  // The delimiter in use (after the first next(), the detected one).
  char delimiter() const { return m_opt.delimiter; }

  // The name used in messages, e.g. "data/sdn.csv".
  const std::string& display_name() const { return m_name; }

  // Names for fields (the header), used to name the column in UTF-8 errors.
  void set_field_names(std::vector<std::string> names) { m_field_names = std::move(names); }

  // Throws DataError "NAME:LINE: message" for the current record.
  [[noreturn]] void fail(const std::string& message) const;
  // The same for the record that started on `line` (one read earlier).
  [[noreturn]] void fail_at(size_t line, const std::string& message) const;

 private:
  bool fill();
  int peek();
  int get();
  // Bytes from the current position that cannot end or start a field (stop
  // at the delimiter, quotes, line ends, 0x1A): appended in one go.
  size_t plain_run() const;
  void check_field(const std::string& field, size_t index) const;
  void start();
  bool skip_blank_lines();

  std::istream* m_in = nullptr;  // null: reading m_data in place
  std::string m_name;
  CsvOptions m_opt;
  std::vector<char> m_buf;
  const char* m_data = nullptr;  // m_buf, or the content read in place
  size_t m_pos = 0;
  size_t m_end = 0;
  size_t m_line = 1;
  size_t m_record_line = 0;
  bool m_started = false;
  std::vector<std::string> m_field_names;
};

}  // namespace ecc::util
