#include "store/store.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "temp_dir.hpp"
#include "util/error.hpp"

using ecc::store::OpenMode;
using ecc::store::Store;

namespace {

ecc::model::ParsedDataset dataset(const std::string& source, const std::string& sha,
                                  std::vector<std::string> names) {
  ecc::model::ParsedDataset ds;
  ds.info.source_key = source;
  ds.info.format = "watchlist_csv";
  ds.info.file_name = source + ".csv";
  ds.info.sha256 = sha;
  ds.info.data_date = "2026-01-01";
  ds.info.data_date_basis = "given";
  ds.info.imported_at = "2026-11-23T00:00:00Z";
  for (const std::string& n : names) {
    ecc::model::ListEntry e;
    e.list_code = "entity_list";
    e.source_name = "test";
    e.entry_key = n;
    e.name = n;
    e.aliases = {{n + " Ltd", "aka"}, {n + " Co", "fka"}};
    e.addresses = {{"1 Main St", "City", "ST", "123", "CN"}};
    e.identifiers = {{"LEI", "5493001KJTIIGC8Y1R12", "CN", "", ""}};
    e.programs = {"P1", "P2"};
    e.fr_citations = {"84 FR 54002", "85 FR 34505"};
    e.start_date = "2019-10-09";
    e.license_requirement = "For all items subject to the EAR.";
    e.license_policy = "Presumption of denial.";
    ds.entries.push_back(e);
  }
  ds.info.rows = static_cast<long long>(ds.entries.size());
  return ds;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("store::Store round trip") {
    ecc::test::TempDir dir;
    auto ds = dataset("internal:a", "h1", {"Alpha", "Beta"});
    {
      Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
      auto out = db.import_datasets({ds});
      REQUIRE(out.size() == 1);
      CHECK(out[0].action == ecc::store::ImportAction::added);
    }
    Store db = Store::open(dir.file("t.db"), OpenMode::read_only);
    auto entries = db.active_entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0] == ds.entries[0]);  // every field, alias, address and identifier survives
    CHECK(entries[1] == ds.entries[1]);
  }
  TEST_CASE("store::Store::import_datasets is idempotent and replaces by source") {
    ecc::test::TempDir dir;
    Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
    db.import_datasets({dataset("internal:a", "h1", {"Alpha"})});
    auto again = db.import_datasets({dataset("internal:a", "h1", {"Alpha"})});
    CHECK(again[0].action == ecc::store::ImportAction::unchanged);
    CHECK(db.datasets(true).size() == 1);
    auto newer = db.import_datasets({dataset("internal:a", "h2", {"Alpha", "Gamma"})});
    CHECK(newer[0].action == ecc::store::ImportAction::replaced);
    CHECK(newer[0].replaced_id == 1);
    CHECK(db.active_entries().size() == 2);
    CHECK(db.dataset_entries(1).size() == 1);  // the superseded import is kept for db diff
    CHECK(db.datasets(false).size() == 1);
    CHECK(db.datasets(true).size() == 2);
    db.import_datasets({dataset("internal:b", "h3", {"Delta"})});
    CHECK(db.active_entries().size() == 3);
  }
  TEST_CASE("store::Store::import_datasets is all or nothing") {
    ecc::test::TempDir dir;
    Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
    db.import_datasets({dataset("internal:a", "h1", {"Alpha"})});
    CHECK_THROWS_AS(db.import_datasets(
                        {dataset("internal:a", "h2", {"New"}), dataset("internal:b", "h3", {"B"})},
                        [](const std::vector<ecc::store::ImportOutcome>&) {
                          throw std::runtime_error("crash");
                        }),
                    std::runtime_error);
    auto entries = db.active_entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].name == "Alpha");
    CHECK(db.datasets(true).size() == 1);
  }
  TEST_CASE("store::Store::open refuses what it cannot use") {
    ecc::test::TempDir dir;
    CHECK_THROWS_AS(Store::open(dir.file("missing.db"), OpenMode::read_only), ecc::DataError);
    CHECK_THROWS_AS(Store::open(dir.file("no/such/dir/t.db"), OpenMode::read_write),
                    ecc::DataError);
    dir.write("junk.db", std::string(200, 'x'));
    CHECK_THROWS_AS(Store::open(dir.file("junk.db"), OpenMode::read_only), ecc::DataError);
    { Store db = Store::open(dir.file("t.db"), OpenMode::read_write); }
    CHECK(Store::open(dir.file("t.db"), OpenMode::read_only).list_status().empty());
    CHECK(Store::open(dir.file("t.db"), OpenMode::read_only).integrity_problems().empty());
  }
  TEST_CASE("store::list_status") {
    ecc::test::TempDir dir;
    Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
    db.import_datasets({dataset("internal:a", "h1", {"Alpha", "Beta"})});
    auto status = db.list_status();
    REQUIRE(status.size() == 1);
    CHECK(status[0].list_code == "entity_list");
    CHECK(status[0].entries == 2);
    CHECK(status[0].data_date == "2026-01-01");  // basis "given" wins over start dates
  }
  TEST_CASE("store::Store::open read_only reads one snapshot") {
    ecc::test::TempDir dir;
    {
      Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
      db.import_datasets({dataset("internal:a", "h1", {"Alpha", "Beta"})});
    }
    Store reader = Store::open(dir.file("t.db"), OpenMode::read_only);
    CHECK(reader.active_entries().size() == 2);
    SUBCASE("an import that commits later is not seen by a reader opened before it") {
      Store writer = Store::open(dir.file("t.db"), OpenMode::read_write);
      auto out = writer.import_datasets({dataset("internal:a", "h2", {"Gamma"})});
      REQUIRE(out.at(0).action == ecc::store::ImportAction::replaced);
      std::vector<long long> ids;
      auto entries = reader.active_entries(&ids);
      REQUIRE(entries.size() == 2);
      CHECK(entries[0].name == "Alpha");
      CHECK(entries[1].aliases.size() == 2);  // details of the same version as the entries
      CHECK(reader.datasets().at(0).sha256 == "h1");
      CHECK(reader.entries_by_id(ids).size() == 2);
      CHECK(Store::open(dir.file("t.db"), OpenMode::read_only).active_entries().at(0).name ==
            "Gamma");
    }
  }
}
