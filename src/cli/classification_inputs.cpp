// Loading and cross-checking the classification inputs, and the error messages
// for names that match no product or several.
#include "cli/classification_inputs.hpp"

#include <algorithm>

#include "classify/classifier.hpp"
#include "classify/product_match.hpp"
#include "classify/variants.hpp"
#include "cli/context.hpp"
#include "import/product_catalog.hpp"
#include "rules/classification_rules.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

std::string names(const std::vector<const model::ProductSpec*>& products) {
  std::vector<std::string> parts;
  for (const model::ProductSpec* p : products) {
    parts.push_back(util::quote(model::display_name(*p)) + " (" + p->id + ")");
  }
  return util::join(parts, ", ");
}

void check_overlay_products(const ClassificationInputs& in) {
  for (const model::Overlay& o : in.rules.overlays) {
    for (const std::string& id : o.products) {
      bool known = std::any_of(in.catalog.products.begin(), in.catalog.products.end(),
                               [&](const model::ProductSpec& p) { return p.id == id; });
      if (!known) {
        throw DataError(o.source_file + ": products: " + util::quote(id) +
                        " is not in the product catalog");
      }
    }
  }
}

}  // namespace

ClassificationInputs load_classification_inputs(const Context& ctx) {
  ClassificationInputs in;
  in.catalog = import::load_product_catalog(ctx.resource_dir() + "/data/products.json");
  in.rules = rules::load_classification_rules(ctx.rules_dir());
  check_overlay_products(in);
  return in;
}

const model::ProductSpec& resolve_product(const model::ProductCatalog& catalog,
                                          const std::string& name) {
  classify::ProductMatch m = classify::find_product(name, catalog);
  if (m.product != nullptr) {
    return *m.product;
  }
  if (!m.ambiguous.empty()) {
    throw DataError("ambiguous product " + util::quote(name) + ": matches " + names(m.ambiguous) +
                    "; give a fuller name or an id");
  }
  std::string hint = m.suggestions.empty() ? "" : " (did you mean " + names(m.suggestions) + "?)";
  throw DataError("unknown product " + util::quote(name) + hint +
                  "; see 'exportcheck products list'");
}

model::Classification classify_name(const ClassificationInputs& in, const std::string& name,
                                    util::Date as_of) {
  classify::ProductMatch m = classify::find_product(name, in.catalog);
  if (m.ambiguous.empty()) {
    return classify::classify(resolve_product(in.catalog, name), in.catalog.products, in.rules,
                              as_of);
  }
  classify::VariantClassification v =
      classify::classify_variants(m.ambiguous, in.catalog.products, in.rules, as_of);
  if (!v.agree) {
    throw DataError(classify::variants_error(name, v));
  }
  model::Classification c = v.classes.front();
  c.notes.push_back(classify::variants_note(name, v));
  for (const model::ProductSpec* p : m.ambiguous) {
    c.variants.push_back(p->id);
  }
  return c;
}

}  // namespace ecc::cli
