// Overlay matching. A letter names products by catalog id; "equivalents" are
// tested with the letter's criteria from rules/overlays/*.json. Equivalence is
// only tested for the letter's own vendor (a letter binds its addressee) and
// for items not already controlled, where it would add nothing.
#include "classify/overlays.hpp"

#include <algorithm>

#include "classify/quantities.hpp"
#include "util/strings.hpp"

namespace ecc::classify {

namespace {

bool in_force(const model::Overlay& o, util::Date date) {
  return o.effective_from <= date && (!o.effective_to || date <= *o.effective_to);
}

bool names(const model::Overlay& o, const std::string& id) {
  return std::find(o.products.begin(), o.products.end(), id) != o.products.end();
}

bool same_vendor(const model::Overlay& o, const model::ProductSpec& chip) {
  return o.vendor.empty() || util::to_lower_ascii(o.vendor) == util::to_lower_ascii(chip.vendor);
}

// The first equivalence criterion that holds, as text; records unknowns in `missing`.
std::optional<std::string> equivalent(const model::Overlay& o, const Quantities& q,
                                      std::vector<std::string>& missing) {
  for (const model::Condition& c : o.equivalents) {
    Evaluation e = evaluate(c, q);
    if (e.truth == Truth::yes) {
      return render_tests(e.holds, q);
    }
    if (e.truth == Truth::unknown) {
      for (model::Parameter p : e.missing) {
        missing.push_back(missing_figure(p));
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<model::OverlayHit> match_overlays(const model::ProductSpec& product,
                                              const model::ProductSpec& chip, const Quantities& q,
                                              bool controlled, const model::RuleSet& rules,
                                              util::Date as_of, std::vector<std::string>& notes) {
  std::vector<model::OverlayHit> hits;
  for (const model::Overlay& o : rules.overlays) {
    if (!in_force(o, as_of)) {
      continue;
    }
    if (names(o, product.id) || names(o, chip.id)) {
      hits.push_back({&o, true, "named: " + util::join(o.named_in_source, ", ")});
      continue;
    }
    if (controlled || !same_vendor(o, chip)) {
      continue;
    }
    std::vector<std::string> missing;
    if (std::optional<std::string> why = equivalent(o, q, missing)) {
      hits.push_back({&o, false, "equivalent: " + *why});
    } else if (!missing.empty()) {
      notes.push_back("cannot tell whether " + o.id + " applies as an equivalent: missing " +
                      util::join(missing, ", "));
    }
  }
  return hits;
}

}  // namespace ecc::classify
