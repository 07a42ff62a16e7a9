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
                                      [] { throw std::runtime_error("killed"); }));
      CHECK(db.active_ownership().edges.size() == 2);
      CHECK(db.datasets().size() == 1);
    }
  }
}
