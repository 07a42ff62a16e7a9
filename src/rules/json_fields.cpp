// Field access for rule files with errors that name file and field path.
#include "rules/json_fields.hpp"

#include <algorithm>
#include <cmath>

#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::rules {

Fields::Fields(const nlohmann::json& j, std::string file, std::string path)
    : m_json(&j), m_file(std::move(file)), m_path(std::move(path)) {
  if (!j.is_object()) {
    throw DataError(m_file + ": " + (m_path.empty() ? "top level" : m_path) +
                    ": expected an object");
  }
}

std::string Fields::where(const std::string& key) const {
  if (key.empty() || m_path.empty()) {
    return m_file + ": " + (key.empty() ? m_path : key);
  }
  return m_file + ": " + m_path + "." + key;
}

void Fields::fail(const std::string& key, const std::string& message) const {
  throw DataError(where(key) + ": " + message);
}

std::string Fields::string(const std::string& key) const {
  if (!m_json->contains(key)) {
    fail(key, "missing");
  }
  std::string s = optional_string(key);
  if (util::trim(s).empty()) {
    fail(key, "must not be empty");
  }
  return s;
}

std::string Fields::optional_string(const std::string& key) const {
  auto it = m_json->find(key);
  if (it == m_json->end() || it->is_null()) {
    return "";
  }
  std::optional<std::string> s = string_of(*it);
  if (!s) {
    fail(key, "expected a string");
  }
  return *s;
}

std::vector<std::string> Fields::strings(const std::string& key, bool required) const {
  auto it = m_json->find(key);
  if (it == m_json->end()) {
    if (required) {
      fail(key, "missing");
    }
    return {};
  }
  if (!it->is_array()) {
    fail(key, "expected an array of strings");
  }
  std::vector<std::string> out;
  for (const nlohmann::json& v : *it) {
    std::optional<std::string> s = string_of(v);
    if (!s) {
      fail(key, "expected an array of strings");
    }
    out.push_back(*s);
  }
  if (required && out.empty()) {
    fail(key, "must not be empty");
  }
  return out;
}

util::Date Fields::date(const std::string& key) const {
  std::optional<util::Date> d = optional_date(key);
  if (!d) {
    fail(key, "missing");
  }
  return *d;
}

std::optional<util::Date> Fields::optional_date(const std::string& key) const {
  std::string s = optional_string(key);
  if (s.empty()) {
    return std::nullopt;
  }
  std::optional<util::Date> d = util::parse_iso_date(s);
  if (!d) {
    fail(key, "expected a date YYYY-MM-DD, got " + util::quote(s));
  }
  return d;
}

std::vector<Fields> Fields::objects(const std::string& key) const {
  auto it = m_json->find(key);
  if (it == m_json->end()) {
    return {};
  }
  if (!it->is_array()) {
    fail(key, "expected an array of objects");
  }
  std::vector<Fields> out;
  std::string base = m_path.empty() ? key : m_path + "." + key;
  for (size_t i = 0; i < it->size(); ++i) {
    out.emplace_back((*it)[i], m_file, base + "[" + std::to_string(i) + "]");
  }
  return out;
}

std::optional<Fields> Fields::optional_object(const std::string& key) const {
  auto it = m_json->find(key);
  if (it == m_json->end() || it->is_null()) {
    return std::nullopt;
  }
  return Fields(*it, m_file, m_path.empty() ? key : m_path + "." + key);
}

void Fields::only(const std::vector<std::string>& known) const {
  for (auto it = m_json->begin(); it != m_json->end(); ++it) {
    if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
      fail(it.key(), "unknown field");
    }
  }
}

nlohmann::json parse_json(const std::string& text, const std::string& file) {
  constexpr int k_max_depth = 100;  // the predicate reader recurses once per level
  const nlohmann::json::parser_callback_t depth_limit = [&file](int depth, auto, auto&) {
    if (depth > k_max_depth) {
      throw DataError(file + ": invalid JSON: nested deeper than " + std::to_string(k_max_depth) +
                      " levels");
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text, depth_limit);
  } catch (const nlohmann::json::exception& e) {  // syntax, number overflow: all of nlohmann's
    std::string what = e.what();
    size_t end = what.find("] ");
    throw DataError(file +
                    ": invalid JSON: " + (end == std::string::npos ? what : what.substr(end + 2)));
  }
}

std::optional<std::string> string_of(const nlohmann::json& v) {
  const auto* s = v.get_ptr<const nlohmann::json::string_t*>();
  return s ? std::optional<std::string>(*s) : std::nullopt;
}

std::optional<double> number_of(const nlohmann::json& v) {
  if (!v.is_number()) {
    return std::nullopt;
  }
  const double x = v.is_number_float() ? *v.get_ptr<const nlohmann::json::number_float_t*>()
                   : v.is_number_unsigned()
                       ? static_cast<double>(*v.get_ptr<const nlohmann::json::number_unsigned_t*>())
                       : static_cast<double>(*v.get_ptr<const nlohmann::json::number_integer_t*>());
  return std::isfinite(x) ? std::optional<double>(x) : std::nullopt;
}

std::optional<bool> bool_of(const nlohmann::json& v) {
  const auto* b = v.get_ptr<const nlohmann::json::boolean_t*>();
  return b ? std::optional<bool>(*b) : std::nullopt;
}

const nlohmann::json* member_of(const nlohmann::json& j, const std::string& key) {
  if (!j.is_object()) {
    return nullptr;
  }
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

}  // namespace ecc::rules
