// The suppressions file is checked field by field: a suppression silences a
// compliance finding, so anything doubtful (unknown keys, no approver, no
// expiry, an entry without the content hash it was reviewed against) stops
// the run with exit 3 instead of being guessed at.
#include "import/suppression_reader.hpp"

#include <algorithm>

#include "import/json_input.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/strings.hpp"

namespace ecc::import {

using json = Json;

namespace {

const std::vector<std::string> k_keys = {"rule",     "entry",  "content_hash", "party",  "order",
                                         "customer", "reason", "approved_by",  "expires"};

struct Fields {
  const std::string& file;
  const json& o;
  std::string ptr;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const {
    throw DataError(file + ": " + ptr + (key.empty() ? "" : "/" + key) + ": " + message);
  }
  std::string str(const std::string& key, bool required) const {
    const json* v = json_member(o, key);
    if (v == nullptr) {
      if (required) {
        fail(key, "missing");
      }
      return {};
    }
    std::optional<std::string> text = json_string(*v);
    if (!text) {
      fail(key, "expected a string");
    }
    std::string s(util::trim(*text));
    if (required && s.empty()) {
      fail(key, "must not be empty");
    }
    return s;
  }
};

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

void check_keys(const Fields& f) {
  for (const auto& [key, value] : f.o.items()) {
    if (std::find(k_keys.begin(), k_keys.end(), key) == k_keys.end()) {
      f.fail(key, "unknown key (expected " + util::join(k_keys, ", ") + ")");
    }
  }
}

model::Suppression parse_one(const std::string& file, const json& o, size_t index) {
  Fields f{file, o, "/suppressions/" + std::to_string(index)};
  if (!o.is_object()) {
    f.fail("", "expected an object");
  }
  check_keys(f);
  model::Suppression s;
  s.source = file + ": " + f.ptr;
  s.rule = f.str("rule", true);
  s.entry = f.str("entry", false);
  s.party = f.str("party", false);
  s.order = f.str("order", false);
  s.customer = f.str("customer", false);
  if (s.entry.empty() && s.party.empty() && s.order.empty() && s.customer.empty()) {
    f.fail("", "names no finding: give at least one of entry, party, order, customer");
  }
  if (!s.order.empty() && !s.customer.empty()) {
    f.fail("", "names both an order (screen) and a customer (audit): use one suppression each");
  }
  s.content_hash = util::to_lower_ascii(f.str("content_hash", !s.entry.empty()));
  if (!s.content_hash.empty() && !is_sha256_hex(s.content_hash)) {
    f.fail("content_hash",
           "expected the 64 hex digits of the entry's content hash ('db show ENTRY --json')");
  }
  s.reason = f.str("reason", true);
  s.approved_by = f.str("approved_by", true);
  std::string expires = f.str("expires", true);
  auto date = util::parse_iso_date(expires);
  if (!date) {
    f.fail("expires", "invalid date " + util::quote(expires) + " (expected YYYY-MM-DD)");
  }
  s.expires = *date;
  return s;
}

}  // namespace

std::vector<model::Suppression> parse_suppressions(const std::string& text,
                                                   const std::string& file) {
  const json doc = parse_json(text, file);
  const json* list = json_member(doc, "suppressions");
  if (list == nullptr || !list->is_array()) {
    throw DataError(file + ": expected an object with a \"suppressions\" array");
  }
  std::vector<model::Suppression> out;
  for (size_t i = 0; i < list->size(); ++i) {
    out.push_back(parse_one(file, (*list)[i], i));
  }
  return out;
}

std::vector<model::Suppression> read_suppressions(const std::string& path) {
  return parse_suppressions(util::read_file(path), path);
}

}  // namespace ecc::import
