// The partial path against the whole graph (issue 17): `db import` builds the
// ownership index; graph::LocalAnalysis then answers from it, node by node,
// what graph::OwnershipAnalysis answers over the whole linked graph in memory.
// For every entity of every data set below and every date tried, the
// restrictions (explained, with paths), the ultimate parent with its chain,
// the neighbourhood `owners` shows and the diagnostics near it must be
// identical, and so must the entities a screened party is. Data: every
// ownership golden's files, and generated graphs with cycles, sums over
// 100 %, restated and unknown shares, future-dated statements, placeholders,
// two datasets merged, and a dense random graph (one giant cross-holding).
// A list update that changes who is listed rebuilds the index in its own
// transaction: committed, the index answers for the new lists; rolled back,
// for the old ones.
#include "cli/ownership_index.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "cli/ownership_inputs.hpp"
#include "cli/screening_lists.hpp"
#include "graph/local_analysis.hpp"
#include "import/list_import.hpp"
#include "import/ownership_link.hpp"
#include "ownership_models.hpp"
#include "rules/ownership_rules.hpp"
#include "screen/ownership.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"

namespace {

using namespace ecc;

const std::string k_root = ECC_SOURCE_DIR;
const char* const k_now = "2026-11-23T12:00:00Z";

model::ParsedDataset read(const std::string& path) {
  import::ImportOptions options;
  options.imported_at = k_now;
  return import::read_list_file(path, options);
}

// Imports `datasets` into `db_path` as `db import` does (index in the transaction).
void import_into(const std::string& db_path, std::vector<model::ParsedDataset> datasets) {
  store::Store db = store::Store::open(db_path, store::OpenMode::read_write);
  cli::import_with_indexes(db, std::move(datasets), k_now);
}

struct Case {
  const char* date;
  // The Affiliates Rule state assumed where the rule file marks it assumed
  // (after the stay ended); none: the default.
  std::optional<model::RuleState> assumed;
};

const model::AffiliatesAssumption k_default_assumption;

// Every `every`-th entity (and every `hood_every`-th with its neighbourhood).
struct Sample {
  std::size_t every = 1;
  std::size_t hood_every = 1;
};

void compare_entity(const graph::OwnershipAnalysis& full, const graph::LocalAnalysis& local,
                    const graph::StoredGraph& g, std::size_t i, bool hood) {
  const model::OwnedEntity& e = full.entity(i);
  INFO("entity " << e.id);
  std::optional<std::uint32_t> node = g.find_id(e.id);
  REQUIRE(node);
  CHECK(local.exists(*node));
  graph::LocalQuestion q;
  if (hood) {
    q.up = 1;
    q.down = 1;
  }
  std::optional<graph::LocalAnswer> a = local.answer(*node, q);
  REQUIRE(a);
  CHECK(a->entity == e);
  CHECK(a->restrictions == full.restrictions(i));
  CHECK(a->parent == full.ultimate_parent(i));
  CHECK(a->affiliates_state == full.affiliates_state());
  CHECK(a->affiliates_note == full.affiliates_note());
  if (hood) {
    model::OwnershipNeighbourhood n = full.neighbourhood(i, 1, 1);
    CHECK(a->neighbourhood == n);
    CHECK(a->diagnostics == graph::diagnostics_near(full.diagnostics(), n));
    graph::LocalQuestion dot{graph::OwnershipAnalysis::Detail::status, false, 3, 3};
    CHECK(local.answer(*node, dot)->neighbourhood == full.neighbourhood(i, 3, 3));
  }
}

// The party a customer or order line would be for entity `e`: its name, its
// LEIs (id and identifiers) and the entries it is linked to.
std::pair<model::OrderParty, std::vector<std::string>> party_of(const model::OwnedEntity& e) {
  model::OrderParty p;
  p.name = e.name;
  p.ids.push_back({"LEI", e.id, "", "", ""});
  for (const model::Identifier& id : e.identifiers) {
    p.ids.push_back(id);
  }
  std::vector<std::string> keys;
  for (const model::EntityListing& l : e.listings) {
    keys.push_back(l.list_code + "|" + l.entry_key);
  }
  return {p, keys};
}

void compare_lookups(const model::OwnershipGraph& linked, const graph::StoredGraph& g,
                     const model::OwnershipRules& rules) {
  screen::OwnershipAnalyses full(linked, rules);
  screen::StoredOwnership stored(g, rules);
  for (const model::OwnedEntity& e : linked.entities) {
    auto [party, keys] = party_of(e);
    INFO("party " << e.name);
    std::vector<std::string> expected, got;
    for (std::size_t i : full.entities_for(party, keys)) {
      expected.push_back(linked.entities[i].id);
    }
    for (std::uint32_t n : stored.nodes_for(party, keys)) {
      got.push_back(g.node(n).entity.id);
    }
    CHECK(got == expected);
  }
}

// Compares both paths over the database at `db_path`, from the index and
// from the in-memory fallback; returns the number of answers compared.
std::size_t compare(const std::string& db_path, const std::vector<Case>& cases, Sample sample) {
  store::Store db = store::Store::open(db_path, store::OpenMode::read_only);
  cli::OwnershipInputs in = cli::load_ownership(
      db, k_root + "/rules", cli::OwnershipMode::per_party, k_default_assumption);
  REQUIRE(in.indexed);
  model::OwnershipGraph linked = db.active_ownership();
  import::link_ownership(linked, db.active_entries());
  graph::MemoryStoredGraph memory(linked, 50);
  compare_lookups(linked, *in.graph, in.rules);
  std::size_t compared = 0;
  for (const Case& c : cases) {
    INFO("as of " << c.date << (c.assumed ? " with an assumed Affiliates Rule state" : ""));
    model::OwnershipRules rules =
        c.assumed ? rules::load_ownership_rules(k_root + "/rules", {*c.assumed, "the test"})
                  : in.rules;
    graph::AnalysisOptions options{*util::parse_iso_date(c.date), rules};
    graph::OwnershipAnalysis full(linked, options);
    graph::LocalAnalysis local(*in.graph, options);
    graph::LocalAnalysis local_memory(memory, options);
    for (std::size_t i = 0; i < full.size(); i += sample.every) {
      compare_entity(full, local, *in.graph, i, i % sample.hood_every == 0);
      compare_entity(full, local_memory, memory, i, false);
      ++compared;
    }
    for (std::uint32_t n = static_cast<std::uint32_t>(in.graph->entities()); n < in.graph->size();
         ++n) {  // a placeholder no statement names yet is no vertex in either
      CHECK(local.exists(n) == full.find(in.graph->node(n).entity.id).has_value());
    }
  }
  return compared;
}

// The entities the stored index finds restricted on `date`, by id.
std::vector<std::string> restricted_by_index(const std::string& db_path, const char* date) {
  store::Store db = store::Store::open(db_path, store::OpenMode::read_only);
  cli::OwnershipInputs in = cli::load_ownership(
      db, k_root + "/rules", cli::OwnershipMode::per_party, k_default_assumption);
  REQUIRE(in.indexed);
  graph::LocalAnalysis local(*in.graph, {*util::parse_iso_date(date), in.rules});
  std::vector<std::string> out;
  for (std::uint32_t n = 0; n < in.graph->entities(); ++n) {
    std::optional<graph::LocalAnswer> a = local.answer(n, {});
    if (a && !a->restrictions.empty()) {
      out.push_back(a->entity.id);
    }
  }
  return out;
}

std::vector<bench::ListedName> names_of(const std::vector<model::ListEntry>& entries) {
  std::vector<bench::ListedName> out;
  for (const model::ListEntry& e : entries) {
    if (e.entry_type != "Individual" && e.name.find(' ') != std::string::npos) {
      out.push_back({e.list_code, e.name});
    }
  }
  return out;
}

// A generated graph as one or two ownership datasets; every 40th entity loses
// its record (a placeholder); the second dataset leaves countries empty so
// that the merge fills them from the first.
std::vector<model::ParsedDataset> generated(model::OwnershipGraph g, bool split) {
  std::vector<model::ParsedDataset> out(split ? 2 : 1);
  for (std::size_t k = 0; k < out.size(); ++k) {
    model::ParsedDataset& ds = out[k];
    ds.info = {0,
               "ownership_csv:gen" + std::to_string(k),
               "ownership_csv",
               "gen.csv",
               "h" + std::to_string(k),
               0,
               "2027-12-31",
               "latest as_of",
               k_now,
               0};
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
      if (i % 40 != 7) {
        ds.ownership.entities.push_back(g.entities[i]);
        ds.ownership.entities.back().listings.clear();
        if (k == 1) {
          ds.ownership.entities.back().country.clear();
        }
      }
    }
    for (std::size_t i = k; i < g.edges.size(); i += out.size()) {
      g.edges[i].location = "gen.csv:" + std::to_string(i + 2);
      ds.ownership.edges.push_back(g.edges[i]);
    }
    ds.info.rows = static_cast<long long>(ds.ownership.edges.size());
  }
  return out;
}

