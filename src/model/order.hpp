#pragma once
// An order as exportcheck screens it: who buys and receives, what, from where
// to where, when. docs/orders.md documents the JSON and CSV forms.

#include <optional>
#include <string>
#include <vector>

#include "model/chip.hpp"
#include "model/list_entry.hpp"
#include "util/date.hpp"

namespace ecc::model {

struct OrderParty {
  std::string role;  // purchaser, intermediate_consignee, ultimate_consignee, end_user
  std::string name;
  std::string country;  // ISO-2 where the party is located
  std::string address;
  std::vector<Identifier> ids;          // e.g. LEI
  std::string headquarters_country;     // ISO-2, optional
  std::string ultimate_parent;          // name, optional
  std::string ultimate_parent_country;  // ISO-2 of the ultimate parent's headquarters, optional
  std::string pointer;                  // where it came from: "/parties/0" or "orders.csv:3"
};

struct OrderItem {
  std::string product;              // name or SKU, matched against the catalog
  std::optional<ProductSpec> spec;  // inline spec instead of a catalog product
  long long quantity = 1;
  std::string pointer;
};

struct Order {
  std::string id;
  std::optional<util::Date> date;
  std::string ship_from;    // ISO-2
  std::string destination;  // ISO-2
  std::vector<OrderParty> parties;
  std::vector<OrderItem> items;
  std::string end_use;
  std::string service;  // "", "cloud", "remote_access", "compute_rental"
  std::string source;   // file name, for messages and reports
};

}  // namespace ecc::model
