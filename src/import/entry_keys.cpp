#include <map>

#include "import/list_parsers.hpp"
#include "util/sha256.hpp"

namespace ecc::import {

void assign_entry_keys(std::vector<model::ListEntry>& entries) {
  std::map<std::pair<std::string, std::string>, int> seen;
  for (model::ListEntry& e : entries) {
    if (e.entry_key.empty()) {
      e.entry_key = !e.entity_number.empty() ? e.entity_number : [&e] {
        std::string basis = e.name;
        for (const model::Address& a : e.addresses) {
          basis += "|" + a.text + "," + a.country;
        }
        return "h:" + util::sha256_hex(basis).substr(0, 16);
      }();
    }
    int n = ++seen[{e.list_code, e.entry_key}];
    if (n > 1) {
      e.entry_key += "#" + std::to_string(n);
    }
  }
}

}  // namespace ecc::import
