#pragma once
// Names that fit several catalog products ("A100": the SXM4 and the PCIe
// card). When every variant classifies alike on the date the answer does not
// depend on which one is meant, so it is given, naming the variants; when
// they differ, the name stays an error that lists each variant with its
// classification. Pure.

#include <string>
#include <vector>

#include "model/chip.hpp"

namespace ecc::classify {

// True when `a` and `b` give the same classification facts on their date:
// ECCN, paragraph, NAC eligibility, the Jan 2026 case-by-case eligibility and
// the overlays in force. Never for an undecided classification (fail closed).
bool same_classification(const model::Classification& a, const model::Classification& b);

// "3A090.a (3A090.a.1)", "not 3A090", "undecided".
std::string eccn_text(const model::Classification& c);

// Every variant classified on `as_of`, in the order given, and whether all agree.
struct VariantClassification {
  std::vector<model::Classification> classes;
  bool agree = false;
};
VariantClassification classify_variants(const std::vector<const model::ProductSpec*>& variants,
                                        const std::vector<model::ProductSpec>& catalog,
                                        const model::RuleSet& rules, util::Date as_of);

// The note of an answer for a name that fits several variants: "'A100'
// could be NVIDIA A100 SXM4 80GB (id) or NVIDIA A100 PCIe 80GB (id); each
// classifies as 3A090.a (3A090.a.1) on DATE, so the answer does not depend on
// which; the figures shown are NVIDIA A100 SXM4 80GB's".
std::string variants_note(const std::string& name, const VariantClassification& v);

// The error for variants that differ: "ambiguous product 'X': its variants
// classify differently on DATE: 'P1' (id1): 3A090.a (3A090.a.1); 'P2' (id2):
// not 3A090; give a fuller name or an id".
std::string variants_error(const std::string& name, const VariantClassification& v);

}  // namespace ecc::classify
