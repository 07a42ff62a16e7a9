#include "import/official_sources.hpp"

#include <doctest/doctest.h>

#include "util/error.hpp"

using ecc::import::MirrorFile;

TEST_SUITE("import") {
  TEST_CASE("import::official_sources") {
    const auto* sdn = ecc::import::find_official_source("ofac-sdn");
    REQUIRE(sdn);
    CHECK(sdn->source_key == "ofac_sdn");
    CHECK(sdn->files.front() == "SDN.CSV");
    CHECK(std::string(sdn->base_url).rfind("https://", 0) == 0);
    CHECK_FALSE(ecc::import::find_official_source("sdn"));
    CHECK(ecc::import::official_source_names() == "csl, ofac-sdn, ofac-cons");
  }

  TEST_CASE("import::parse_mirror_manifest") {
    SUBCASE("what write_mirror_manifest writes reads back") {
      MirrorFile f;
      f.path = "ofac/SDN.CSV";
      f.provenance.origin_url = "https://x.test/SDN.CSV";
      f.provenance.fetched_at = "2026-11-23T12:00:00Z";
      f.provenance.last_modified = "Fri, 20 Nov 2026 08:00:00 GMT";
      f.provenance.etag = "\"abc\"";
      f.provenance.sha256 = std::string(64, 'a');
      f.provenance.bytes = 175;
      auto back = ecc::import::parse_mirror_manifest(ecc::import::write_mirror_manifest({f}), "m");
      REQUIRE(back.size() == 1);
      CHECK(back[0].path == "ofac/SDN.CSV");
      CHECK(back[0].provenance.name == "SDN.CSV");
      CHECK(back[0].provenance.etag == "\"abc\"");
      CHECK(back[0].provenance.last_modified == "Fri, 20 Nov 2026 08:00:00 GMT");
      CHECK(back[0].provenance.bytes == 175);
    }
    SUBCASE("anything else is refused with the location") {
      CHECK_THROWS_WITH(ecc::import::parse_mirror_manifest("[]", "m.json"),
                        doctest::Contains("m.json: not an exportcheck mirror manifest"));
      CHECK_THROWS_AS(ecc::import::parse_mirror_manifest("{\"exportcheck_mirror\": \"1\"}", "m"),
                      ecc::DataError);
      CHECK_THROWS_WITH(
          ecc::import::parse_mirror_manifest(
              R"({"exportcheck_mirror": 1, "files": [{"path": "a", "sha256": "x"}]})", "m"),
          "m: file 1: needs a 'path' and a 64-digit 'sha256'");
      CHECK_THROWS_AS(ecc::import::parse_mirror_manifest(
                          R"({"exportcheck_mirror": 1, "files": [{"path": "a", "etag": 5}]})", "m"),
                      ecc::DataError);
    }
  }
}