// Every row of the ownership index and the stored links, as text.
std::vector<std::string> index_rows(const std::string& db_path) {
  store::Database db(db_path, store::Access::read_only);
  const std::vector<std::pair<const char*, int>> queries = {
      {"SELECT node, entity_id, name, name_key, country, hq_country, placeholder, may_inherit, "
       "first_day, quote(cycle_group), hex(refs) FROM ownership_nodes ORDER BY node",
       11},
      {"SELECT lei, node FROM ownership_leis ORDER BY lei, node", 2},
      {"SELECT lists, format, threshold, nodes, entities FROM ownership_index", 5},
      {"SELECT hex(ownership_links) FROM match_index", 1}};
  std::vector<std::string> out;
  for (const auto& [sql, columns] : queries) {
    store::Statement st = db.prepare(sql);
    while (st.step()) {
      std::string row;
      for (int c = 0; c < columns; ++c) {
        row += st.text(c) + "|";
      }
      out.push_back(row);
    }
  }
  return out;
}

// The index `db import` builds (from the ownership data as just written when
// it alone is active) and the one built by reading the stored data back.
void check_written_equals_read_back(const test::TempDir& dir,
                                    const std::vector<model::ParsedDataset>& datasets) {
  const std::string a = dir.file("written.db"), b = dir.file("read-back.db");
  import_into(a, datasets);
  {
    store::Store db = store::Store::open(b, store::OpenMode::read_write);
    db.import_datasets(datasets, [&](const std::vector<store::ImportOutcome>&) {
      cli::refresh_match_index(db, k_now);
    });
  }
  std::vector<std::string> rows = index_rows(a);
  CHECK(rows.size() > 3);
  CHECK(rows == index_rows(b));
}

