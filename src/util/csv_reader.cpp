// A small state machine over a 64 KiB buffer (or the whole content, read in
// place): unquoted field, quoted field, after a closing quote. Runs of plain
// bytes in unquoted fields are appended at once, quoted fields a byte at a
// time; fields are reused from one record to the next. A 280 MB generated
// ownership CSV parses in seconds.
#include "util/csv_reader.hpp"

#include "util/error.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::util {

char detect_csv_delimiter(std::string_view head) {
  const char candidates[] = {',', ';', '\t'};
  size_t counts[3] = {0, 0, 0};
  bool quoted = false;
  for (char c : head) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (size_t i = 0; i < 3; ++i) {
        counts[i] += c == candidates[i] ? 1 : 0;
      }
    }
  }
  size_t best = 0;
  for (size_t i = 1; i < 3; ++i) {
    best = counts[i] > counts[best] ? i : best;
  }
  return candidates[best];
}

CsvReader::CsvReader(std::istream& in, std::string display_name, CsvOptions options)
    : m_in(&in), m_name(std::move(display_name)), m_opt(options), m_buf(size_t{1} << 16) {
  m_data = m_buf.data();
}

CsvReader::CsvReader(std::string_view content, std::string display_name, CsvOptions options)
    : m_name(std::move(display_name)), m_opt(options) {
  m_data = content.data();
  m_end = content.size();
}

bool CsvReader::fill() {
  if (!m_in || !*m_in) {
    return false;
  }
  m_in->read(m_buf.data(), static_cast<std::streamsize>(m_buf.size()));
  m_end = static_cast<size_t>(m_in->gcount());
  m_pos = 0;
  return m_end > 0;
}

int CsvReader::peek() {
  if (m_pos == m_end && !fill()) {
    return -1;
  }
  return static_cast<unsigned char>(m_data[m_pos]);
}

int CsvReader::get() {
  int c = peek();
  if (c >= 0) {
    ++m_pos;
    if (c == '\n') {
      ++m_line;
    }
  }
  return c;
}

size_t CsvReader::plain_run() const {
  size_t end = m_pos;
  while (end < m_end) {
    char c = m_data[end];
    if (c == m_opt.delimiter || c == '"' || c == '\n' || c == '\r' || c == 0x1A) {
      break;
    }
    ++end;
  }
  return end - m_pos;
}

void CsvReader::fail(const std::string& message) const {
  fail_at(m_record_line, message);
}

void CsvReader::fail_at(size_t line, const std::string& message) const {
  throw DataError(m_name + ":" + std::to_string(line) + ": " + message);
}

void CsvReader::check_field(const std::string& field, size_t index) const {
  if (!m_opt.validate_utf8) {
    return;
  }
  if (auto bad = find_invalid_utf8(field)) {
    std::string column =
        index < m_field_names.size() ? quote(m_field_names[index]) : std::to_string(index + 1);
    fail("invalid UTF-8 in column " + column + " at byte " + std::to_string(*bad + 1) +
         " of the field");
  }
}

void CsvReader::start() {
  m_started = true;
  // Skip a UTF-8 byte-order mark.
  if (peek() == 0xEF && m_end - m_pos >= 3 &&
      static_cast<unsigned char>(m_data[m_pos + 1]) == 0xBB &&
      static_cast<unsigned char>(m_data[m_pos + 2]) == 0xBF) {
    m_pos += 3;
  }
  if (m_opt.delimiter == k_detect_delimiter) {
    peek();
    m_opt.delimiter = detect_csv_delimiter(std::string_view(m_data + m_pos, m_end - m_pos));
  }
}

// Skips blank lines (LF or CRLF) and a trailing DOS end-of-file byte (0x1A);
// false at the end of the input.
bool CsvReader::skip_blank_lines() {
  while (true) {
    int c = peek();
    if (c == '\n' || c == '\r' || c == 0x1A) {
      get();
      continue;
    }
    return c >= 0;
  }
}

bool CsvReader::next(std::vector<std::string>& fields) {
  if (!m_started) {
    start();
  }
  if (!skip_blank_lines()) {
    fields.clear();
    return false;
  }
  m_record_line = m_line;
  // Fields are filled in place, so that their strings keep their capacity
  // from one record to the next.
  size_t n = 0;
  auto next_field = [&]() -> std::string& {
    if (n == fields.size()) {
      fields.emplace_back();
    }
    fields[n].clear();
    return fields[n];
  };
  std::string* field = &next_field();
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field started with a quote
  while (true) {
    if (!quoted) {
      if (size_t run = plain_run(); run > 0) {
        field->append(m_data + m_pos, run);
        m_pos += run;
      }
    }
    if (field->size() > m_opt.max_field_bytes) {
      fail("field " + std::to_string(n + 1) + " is longer than " +
           std::to_string(m_opt.max_field_bytes) + " bytes");
    }
    int c = get();
    if (quoted) {
      if (c < 0) {
        fail("quoted field " + std::to_string(n + 1) + " is not closed before the end of the file");
      }
      if (c == '"') {
        if (peek() == '"') {
          get();
          *field += '"';
        } else {
          quoted = false;
        }
      } else if (c == '\r' && peek() == '\n') {
        continue;  // CRLF inside a quoted field becomes LF
      } else {
        *field += static_cast<char>(c);
      }
      continue;
    }
    if (c == '"' && field->empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
      continue;
    }
    if (c == m_opt.delimiter) {
      check_field(*field, n);
      ++n;
      field = &next_field();
      was_quoted = false;
      continue;
    }
    if (c < 0 || c == '\n' || (c == '\r' && (peek() == '\n' || peek() < 0))) {
      if (c == '\r') {
        get();
      }
      check_field(*field, n);
      fields.resize(n + 1);
      return true;
    }
    if (c == 0x1A && peek() < 0) {
      continue;  // DOS end-of-file marker after the last record
    }
    *field += static_cast<char>(c);
  }
}

}  // namespace ecc::util
