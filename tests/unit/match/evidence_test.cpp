#include "match/evidence.hpp"

#include <doctest/doctest.h>

#include "match/matcher.hpp"

namespace ecc::match {

TEST_SUITE("match") {
  TEST_CASE("match::country_evidence") {
    const MatchOptions opt;
    SUBCASE("same country corroborates") {
      const auto ev = country_evidence("cn", {"CN"}, opt);
      REQUIRE(ev.size() == 1);
      CHECK(ev[0].effect == "corroborates");
      CHECK(ev[0].delta == doctest::Approx(opt.country_bonus));
    }
    SUBCASE("Hong Kong and Macau are compatible with China, both ways: no penalty, no bonus") {
      for (const auto& [query, entry] : std::vector<std::pair<std::string, std::string>>{
               {"HK", "CN"}, {"MO", "CN"}, {"CN", "HK"}, {"CN", "MO"}}) {
        const auto ev = country_evidence(query, {entry}, opt);
        REQUIRE(ev.size() == 1);
        CHECK(ev[0].effect == "compatible");
        CHECK(ev[0].delta == 0.0);
        CHECK(ev[0].detail.find("are compatible") != std::string::npos);
      }
    }
    SUBCASE("Hong Kong is not compatible with Macau or Taiwan") {
      CHECK(country_evidence("HK", {"MO"}, opt)[0].effect == "contradicts");
      CHECK(country_evidence("HK", {"TW"}, opt)[0].effect == "contradicts");
      CHECK(country_evidence("TW", {"CN"}, opt)[0].effect == "contradicts");
    }
    SUBCASE("no evidence when either side has no country") {
      CHECK(country_evidence("", {"CN"}, opt).empty());
      CHECK(country_evidence("HK", {}, opt).empty());
    }
  }

  TEST_CASE("match::Matcher::match HK customer against a CN-addressed entry") {
    model::ListEntry e;
    e.list_code = "ns_cmic";
    e.entry_key = "st";
    e.name = "SENSETIME GROUP LIMITED";
    e.addresses.push_back({"", "Hong Kong SAR", "", "", "CN"});
    model::ListEntry other;
    other.list_code = "sdn";
    other.entry_key = "x";
    other.name = "Unrelated Shipping Company";
    const Matcher m({e, other});
    const auto r = m.match({"SENSETIME GROUP LIMITED", "HK", {}});
    REQUIRE(!r.results.empty());
    CHECK(r.results[0].entry_key == "st");
    CHECK(r.results[0].score == doctest::Approx(1.0));
    CHECK(r.results[0].decision == Decision::match);
  }
}

}  // namespace ecc::match
