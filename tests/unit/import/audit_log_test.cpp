#include "import/audit_log.hpp"

#include <doctest/doctest.h>

#include "import/suppression_reader.hpp"
#include "util/error.hpp"

namespace {

std::vector<std::string> chain(int n) {
  std::vector<std::string> lines;
  std::string prev;
  for (int i = 0; i < n; ++i) {
    lines.push_back(ecc::import::seal_audit_record(R"({"run":)" + std::to_string(i) + "}", prev));
    prev = ecc::import::verify_audit_chain(lines).last_hash;
  }
  return lines;
}

std::string parse_error(const std::string& text) {
  try {
    ecc::import::parse_suppressions(text, "ignore.json");
  } catch (const ecc::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::verify_audit_chain") {
    std::vector<std::string> lines = chain(3);
    SUBCASE("an intact chain") {
      auto c = ecc::import::verify_audit_chain(lines);
      CHECK(!c.bad_line);
      CHECK(c.records == 3);
      CHECK(c.last_hash.size() == 64);
      CHECK(lines[0].find(R"("prev":null)") != std::string::npos);
    }
    SUBCASE("an edited record") {
      lines[1].replace(lines[1].find(":1"), 2, ":7");
      auto c = ecc::import::verify_audit_chain(lines);
      CHECK(c.bad_line == 2);
      CHECK(c.problem.find("edited") != std::string::npos);
    }
    SUBCASE("a deleted first record, and swapped records") {
      std::vector<std::string> tail(lines.begin() + 1, lines.end());
      CHECK(ecc::import::verify_audit_chain(tail).bad_line == 1);
      std::swap(lines[1], lines[2]);
      CHECK(ecc::import::verify_audit_chain(lines).bad_line == 2);
    }
    SUBCASE("not JSON") {
      lines.push_back("garbage");
      CHECK(ecc::import::verify_audit_chain(lines).bad_line == 4);
    }
  }

  TEST_CASE("import::parse_suppressions") {
    std::string hash(64, 'a');
    SUBCASE("a complete entry") {
      auto s = ecc::import::parse_suppressions(
          R"({"suppressions": [{"rule": "entity-list", "entry": "k", "content_hash": ")" + hash +
              R"(", "reason": "r", "approved_by": "a", "expires": "2027-01-31"}]})",
          "ignore.json");
      REQUIRE(s.size() == 1);
      CHECK(s[0].expires == ecc::util::Date{2027, 1, 31});
      CHECK(s[0].source == "ignore.json: /suppressions/0");
    }
    SUBCASE("errors name the field") {
      CHECK(parse_error(
                R"({"suppressions": [{"rule": "x", "entry": "k", "reason": "r", "approved_by": "a",
                        "expires": "2027-01-31"}]})") ==
            "ignore.json: /suppressions/0/content_hash: missing");
      CHECK(parse_error(
                R"({"suppressions": [{"rule": "x", "order": "o", "reason": "r", "approved_by": "a",
                        "expires": "soon"}]})") ==
            "ignore.json: /suppressions/0/expires: invalid date 'soon' (expected YYYY-MM-DD)");
      CHECK(parse_error(R"({"suppressions": [{"rule": "x", "reason": "r", "approved_by": "a",
                        "expires": "2027-01-31"}]})")
                .find("names no finding") != std::string::npos);
    }
  }
}
