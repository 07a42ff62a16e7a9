#include "model/country.hpp"

#include <doctest/doctest.h>

TEST_SUITE("model") {
  TEST_CASE("model::country_code_for") {
    CHECK(ecc::model::country_code_for("China").value() == "CN");
    CHECK(ecc::model::country_code_for("cn").value() == "CN");
    CHECK(ecc::model::country_code_for("Hong Kong").value() == "HK");
    CHECK(ecc::model::country_code_for("Macau").value() == "MO");
    CHECK(ecc::model::country_code_for("Virgin Islands, British").value() == "VG");
    CHECK(ecc::model::country_code_for("Korea, North").value() == "KP");
    CHECK(ecc::model::country_code_for("Burma").value() == "MM");
    CHECK_FALSE(ecc::model::country_code_for("XZ").has_value());
    CHECK_FALSE(ecc::model::country_code_for("Atlantis").has_value());
  }
  TEST_CASE("model::is_country_code") {
    CHECK(ecc::model::is_country_code("SG"));
    CHECK_FALSE(ecc::model::is_country_code("sg"));
    CHECK_FALSE(ecc::model::is_country_code("XZ"));
    CHECK_FALSE(ecc::model::is_country_code(""));
    CHECK_FALSE(ecc::model::is_country_code("S"));
    CHECK_FALSE(ecc::model::is_country_code("SGP"));
    CHECK_FALSE(ecc::model::is_country_code("S1"));
    CHECK_FALSE(ecc::model::is_country_code("[A"));
  }
  TEST_CASE("model::country_name") {
    CHECK(ecc::model::country_name("AD") == "Andorra");  // the table's first row
    CHECK(ecc::model::country_name("ZW") == "Zimbabwe");
    CHECK(ecc::model::country_name("CN") == "China");
    CHECK(ecc::model::country_name("XK") == "Kosovo");
    CHECK(ecc::model::country_name("ZZ").empty());
    CHECK(ecc::model::country_name("cn").empty());
  }
}
