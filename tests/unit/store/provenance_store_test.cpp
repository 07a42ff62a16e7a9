#include <doctest/doctest.h>

#include "store/store.hpp"
#include "temp_dir.hpp"

TEST_SUITE("store") {
  TEST_CASE("store::Store::dataset_files") {
    ecc::test::TempDir dir;
    ecc::model::ParsedDataset ds;
    ds.info.source_key = "ofac_sdn";
    ds.info.format = "ofac_sdn";
    ds.info.file_name = "SDN.CSV+ALT.CSV";
    ds.info.sha256 = "h";
    ds.info.data_date = "2026-11-20";
    ds.info.data_date_basis = "last-modified";
    ds.info.imported_at = "2026-11-23T12:00:00Z";
    for (const char* name : {"SDN.CSV", "ALT.CSV"}) {
      ecc::model::FileProvenance f;
      f.name = name;
      f.url = std::string("https://x.test/") + name;
      f.origin_url = f.url;
      f.fetched_at = "2026-11-23T12:00:00Z";
      f.etag = "\"e\"";
      f.sha256 = std::string(64, '0');
      f.bytes = 10;
      ds.files.push_back(f);
    }
    auto db = ecc::store::Store::open(dir.file("t.db"), ecc::store::OpenMode::read_write);
    auto outcomes = db.import_datasets({ds});
    auto files = db.dataset_files(outcomes[0].dataset.id);
    REQUIRE(files.size() == 2);
    CHECK(files[0].name == "SDN.CSV");  // primary first
    CHECK(files[1].url == "https://x.test/ALT.CSV");
    CHECK(files[1].etag == "\"e\"");
    CHECK(files[1].bytes == 10);
    SUBCASE("an unchanged re-import records nothing new") {
      auto again = db.import_datasets({ds});
      CHECK(again[0].action == ecc::store::ImportAction::unchanged);
      CHECK(db.dataset_files(outcomes[0].dataset.id).size() == 2);
    }
    SUBCASE("a dataset from db import has none") {
      ds.files.clear();
      ds.info.sha256 = "other";
      auto replaced = db.import_datasets({ds});
      CHECK(db.dataset_files(replaced[0].dataset.id).empty());
    }
  }
}
