#pragma once
// Vendor-specific "is-informed" letters and BIS guidance naming products: they
// add a licence requirement (or a risk) for named products, and for products
// of the same vendor that meet the letter's equivalence criteria, from a date.

#include <string>
#include <vector>

#include "classify/conditions.hpp"
#include "model/chip.hpp"
#include "util/date.hpp"

namespace ecc::classify {

// The overlays in force on `as_of` that name `product` or its `chip`, or whose
// equivalence criteria `q` meets (same vendor, and only when the item is not
// already controlled under 3A090/4A090). Criteria that cannot be evaluated
// for lack of a figure add a line to `notes` instead of a hit.
std::vector<model::OverlayHit> match_overlays(const model::ProductSpec& product,
                                              const model::ProductSpec& chip, const Quantities& q,
                                              bool controlled, const model::RuleSet& rules,
                                              util::Date as_of, std::vector<std::string>& notes);

}  // namespace ecc::classify
