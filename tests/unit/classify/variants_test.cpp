// Names with several catalog variants: agreement on a date, the note and the error.
#include "classify/variants.hpp"

#include <doctest/doctest.h>

#include "classify/product_match.hpp"
#include "classify_fixture.hpp"

namespace ecc {

namespace {

classify::VariantClassification variants_of(const char* name, const char* date) {
  classify::ProductMatch m = classify::find_product(name, test::shipped_catalog());
  return classify::classify_variants(m.ambiguous, test::shipped_catalog().products,
                                     test::shipped_rules(), test::day(date));
}

}  // namespace

TEST_SUITE("classify") {
  TEST_CASE("classify::classify_variants") {
    SUBCASE("A100 SXM4 and PCIe agree on 2024-01-01: the note names both") {
      classify::VariantClassification v = variants_of("A100", "2024-01-01");
      REQUIRE(v.classes.size() == 2);
      CHECK(v.agree);
      CHECK(classify::eccn_text(v.classes[0]) == "3A090.a (3A090.a.1)");
      CHECK(classify::variants_note("A100", v) ==
            "'A100' could be NVIDIA A100 SXM4 80GB (nvidia-a100-sxm4-80gb) or NVIDIA A100 PCIe "
            "80GB (nvidia-a100-pcie-80gb); each classifies as 3A090.a (3A090.a.1) on "
            "2024-01-01, so the answer does not depend on which; the figures shown are NVIDIA "
            "A100 SXM4 80GB's");
    }
    SUBCASE("variants on either side of the 3A090.a TPP threshold differ: the error lists them") {
      model::ProductSpec a = test::chip({.tops = 5000, .bits = 1, .die_area = 800});
      model::ProductSpec b = test::chip({.tops = 4000, .bits = 1, .die_area = 800});
      a.id = "x-sxm";
      a.model = "X SXM";
      b.id = "x-pcie";
      b.model = "X PCIe";
      std::vector<model::ProductSpec> catalog{a, b};
      classify::VariantClassification v = classify::classify_variants(
          {&catalog[0], &catalog[1]}, catalog, test::shipped_rules(), test::day("2024-01-01"));
      CHECK_FALSE(v.agree);
      CHECK(
          classify::variants_error("X", v) ==
          "ambiguous product 'X': its variants classify differently on 2024-01-01: 'Test X "
          "SXM' (x-sxm): 3A090.a (3A090.a.1); 'Test X PCIe' (x-pcie): 3A090.b (3A090.b.1); give a "
          "fuller name or an id");
    }
    SUBCASE("an undecided classification never agrees") {
      model::Classification u;
      u.eccn = "undecided";
      CHECK_FALSE(classify::same_classification(u, u));
    }
  }
}

}  // namespace ecc
