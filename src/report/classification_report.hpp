#pragma once
// Rendering of `exportcheck classify` results: a key/value table whose
// arithmetic line a person can check by hand, or JSON. Pure: values in, text out.

#include <ostream>

#include "model/chip.hpp"

namespace ecc::report {

void print_classification_table(std::ostream& out, const model::Classification& c);

// One JSON object with at least product, as_of, eccn, paragraph, tpp,
// performance_density, nac_eligible, rule, citation and overlays; unknown values are null.
void print_classification_json(std::ostream& out, const model::Classification& c);

}  // namespace ecc::report