const std::vector<Case> k_golden_dates = {
    {"2025-09-28", {}}, {"2025-10-15", {}},
    {"2026-01-15", {}}, {"2026-01-15", model::RuleState::active},
    {"2026-11-20", {}}, {"2026-11-20", model::RuleState::stayed},
    {"2026-11-23", {}}};

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("cli::build_ownership_index: the data of the ownership goldens") {
    test::TempDir dir;
    const std::string csl = k_root + "/data/csl/consolidated.csv";
    const std::string group = k_root + "/examples/ownership/sensetime-group.csv";
    SUBCASE("owners_*, screen_ownership_affiliate, audit_ownership: the CSL and the group") {
      import_into(dir.file("t.db"), {read(csl), read(group)});
      CHECK(compare(dir.file("t.db"), k_golden_dates, {}) > 0);
    }
    SUBCASE("owners_bad_files: and an entity named by an entry key") {
      std::string by_key =
          dir.write("by-key.csv",
                    "owner,owned,percent,as_of,source\ncaeb24bb901171744f7b376b17c4ad98a782c827,"
                    "Example Key Sub Ltd.,55,2024-01-01,x\n");
      import_into(dir.file("t.db"), {read(csl), read(group)});
      import_into(dir.file("t.db"), {read(by_key)});
      CHECK(compare(dir.file("t.db"), k_golden_dates, {}) > 0);
    }
    SUBCASE("screen_ownership_links: a small list") {
      import_into(dir.file("t.db"),
                  {read(k_root + "/tests/fixtures/lists/csl-small.csv"), read(group)});
      CHECK(compare(dir.file("t.db"), k_golden_dates, {}) > 0);
    }
    SUBCASE("owners_gleif: GLEIF relationship and LEI records; FtM statements") {
      const std::string fx = k_root + "/tests/fixtures/ownership/";
      std::vector<model::ParsedDataset> ds{read(fx + "gleif-rr.xml"), read(fx + "gleif-lei.xml"),
                                           read(fx + "ftm.jsonl"), read(csl)};
      const std::string shared = k_root + "/../shared/data-raw/gleif-rr-sample";
      if (std::filesystem::exists(shared + "/rr-data.xml")) {
        ds.push_back(read(shared + "/rr-data.xml"));
        ds.push_back(read(shared + "/lei-data.xml"));
      }
      import_into(dir.file("t.db"), ds);
      CHECK(compare(dir.file("t.db"), {{"2019-06-01", {}}, {"2023-06-05", {}}, {"2026-11-20", {}}},
                    {}) > 0);
    }
  }

  TEST_CASE("cli::refresh_match_index: a list update refreshes the ownership index with it") {
    test::TempDir dir;
    const std::string group = k_root + "/examples/ownership/sensetime-group.csv";
    const std::string csl = k_root + "/tests/fixtures/lists/csl-small.csv";
    // The same list without SENSETIME GROUP LIMITED's NS-CMIC entry.
    std::string text = util::read_file(csl), without;
    for (std::size_t at = 0; at < text.size();) {
      std::size_t end = text.find('\n', at);
      end = end == std::string::npos ? text.size() : end + 1;
      if (text.compare(at, 6, "33114,") != 0) {
        without += text.substr(at, end - at);
      }
      at = end;
    }
    REQUIRE(without.size() < text.size());
    const std::string delisted = dir.write("csl-delisted.csv", without);
    const std::string db_path = dir.file("t.db");
    import_into(db_path, {read(csl), read(group)});
    const std::vector<std::string> listed = restricted_by_index(db_path, "2026-11-23");
    CHECK(compare(db_path, k_golden_dates, {}) > 0);

    SUBCASE("the update lands: the index answers for the new lists") {
      import_into(db_path, {read(delisted)});
      const std::vector<std::string> after = restricted_by_index(db_path, "2026-11-23");
      CHECK(after.size() < listed.size());  // the subsidiaries lose what they inherited
      CHECK(compare(db_path, k_golden_dates, {}) > 0);
      import_into(db_path, {read(csl)});  // and back
      CHECK(restricted_by_index(db_path, "2026-11-23") == listed);
      CHECK(compare(db_path, k_golden_dates, {}) > 0);
    }
    SUBCASE("the update fails after the index was rebuilt: both roll back") {
      {
        store::Store db = store::Store::open(db_path, store::OpenMode::read_write);
        CHECK_THROWS_AS(db.import_datasets({read(delisted)},
                                           [&](const std::vector<store::ImportOutcome>&) {
                                             cli::refresh_match_index(db, k_now);
                                             throw DataError("stop before commit");
                                           }),
                        DataError);
      }
      CHECK(restricted_by_index(db_path, "2026-11-23") == listed);
      CHECK(compare(db_path, k_golden_dates, {}) > 0);
    }
  }

  TEST_CASE(
      "cli::import_with_indexes: the index built from the data as written is the one read back") {
    test::TempDir dir;
    model::ParsedDataset csl = read(k_root + "/data/csl/consolidated.csv");
    SUBCASE("the CSL and the group (parties interned by the CSV reader)") {
      check_written_equals_read_back(
          dir, {csl, read(k_root + "/examples/ownership/sensetime-group.csv")});
    }
    SUBCASE("a generated random graph with placeholders (parties by id)") {
      std::vector<model::ParsedDataset> ds =
          generated(bench::random_graph(1500, 4500, 5, names_of(csl.entries)), false);
      ds.insert(ds.begin(), csl);
      check_written_equals_read_back(dir, ds);
    }
  }

  TEST_CASE("cli::build_ownership_index: generated graphs") {
    test::TempDir dir;
    model::ParsedDataset csl = read(k_root + "/data/csl/consolidated.csv");
    const std::vector<bench::ListedName> names = names_of(csl.entries);
    const std::vector<Case> dates = {{"2012-06-30", {}},
                                     {"2019-01-01", {}},
                                     {"2025-10-15", {}},
                                     {"2026-11-20", {}},
                                     {"2027-09-30", model::RuleState::stayed}};
    SUBCASE("registry model, two datasets merged, placeholders") {
      std::vector<model::ParsedDataset> ds =
          generated(bench::registry_graph(3000, 9000, 17, names, 40), true);
      ds.insert(ds.begin(), csl);
      import_into(dir.file("t.db"), ds);
      CHECK(compare(dir.file("t.db"), dates, {3, 4}) > 0);
    }
    SUBCASE("random model: one giant cross-holding component, many paths") {
      std::vector<model::ParsedDataset> ds =
          generated(bench::random_graph(1500, 4500, 5, names), false);
      ds.insert(ds.begin(), csl);
      import_into(dir.file("t.db"), ds);
      CHECK(compare(dir.file("t.db"), {dates[2], dates[3]}, {5, 60}) > 0);
    }
  }
}
