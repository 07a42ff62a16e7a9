// Orders as CSV, for bulk use: one row per (order, item) with the party that
// receives it. Rows with the same order_id form one order; a party repeated
// with the same role and name is one party.
#include <map>
#include <sstream>

#include "import/order_reader.hpp"
#include "model/country.hpp"
#include "util/csv_header.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace {

const std::vector<std::string> k_required = {
    "order_id", "ship_from", "destination", "party_name", "party_country", "product", "quantity"};

}  // namespace

std::vector<model::Order> parse_order_csv(const std::string& text, const std::string& file) {
  std::istringstream in(text);
  util::CsvReader reader(in, file, {util::k_detect_delimiter});
  util::CsvTable table(reader);
  table.require(k_required, "not an order CSV");
  std::vector<model::Order> orders;
  std::map<std::string, size_t> by_id;
  std::vector<std::string> f;
  while (table.next(f)) {
    auto get = [&](const char* c) { return table.get(f, c); };
    auto country = [&](const char* c, bool required) {  // a code or a name, as the code
      std::string v = get(c);
      if (!required && v.empty()) {
        return v;
      }
      std::optional<std::string> code = model::country_code_for(v);
      if (!code) {
        reader.fail(std::string(c) + ": unknown country code " + util::quote(v));
      }
      return *code;
    };
    std::string id = get("order_id");
    if (id.empty()) {
      reader.fail("order_id: must not be empty");
    }
    std::string where = file + ":" + std::to_string(reader.record_line());
    auto [it, fresh] = by_id.emplace(id, orders.size());
    if (fresh) {
      model::Order o;
      o.id = id;
      o.source = file;
      o.ship_from = country("ship_from", true);
      o.destination = country("destination", true);
      o.service = get("service");
      o.end_use = get("end_use");
      if (std::string d = get("date"); !d.empty()) {
        o.date = util::parse_iso_date(d);
        if (!o.date) {
          reader.fail("date: invalid date " + util::quote(d) + " (expected YYYY-MM-DD)");
        }
      }
      orders.push_back(std::move(o));
    }
    model::Order& order = orders[it->second];
    model::OrderParty party;
    party.role = get("party_role").empty() ? "ultimate_consignee" : get("party_role");
    party.name = get("party_name");
    party.country = country("party_country", true);
    party.headquarters_country = country("party_hq_country", false);
    party.ultimate_parent = get("ultimate_parent");
    party.ultimate_parent_country = country("ultimate_parent_country", false);
    party.pointer = where;
    if (party.name.empty()) {
      reader.fail("party_name: must not be empty");
    }
    bool seen = false;
    for (const model::OrderParty& p : order.parties) {
      seen = seen || (p.role == party.role && p.name == party.name);
    }
    if (!seen) {
      order.parties.push_back(party);
    }
    model::OrderItem item;
    item.product = get("product");
    item.pointer = where;
    std::string q = get("quantity");
    try {
      size_t used = 0;
      item.quantity = std::stoll(q, &used);
      if (used != q.size()) {
        throw std::invalid_argument(q);
      }
    } catch (const std::exception&) {
      reader.fail("quantity: expected a whole number, got " + util::quote(q));
    }
    if (item.quantity <= 0) {
      reader.fail("quantity: must be positive, got " + q);
    }
    if (item.product.empty()) {
      reader.fail("product: must not be empty");
    }
    order.items.push_back(item);
  }
  if (orders.empty()) {
    throw DataError(file + ": no order rows");
  }
  return orders;
}

}  // namespace ecc::import
