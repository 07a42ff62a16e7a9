#include "model/entry_diff.hpp"

#include <doctest/doctest.h>

namespace {

ecc::model::ListEntry entry(const std::string& key, const std::string& name) {
  ecc::model::ListEntry e;
  e.list_code = "entity_list";
  e.entry_key = key;
  e.name = name;
  return e;
}

}  // namespace

TEST_SUITE("model") {
  TEST_CASE("model::diff_entries") {
    auto a = entry("1", "Alpha");
    auto b = entry("2", "Beta");
    auto b2 = b;
    b2.aliases.push_back({"Beta Ltd", "aka"});
    auto c = entry("3", "Gamma");
    auto d = ecc::model::diff_entries({a, b}, {b2, c});
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].name == "Gamma");
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].name == "Alpha");
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].fields == std::vector<std::string>{"aliases"});
    CHECK(d.unchanged == 0);
    CHECK(ecc::model::diff_entries({a, b}, {b, a}).unchanged == 2);
  }
  TEST_CASE("model::content_hash") {
    auto a = entry("1", "Alpha");
    auto same = a;
    same.entry_key = "other key";
    CHECK(ecc::model::content_hash(a) == ecc::model::content_hash(same));
    auto changed = a;
    changed.fr_citations.push_back("84 FR 54002");
    CHECK(ecc::model::content_hash(a) != ecc::model::content_hash(changed));
    // Moving text between fields must change the hash.
    auto x = a;
    x.name = "AB";
    x.remarks = "C";
    auto y = a;
    y.name = "A";
    y.remarks = "BC";
    CHECK(ecc::model::content_hash(x) != ecc::model::content_hash(y));
  }
}
