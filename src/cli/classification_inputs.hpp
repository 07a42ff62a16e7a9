#pragma once
// What `classify` and `products` need before they can answer: the product
// catalog and the classification rules, loaded and cross-checked, plus the
// name lookup that turns a user's product name into one catalog entry.

#include <string>

#include "model/chip.hpp"

namespace ecc::cli {

class Context;

struct ClassificationInputs {
  model::ProductCatalog catalog;
  model::RuleSet rules;
};

// Loads resource_dir()/data/products.json and rules_dir()/{classification,overlays}.
// Throws DataError when either cannot be loaded or an overlay names a product
// id that is not in the catalog: no classification without its inputs.
ClassificationInputs load_classification_inputs(const Context& ctx);

// The catalog product `name` designates. Throws DataError (exit 3) for an
// unknown or ambiguous name, with suggestions or the candidates.
const model::ProductSpec& resolve_product(const model::ProductCatalog& catalog,
                                          const std::string& name);

// The classification of the product `name` designates on `as_of`. A name
// that fits several products which all classify alike gets that answer, with
// a note and `variants` naming them (classify/variants.hpp); DataError (exit
// 3) for an unknown name or variants that classify differently.
model::Classification classify_name(const ClassificationInputs& in, const std::string& name,
                                    util::Date as_of);

}  // namespace ecc::cli
