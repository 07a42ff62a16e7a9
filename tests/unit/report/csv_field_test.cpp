#include "report/csv_field.hpp"

#include <doctest/doctest.h>

TEST_SUITE("report") {
  TEST_CASE("report::csv_field") {
    using ecc::report::csv_field;
    SUBCASE("RFC 4180 quoting") {
      CHECK(csv_field("Acme Ltd") == "Acme Ltd");
      CHECK(csv_field("Acme, Ltd") == "\"Acme, Ltd\"");
      CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
      CHECK(csv_field("two\nlines") == "\"two\nlines\"");
      CHECK(csv_field("") == "");
    }
    SUBCASE("a text a spreadsheet would run as a formula gets an apostrophe") {
      CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") ==
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
      CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
      CHECK(csv_field("+CMD|' /C calc'!A0") == "'+CMD|' /C calc'!A0");
      CHECK(csv_field("-2+3") == "'-2+3");
      CHECK(csv_field("\tx") == "'\tx");
    }
    SUBCASE("plain numbers stay numbers") {
      CHECK(csv_field("-0.10") == "-0.10");
      CHECK(csv_field("+0.03") == "+0.03");
      CHECK(csv_field("0.92") == "0.92");
      CHECK(csv_field("-") == "'-");
    }
  }
}
