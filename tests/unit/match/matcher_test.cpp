#include "match/matcher.hpp"

#include <doctest/doctest.h>

#include <thread>

namespace ecc::match {

namespace {

model::ListEntry entry(const std::string& key, const std::string& name, const std::string& country,
                       std::vector<std::string> aliases = {}) {
  model::ListEntry e;
  e.list_code = "entity_list";
  e.entry_key = key;
  e.name = name;
  for (auto& a : aliases)
    e.aliases.push_back({a, "aka"});
  if (!country.empty())
    e.addresses.push_back({"", "", "", "", country});
  return e;
}

std::vector<model::ListEntry> sample_lists() {
  std::vector<model::ListEntry> v = {
      entry("st", "Beijing Sensetime Technology Development Co., Ltd.", "CN",
            {"Beijing Shangtang Technology Development Co., Ltd.", "Sense Time"}),
      entry("hw", "Huawei Technologies Co., Ltd.", "CN"),
      entry("hg", "Chengdu Haiguang Integrated Circuit", "CN", {"Hygon"}),
      entry("zte", "ZTE Corporation", "CN"),
      entry("ru", "Gazprom Telekom, OOO", "RU"),
  };
  // Filler so that IDF weights look like a real list: generic words are common.
  const char* places[] = {"Shanghai", "Shenzhen", "Tianjin", "Wuhan", "Xian", "Harbin"};
  const char* trades[] = {"Technology", "Trading", "Electronics", "International", "Development"};
  for (int i = 0; i < 60; ++i) {
    v.push_back(entry("f" + std::to_string(i),
                      std::string(places[i % 6]) + " Firm" + std::to_string(i) + " " +
                          trades[i % 5] + " Co., Ltd.",
                      "CN"));
  }
  return v;
}

const MatchResult* find(const MatchResponse& r, const std::string& key) {
  for (const auto& m : r.results) {
    if (m.entry_key == key)
      return &m;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("match") {
  TEST_CASE("match::Matcher::match") {
    const Matcher m(sample_lists());
    SUBCASE("exact name and legal-form variant match") {
      const auto r = m.match({"HUAWEI TECHNOLOGIES LIMITED", "", {}});
      REQUIRE(find(r, "hw"));
      CHECK(find(r, "hw")->decision == Decision::match);
      CHECK(find(r, "hw")->aliases.front().score.method == "exact");
    }
    SUBCASE("typo and reordering still match, explained as fuzzy") {
      const auto r = m.match({"Sensetmie Beijing Technology Development", "", {}});
      REQUIRE(find(r, "st"));
      CHECK(find(r, "st")->decision == Decision::match);
      CHECK(find(r, "st")->aliases.front().score.method == "fuzzy");
    }
    SUBCASE("Chinese characters meet the list's pinyin alias") {
      const auto r = m.match({"北京市商汤科技开发有限公司", "CN", {}});
      REQUIRE(find(r, "st"));
      INFO(find(r, "st")->score, " ", find(r, "st")->matched_alias, " ",
           find(r, "st")->aliases.front().score.method);
      CHECK(find(r, "st")->decision == Decision::match);
      CHECK(find(r, "st")->matched_alias.find("Shangtang") != std::string::npos);
    }
    SUBCASE("a sibling with the same brand is clear") {
      const auto r = m.match({"Shanghai SenseTime Intelligent Technology Co., Ltd.", "CN", {}});
      CHECK(r.decision() == Decision::clear);
    }
    SUBCASE("generic names do not hit everything") {
      CHECK(m.match({"CORP", "", {}}).results.empty());
      CHECK(m.match({"CORP", "", {}}).notes.size() == 1);
      const auto r = m.match({"Technology Co., Ltd.", "", {}});
      CHECK(r.decision() == Decision::clear);
      CHECK_FALSE(r.notes.empty());
    }
    SUBCASE("short names need exact words") {
      CHECK(find(m.match({"ZTE Corp", "", {}}), "zte")->decision == Decision::match);
      CHECK(m.match({"ZTA", "", {}}).decision() == Decision::clear);
    }
    SUBCASE("country contradiction lowers, agreement raises") {
      const auto cn = m.match({"Gazprom Telekom", "RU", {}});
      const auto us = m.match({"Gazprom Telekom", "US", {}});
      REQUIRE(find(cn, "ru"));
      REQUIRE(find(us, "ru"));
      CHECK(find(us, "ru")->score < find(cn, "ru")->score);
      CHECK(find(us, "ru")->evidence.front().effect == "contradicts");
      CHECK(find(us, "ru")->decision == Decision::review);
    }
    SUBCASE("identifier equality corroborates") {
      auto lists = sample_lists();
      lists[1].identifiers.push_back({"LEI", "5493-00ABCDEF", "", "", ""});
      const Matcher mi(lists);
      const auto r = mi.match({"Huawei Tech", "", {{"lei", "549300abcdef", "", "", ""}}});
      REQUIRE(find(r, "hw"));
      CHECK(find(r, "hw")->evidence.front().effect == "corroborates");
    }
  }

  TEST_CASE("match::Matcher index recall") {
    const Matcher m(sample_lists());
    SUBCASE("the index finds what brute force finds") {
      for (const char* q :
           {"Huawei Technologes", "Sense Time", "Chengdu Hai Guang Integrated Circuit",
            "Gazprom Telecom", "Shanghai Firm7 Trading", "Hygon", "DaewonFirm12"}) {
        const auto b = m.match({q, "", {}}, Search::brute_force);
        const auto x = m.match({q, "", {}}, Search::index);
        for (const auto& br : b.results) {
          if (br.decision == Decision::clear)
            continue;
          CAPTURE(q);
          CHECK(find(x, br.entry_key) != nullptr);
        }
      }
    }
  }

  TEST_CASE("match::Matcher concurrency") {
    const Matcher m(sample_lists());
    SUBCASE("concurrent calls give the same answers") {
      std::vector<double> scores(4, 0.0);
      std::vector<std::thread> threads;
      for (size_t t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
          scores[t] = m.match({"北京市商汤科技开发有限公司", "", {}}).results.at(0).score;
        });
      }
      for (auto& th : threads)
        th.join();
      for (const double s : scores)
        CHECK(s == scores[0]);
    }
  }
}

}  // namespace ecc::match
