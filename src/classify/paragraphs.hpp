#pragma once
// Applies one rule version's paragraph tests (3A090.a.1 ... or 3A090.c) and
// exclusion notes to one chip's quantities.

#include <string>
#include <vector>

#include "classify/conditions.hpp"
#include "model/chip.hpp"

namespace ecc::classify {

struct Decision {
  std::string eccn;       // "3A090.a", or `negative` ("not 3A090"), or "undecided"
  std::string paragraph;  // the first paragraph that holds; empty when none
  std::vector<std::string> also_meets;
  std::vector<std::string> candidates;  // when undecided: the outcomes still possible
  std::vector<model::Parameter> missing;
  std::string arithmetic;  // one line ending "→ 3A090.a.1 (88 FR 73458)"
};

// The first paragraph of `rule` that holds decides, unless an exclusion holds.
// A paragraph that cannot be evaluated before the deciding one, or an
// exclusion that cannot, makes the result "undecided" with the candidates.
Decision decide(const model::RuleVersion& rule, const Quantities& q, const std::string& negative);

// The first citation of a rule, or its id when it has none.
std::string citation_of(const model::RuleVersion& rule);

}  // namespace ecc::classify
