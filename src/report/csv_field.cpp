// csv_field: see csv_field.hpp.
#include "report/csv_field.hpp"

#include <cctype>

namespace ecc::report {

namespace {

// "-0.10", "+3", "12.5": a sign, then digits with at most one point.
bool is_plain_number(const std::string& s) {
  size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  bool digit = false, point = false;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      digit = true;
    } else if (s[i] == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

bool looks_like_formula(const std::string& s) {
  if (s.empty()) {
    return false;
  }
  switch (s[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !is_plain_number(s);
    default:
      return false;
  }
}

}  // namespace

std::string csv_field(const std::string& s) {
  const std::string text = looks_like_formula(s) ? "'" + s : s;
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    return text;
  }
  std::string out = "\"";
  for (const char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

}  // namespace ecc::report
