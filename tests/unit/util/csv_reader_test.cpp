#include "util/csv_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "util/error.hpp"

namespace {

std::vector<std::vector<std::string>> read_all(const std::string& text,
                                               ecc::util::CsvOptions opt = {}) {
  std::istringstream in(text);
  ecc::util::CsvReader reader(in, "t.csv", opt);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> f;
  while (reader.next(f)) {
    rows.push_back(f);
  }
  return rows;
}

std::string error_of(const std::string& text, ecc::util::CsvOptions opt = {}) {
  try {
    read_all(text, opt);
  } catch (const ecc::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("util") {
  TEST_CASE("util::CsvReader") {
    SUBCASE("quoted fields with commas, doubled quotes and newlines") {
      auto rows = read_all("a,\"b,c\",\"say \"\"hi\"\"\"\n1,\"two\nlines\",3\n");
      REQUIRE(rows.size() == 2);
      CHECK(rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\""});
      CHECK(rows[1][1] == "two\nlines");
    }
    SUBCASE("CRLF, BOM, blank lines and a trailing Ctrl-Z read like plain LF") {
      auto rows = read_all("\xEF\xBB\xBFx,y\r\n\r\n1,\"2\r\n3\"\r\n\x1A");
      REQUIRE(rows.size() == 2);
      CHECK(rows[0][0] == "x");
      CHECK(rows[1][1] == "2\n3");
    }
    SUBCASE("quotes inside an unquoted field are data") {
      auto rows = read_all("5\" drive,'ABBAS\n");
      CHECK(rows[0] == std::vector<std::string>{"5\" drive", "'ABBAS"});
    }
    SUBCASE("last line without a newline") {
      CHECK(read_all("a,b").at(0).size() == 2);
    }
    SUBCASE("empty trailing field") {
      CHECK(read_all("a,\n").at(0) == std::vector<std::string>{"a", ""});
    }
    SUBCASE("errors name the line on which the record starts") {
      CHECK(error_of("a\nb\n\"open,\nmore\n") ==
            "t.csv:3: quoted field 1 is not closed before the end of the file");
      CHECK(error_of("ok\nbad\xC3(\n") ==
            "t.csv:2: invalid UTF-8 in column 1 at byte 4 of the field");
      CHECK(error_of(std::string(40, 'x'), {',', 16, true}) ==
            "t.csv:1: field 1 is longer than 16 bytes");
    }
    SUBCASE("UTF-8 checks can be turned off for Latin-1 sources") {
      CHECK(read_all("caf\xE9\n", {',', 1024, false}).at(0).at(0) == "caf\xE9");
    }
  }
}

TEST_SUITE("util") {
  TEST_CASE("util::detect_csv_delimiter") {
    using ecc::util::detect_csv_delimiter;
    SUBCASE("the most frequent of , ; and tab on the first line") {
      CHECK(detect_csv_delimiter("name,country\nA;B;C;D\n") == ',');
      CHECK(detect_csv_delimiter("name;country;id\nA,B\n") == ';');
      CHECK(detect_csv_delimiter("name\tcountry\n") == '\t');
    }
    SUBCASE("delimiters inside quotes do not count") {
      CHECK(detect_csv_delimiter("\"a,b,c\";d\n") == ';');
      CHECK(detect_csv_delimiter("\"x;y;z\",w\n") == ',');
    }
    SUBCASE("a one-column header or an empty text: comma") {
      CHECK(detect_csv_delimiter("name\nAcme; Inc.\n") == ',');
      CHECK(detect_csv_delimiter("") == ',');
    }
    SUBCASE("ties go to comma, then semicolon") {
      CHECK(detect_csv_delimiter("a,b;c\n") == ',');
      CHECK(detect_csv_delimiter("a;b\tc\n") == ';');
    }
  }

  TEST_CASE("util::CsvReader detected delimiter") {
    SUBCASE("semicolons, after a byte-order mark, with a quoted semicolon") {
      auto rows =
          read_all("\xEF\xBB\xBFname;country\n\"Acme; Ltd\";DE\n", {ecc::util::k_detect_delimiter});
      REQUIRE(rows.size() == 2);
      CHECK(rows[0] == std::vector<std::string>{"name", "country"});
      CHECK(rows[1] == std::vector<std::string>{"Acme; Ltd", "DE"});
    }
    SUBCASE("tabs") {
      auto rows = read_all("name\tcountry\nAcme, Inc.\tUS\n", {ecc::util::k_detect_delimiter});
      REQUIRE(rows.size() == 2);
      CHECK(rows[1] == std::vector<std::string>{"Acme, Inc.", "US"});
    }
  }
}
