#pragma once
// Reads the chip product catalog (data/products.json) and single product
// specifications (classify --spec FILE.json) into model::ProductSpec.

#include <string>

#include "model/chip.hpp"

namespace ecc::import {

// Reads the catalog file. Every known figure must carry "source" and
// "confidence". Throws DataError "FILE: products[3].die_area_mm2: ..." on any
// problem: bad JSON, wrong types, duplicate ids, a board naming an unknown chip.
model::ProductCatalog load_product_catalog(const std::string& path);
model::ProductCatalog parse_product_catalog(const std::string& text, const std::string& file);

// Parses one product object (the catalog's entry format; figures may also be
// plain numbers). Only "model" is required. Throws DataError naming the field.
model::ProductSpec parse_product_spec(const std::string& text, const std::string& file);

}  // namespace ecc::import
