#include "util/utf8.hpp"

#include <doctest/doctest.h>

TEST_SUITE("util") {
  TEST_CASE("util::find_invalid_utf8") {
    CHECK_FALSE(ecc::util::find_invalid_utf8("plain ascii").has_value());
    CHECK_FALSE(ecc::util::find_invalid_utf8("北京市商汤科技开发有限公司").has_value());
    CHECK(ecc::util::find_invalid_utf8("ab\xFF").value() == 2);
    CHECK(ecc::util::find_invalid_utf8("\xC0\xAF").value() == 0);      // overlong '/'
    CHECK(ecc::util::find_invalid_utf8("\xED\xA0\x80").value() == 0);  // surrogate
    CHECK(ecc::util::find_invalid_utf8("ok\xE4\xB8").value() == 2);    // truncated sequence
  }
  TEST_CASE("util::latin1_to_utf8") {
    CHECK(ecc::util::latin1_to_utf8("Caf\xE9") == "Café");
    CHECK(ecc::util::latin1_to_utf8("\x80") == "€");  // Windows-1252
    CHECK(ecc::util::latin1_to_utf8("M\xFCller") == "Müller");
  }
}
