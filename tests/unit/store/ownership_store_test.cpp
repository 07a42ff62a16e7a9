#include <doctest/doctest.h>

#include "model/ownership.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"

using ecc::store::OpenMode;
using ecc::store::Store;

namespace {

ecc::model::ParsedDataset ownership_dataset(const std::string& source, const std::string& sha) {
  ecc::model::ParsedDataset ds;
  ds.info = {0, source,       "ownership_csv", source + ".csv",        sha,
             2, "2024-12-31", "latest as_of",  "2026-11-23T00:00:00Z", 0};
  ecc::model::OwnedEntity parent{
      "P", "Parent Ltd", "KY", "CN", {{"LEI", "5493001KJTIIGC8Y1R12", "", "", ""}}, {}};
  ecc::model::OwnedEntity child{"C", "Child Co", "MY", "", {}, {}};
  ds.ownership.entities = {parent, child};
  ecc::model::OwnershipEdge known{"P",
                                  "C",
                                  60.5,
                                  ecc::model::OwnershipKind::equity,
                                  ecc::util::Date{2024, 12, 31},
                                  "test",
                                  source + ".csv:2"};
  ecc::model::OwnershipEdge unknown{
      "P",          "C",    std::nullopt,     ecc::model::OwnershipKind::direct_consolidation,
      std::nullopt, "test", source + ".csv:3"};
  ds.ownership.edges = {known, unknown};
  return ds;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("store::Store::active_ownership") {
    ecc::test::TempDir dir;
    SUBCASE("every field survives, NULL percent and undated edges included") {
      auto ds = ownership_dataset("ownership_csv:group", "h1");
      Store::open(dir.file("t.db"), OpenMode::read_write).import_datasets({ds});
      Store db = Store::open(dir.file("t.db"), OpenMode::read_only);
      ecc::model::OwnershipGraph g = db.active_ownership();
      CHECK(g.entities == ds.ownership.entities);
      CHECK(g.edges == ds.ownership.edges);
      CHECK(db.active_entries().empty());
      REQUIRE(db.datasets().size() == 1);
      CHECK(db.datasets()[0].format == "ownership_csv");
    }
    SUBCASE("a newer import of the same source supersedes the old graph") {
      Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
      db.import_datasets({ownership_dataset("ownership_csv:group", "h1")});
      auto newer = ownership_dataset("ownership_csv:group", "h2");
      newer.ownership.edges.pop_back();
      auto out = db.import_datasets({newer});
      CHECK(out[0].action == ecc::store::ImportAction::replaced);
      CHECK(db.active_ownership().edges.size() == 1);
    }
    SUBCASE("entities of two sources merge by id; the older fills first") {
      Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
      auto lei = ownership_dataset("gleif_lei:x", "h3");
      lei.ownership.edges.clear();
      lei.ownership.entities = {{"C", "Child Company Sdn Bhd", "MY", "SG", {}, {}}};
      db.import_datasets({ownership_dataset("ownership_csv:group", "h1"), lei});
      ecc::model::OwnershipGraph g = db.active_ownership();
      REQUIRE(g.entities.size() == 2);
      CHECK(g.entities[1].name == "Child Co");
      CHECK(g.entities[1].hq_country == "SG");
      CHECK(g.edges.size() == 2);
    }
    SUBCASE("a failed import leaves the ownership tables untouched") {
      Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
      db.import_datasets({ownership_dataset("ownership_csv:group", "h1")});
      CHECK_THROWS(db.import_datasets({ownership_dataset("ownership_csv:other", "h9")},
                                      [](const std::vector<ecc::store::ImportOutcome>&) {
                                        throw std::runtime_error("killed");
                                      }));
      CHECK(db.active_ownership().edges.size() == 2);
      CHECK(db.datasets().size() == 1);
    }
  }

  TEST_CASE("store::Store::scan_written_ownership: the scan read back, without reading it") {
    ecc::test::TempDir dir;
    Store db = Store::open(dir.file("t.db"), OpenMode::read_write);
    auto ds = ownership_dataset("ownership_csv:group", "h1");
    ds.ownership.entities[1].identifiers.push_back({"LEI", "X", "MY", "2020-01-01", "2030-01-01"});
    ds.ownership.edges.push_back(ds.ownership.edges[0]);
    ds.ownership.edges.back().owner = "Bare Owner";  // only a statement names it
    ds.ownership.edges.back().owned = "Bare Owned";
    auto check_same = [&](ecc::model::OwnershipGraph g, long long dataset_id) {
      std::optional<ecc::store::ActiveOwnershipScan> written =
          db.scan_written_ownership(dataset_id, g);
      ecc::store::ActiveOwnershipScan read = db.scan_active_ownership();
      REQUIRE(written);
      CHECK(written->entities == read.entities);
      CHECK(written->placeholders == read.placeholders);
      REQUIRE(written->statements.size() == read.statements.size());
      for (std::size_t i = 0; i < read.statements.size(); ++i) {
        CHECK(written->statements[i].id == read.statements[i].id);
        CHECK(written->statements[i].owner == read.statements[i].owner);
        CHECK(written->statements[i].owned == read.statements[i].owned);
        CHECK(written->statements[i].percent == read.statements[i].percent);
        CHECK(written->statements[i].as_of == read.statements[i].as_of);
      }
      CHECK(read.placeholders == std::vector<std::string>{"Bare Owned", "Bare Owner"});
    };
    SUBCASE("the only ownership dataset, parties by id or by the reader's interned ends") {
      db.import_datasets({ds}, [&](const std::vector<ecc::store::ImportOutcome>& out) {
        check_same(ds.ownership, out[0].dataset.id);
        ecc::model::OwnershipGraph interned = ds.ownership;
        interned.ends = {{0, 1}, {0, 1}, {ecc::model::k_by_id, ecc::model::k_by_id}};
        check_same(interned, out[0].dataset.id);
      });
    }
    SUBCASE("with another ownership dataset active, or rows that are not the graph's: read back") {
      db.import_datasets({ownership_dataset("ownership_csv:other", "h2")});
      db.import_datasets({ds}, [&](const std::vector<ecc::store::ImportOutcome>& out) {
        ecc::model::OwnershipGraph g = ds.ownership;
        CHECK_FALSE(db.scan_written_ownership(out[0].dataset.id, g));
        CHECK(g.entities == ds.ownership.entities);  // untouched
        CHECK(g.edges == ds.ownership.edges);
      });
      Store other = Store::open(dir.file("u.db"), OpenMode::read_write);
      other.import_datasets({ds}, [&](const std::vector<ecc::store::ImportOutcome>& out) {
        ecc::model::OwnershipGraph fewer = ds.ownership;
        fewer.edges.pop_back();
        CHECK_FALSE(other.scan_written_ownership(out[0].dataset.id, fewer));
      });
    }
  }
}
