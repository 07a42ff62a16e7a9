#include "cli/option_checks.hpp"

#include <doctest/doctest.h>

#include <CLI/CLI.hpp>
#include <limits>

namespace {

// CLI11's message for `--opt VALUE`, "" when it parses.
std::string error_for(CLI::App& app, std::vector<std::string> args) {
  std::reverse(args.begin(), args.end());  // CLI11 takes them last to first
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("cli::whole_number") {
    CLI::App app;
    long days = 0;
    app.add_option("--max-age", days)->check(ecc::cli::whole_number(0, 100000));
    SUBCASE("in range") {
      CHECK(error_for(app, {"--max-age", "30"}).empty());
      CHECK(days == 30);
    }
    SUBCASE("not a number: a plain message, no huge range") {
      CHECK(error_for(app, {"--max-age", "abc"}) ==
            "--max-age: expected a whole number from 0 to 100000, got 'abc'");
    }
    SUBCASE("out of range, a fraction, trailing text") {
      CHECK(error_for(app, {"--max-age", "-1"}) ==
            "--max-age: expected a whole number from 0 to 100000, got '-1'");
      CHECK(!error_for(app, {"--max-age", "1.5"}).empty());
      CHECK(!error_for(app, {"--max-age", "7d"}).empty());
    }
    SUBCASE("no upper bound") {
      CLI::App open;
      long n = 0;
      open.add_option("-n", n)->check(
          ecc::cli::whole_number(1, std::numeric_limits<long long>::max()));
      CHECK(error_for(open, {"-n", "0"}) == "-n: expected a whole number >= 1, got '0'");
    }
  }

  TEST_CASE("cli::decimal") {
    CLI::App app;
    double x = 0;
    app.add_option("--threshold", x)->check(ecc::cli::decimal(0, 1));
    CHECK(error_for(app, {"--threshold", "0.85"}).empty());
    CHECK(x == doctest::Approx(0.85));
    CHECK(error_for(app, {"--threshold", "1.5"}) ==
          "--threshold: expected a number from 0 to 1, got '1.5'");
    CHECK(!error_for(app, {"--threshold", "nan"}).empty());
    CHECK(!error_for(app, {"--threshold", "0x1"}).empty());
  }

  TEST_CASE("cli::one_of") {
    CLI::App app;
    std::string f;
    CLI::Option* o = app.add_option("--fail-on", f)->check(ecc::cli::one_of({"review", "match"}));
    CHECK(error_for(app, {"--fail-on", "clear"}) ==
          "--fail-on: expected one of review, match, got 'clear'");
    CHECK(ecc::cli::option_choices(*o) == std::vector<std::string>{"review", "match"});
    CLI::Option* plain = app.add_option("--name", f);
    CHECK(ecc::cli::option_choices(*plain).empty());
  }

  TEST_CASE("cli::add_format_option") {
    CLI::App app;
    std::string format;
    ecc::cli::add_format_option(&app, format, {"table", "json", "dot"}, {"json", "dot"});
    SUBCASE("the first choice is the default") {
      CHECK(error_for(app, {}).empty());
      CHECK(format == "table");
    }
    SUBCASE("--format json and --json are the same") {
      CHECK(error_for(app, {"--format", "json"}).empty());
      CHECK(format == "json");
      CLI::App again;
      std::string f2;
      ecc::cli::add_format_option(&again, f2, {"table", "json", "dot"}, {"json", "dot"});
      CHECK(error_for(again, {"--dot"}).empty());
      CHECK(f2 == "dot");
    }
    SUBCASE("two of them, or an unknown format, is an error") {
      CHECK(!error_for(app, {"--json", "--format", "table"}).empty());
      CHECK(error_for(app, {"--format", "xml"}) ==
            "--format: expected one of table, json, dot, got 'xml'");
    }
  }
}
