#include "import/json_input.hpp"

#include <doctest/doctest.h>

#include <string>

#include "util/error.hpp"

using ecc::import::Json;

TEST_SUITE("import") {
  TEST_CASE("import::parse_json") {
    SUBCASE("a syntax error or an overflowing number names the line and column") {
      CHECK_THROWS_WITH_AS(ecc::import::parse_json("{\n  \"a\": 1e400}", "f.json"),
                           "f.json:2:12: malformed JSON: number overflow parsing '1e400'",
                           ecc::DataError);
      CHECK_THROWS_WITH_AS(ecc::import::parse_json("{\"a\" 1}", "f.jsonl", 7),
                           doctest::Contains("f.jsonl:7:6: malformed JSON: syntax error"),
                           ecc::DataError);
    }
    SUBCASE("nesting is limited before anything recurses") {
      const size_t deep = ecc::import::k_max_json_depth + 1;
      CHECK_THROWS_WITH_AS(
          ecc::import::parse_json(std::string(deep, '[') + std::string(deep, ']'), "d.json"),
          "d.json: malformed JSON: nested deeper than 100 levels", ecc::DataError);
      const size_t ok = ecc::import::k_max_json_depth;
      CHECK(ecc::import::parse_json(std::string(ok, '[') + std::string(ok, ']'), "d.json")
                .is_array());
    }
    SUBCASE("try_parse_json reports instead of throwing") {
      ecc::import::JsonProblem problem;
      CHECK_FALSE(ecc::import::try_parse_json("[1,", problem));
      REQUIRE(problem.byte);
      CHECK(*problem.byte == 3);  // the end of the input, where it stopped
      CHECK(ecc::import::try_parse_json(" {\"k\": [true]} ", problem));
      CHECK(problem.reason.empty());
    }
  }

  TEST_CASE("import::json accessors") {
    const Json j = ecc::import::parse_json(
        R"({"s": "x", "i": -3, "u": 18446744073709551615, "f": 2.5, "b": false, "n": null,
            "o": {"k": 1}})",
        "f.json");
    SUBCASE("each read checks the type and never throws") {
      CHECK(ecc::import::json_member(j, "n") == nullptr);
      CHECK(ecc::import::json_member(j, "missing") == nullptr);
      CHECK(ecc::import::json_member(*ecc::import::json_member(j, "s"), "k") == nullptr);
      CHECK(ecc::import::json_string(*ecc::import::json_member(j, "s")) == "x");
      CHECK_FALSE(ecc::import::json_string(*ecc::import::json_member(j, "o")));
      CHECK(ecc::import::json_bool(*ecc::import::json_member(j, "b")) == false);
      CHECK_FALSE(ecc::import::json_bool(*ecc::import::json_member(j, "i")));
    }
    SUBCASE("numbers: a huge unsigned is not read as a negative integer") {
      const Json& u = *ecc::import::json_member(j, "u");
      CHECK_FALSE(ecc::import::json_integer(u));
      CHECK(*ecc::import::json_number(u) > 1.8e19);
      CHECK(ecc::import::json_integer(*ecc::import::json_member(j, "i")) == -3);
      CHECK_FALSE(ecc::import::json_integer(*ecc::import::json_member(j, "f")));
      CHECK(ecc::import::json_number(*ecc::import::json_member(j, "f")) == 2.5);
      CHECK(ecc::import::json_number_text(*ecc::import::json_member(j, "i")) == "-3");
    }
    SUBCASE("type names for messages") {
      CHECK(ecc::import::json_type(*ecc::import::json_member(j, "o")) == "an object");
      CHECK(ecc::import::json_type(*ecc::import::json_member(j, "b")) == "true/false");
    }
  }
}
