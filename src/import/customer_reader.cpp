// Customer master files, streamed row by row. CSV columns are found by header
// name (case, spaces and hyphens folded; the usual synonyms accepted) unless
// a flag names them; JSON Lines objects use the same keys. Every field is
// checked for UTF-8 here (not in the CSV reader) so that with --keep-going a
// bad row can be reported and skipped instead of ending the audit. JSON
// Lines: one object per line, blank lines skipped; "ids" is a "TYPE:NUMBER;..."
// string (CSV) or an array of {"type", "number"} objects (JSONL).
#include "import/customer_reader.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "import/json_input.hpp"
#include "model/country.hpp"
#include "util/csv_reader.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::import {

namespace {

const std::vector<std::string> k_name_keys = {"name",         "customer_name", "company",
                                              "company_name", "party_name",    "legal_name"};
const std::vector<std::string> k_id_keys = {"id", "customer_id", "account_id", "customer_number"};
const std::vector<std::string> k_country_keys = {"country", "country_code", "iso_country"};
const std::vector<std::string> k_address_keys = {"address", "street_address"};
// Identifier columns and the identifier type they give.
const std::vector<std::pair<std::string, std::string>> k_id_columns = {
    {"lei", "LEI"},
    {"registration_number", "Registration Number"},
    {"reg_no", "Registration Number"},
    {"tax_id", "Tax ID"},
    {"uscc", "Unified Social Credit Code (USCC)"}};
const std::string k_ids_key = "ids";  // "TYPE:NUMBER;TYPE:NUMBER"

// "Customer Name" -> "customer_name".
std::string folded(std::string_view header) {
  std::string s = util::to_lower_ascii(util::trim(header));
  std::replace(s.begin(), s.end(), ' ', '_');
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

std::optional<size_t> find_column(const std::vector<std::string>& header,
                                  const std::vector<std::string>& keys) {
  for (const auto& key : keys) {
    const auto it = std::find(header.begin(), header.end(), key);
    if (it != header.end())
      return static_cast<size_t>(it - header.begin());
  }
  return std::nullopt;
}

// Values of one row before checking, by role.
struct RawCustomer {
  std::string id, name, country, address, ids_list;
  std::vector<model::Identifier> ids;
};

// "LEI:5493...;USCC:9111..." -> identifiers; a part without a colon is an untyped number.
void parse_ids_list(const std::string& list, std::vector<model::Identifier>& out) {
  for (const auto& part : util::split(list, ";")) {
    const std::string p(util::trim(part));
    if (p.empty())
      continue;
    const size_t colon = p.find(':');
    model::Identifier id;
    id.type = colon == std::string::npos ? "" : std::string(util::trim(p.substr(0, colon)));
    id.number = std::string(util::trim(colon == std::string::npos ? p : p.substr(colon + 1)));
    out.push_back(std::move(id));
  }
}

// The string value of `key`, "" when absent or null; numbers as written.
// Sets `error` (and returns "") for any other type.
std::string text_of(const Json& obj, const std::string& key, std::string& error) {
  const Json* v = json_member(obj, key);
  if (v == nullptr) {
    return "";
  }
  if (std::optional<std::string> s = json_string(*v)) {
    return *s;
  }
  if (v->is_number()) {
    return json_number_text(*v);
  }
  if (error.empty()) {
    error = "key " + util::quote(key) + " must be a string, got " + json_type(*v);
  }
  return "";
}

void read_ids(const Json& obj, std::vector<model::Identifier>& out, std::string& error) {
  for (const auto& [key, type] : std::vector<std::pair<std::string, std::string>>{
           {"lei", "LEI"}, {"registration_number", "Registration Number"}, {"tax_id", "Tax ID"}}) {
    const std::string number(util::trim(text_of(obj, key, error)));
    if (!number.empty())
      out.push_back({type, number, "", "", ""});
  }
  const Json* ids = json_member(obj, "ids");
  if (ids == nullptr)
    return;
  const std::string shape = "key 'ids' must be an array of {\"type\", \"number\"}";
  if (!ids->is_array()) {
    error = error.empty() ? shape : error;
    return;
  }
  for (const Json& x : *ids) {
    if (!x.is_object()) {
      error = error.empty() ? shape : error;
      return;
    }
    out.push_back({text_of(x, "type", error), text_of(x, "number", error), "", "", ""});
  }
}

// One line of `in` without its '\n'; false at the end of input. A line
// longer than `limit` bytes throws: like a CSV field over the limit, it
// cannot be stepped over without reading it whole.
bool read_line(std::istream& in, std::string& line, size_t limit, const std::string& where) {
  line.clear();
  std::streambuf* buf = in.rdbuf();
  while (true) {
    const int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return !line.empty();
    }
    if (c == '\n') {
      return true;
    }
    if (line.size() >= limit) {
      throw DataError(where + ": line is longer than " + std::to_string(limit) +
                      " bytes (the limit for a JSON line and a CSV field)");
    }
    line.push_back(static_cast<char>(c));
  }
}

}  // namespace

