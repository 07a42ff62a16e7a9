// Guarded JSON parsing: nlohmann's DOM builder behind a SAX filter that
// counts the nesting depth and keeps the position and reason of a parse error
// (syntax or number overflow) instead of throwing, so the caller can name the
// line and column.
#include "import/json_input.hpp"

#include "util/error.hpp"

namespace ecc::import {

namespace {

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error while ..." -> "syntax error while ..."; other kinds after the "] ".
std::string reason_of(const std::string& what) {
  size_t syntax = what.find("syntax error");
  if (syntax != std::string::npos) {
    return what.substr(syntax);
  }
  size_t end = what.find("] ");
  return end == std::string::npos ? what : what.substr(end + 2);
}

template <class J>
class GuardedSax {
 public:
  GuardedSax(J& result, JsonProblem& problem) : m_dom(result, false), m_problem(problem) {}

  bool null() { return m_dom.null(); }
  bool boolean(bool v) { return m_dom.boolean(v); }
  bool number_integer(typename J::number_integer_t v) { return m_dom.number_integer(v); }
  bool number_unsigned(typename J::number_unsigned_t v) { return m_dom.number_unsigned(v); }
  bool number_float(typename J::number_float_t v, const typename J::string_t& s) {
    return m_dom.number_float(v, s);
  }
  bool string(typename J::string_t& v) { return m_dom.string(v); }
  bool binary(typename J::binary_t& v) { return m_dom.binary(v); }
  bool key(typename J::string_t& v) { return m_dom.key(v); }
  bool start_object(size_t n) { return deeper() && m_dom.start_object(n); }
  bool end_object() {
    --m_depth;
    return m_dom.end_object();
  }
  bool start_array(size_t n) { return deeper() && m_dom.start_array(n); }
  bool end_array() {
    --m_depth;
    return m_dom.end_array();
  }
  template <class Exception>
  bool parse_error(size_t byte, const std::string& /*token*/, const Exception& e) {
    m_problem.byte = byte == 0 ? 0 : byte - 1;  // nlohmann counts the byte it stopped after
    m_problem.reason = reason_of(e.what());
    return false;
  }

 private:
  bool deeper() {
    if (++m_depth > k_max_json_depth) {
      m_problem.reason = "nested deeper than " + std::to_string(k_max_json_depth) + " levels";
      return false;
    }
    return true;
  }

  nlohmann::detail::json_sax_dom_parser<J> m_dom;
  JsonProblem& m_problem;
  size_t m_depth = 0;
};

template <class J>
std::optional<J> guarded_parse(std::string_view text, JsonProblem& problem) {
  J result;
  problem = {};
  GuardedSax<J> sax(result, problem);
  const bool ok = J::sax_parse(text.begin(), text.end(), &sax);
  if (!ok || !problem.reason.empty()) {
    if (problem.reason.empty()) {
      problem.reason = "not a JSON value";
    }
    return std::nullopt;
  }
  return result;
}

}  // namespace

std::optional<Json> try_parse_json(std::string_view text, JsonProblem& problem) {
  return guarded_parse<Json>(text, problem);
}

std::optional<OrderedJson> try_parse_ordered_json(std::string_view text, JsonProblem& problem) {
  return guarded_parse<OrderedJson>(text, problem);
}

std::string text_position(std::string_view text, size_t byte, size_t first_line) {
  size_t line = first_line;
  size_t col = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

Json parse_json(std::string_view text, const std::string& name, size_t first_line) {
  JsonProblem problem;
  std::optional<Json> j = try_parse_json(text, problem);
  if (!j) {
    std::string at = problem.byte ? ":" + text_position(text, *problem.byte, first_line) : "";
    throw DataError(name + at + ": malformed JSON: " + problem.reason);
  }
  return std::move(*j);
}

namespace {

template <class J>
std::string type_of(const J& j) {
  switch (j.type()) {
    case J::value_t::object:
      return "an object";
    case J::value_t::array:
      return "an array";
    case J::value_t::string:
      return "a string";
    case J::value_t::boolean:
      return "true/false";
    case J::value_t::number_integer:
    case J::value_t::number_unsigned:
    case J::value_t::number_float:
      return "a number";
    case J::value_t::null:
      return "null";
    default:
      return "an unsupported value";
  }
}

}  // namespace

std::string json_type(const Json& j) {
  return type_of(j);
}

std::string json_type(const OrderedJson& j) {
  return type_of(j);
}

}  // namespace ecc::import
