// Orders are validated field by field, with JSON pointers in messages, before
// any screening: a bad order is exit 3 naming the field, never a verdict.
#include "import/order_reader.hpp"

#include <algorithm>

#include "import/json_input.hpp"
#include "import/product_catalog.hpp"
#include "import/product_json.hpp"
#include "model/country.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::import {

using json = Json;

namespace {

const std::vector<std::string> k_roles = {"purchaser", "intermediate_consignee",
                                          "ultimate_consignee", "end_user"};
const std::vector<std::string> k_services = {"", "none", "cloud", "remote_access",
                                             "compute_rental"};

struct Reader {
  const std::string& file;
  [[noreturn]] void fail(const std::string& pointer, const std::string& message) const {
    throw DataError(file + ": " + pointer + ": " + message);
  }
  std::string str(const json& o, const std::string& key, const std::string& ptr,
                  bool required) const {
    const json* v = json_member(o, key);
    if (v == nullptr) {
      if (required) {
        fail(ptr + "/" + key, "missing");
      }
      return {};
    }
    std::optional<std::string> text = json_string(*v);
    if (!text) {
      fail(ptr + "/" + key, "expected a string");
    }
    std::string s(util::trim(*text));
    if (required && s.empty()) {
      fail(ptr + "/" + key, "must not be empty");
    }
    return s;
  }
  // A code or a country name ("CN", "cn", "China"), as the alpha-2 code.
  std::string country(const json& o, const std::string& key, const std::string& ptr,
                      bool required) const {
    std::string c = str(o, key, ptr, required);
    if (c.empty()) {
      return c;
    }
    std::optional<std::string> code = model::country_code_for(c);
    if (!code) {
      fail(ptr + "/" + key,
           "unknown country code " + util::quote(c) +
               " (expected an ISO 3166-1 alpha-2 code such as CN, or a country name)");
    }
    return *code;
  }
};

model::OrderParty parse_party(const Reader& r, const json& p, const std::string& ptr) {
  if (!p.is_object()) {
    r.fail(ptr, "expected an object");
  }
  model::OrderParty party;
  party.pointer = ptr;
  party.role = r.str(p, "role", ptr, true);
  if (std::find(k_roles.begin(), k_roles.end(), party.role) == k_roles.end()) {
    r.fail(ptr + "/role",
           "unknown role " + util::quote(party.role) + " (" + util::join(k_roles, ", ") + ")");
  }
  party.name = r.str(p, "name", ptr, true);
  party.country = r.country(p, "country", ptr, true);
  party.address = r.str(p, "address", ptr, false);
  party.headquarters_country = r.country(p, "headquarters_country", ptr, false);
  party.ultimate_parent = r.str(p, "ultimate_parent", ptr, false);
  party.ultimate_parent_country = r.country(p, "ultimate_parent_country", ptr, false);
  if (const json* ids = json_member(p, "ids")) {
    if (!ids->is_array()) {
      r.fail(ptr + "/ids", "expected an array of {type, number}");
    }
    for (size_t i = 0; i < ids->size(); ++i) {
      std::string ip = ptr + "/ids/" + std::to_string(i);
      if (!(*ids)[i].is_object()) {
        r.fail(ip, "expected an object {type, number}");
      }
      party.ids.push_back(
          {r.str((*ids)[i], "type", ip, true), r.str((*ids)[i], "number", ip, true), "", "", ""});
    }
  }
  return party;
}

model::OrderItem parse_item(const Reader& r, const json& it, const std::string& ptr) {
  if (!it.is_object()) {
    r.fail(ptr, "expected an object");
  }
  model::OrderItem item;
  item.pointer = ptr;
  item.product = r.str(it, "product", ptr, false);
  if (const json* spec = json_member(it, "spec")) {
    item.spec = product_spec_from_json(*spec, r.file + ": " + ptr + "/spec");
  }
  if (item.product.empty() && !item.spec) {
    r.fail(ptr, "needs 'product' (a name or SKU) or 'spec'");
  }
  const json* q = json_member(it, "quantity");
  if (q == nullptr) {
    r.fail(ptr + "/quantity", "missing");
  }
  std::optional<long long> quantity = json_integer(*q);
  if (!quantity) {
    r.fail(ptr + "/quantity", q->is_number_integer() ? "too large" : "expected a whole number");
  }
  item.quantity = *quantity;
  if (item.quantity <= 0) {
    r.fail(ptr + "/quantity", "must be positive, got " + std::to_string(item.quantity));
  }
  return item;
}

model::Order parse_order_object(const Reader& r, const json& o) {
  if (!o.is_object()) {
    r.fail("/", "expected an order object");
  }
  model::Order order;
  order.source = r.file;
  order.id = r.str(o, "id", "", true);
  std::string date = r.str(o, "date", "", false);
  if (!date.empty()) {
    order.date = util::parse_iso_date(date);
    if (!order.date) {
      r.fail("/date", "invalid date " + util::quote(date) + " (expected YYYY-MM-DD)");
    }
  }
  order.ship_from = r.country(o, "ship_from", "", true);
  order.destination = r.country(o, "destination", "", true);
  order.end_use = r.str(o, "end_use", "", false);
  order.service = r.str(o, "service", "", false);
  if (std::find(k_services.begin(), k_services.end(), order.service) == k_services.end()) {
    r.fail("/service", "unknown service " + util::quote(order.service) +
                           " (cloud, remote_access, compute_rental)");
  }
  const json* parties = json_member(o, "parties");
  const json* items = json_member(o, "items");
  for (const auto& [key, list] : {std::pair{"parties", parties}, std::pair{"items", items}}) {
    if (list == nullptr || !list->is_array() || list->empty()) {
      r.fail(std::string("/") + key, "expected a non-empty array");
    }
  }
  for (size_t i = 0; i < parties->size(); ++i) {
    order.parties.push_back(parse_party(r, (*parties)[i], "/parties/" + std::to_string(i)));
  }
  for (size_t i = 0; i < items->size(); ++i) {
    order.items.push_back(parse_item(r, (*items)[i], "/items/" + std::to_string(i)));
  }
  return order;
}

}  // namespace

model::Order parse_order_json(const std::string& text, const std::string& file) {
  if (auto bad = util::find_invalid_utf8(text)) {
    throw DataError(file + ": invalid UTF-8 at byte " + std::to_string(*bad + 1));
  }
  const json doc = parse_json(text, file);
  Reader r{file};
  return parse_order_object(r, doc);
}

std::vector<model::Order> parse_orders(const std::string& text, const std::string& file) {
  std::string_view t = util::trim(text);
  if (t.empty()) {
    throw DataError(file + ": file is empty");
  }
  if (t.front() == '{') {
    return {parse_order_json(text, file)};
  }
  return parse_order_csv(text, file);
}

std::vector<model::Order> read_orders(const std::string& path) {
  return parse_orders(util::read_file(path), path);
}

}  // namespace ecc::import
