#include "cli/update_sources.hpp"

#include <doctest/doctest.h>

#include "cli/list_fetch.hpp"
#include "util/error.hpp"

using ecc::cli::PreviousDataset;

namespace {

ecc::model::ParsedDataset downloaded(long long rows, const std::string& last_modified,
                                     const std::string& fetched_at) {
  ecc::model::ParsedDataset ds;
  ds.info.rows = rows;
  ds.info.data_date = "2021-12-10";
  ds.info.data_date_basis = "latest start_date";
  ecc::model::FileProvenance f;
  f.name = "SDN.CSV";
  f.url = "https://example.test/SDN.CSV";
  f.last_modified = last_modified;
  f.fetched_at = fetched_at;
  ds.files.push_back(f);
  return ds;
}

PreviousDataset previous(long long rows) {
  PreviousDataset p;
  p.dataset.id = 7;
  p.dataset.rows = rows;
  return p;
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("cli::date_downloaded_dataset") {
    SUBCASE("the publisher's Last-Modified first") {
      auto ds = downloaded(1, "Fri, 20 Nov 2026 08:00:00 GMT", "2026-11-23T12:00:00Z");
      ecc::cli::date_downloaded_dataset(ds);
      CHECK(ds.info.data_date == "2026-11-20");
      CHECK(ds.info.data_date_basis == "last-modified");
    }
    SUBCASE("else the fetch time, stated as such") {
      auto ds = downloaded(1, "", "2026-11-23T12:00:00Z");
      ecc::cli::date_downloaded_dataset(ds);
      CHECK(ds.info.data_date == "2026-11-23");
      CHECK(ds.info.data_date_basis == "fetch date");
    }
    SUBCASE("a mirror folder without manifest: the file's own dates stay") {
      auto ds = downloaded(1, "", "");
      ecc::cli::date_downloaded_dataset(ds);
      CHECK(ds.info.data_date == "2021-12-10");
      CHECK(ds.info.data_date_basis == "latest start_date");
    }
    SUBCASE("no date anywhere is refused") {
      auto ds = downloaded(1, "", "");
      ds.info.data_date_basis = "import date";
      CHECK_THROWS_AS(ecc::cli::date_downloaded_dataset(ds), ecc::DataError);
    }
  }

  TEST_CASE("cli::check_plausible_rows") {
    PreviousDataset before = previous(100);
    SUBCASE("within the limit") {
      CHECK_NOTHROW(ecc::cli::check_plausible_rows(downloaded(75, "", ""), &before, 25, false));
      CHECK_NOTHROW(ecc::cli::check_plausible_rows(downloaded(500, "", ""), &before, 25, false));
      CHECK_NOTHROW(ecc::cli::check_plausible_rows(downloaded(3, "", ""), nullptr, 25, false));
    }
    SUBCASE("shrank too much, or empty: refused unless forced") {
      CHECK_THROWS_WITH(ecc::cli::check_plausible_rows(downloaded(10, "", ""), &before, 25, false),
                        "https://example.test/SDN.CSV: 10 entries against 100 in dataset #7: the "
                        "list shrank by 90 %, more than --max-shrink 25 %; refusing it (--force "
                        "accepts it)");
      CHECK_THROWS_AS(ecc::cli::check_plausible_rows(downloaded(74, "", ""), &before, 25, false),
                      ecc::DataError);
      CHECK_THROWS_AS(ecc::cli::check_plausible_rows(downloaded(0, "", ""), nullptr, 25, false),
                      ecc::DataError);
      CHECK_NOTHROW(ecc::cli::check_plausible_rows(downloaded(10, "", ""), &before, 25, true));
    }
  }

  TEST_CASE("cli::selected_sources") {
    CHECK(ecc::cli::selected_sources({}).size() == 3);
    CHECK(ecc::cli::selected_sources({"all"}).size() == 3);
    auto two = ecc::cli::selected_sources({"ofac-cons", "csl"});
    REQUIRE(two.size() == 2);
    CHECK(two[0]->id == "csl");  // table order, whatever the command line's
    CHECK(two[1]->id == "ofac-cons");
    CHECK_THROWS_AS(ecc::cli::selected_sources({"sdn"}), ecc::UsageError);
  }

  TEST_CASE("cli::body_problem") {
    CHECK(ecc::cli::body_problem("1,\"X\"\n", "text/csv", true).empty());
    CHECK(ecc::cli::body_problem("", "", false).empty());  // an empty companion is allowed
    CHECK_FALSE(ecc::cli::body_problem("", "", true).empty());
    CHECK_FALSE(ecc::cli::body_problem("\xEF\xBB\xBF  <!DOCTYPE html>", "", true).empty());
    CHECK_FALSE(ecc::cli::body_problem("Access denied", "text/html; charset=utf-8", true).empty());
  }

  TEST_CASE("cli::dataset_hash") {
    ecc::model::FileProvenance a, b;
    a.sha256 = "aa";
    b.sha256 = "bb";
    CHECK(ecc::cli::dataset_hash({a}) == "aa");
    CHECK(ecc::cli::dataset_hash({a, b}) != ecc::cli::dataset_hash({b, a}));
  }
}
