#include "match/score.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "match/normalize.hpp"

namespace ecc::match {

namespace {

model::ListEntry entry(const std::string& name, std::vector<std::string> aliases = {}) {
  model::ListEntry e;
  e.list_code = "entity_list";
  e.entry_key = name;
  e.name = name;
  for (auto& a : aliases)
    e.aliases.push_back({a, "aka"});
  return e;
}

const NameIndex& sample_index() {
  static const NameIndex ix(
      {entry("Huawei Technologies Paraguay S.A."),
       entry("Beijing Sensetime Technology Development Co., Ltd.",
             {"Beijing Shangtang Technology Development Co., Ltd., and Sense Time"}),
       entry("Trade Star FZC"), entry("AL HARAMAIN FOUNDATION"), entry("Gazprom Telekom, OOO"),
       entry("Shanghai Trading Technology Ltd"), entry("Beijing Example Development Co")});
  return ix;
}

const std::vector<std::string> k_queries = {"Huawei TechnologiesParaguay S.A.",
                                            "Sensetmie Beijing Technology Development",
                                            "TradeStar FZC",
                                            "ALHARAMEIN",
                                            "Gazprom Telecom LLC",
                                            "Beijing Trading",
                                            "Sense Time Group",
                                            "Shangtang"};

}  // namespace

TEST_SUITE("match") {
  TEST_CASE("match::QueryScorer") {
    const NameIndex& ix = sample_index();
    const ScoreOptions opt;
    SUBCASE("score() equals score_alias() for every alias, also when remembered") {
      for (const auto& name : k_queries) {
        const auto q = ix.resolve(normalize_name(name).tokens);
        QueryScorer scorer(q, ix, opt);
        for (int round = 0; round < 2; ++round) {
          for (uint32_t a = 0; a < ix.alias_count(); ++a) {
            CAPTURE(name);
            CAPTURE(a);
            CHECK(scorer.score(a) == score_alias(q, a, ix, opt).score);
          }
        }
      }
    }
    SUBCASE("explain() gives the same explanation as score_alias()") {
      const auto q = ix.resolve(normalize_name("Sensetmie Beijing Technology Development").tokens);
      QueryScorer scorer(q, ix, opt);
      const AliasScore a = scorer.explain(1);
      const AliasScore b = score_alias(q, 1, ix, opt);
      CHECK(a.method == b.method);
      REQUIRE(a.matched.size() == b.matched.size());
      for (size_t k = 0; k < a.matched.size(); ++k)
        CHECK(a.matched[k].method == b.matched[k].method);
      CHECK(a.unmatched_alias == b.unmatched_alias);
    }
  }

  TEST_CASE("match::NameIndex::candidates") {
    const NameIndex& ix = sample_index();
    const ScoreOptions opt;
    SUBCASE("the score bound never drops an alias that scores above it") {
      for (const double bound : {0.4, 0.57, 0.8}) {
        for (const auto& name : k_queries) {
          const auto q = ix.resolve(normalize_name(name).tokens);
          const auto kept = ix.candidates(q, true, bound);
          const auto all = ix.candidates(q, true);
          for (const uint32_t a : all) {
            if (score_alias(q, a, ix, opt).score < bound)
              continue;
            CAPTURE(name);
            CAPTURE(a);
            CHECK(std::binary_search(kept.begin(), kept.end(), a));
          }
        }
      }
    }
    SUBCASE("the bound drops aliases that share only a cheap word") {
      const auto q = ix.resolve(normalize_name("Zorblatt Beijing Development").tokens);
      CHECK(ix.candidates(q, true).size() > ix.candidates(q, true, 0.57).size());
    }
  }
}

}  // namespace ecc::match
