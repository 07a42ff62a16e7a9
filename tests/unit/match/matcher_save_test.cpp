// The stored match index (Matcher::save / Matcher::load) must answer exactly
// as the matcher it was saved from: screening loads it instead of building one.
#include <doctest/doctest.h>

#include "import/list_import.hpp"
#include "match/matcher.hpp"
#include "util/error.hpp"

namespace ecc::match {

namespace {

const std::vector<model::ListEntry>& real_lists() {
  static const std::vector<model::ListEntry> entries =
      import::read_list_file(std::string(ECC_SOURCE_DIR) + "/tests/fixtures/lists/csl-small.csv",
                             {})
          .entries;
  return entries;
}

// Everything a caller sees of a response, as text.
std::string describe(const MatchResponse& r) {
  std::string out = std::string(to_string(r.decision()));
  for (const MatchResult& m : r.results) {
    out += "|" + m.entry_key + "," + m.matched_alias + "," + std::to_string(m.score) + "," +
           std::string(to_string(m.decision)) + "," + std::to_string(m.entry_index) + "," +
           std::to_string(m.aliases.size()) + "," + std::to_string(m.evidence.size());
  }
  for (const std::string& n : r.notes)
    out += "|" + n;
  return out;
}

}  // namespace

TEST_SUITE("match") {
  TEST_CASE("match::Matcher::save and load answer alike") {
    const Matcher built(real_lists());
    const std::string bytes = built.save();
    const std::optional<Matcher> loaded =
        Matcher::load(bytes, {}, Matcher::in_memory(built.save_entries()));
    REQUIRE(loaded);
    CHECK(loaded->entry_count() == built.entry_count());
    CHECK(loaded->index().alias_count() == built.index().alias_count());
    CHECK(loaded->save() == bytes);
    CHECK(loaded->save_entries() == built.save_entries());
    // Every name and alias, exact, misspelt, joined and cut short, with and without a country.
    std::vector<Query> queries;
    for (const model::ListEntry& e : real_lists()) {
      std::vector<std::string> names{e.name};
      for (const model::Alias& a : e.aliases)
        names.push_back(a.name);
      for (const std::string& n : names) {
        std::string typo = n;
        if (typo.size() > 6)
          std::swap(typo[3], typo[4]);
        std::string joined = n;
        if (const size_t sp = joined.find(' '); sp != std::string::npos)
          joined.erase(sp, 1);
        for (const std::string& q : {n, typo, joined, n.substr(0, n.size() / 2)}) {
          queries.push_back({q, "", {}});
          queries.push_back({q, "CN", {}});
        }
      }
    }
    queries.push_back({"Sense Time", "", {}});
    queries.push_back({"北京市商汤科技开发有限公司", "CN", {}});
    REQUIRE(queries.size() > 100);
    size_t with_results = 0;
    for (const Query& q : queries) {
      const MatchResponse a = built.match(q), b = loaded->match(q);
      CHECK_MESSAGE(describe(a) == describe(b), q.name);
      with_results += a.results.empty() ? 0 : 1;
    }
    CHECK(with_results > queries.size() / 2);
  }

  TEST_CASE("match::Matcher::load refuses damaged bytes and rebuilds other versions") {
    const Matcher built(real_lists());
    const std::string bytes = built.save();
    SUBCASE("a changed byte of an entry's details fails when that entry is explained") {
      std::string entries = built.save_entries();
      entries[0] ^= 0x20;  // entry 0: Beijing Sensetime (the fixture's first row)
      const std::optional<Matcher> m = Matcher::load(bytes, {}, Matcher::in_memory(entries));
      REQUIRE(m);
      CHECK_THROWS_AS(m->check_entries(), DataError);
    }
    SUBCASE("a changed byte fails the checksum") {
      std::string damaged = bytes;
      damaged[damaged.size() / 2] ^= 0x20;
      CHECK_THROWS_AS(Matcher::load(damaged), DataError);
    }
    SUBCASE("truncated") {
      CHECK_THROWS_AS(Matcher::load(bytes.substr(0, bytes.size() / 3)), DataError);
      CHECK_THROWS_AS(Matcher::load(""), DataError);
    }
    SUBCASE("other index options: not loaded, to be rebuilt") {
      MatchOptions other;
      other.index.min_fuzzy_len = 5;
      CHECK_FALSE(Matcher::load(bytes, other).has_value());
    }
    SUBCASE("other thresholds: loaded, the index does not depend on them") {
      MatchOptions other;
      other.review_threshold = 0.85;
      CHECK(Matcher::load(bytes, other).has_value());
    }
  }
}

}  // namespace ecc::match
