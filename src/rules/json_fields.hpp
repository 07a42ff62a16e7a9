#pragma once
// Typed, path-tracking access to one JSON object of a rule file, so that every
// error names the file and the field: "rules/classification/x.json: paragraphs[1].when: ...".

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

namespace ecc::rules {

class Fields {
 public:
  // `j` must outlive this object. Throws DataError when `j` is not an object.
  Fields(const nlohmann::json& j, std::string file, std::string path);

  // Required / optional members; each throws DataError naming the field when
  // the member is missing (required) or has the wrong type.
  std::string string(const std::string& key) const;
  std::string optional_string(const std::string& key) const;
  std::vector<std::string> strings(const std::string& key, bool required) const;
  util::Date date(const std::string& key) const;
  std::optional<util::Date> optional_date(const std::string& key) const;
  // Objects of an array member (empty when absent).
  std::vector<Fields> objects(const std::string& key) const;
  std::optional<Fields> optional_object(const std::string& key) const;
  // Rejects members not in `known`, so a misspelt key is an error, not ignored.
  void only(const std::vector<std::string>& known) const;

  const nlohmann::json& json() const { return *m_json; }
  // "FILE: PATH.key" for messages.
  std::string where(const std::string& key) const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

 private:
  const nlohmann::json* m_json;
  std::string m_file;
  std::string m_path;
};

// Parses JSON text; throws DataError "FILE: invalid JSON: ..." on a syntax
// error, a number too large for a double or nesting deeper than 100 levels.
// With Fields and the *_of reads below, the only way rule files are read:
// no nlohmann exception escapes as an internal error.
nlohmann::json parse_json(const std::string& text, const std::string& file);

// One value read with its type checked: nullopt for another type (never throws).
std::optional<std::string> string_of(const nlohmann::json& v);
std::optional<double> number_of(const nlohmann::json& v);  // finite numbers only
std::optional<bool> bool_of(const nlohmann::json& v);
// The member `key` of object `j`, nullptr when `j` is no object or lacks it.
const nlohmann::json* member_of(const nlohmann::json& j, const std::string& key);

}  // namespace ecc::rules
