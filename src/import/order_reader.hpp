#pragma once
// Reads orders: one JSON order per file (docs/orders.md, schema in
// docs/order.schema.json) or a CSV of order lines, one row per (order, item),
// grouped into orders by order id. Every error names the file and the field:
// "order.json: /parties/0/country: unknown country code 'XZ'".

#include <string>
#include <vector>

#include "model/order.hpp"

namespace ecc::import {

// Reads FILE (JSON or CSV, by its first byte). Throws DataError.
std::vector<model::Order> read_orders(const std::string& path);

// The orders in `text`: one JSON order when it starts with '{', else a CSV of
// order lines; `file` names it in errors ("<stdin>" for standard input).
std::vector<model::Order> parse_orders(const std::string& text, const std::string& file);

// Parses one JSON order; `file` names it in errors.
model::Order parse_order_json(const std::string& text, const std::string& file);

// Parses a CSV of order lines; `file` names it in errors.
std::vector<model::Order> parse_order_csv(const std::string& text, const std::string& file);

}  // namespace ecc::import
