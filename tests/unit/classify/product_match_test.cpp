#include "classify/product_match.hpp"

#include <doctest/doctest.h>

#include "classify_fixture.hpp"

namespace ecc {

namespace {

std::string found(const char* name) {
  classify::ProductMatch m = classify::find_product(name, test::shipped_catalog());
  if (m.product != nullptr) {
    return m.product->id;
  }
  return m.ambiguous.empty() ? "unknown" : "ambiguous";
}

}  // namespace

TEST_SUITE("classify") {
  TEST_CASE("classify::find_product") {
    SUBCASE("case, spaces, hyphens, vendor prefix and memory size are ignored") {
      CHECK(found("h800") == "nvidia-h800-sxm5");
      CHECK(found("NVIDIA H800 SXM5 80GB") == "nvidia-h800-sxm5");
      CHECK(found("A800-SXM4-80GB") == "nvidia-a800-sxm4-80gb");
      CHECK(found("nvidia geforce rtx-4090") == "nvidia-rtx-4090");
      CHECK(found("H100SXM5") == "nvidia-h100-sxm5");
    }
    SUBCASE("a form factor narrows a family; a wrong one does not match") {
      CHECK(found("H100 SXM") == "nvidia-h100-sxm5");
      CHECK(found("h100 pcie") == "nvidia-h100-pcie");
      CHECK(found("H800 PCIe") == "unknown");
    }
    SUBCASE("a family name alone is ambiguous") {
      CHECK(found("H100") == "ambiguous");
      CHECK(found("A100 80GB") == "ambiguous");
    }
    SUBCASE("a catalog id names one product even when its key fits another") {
      CHECK(found("RTX 5090D") == "ambiguous");
      CHECK(found("nvidia-rtx-5090d") == "nvidia-rtx-5090d");
      CHECK(found("NVIDIA-RTX-5090D-V2") == "nvidia-rtx-5090d-v2");
    }
    SUBCASE("near names stay apart") {
      CHECK(found("RTX 4090D") == "nvidia-rtx-4090d");
      CHECK(found("MI308X") == "amd-mi308x");
      CHECK(found("Ascend 910") == "huawei-ascend-910");
    }
    SUBCASE("unknown names get suggestions by edit distance") {
      classify::ProductMatch m = classify::find_product("MI300", test::shipped_catalog());
      REQUIRE(m.product == nullptr);
      REQUIRE(!m.suggestions.empty());
      CHECK(m.suggestions.front()->id == "amd-mi300x");
      CHECK(classify::find_product("zzzzzzzz", test::shipped_catalog()).suggestions.empty());
    }
  }
}

}  // namespace ecc
