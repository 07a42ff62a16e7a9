#include "import/list_import.hpp"

#include <doctest/doctest.h>

#include <functional>

#include "import/list_parsers.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"

using ecc::import::ListFormat;

namespace {

const std::string k_csl_header =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_"
    "date,"
    "end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_"
    "tonnage,"
    "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,"
    "citizenships,"
    "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";

std::string error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const ecc::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::parse_csl_csv") {
    std::string row =
        "abc,Entity List (EL) - Bureau of Industry and Security,,,,\"Beijing Sensetime Technology "
        "Development Co., Ltd.\",,\"5F, Block B, Haidian District, Beijing, CN; Second St, "
        "Shanghai, CN\","
        "84 FR 54002; 85 FR 34505,2019-10-09,,,For all items,Presumption of denial.,,,,,,,,,"
        "\"Beijing Shangtang; Sense Time\",,,,,,\"CN, 91110108, Unified Social Credit Code\"\n";
    std::vector<std::string> warnings;
    auto entries = ecc::import::parse_csl_csv(k_csl_header + row, "t.csv", warnings);
    REQUIRE(entries.size() == 1);
    const auto& e = entries[0];
    CHECK(e.list_code == "entity_list");
    CHECK(e.entry_key == "abc");
    CHECK(e.fr_citations == std::vector<std::string>{"84 FR 54002", "85 FR 34505"});
    CHECK(e.start_date == "2019-10-09");
    REQUIRE(e.aliases.size() == 2);
    CHECK(e.aliases[1].name == "Sense Time");
    REQUIRE(e.addresses.size() == 2);
    CHECK(e.addresses[0].country == "CN");
    CHECK(e.addresses[0].text == "5F, Block B, Haidian District, Beijing");
    REQUIRE(e.identifiers.size() == 1);
    CHECK(e.identifiers[0].country == "CN");
    CHECK(e.identifiers[0].number == "91110108");
    CHECK(e.identifiers[0].type == "Unified Social Credit Code");
    CHECK(warnings.empty());
  }
  TEST_CASE("import::csl_alias") {
    // The CSL splits "X; Y; and Z" from prose: the "and" is not part of the name.
    CHECK(ecc::import::csl_alias(" and Semiconductor Mfg International Corp.") ==
          "Semiconductor Mfg International Corp.");
    CHECK(ecc::import::csl_alias("Andrew  Holdings") == "Andrew Holdings");
    CHECK(ecc::import::csl_alias("and") == "and");
  }

  TEST_CASE("import::parse_csl_csv errors") {
    std::vector<std::string> w;
    CHECK(error_of([&] { ecc::import::parse_csl_csv("name,source\nx,y\n", "t.csv", w); }) ==
          "t.csv:1: not a CSL header: missing column 'entity_number'");
    CHECK(error_of([&] { ecc::import::parse_csl_csv(k_csl_header + "a,b,c\n", "t.csv", w); }) ==
          "t.csv:2: expected 29 fields, found 3 (truncated or misquoted row?)");
    std::string bad_date =
        "x,Entity List (EL) - X,,,,Name,,,,2019/10/09" + std::string(19, ',') + "\n";
    CHECK(error_of([&] { ecc::import::parse_csl_csv(k_csl_header + bad_date, "t.csv", w); }) ==
          "t.csv:2: invalid start_date '2019/10/09' (expected YYYY-MM-DD)");
  }
  TEST_CASE("import::parse_ofac_legacy") {
    ecc::import::OfacFiles f;
    f.primary =
        "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. "
        "'BNC'.\"\r\n"
        "33114,\"SENSETIME GROUP LIMITED\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "
        ","
        "\"Listing Date (CMIC) 10 Dec 2021; C.R. No. 2162198 (Hong Kong).\"\r\n\x1A";
    f.alt = "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n9999,1,\"aka\",\"ORPHAN\",-0- \r\n";
    f.add = "306,199,\"Zweierstrasse 35\",\"Z\xFCrich CH-8022\",\"Switzerland\",-0- \r\n";
    f.primary_name = "cons_prim.csv";
    f.consolidated = true;
    auto entries = ecc::import::parse_ofac_legacy(f);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].aliases.at(0).name == "NATIONAL BANK OF CUBA");
    CHECK(entries[0].addresses.at(0).country == "CH");
    CHECK(entries[0].addresses.at(0).text == "Zweierstrasse 35, Zürich CH-8022");
    CHECK(entries[1].list_code == "ns_cmic");
    CHECK(entries[1].start_date == "2021-12-10");
    CHECK(entries[1].identifiers.at(0).number == "2162198");
    CHECK(entries[1].identifiers.at(0).country == "HK");
    f.primary = "306,\"SHORT ROW\"\r\n";
    CHECK(error_of([&] { ecc::import::parse_ofac_legacy(f); }) ==
          "cons_prim.csv:1: expected 12 fields, found 2 (truncated or misquoted row?)");
  }
  TEST_CASE("import::parse_watchlist_csv") {
    std::string head = "id,name,list,country,aliases,notes\n";
    auto entries = ecc::import::parse_watchlist_csv(
        head + "A1,Foo Co,entity_list,CN,Foo;Foo Ltd,n\n", "w.csv");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].aliases.size() == 2);
    CHECK(entries[0].addresses.at(0).country == "CN");
    CHECK(error_of([&] {
            ecc::import::parse_watchlist_csv(head + "A1,Foo,entity_list,XZ,,\n", "w.csv");
          }) == "w.csv:2: unknown country code 'XZ'");
    CHECK(error_of([&] {
            ecc::import::parse_watchlist_csv(head + "A1,Foo,blacklist,CN,,\n", "w.csv");
          }).rfind("w.csv:2: unknown list code 'blacklist' (known: entity_list, meu", 0) == 0);
  }
  TEST_CASE("import::detect_list_format") {
    CHECK(ecc::import::detect_list_format("x.json", " {\"results\":[]}") == ListFormat::csl_json);
    CHECK(ecc::import::detect_list_format("x.csv", "\xEF\xBB\xBF" + k_csl_header) ==
          ListFormat::csl_csv);
    CHECK(ecc::import::detect_list_format("w.csv", "id,name,list,country,aliases,notes\n") ==
          ListFormat::watchlist_csv);
    CHECK(ecc::import::detect_list_format("/d/SDN.CSV", "36,\"X\"") == ListFormat::ofac_sdn);
    CHECK(ecc::import::detect_list_format("/d/cons_prim.csv", "9639,\"X\"") ==
          ListFormat::ofac_cons);
    CHECK(error_of([] {
            ecc::import::detect_list_format("/d/alt.csv", "36,12,\"aka\"");
          }).find("an OFAC companion file") != std::string::npos);
    CHECK(error_of([] { ecc::import::detect_list_format("e.csv", "  \n"); }) ==
          "e.csv: file is empty");
  }
  TEST_CASE("import::assign_entry_keys") {
    std::vector<ecc::model::ListEntry> entries(3);
    for (auto& e : entries) {
      e.list_code = "entity_list";
      e.name = "Same Name";
    }
    entries[2].entry_key = "given";
    ecc::import::assign_entry_keys(entries);
    CHECK(entries[0].entry_key.rfind("h:", 0) == 0);
    CHECK(entries[1].entry_key == entries[0].entry_key + "#2");
    CHECK(entries[2].entry_key == "given");
  }
  TEST_CASE("import::read_list_file") {
    ecc::test::TempDir dir;
    std::string path =
        dir.write("w.csv", "id,name,list,country,aliases,notes\nA1,Foo,internal,CN,,\n");
    auto ds = ecc::import::read_list_file(path, {std::nullopt, "2026-01-02", "now"});
    CHECK(ds.info.source_key == "internal:w");
    CHECK(ds.info.format == "watchlist_csv");
    CHECK(ds.info.rows == 1);
    CHECK(ds.info.data_date == "2026-01-02");
    CHECK(ds.info.data_date_basis == "given");
    CHECK(ds.info.sha256.size() == 64);
    CHECK(error_of([&] { ecc::import::read_list_file(dir.file("none.csv"), {}); }) ==
          dir.file("none.csv") + ": cannot read file: No such file or directory");
  }
}
