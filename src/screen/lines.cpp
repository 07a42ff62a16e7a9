// Order lines: the product is looked up in the catalog with the same
// forgiving matcher as `exportcheck classify` (or taken from an inline spec)
// and classified under the rule versions in force on the as-of date. An
// unknown or ambiguous product is kept as an unknown line, never guessed.
#include "classify/classifier.hpp"
#include "classify/product_match.hpp"
#include "screen/screen_internal.hpp"

namespace ecc::screen {

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
      line.unknown_reason = "ambiguous product '" + item.product + "': could be";
      for (const model::ProductSpec* p : m.ambiguous) {
        line.unknown_reason += " " + model::display_name(*p) + ";";
      }
      line.unknown_reason.pop_back();
      return line;
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
