#pragma once
// A product specification from a JSON value already parsed (internal to
// import/): an order's "spec" object is read in place, not printed and parsed again.

#include <string>

#include "import/json_input.hpp"
#include "model/chip.hpp"

namespace ecc::import {

// The product object `j` (parse_product_spec's format); `where` starts every
// message ("order.json: /items/0/spec"). Throws DataError naming the field.
model::ProductSpec product_spec_from_json(const Json& j, const std::string& where);

}  // namespace ecc::import
