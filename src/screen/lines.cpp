// Order lines: the product is looked up in the catalog with the same
// forgiving matcher as `exportcheck classify` (or taken from an inline spec)
// and classified under the rule versions in force on the as-of date. An
// unknown product, or a name whose catalog variants classify differently, is
// kept as an unknown line, never guessed; a name whose variants all classify
// alike ("A100") is known, its verdicts checked alike in screen/variants.cpp.
#include "classify/classifier.hpp"
#include "classify/product_match.hpp"
#include "classify/variants.hpp"
#include "screen/screen_internal.hpp"

namespace ecc::screen {

namespace {

// A name that fits several products: known when every variant classifies
// alike (the verdicts are compared in screen_order), unknown otherwise.
LineResult variant_line(const model::OrderItem& item,
                        const std::vector<const model::ProductSpec*>& variants,
                        const ScreenInputs& in, util::Date as_of) {
  LineResult line;
  line.query = item.product;
  line.quantity = item.quantity;
  classify::VariantClassification v =
      classify::classify_variants(variants, in.catalog->products, *in.classification_rules, as_of);
  if (!v.agree) {
    line.unknown_reason = classify::variants_error(item.product, v);
    return line;
  }
  line.known = true;
  line.variants_note = classify::variants_note(item.product, v);
  line.classification = v.classes.front();
  line.variants = std::move(v.classes);
  return line;
}

}  // namespace

LineResult classify_line(const model::OrderItem& item, const ScreenInputs& in, util::Date as_of) {
  LineResult line;
  line.query = item.spec ? model::display_name(*item.spec) : item.product;
  line.quantity = item.quantity;
  const model::ProductSpec* product = item.spec ? &*item.spec : nullptr;
  if (!product) {
    classify::ProductMatch m = classify::find_product(item.product, *in.catalog);
    if (m.product) {
      product = m.product;
    } else if (!m.ambiguous.empty()) {
      return variant_line(item, m.ambiguous, in, as_of);
    } else {
      line.unknown_reason = "unknown product '" + item.product + "'";
      for (size_t i = 0; i < m.suggestions.size() && i < 3; ++i) {
        line.unknown_reason +=
            (i == 0 ? " (did you mean " : ", ") + model::display_name(*m.suggestions[i]);
      }
      line.unknown_reason += m.suggestions.empty() ? "; not in the catalog: give a spec" : "?)";
      return line;
    }
  }
  line.known = true;
  line.query = model::display_name(*product);
  line.classification =
      classify::classify(*product, in.catalog->products, *in.classification_rules, as_of);
  return line;
}

}  // namespace ecc::screen
