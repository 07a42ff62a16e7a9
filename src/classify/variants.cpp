// Variant agreement compares what screening rules can see of a
// classification (the item.* facts other than the display name and TPP
// figure): ECCN, paragraph, NAC eligibility, the 2026 case-by-case
// eligibility, and the ids of the overlays in force on the date.
#include "classify/variants.hpp"

#include <algorithm>

#include "classify/classifier.hpp"
#include "util/strings.hpp"

namespace ecc::classify {

namespace {

std::vector<std::string> overlays_in_force(const model::Classification& c) {
  std::vector<std::string> ids;
  for (const model::OverlayHit& h : c.overlays) {
    if (h.overlay && h.overlay->effective_from <= c.as_of &&
        (!h.overlay->effective_to || c.as_of <= *h.overlay->effective_to)) {
      ids.push_back(h.overlay->id);
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::optional<bool> china_eligible(const model::Classification& c) {
  return c.china_review ? c.china_review->eligible : std::nullopt;
}

std::string named(const model::ProductSpec& p) {
  return model::display_name(p) + " (" + p.id + ")";
}

}  // namespace

bool same_classification(const model::Classification& a, const model::Classification& b) {
  if (a.eccn == "undecided" || b.eccn == "undecided") {
    return false;
  }
  return a.eccn == b.eccn && a.paragraph == b.paragraph && a.nac_eligible == b.nac_eligible &&
         china_eligible(a) == china_eligible(b) && overlays_in_force(a) == overlays_in_force(b);
}

std::string eccn_text(const model::Classification& c) {
  return c.eccn + (c.paragraph.empty() || c.paragraph == c.eccn ? "" : " (" + c.paragraph + ")");
}

VariantClassification classify_variants(const std::vector<const model::ProductSpec*>& variants,
                                        const std::vector<model::ProductSpec>& catalog,
                                        const model::RuleSet& rules, util::Date as_of) {
  VariantClassification v;
  for (const model::ProductSpec* p : variants) {
    v.classes.push_back(classify(*p, catalog, rules, as_of));
  }
  v.agree = !v.classes.empty() &&
            std::all_of(v.classes.begin(), v.classes.end(), [&](const model::Classification& c) {
              return same_classification(v.classes.front(), c);
            });
  return v;
}

std::string variants_note(const std::string& name, const VariantClassification& v) {
  std::vector<std::string> names;
  for (const model::Classification& c : v.classes) {
    names.push_back(named(*c.product));
  }
  const model::Classification& first = v.classes.front();
  std::string last = names.back();
  names.pop_back();
  return util::quote(name) + " could be " + util::join(names, ", ") + " or " + last +
         "; each classifies as " + eccn_text(first) + " on " + first.as_of.iso() +
         ", so the answer does not depend on which; the figures shown are " +
         model::display_name(*first.product) + "'s";
}

std::string variants_error(const std::string& name, const VariantClassification& v) {
  std::vector<std::string> parts;
  for (const model::Classification& c : v.classes) {
    parts.push_back(util::quote(model::display_name(*c.product)) + " (" + c.product->id +
                    "): " + eccn_text(c));
  }
  return "ambiguous product " + util::quote(name) + ": its variants classify differently on " +
         v.classes.front().as_of.iso() + ": " + util::join(parts, "; ") +
         "; give a fuller name or an id";
}

}  // namespace ecc::classify
