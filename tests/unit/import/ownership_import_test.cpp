// Ownership importers: CSV, GLEIF RR/LEI XML and OpenSanctions FtM lines,
// good files (tests/fixtures/ownership/) and bad ones (exact messages).
#include "import/ownership_import.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "util/error.hpp"

namespace ecc {
namespace {

std::string fixture(const std::string& file) {
  std::ifstream in(std::string(ECC_SOURCE_DIR) + "/tests/fixtures/ownership/" + file,
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const model::OwnedEntity* entity(const std::vector<model::OwnedEntity>& all,
                                 const std::string& id) {
  for (const model::OwnedEntity& e : all) {
    if (e.id == id) {
      return &e;
    }
  }
  return nullptr;
}

const std::string k_header = "owner,owned,percent,as_of,source\n";

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::parse_ownership_csv") {
    SUBCASE("good file: shares, unknown share, undated row, countries") {
      model::OwnershipGraph g = import::parse_ownership_csv(fixture("ownership.csv"), "o.csv");
      REQUIRE(g.edges.size() == 3);
      CHECK(g.edges[0].percent == 60);
      CHECK(g.edges[0].as_of->iso() == "2024-03-01");
      CHECK(g.edges[0].location == "o.csv:2");
      CHECK(g.edges[0].source == "registry");
      CHECK_FALSE(g.edges[1].percent.has_value());
      CHECK(g.edges[2].percent == 25.5);
      CHECK_FALSE(g.edges[2].as_of.has_value());
      REQUIRE(g.entities.size() == 3);
      CHECK(entity(g.entities, "Alpha Holdings")->country == "KY");
      CHECK(entity(g.entities, "Alpha Holdings")->hq_country == "CN");
      CHECK(entity(g.entities, "Gamma Tech")->country == "SG");
    }
    SUBCASE("bad files: exit-3 errors with FILE:LINE") {
      auto fails = [](const std::string& body) {
        try {
          import::parse_ownership_csv(k_header + body, "o.csv");
        } catch (const DataError& e) {
          CHECK(e.code() == ExitCode::bad_input);
          return std::string(e.what());
        }
        return std::string("no error");
      };
      CHECK(fails("A,B,-5,2024-01-01,x\n") == "o.csv:2: percent must not be negative: '-5'");
      CHECK(fails("A,B,10,,x\nA,C,120,,x\n") == "o.csv:3: percent above 100: '120'");
      CHECK(fails("A,B,abc,,x\n") == "o.csv:2: percent is not a number: 'abc'");
      CHECK(fails("A,A,50,,x\n") == "o.csv:2: 'A' cannot own itself");
      CHECK(fails("A,B,50,2024-02-30,x\n") ==
            "o.csv:2: bad as_of date '2024-02-30' (expected YYYY-MM-DD)");
      CHECK(fails(",B,50,,x\n") == "o.csv:2: owner is empty");
    }
    SUBCASE("missing column and conflicting countries") {
      CHECK_THROWS_WITH_AS(
          import::parse_ownership_csv("owner,owned,percent,source\nA,B,1,x\n", "o.csv"),
          "o.csv:1: not an ownership header: missing column 'as_of'", DataError);
      std::string csv =
          "owner,owned,percent,as_of,source,owned_country\nA,B,1,,x,CN\nC,B,1,,x,SG\n";
      CHECK_THROWS_WITH_AS(import::parse_ownership_csv(csv, "o.csv"),
                           "o.csv:3: country 'SG' for 'B' conflicts with 'CN' given earlier",
                           DataError);
      std::string bad_country = "owner,owned,percent,as_of,source,owned_country\nA,B,1,,x,XZ\n";
      CHECK_THROWS_WITH_AS(import::parse_ownership_csv(bad_country, "o.csv"),
                           "o.csv:2: owned_country: unknown country code 'XZ'", DataError);
    }
    SUBCASE("records are settled in batches: errors still name their own line, first first") {
      std::string csv = "owner,owned,percent,as_of,source,owned_country\n";
      for (int i = 0; i < 600; ++i) {
        csv += "O" + std::to_string(i) + ",B" + std::to_string(i % 7) + ",1,,x,CN\n";
      }
      model::OwnershipGraph g = import::parse_ownership_csv(csv, "o.csv");
      REQUIRE(g.ends.size() == 600);
      for (std::size_t k = 0; k < g.edges.size(); ++k) {
        CHECK(g.entities[g.ends[k].owner].id == g.edges[k].owner);
        CHECK(g.entities[g.ends[k].owned].id == g.edges[k].owned);
      }
      CHECK(g.entities[1].id == "B0");  // numbered in the order first seen
      CHECK(g.entities[2].id == "O1");
      std::string conflict = csv + "X,B3,1,,x,SG\n";  // line 602, the third batch's 89th
      CHECK_THROWS_WITH_AS(import::parse_ownership_csv(conflict, "o.csv"),
                           "o.csv:602: country 'SG' for 'B3' conflicts with 'CN' given earlier",
                           DataError);
      // A conflict two records before a bad percentage in the same batch is
      // the error reported, as when records were settled one at a time.
      CHECK_THROWS_WITH_AS(
          import::parse_ownership_csv(conflict + "Y,Z,1,,x,CN\nY,W,abc,,x,\n", "o.csv"),
          "o.csv:602: country 'SG' for 'B3' conflicts with 'CN' given earlier", DataError);
      CHECK_THROWS_WITH_AS(import::parse_ownership_csv(csv + "Y,W,abc,,x,\n", "o.csv"),
                           "o.csv:602: percent is not a number: 'abc'", DataError);
    }
  }

  TEST_CASE("import::parse_gleif") {
    SUBCASE("relationship records: consolidation edges, child owned by parent") {
      model::OwnershipGraph g = import::parse_gleif_rr(fixture("gleif-rr.xml"), "rr.xml");
      REQUIRE(g.edges.size() == 7);  // the fund-management record is skipped
      const model::OwnershipEdge& e = g.edges[0];
      CHECK(e.owned == "097900BHF50000076475");
      CHECK(e.owner == "549300JB1P61FUTPEZ75");
      CHECK(e.kind == model::OwnershipKind::direct_consolidation);
      CHECK_FALSE(e.percent.has_value());
      CHECK(e.as_of->iso() == "2022-10-24");
      CHECK(e.location == "rr.xml: record 2");
      CHECK(g.edges[2].kind == model::OwnershipKind::ultimate_consolidation);
    }
    SUBCASE("LEI records: names and countries") {
      std::vector<model::OwnedEntity> es =
          import::parse_gleif_lei(fixture("gleif-lei.xml"), "lei.xml");
      REQUIRE(es.size() == 7);
      const model::OwnedEntity* m = entity(es, "984500501A1B1045PB30");
      REQUIRE(m);
      CHECK(m->name == "MONEYTECH GROUP LIMITED");
      CHECK(m->country == "AU");
      CHECK(m->hq_country == "AU");
      CHECK(m->identifiers.at(0).type == "LEI");
    }
    SUBCASE("malformed XML and the wrong file kind") {
      CHECK_THROWS_WITH_AS(import::parse_gleif_rr(fixture("malformed-rr.xml"), "bad.xml"),
                           "bad.xml:4: malformed XML: expected ' or \"", DataError);
      CHECK_THROWS_WITH_AS(
          import::parse_gleif_rr(fixture("gleif-lei.xml"), "lei.xml"),
          "lei.xml: not a GLEIF RelationshipData file (root element 'lei:LEIData')", DataError);
    }
  }

  TEST_CASE("import::parse_ftm_ownership") {
    SUBCASE("entities, shares, partial dates, end dates, ranges") {
      model::OwnershipGraph g = import::parse_ftm_ownership(fixture("ftm.jsonl"), "f.jsonl");
      REQUIRE(g.edges.size() == 3);
      CHECK(g.edges[0].owner == "co-alpha");
      CHECK(g.edges[0].percent == 60);
      CHECK(g.edges[0].as_of->iso() == "2019-05-01");
      CHECK(g.edges[1].percent == 0);  // the endDate statement
      CHECK(g.edges[1].as_of->iso() == "2024-01-01");
      CHECK_FALSE(g.edges[2].percent.has_value());  // "25-50%" kept as unknown
      CHECK(g.edges[2].location == "f.jsonl:5");
      const model::OwnedEntity* a = entity(g.entities, "co-alpha");
      REQUIRE(a);
      CHECK(a->name == "Alpha Holdings");
      CHECK(a->country == "KY");
      CHECK(a->identifiers.at(0).number == "5493001234567890ABCD");
      CHECK(entity(g.entities, "p-1")->country == "GB");
      CHECK(entity(g.entities, "addr-1") == nullptr);
    }
    SUBCASE("malformed JSON and bad percentages give the line") {
      CHECK_THROWS_WITH_AS(import::parse_ftm_ownership(fixture("malformed.jsonl"), "m.jsonl"),
                           doctest::Contains("m.jsonl:2:72: malformed JSON:"), DataError);
      std::string over =
          R"({"schema": "Ownership", "properties": {"owner": ["a"], "asset": ["b"], "percentage": ["101"]}})";
      CHECK_THROWS_WITH_AS(import::parse_ftm_ownership(over, "o.jsonl"),
                           "o.jsonl:1: percent above 100: '101'", DataError);
    }
  }

  TEST_CASE("import::merge_ownership") {
    model::OwnershipGraph rr = import::parse_gleif_rr(fixture("gleif-rr.xml"), "rr.xml");
    model::OwnershipGraph lei;
    lei.entities = import::parse_gleif_lei(fixture("gleif-lei.xml"), "lei.xml");
    import::merge_ownership(rr, std::move(lei));
    CHECK(rr.entities.size() == 7);
    CHECK(entity(rr.entities, "98450051BS9C610A8T78")->name == "MONOOVA FX PTY LTD");
    CHECK(rr.edges.size() == 7);
  }

  TEST_CASE("import::merge_ownership into an empty graph: distinct ids and a repeated id agree") {
    auto graph = [](bool repeat) {
      model::OwnershipGraph g;
      model::OwnedEntity a;
      a.id = "A";  // no name: named by its id
      a.identifiers = {
          {"lei", "L1", "", "", ""}, {"lei", "L1", "", "", ""}, {"reg", "7", "CN", "", ""}};
      model::OwnedEntity b;
      b.id = "B";
      b.name = "Bee Ltd";
      b.country = "CN";
      g.entities = {a, b};
      if (repeat) {
        model::OwnedEntity again;
        again.id = "B";
        again.hq_country = "HK";
        g.entities.push_back(again);
      }
      g.edges.push_back({});
      g.edges.back().owner = "A";
      g.edges.back().owned = "B";
      return g;
    };
    model::OwnershipGraph fast;
    import::merge_ownership(fast, graph(false));  // all ids distinct: merged in place
    model::OwnershipGraph general;
    import::merge_ownership(general, graph(true));  // a repeated id: merged by id
    REQUIRE(fast.entities.size() == 2);
    REQUIRE(general.entities.size() == 2);
    for (const model::OwnershipGraph* g : {&fast, &general}) {
      CHECK(g->entities[0].name == "A");
      REQUIRE(g->entities[0].identifiers.size() == 2);
      CHECK(g->entities[0].identifiers[0].number == "L1");
      CHECK(g->entities[0].identifiers[1].number == "7");
      CHECK(g->entities[1].name == "Bee Ltd");
      CHECK(g->entities[1].country == "CN");
      CHECK(g->edges.size() == 1);
    }
    CHECK(fast.entities[1].hq_country.empty());
    CHECK(general.entities[1].hq_country == "HK");
  }
}

}  // namespace ecc
