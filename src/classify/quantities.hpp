#pragma once
// From a product's figures to the quantities the rules test: TPP, performance
// density, I/O and memory bandwidth, HBM bandwidth density, datacenter flag.

#include "classify/conditions.hpp"
#include "model/chip.hpp"

namespace ecc::classify {

// TPP = max over formats of (dense TOPS × bit length), × dies when the figures
// are per die; PD = TPP / applicable die area. Unknown figures stay nullopt.
// Formulas for the arithmetic line are filled in as text.
Quantities measure(const model::ProductSpec& chip);

// "TPP = 1,979 TFLOPS × 8 bit (FP8) = 15,832", "I/O 528 GB/s", or the phrase
// of a flag: the value of `p` as shown the first time a line mentions it.
std::string value_text(model::Parameter p, const Quantities& q);

// Joins tests with " and ", showing each parameter's formula at its first
// mention: "TPP = ... = 1,940 ≥ 1600 and PD = 1,940 / 294.5 mm² = 6.59 ≥ 5.92".
std::string render_tests(const std::vector<TestText>& tests, const Quantities& q);

}  // namespace ecc::classify
