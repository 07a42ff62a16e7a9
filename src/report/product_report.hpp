#pragma once
// Rendering of `exportcheck products list|show`: the chip catalog as a table
// or JSON, every figure with its source and confidence. Pure: values in, text out.

#include <ostream>

#include "model/chip.hpp"

namespace ecc::report {

// One row per product: id, vendor, model, kind, TPP, PD, datacenter flag.
void print_product_list_table(std::ostream& out, const model::ProductCatalog& catalog);
void print_product_list_json(std::ostream& out, const model::ProductCatalog& catalog);

// Every figure of one product with source and confidence.
void print_product_table(std::ostream& out, const model::ProductSpec& p);
void print_product_json(std::ostream& out, const model::ProductSpec& p);

}  // namespace ecc::report