struct CustomerReader::Columns {
  size_t count = 0;  // CSV: fields per row
  std::optional<size_t> name, id, country, address, ids_list;
  std::vector<std::pair<size_t, std::string>> identifiers;                // column, type
  std::string name_key = "name", id_key = "id", country_key = "country";  // JSONL
  std::vector<std::string> header;                                        // CSV, as written
};

CustomerFormat customer_format_for(const std::string& path) {
  const std::string lower = util::to_lower_ascii(path);
  for (const char* ext : {".jsonl", ".ndjson"}) {
    if (util::ends_with(lower, ext))
      return CustomerFormat::jsonl;
  }
  for (const char* ext : {".csv", ".tsv", ".txt"}) {
    if (util::ends_with(lower, ext))
      return CustomerFormat::csv;
  }
  throw DataError(path + ": unknown customer file type: expected .csv or .jsonl");
}

CustomerReader::CustomerReader(std::istream& in, std::string display_name,
                               CustomerReaderOptions options)
    : m_in(in),
      m_name(std::move(display_name)),
      m_opt(std::move(options)),
      m_cols(std::make_unique<Columns>()) {
  if (m_opt.format == CustomerFormat::jsonl) {
    m_cols->name_key = m_opt.name_column.empty() ? "name" : m_opt.name_column;
    m_cols->id_key = m_opt.id_column.empty() ? "id" : m_opt.id_column;
    m_cols->country_key = m_opt.country_column.empty() ? "country" : m_opt.country_column;
    return;
  }
  util::CsvOptions csv;
  // A .tsv is tab-separated; otherwise the header line tells ',', ';' or tab.
  csv.delimiter =
      util::ends_with(util::to_lower_ascii(m_name), ".tsv") ? '\t' : util::k_detect_delimiter;
  csv.validate_utf8 = false;  // checked per row, see check_utf8
  m_csv = std::make_unique<util::CsvReader>(m_in, m_name, csv);
  std::vector<std::string> header;
  if (!m_csv->next(header))
    throw DataError(m_name + ":1: empty file: expected a header row with a name column");
  if (const auto bad = util::find_invalid_utf8(util::join(header, ",")))
    throw DataError(m_name + ":1: invalid UTF-8 in the header at byte " + std::to_string(*bad + 1));
  map_header(header);
}

CustomerReader::~CustomerReader() = default;

void CustomerReader::map_header(const std::vector<std::string>& raw) {
  Columns& c = *m_cols;
  c.header = raw;
  c.count = raw.size();
  std::vector<std::string> header;
  for (const auto& h : raw)
    header.push_back(folded(h));
  const auto pick = [&](const std::string& flag, const std::string& override_name,
                        const std::vector<std::string>& defaults) -> std::optional<size_t> {
    if (override_name.empty())
      return find_column(header, defaults);
    const auto col = find_column(header, {folded(override_name)});
    if (!col) {
      throw DataError(m_name + ":1: " + flag + ": no column " + util::quote(override_name) +
                      " in the header (" + util::join(raw, ", ") + ")");
    }
    return col;
  };
  c.name = pick("--name-column", m_opt.name_column, k_name_keys);
  c.id = pick("--id-column", m_opt.id_column, k_id_keys);
  c.country = pick("--country-column", m_opt.country_column, k_country_keys);
  c.address = find_column(header, k_address_keys);
  c.ids_list = find_column(header, {k_ids_key});
  for (const auto& [key, type] : k_id_columns) {
    if (const auto col = find_column(header, {key}))
      c.identifiers.emplace_back(*col, type);
  }
  if (!c.name) {
    throw DataError(m_name + ":1: no name column: expected one of " +
                    util::join(k_name_keys, ", ") + " (or --name-column) in the header (" +
                    util::join(raw, ", ") + ")");
  }
}

