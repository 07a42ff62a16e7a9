#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "store/sqlite.hpp"
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

  TEST_CASE("store::OpenMode::upgraded_view reads an older schema without changing it") {
    ecc::test::TempDir dir;
    std::string path = dir.file("t.db");
    auto version = [&] {
      ecc::store::Database raw(path, ecc::store::Access::read_write);
      auto s = raw.prepare("PRAGMA user_version");
      REQUIRE(s.step());
      return s.integer(0);
    };
    {
      // A real schema-6 file (tests/fixtures/db/schema-v6.sql: one watchlist import).
      std::ifstream in(ECC_SOURCE_DIR "/tests/fixtures/db/schema-v6.sql");
      std::stringstream sql;
      sql << in.rdbuf();
      REQUIRE(!sql.str().empty());
      ecc::store::Database raw(path, ecc::store::Access::read_write);
      raw.exec(sql.str());
    }
    REQUIRE(version() == 6);
    REQUIRE(ecc::store::k_schema_version > 6);  // else this needs an older fixture
    {
      auto view = ecc::store::Store::open(path, ecc::store::OpenMode::upgraded_view);
      auto datasets = view.datasets(false);
      REQUIRE(datasets.size() == 1);
      CHECK(datasets[0].format == "watchlist_csv");
      CHECK(view.dataset_files(datasets[0].id).empty());
    }
    CHECK(version() == 6);  // nothing was committed
    ecc::store::Store::open(path, ecc::store::OpenMode::read_write);
    CHECK(version() == ecc::store::k_schema_version);
  }
}
