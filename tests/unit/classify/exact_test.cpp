#include "classify/exact.hpp"

#include <doctest/doctest.h>

namespace ecc {

TEST_SUITE("classify") {
  TEST_CASE("classify::exact") {
    using classify::compare;
    using classify::from_decimal;
    SUBCASE("decimals compare exactly where doubles do not") {
      classify::Ratio pd = classify::divide(
          classify::multiply(from_decimal(222.0296), classify::from_int(8)), from_decimal(300.04));
      CHECK(compare(pd, from_decimal(5.92)) == 0);
      CHECK((222.0296 * 8) / 300.04 < 5.92);  // the double pitfall this avoids
    }
    SUBCASE("format rounds half up, groups thousands, trims zeros") {
      CHECK(classify::format(from_decimal(15832), 6, true, true) == "15,832");
      CHECK(classify::format(from_decimal(5284.8), 6, true, true) == "5,284.8");
      CHECK(classify::format(from_decimal(2.905), 2, false, true) == "2.91");
      CHECK(classify::format(from_decimal(19.449631), 2, false, false) == "19.45");
      CHECK(classify::format(from_decimal(999.5), 0, true, true) == "1,000");
    }
  }
}

}  // namespace ecc