std::string CustomerReader::mapping() const {
  const Columns& c = *m_cols;
  if (m_opt.format == CustomerFormat::jsonl)
    return "name=" + c.name_key + ", id=" + c.id_key + ", country=" + c.country_key;
  const auto col = [&](const std::optional<size_t>& i) { return i ? c.header[*i] : "-"; };
  return "name=" + col(c.name) + ", id=" + col(c.id) + ", country=" + col(c.country);
}

void CustomerReader::fail_row(model::Customer& out, const std::string& message) const {
  if (!m_opt.keep_going)
    throw DataError(m_name + ":" + std::to_string(out.line) + ": " + message);
  out.error = message;
}

bool CustomerReader::next(model::Customer& out) {
  out = model::Customer{};
  const bool got = m_opt.format == CustomerFormat::csv ? next_csv(out) : next_jsonl(out);
  if (!got)
    return false;
  if (!out.error.empty())
    return true;
  out.name = std::string(util::trim(out.name));
  if (out.name.empty()) {
    fail_row(out, "empty customer name");
    return true;
  }
  if (!out.country.empty()) {
    const auto code = model::country_code_for(util::trim(out.country));
    if (!code) {
      fail_row(out, "unknown country " + util::quote(out.country));
      return true;
    }
    out.country = *code;
  }
  return true;
}

bool CustomerReader::next_csv(model::Customer& out) {
  if (!m_csv->next(m_fields))
    return false;
  const Columns& c = *m_cols;
  out.row = ++m_rows;
  out.line = m_csv->record_line();
  for (size_t i = 0; i < m_fields.size(); ++i) {
    if (const auto bad = util::find_invalid_utf8(m_fields[i])) {
      const std::string column =
          i < c.header.size() ? util::quote(c.header[i]) : std::to_string(i + 1);
      fail_row(out, "invalid UTF-8 in column " + column + " at byte " + std::to_string(*bad + 1) +
                        " of the field");
      return true;
    }
  }
  if (m_fields.size() != c.count) {
    fail_row(out, std::to_string(m_fields.size()) + " fields, but the header has " +
                      std::to_string(c.count));
    return true;
  }
  const auto get = [&](const std::optional<size_t>& i) { return i ? m_fields[*i] : std::string(); };
  out.name = get(c.name);
  out.id = std::string(util::trim(get(c.id)));
  out.country = get(c.country);
  out.address = get(c.address);
  for (const auto& [col, type] : c.identifiers) {
    const std::string number(util::trim(m_fields[col]));
    if (!number.empty())
      out.ids.push_back({type, number, "", "", ""});
  }
  parse_ids_list(get(c.ids_list), out.ids);
  return true;
}

bool CustomerReader::next_jsonl(model::Customer& out) {
  while (read_line(m_in, m_line_text, util::k_max_field_bytes,
                   m_name + ":" + std::to_string(m_line + 1))) {
    ++m_line;
    if (m_line == 1 && util::starts_with(m_line_text, "\xEF\xBB\xBF"))
      m_line_text.erase(0, 3);
    if (!m_line_text.empty() && m_line_text.back() == '\r')
      m_line_text.pop_back();
    if (util::trim(m_line_text).empty())
      continue;
    out.row = ++m_rows;
    out.line = m_line;
    if (const auto bad = util::find_invalid_utf8(m_line_text)) {
      fail_row(out, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the line");
      return true;
    }
    JsonProblem problem;
    const std::optional<Json> obj = try_parse_json(m_line_text, problem);
    if (!obj || !obj->is_object()) {
      const std::string at = problem.byte ? " at byte " + std::to_string(*problem.byte + 1) : "";
      fail_row(out, obj ? "not a JSON object" : "malformed JSON" + at + ": " + problem.reason);
      return true;
    }
    std::string error;
    out.name = text_of(*obj, m_cols->name_key, error);
    out.id = text_of(*obj, m_cols->id_key, error);
    out.country = text_of(*obj, m_cols->country_key, error);
    out.address = text_of(*obj, "address", error);
    read_ids(*obj, out.ids, error);
    if (!error.empty())
      fail_row(out, error);
    return true;
  }
  return false;
}

}  // namespace ecc::import
