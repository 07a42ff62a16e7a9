#pragma once
// Reads orders: one JSON order per file (docs/orders.md, schema in
// docs/order.schema.json) or a CSV of order lines, one row per (order, item),
// grouped into orders by order id. Every error names the file and the field:
// "order.json: /parties/0/country: unknown country code 'XZ'".

#include <string>
#include <vector>

#include "model/order.hpp"

namespace ecc::import {

// Reads FILE (JSON or CSV, by extension or first byte). Throws DataError.
std::vector<model::Order> read_orders(const std::string& path);

// Parses one JSON order; `file` names it in errors.
model::Order parse_order_json(const std::string& text, const std::string& file);

// Parses a CSV of order lines; `file` names it in errors.
std::vector<model::Order> parse_order_csv(const std::string& text, const std::string& file);

}  // namespace ecc::import
