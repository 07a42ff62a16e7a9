#pragma once
// Classifies a chip, board or server under the BIS rule versions in force on a
// date: ECCN 3A090.a/.b/.c or 4A090.a/.b (or ".z"), the deciding paragraph,
// TPP and performance density with their arithmetic, NAC eligibility, the
// 2026 China case-by-case parameter test and the is-informed overlays.

#include <vector>

#include "model/chip.hpp"
#include "util/date.hpp"

namespace ecc::classify {

// The version of `scope` in force on `date`: the latest effective_from on or
// before `date` that has not ended (effective_to is the last day); nullptr when none.
const model::RuleVersion* version_in_force(const model::RuleSet& rules, model::RuleScope scope,
                                           util::Date date);

// Classifies `product` as of `as_of`. `catalog` resolves the chips of boards
// and servers. The result points into `product`, `catalog` and `rules`, which
// must outlive it. Throws DataError when a board names a chip not in `catalog`.
model::Classification classify(const model::ProductSpec& product,
                               const std::vector<model::ProductSpec>& catalog,
                               const model::RuleSet& rules, util::Date as_of);

// True for "3A090.a", "3A090.b", "3A090.c", "4A090.a", "4A090", "5A992.z", ...:
// an ECCN that the advanced-computing rules control.
bool is_controlled(const std::string& eccn);

}  // namespace ecc::classify
