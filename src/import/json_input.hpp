#pragma once
// Reading JSON input safely (internal to import/, also used by report/ for
// the audit log). Parsing turns every way a text can fail (a syntax error, a
// number too large for a double, nesting deeper than k_max_json_depth) into a
// DataError or a JsonProblem with its position; the accessors check a value's
// type before reading it and never throw. Readers of user files use only
// these, never json::parse, .get<>(), .value() or .at() on input, so no
// nlohmann exception can escape as an internal error (tools/check_json_input.sh).

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace ecc::import {

using Json = nlohmann::json;
// Keys in the order written: the audit log hashes records as written.
using OrderedJson = nlohmann::ordered_json;

// Deeper nesting is refused: nothing exportcheck reads needs more than a few
// levels, and copying or printing a value recurses once per level.
constexpr size_t k_max_json_depth = 100;

// Why a text is not acceptable JSON.
struct JsonProblem {
  std::optional<size_t> byte;  // 0-based offset where parsing stopped, when known
  std::string reason;          // "syntax error while parsing value - ...", "number overflow ..."
};

// Parses `text`; nullopt with `problem` filled when it is not JSON.
std::optional<Json> try_parse_json(std::string_view text, JsonProblem& problem);
std::optional<OrderedJson> try_parse_ordered_json(std::string_view text, JsonProblem& problem);

// Parses `text`; DataError "NAME:LINE:COL: malformed JSON: REASON" (LINE
// counted from `first_line`: a JSON Lines reader passes the line's number),
// or "NAME: malformed JSON: REASON" when the position is unknown.
Json parse_json(std::string_view text, const std::string& name, size_t first_line = 1);

// "LINE:COL" (1-based) of byte `byte` of `text`, LINE counted from `first_line`.
std::string text_position(std::string_view text, size_t byte, size_t first_line = 1);

// The accessors work on Json and OrderedJson alike (templates over get_ptr,
// which returns nullptr for another type instead of throwing).

// The member `key` of `j`: nullptr when `j` is not an object or the member is
// absent or null.
template <class J>
const J* json_member(const J& j, std::string_view key) {
  if (!j.is_object()) {
    return nullptr;
  }
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

// The name of a value's type for messages: "an object", "an array", "a
// string", "a number", "true/false", "null".
std::string json_type(const Json& j);
std::string json_type(const OrderedJson& j);

// The value when it has the type, else nullopt. json_number is any finite
// number; json_integer a whole number within long long.
template <class J>
std::optional<std::string> json_string(const J& j) {
  const auto* s = j.template get_ptr<const typename J::string_t*>();
  return s ? std::optional<std::string>(*s) : std::nullopt;
}
template <class J>
std::optional<double> json_number(const J& j) {
  // Unsigned first: get_ptr<number_integer_t*> also answers for an unsigned
  // value, whose bits it would then read as signed.
  if (const auto* u = j.template get_ptr<const typename J::number_unsigned_t*>()) {
    return static_cast<double>(*u);
  }
  if (const auto* i = j.template get_ptr<const typename J::number_integer_t*>()) {
    return static_cast<double>(*i);
  }
  if (const auto* f = j.template get_ptr<const typename J::number_float_t*>()) {
    return std::isfinite(*f) ? std::optional<double>(*f) : std::nullopt;
  }
  return std::nullopt;
}
template <class J>
std::optional<long long> json_integer(const J& j) {
  if (const auto* u = j.template get_ptr<const typename J::number_unsigned_t*>()) {  // see above
    if (*u > static_cast<typename J::number_unsigned_t>(std::numeric_limits<long long>::max())) {
      return std::nullopt;
    }
    return static_cast<long long>(*u);
  }
  if (const auto* i = j.template get_ptr<const typename J::number_integer_t*>()) {
    return static_cast<long long>(*i);
  }
  return std::nullopt;
}
template <class J>
std::optional<bool> json_bool(const J& j) {
  const auto* b = j.template get_ptr<const typename J::boolean_t*>();
  return b ? std::optional<bool>(*b) : std::nullopt;
}

// A number as compact text ("12", "0.5"); "" for anything else.
template <class J>
std::string json_number_text(const J& j) {
  return j.is_number() ? j.dump() : std::string();
}

}  // namespace ecc::import
