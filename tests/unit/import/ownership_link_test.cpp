#include "import/ownership_link.hpp"

#include <doctest/doctest.h>

#include "import/list_import.hpp"
#include "util/error.hpp"

namespace {

ecc::model::ListEntry entry(const std::string& list, const std::string& key,
                            const std::string& name) {
  ecc::model::ListEntry e;
  e.list_code = list;
  e.entry_key = key;
  e.name = name;
  return e;
}

std::vector<ecc::model::ListEntry> entries() {
  auto el = entry("entity_list", "caeb24bb", "Beijing Sensetime Technology Development Co., Ltd.");
  el.license_policy = "Case-by-case review";
  el.start_date = "2019-10-09";
  auto sdn = entry("sdn", "12345", "Example Holdings Limited");
  sdn.aliases = {{"EXAMPLE HLDGS", "aka"}};
  sdn.identifiers = {{"LEI", "5493001KJTIIGC8Y1R12", "", "", ""}};
  sdn.programs = {"SDGT"};
  return {el, sdn};
}

ecc::model::OwnershipEdge edge(const std::string& owner, const std::string& owned) {
  return {owner, owned, 50.0, ecc::model::OwnershipKind::equity, std::nullopt, "t", "f.csv:7"};
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::link_ownership") {
    ecc::model::OwnershipGraph g;
    SUBCASE("name: case and spacing folded, not fuzzy") {
      g.entities = {{"Beijing SenseTime  Technology Development Co., Ltd.", "x", "", "", {}, {}},
                    {"x2", "Beijing SenseTime Technology Development Co.", "", "", {}, {}}};
      ecc::import::link_ownership(g, entries());
      REQUIRE(g.entities[0].listings.size() == 1);
      CHECK(g.entities[0].listings[0].list_code == "entity_list");
      CHECK(g.entities[0].listings[0].license_policy == "Case-by-case review");
      CHECK(g.entities[0].listings[0].start_date == "2019-10-09");
      CHECK(g.entities[1].listings.empty());
    }
    SUBCASE("entry key, alias, LEI as id and LEI identifier") {
      g.entities = {{"12345", "12345", "", "", {}, {}},
                    {"a", "example hldgs", "", "", {}, {}},
                    {"5493001KJTIIGC8Y1R12", "?", "", "", {}, {}},
                    {"b", "B", "", "", {{"LEI", "5493001KJTIIGC8Y1R12", "", "", ""}}, {}}};
      ecc::import::link_ownership(g, entries());
      for (const auto& e : g.entities) {
        REQUIRE(e.listings.size() == 1);
        CHECK(e.listings[0].list_code == "sdn");
        CHECK(e.listings[0].programs == std::vector<std::string>{"SDGT"});
      }
    }
    SUBCASE("unlisted entities get no listing; old listings are replaced") {
      ecc::model::EntityListing stale;
      stale.list_code = "sdn";
      g.entities = {{"Example Compute Leasing", "Example Compute Leasing", "", "", {}, {stale}}};
      ecc::import::link_ownership(g, entries());
      CHECK(g.entities[0].listings.empty());
    }
  }

  TEST_CASE("import::check_party_ids") {
    ecc::model::OwnershipGraph g;
    SUBCASE("names and LEIs pass; known keys pass") {
      g.edges = {edge("Some Company Ltd", "5493001KJTIIGC8Y1R12"), edge("12345", "Other Co")};
      CHECK_NOTHROW(ecc::import::check_party_ids(g, entries()));
    }
    SUBCASE("an unknown id-like value fails with the location") {
      g.edges = {edge("Some Company Ltd", "99999")};
      CHECK_THROWS_WITH_AS(ecc::import::check_party_ids(g, entries()),
                           doctest::Contains("f.csv:7: unknown party id '99999'"), ecc::DataError);
    }
  }

  TEST_CASE("import::detect_list_format") {
    using ecc::import::ListFormat;
    SUBCASE("ownership formats") {
      CHECK(ecc::import::detect_list_format("o.csv", "owner,owned,percent,as_of,source\n") ==
            ListFormat::ownership_csv);
      CHECK(ecc::import::detect_list_format(
                "r.xml", "<?xml version=\"1.0\"?><rr:RelationshipData>") == ListFormat::gleif_rr);
      CHECK(ecc::import::detect_list_format("l.xml", "<?xml version=\"1.0\"?><lei:LEIData>") ==
            ListFormat::gleif_lei);
      CHECK(ecc::import::detect_list_format(
                "f.json", "{\"id\": \"a\", \"schema\": \"Ownership\"}\n") == ListFormat::ftm_json);
    }
    SUBCASE("lists are still lists") {
      CHECK(ecc::import::detect_list_format("c.json", "{\"results\": []}") == ListFormat::csl_json);
      CHECK(ecc::import::detect_list_format("w.csv", "id,name,list,country\n") ==
            ListFormat::watchlist_csv);
    }
  }
}
