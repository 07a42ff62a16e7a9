#include "util/strings.hpp"

#include <doctest/doctest.h>

TEST_SUITE("util") {
  TEST_CASE("util::split") {
    CHECK(ecc::util::split(" a; b ;;c ", ";") == std::vector<std::string>{"a", "b", "c"});
    CHECK(ecc::util::split("a;;b", ";", true) == std::vector<std::string>{"a", "", "b"});
    CHECK(ecc::util::split("", ";").empty());
  }
  TEST_CASE("util::collapse_spaces") {
    CHECK(ecc::util::collapse_spaces("  a \t b\n") == "a b");
  }
  TEST_CASE("util::edit_distance") {
    CHECK(ecc::util::edit_distance("db", "dbb") == 1);
    CHECK(ecc::util::edit_distance("kitten", "sitting") == 3);
  }
}
