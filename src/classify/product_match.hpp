#pragma once
// Forgiving product-name lookup: "h800", "NVIDIA H800 SXM5 80GB" and
// "A800-SXM4-80GB" all find their product; a name that fits several products
// or none is reported with the candidates, never silently resolved.

#include <string_view>
#include <vector>

#include "model/chip.hpp"

namespace ecc::classify {

struct ProductMatch {
  const model::ProductSpec* product = nullptr;         // exactly one match
  std::vector<const model::ProductSpec*> ambiguous;    // several matches
  std::vector<const model::ProductSpec*> suggestions;  // no match: nearest names
};

// Compares case-, space- and hyphen-insensitively, ignoring the catalog's
// ignore words (vendor names), memory sizes ("80GB") and, when the query
// gives none, form factors (SXM5, PCIe). Matches model, aliases and id; a
// query that is a catalog id (any case) is that product alone.
ProductMatch find_product(std::string_view query, const model::ProductCatalog& catalog);

}  // namespace ecc::classify
