#include "report/run_provenance.hpp"

#include <doctest/doctest.h>

namespace {

ecc::report::RunProvenance provenance() {
  ecc::report::RunProvenance p;
  p.tool_version = "0.1.0";
  p.commit = "abc";
  p.rules_version = "r1";
  p.as_of = {2026, 11, 23};
  p.generated = "2026-11-23T12:00:00Z";
  p.input = "c.csv";
  p.input_sha256 = "ff";
  p.review_threshold = 0.8;
  p.match_threshold = 0.92;
  p.stale_after_days = 30;
  ecc::model::DatasetInfo fresh;
  fresh.id = 1;
  fresh.source_key = "csl";
  fresh.file_name = "consolidated.csv";
  fresh.data_date = "2026-11-13";
  fresh.data_date_basis = "given";
  fresh.rows = 10;
  fresh.sha256 = "aa";
  ecc::model::DatasetInfo old = fresh;
  old.id = 2;
  old.data_date = "2022-04-21";
  ecc::model::DatasetInfo undated = fresh;
  undated.id = 3;
  undated.data_date = "";
  p.datasets = {fresh, old, undated};
  return p;
}

}  // namespace

TEST_SUITE("report") {
  TEST_CASE("report::dataset_lines") {
    const auto lines = ecc::report::dataset_lines(provenance());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].age_days == 10);
    CHECK_FALSE(lines[0].stale);
    CHECK(lines[1].age_days == 1677);
    CHECK(lines[1].stale);
    CHECK(lines[2].age_days == -1);
    CHECK(lines[2].stale);  // an unknown date is never fresh
  }
  TEST_CASE("report::provenance_fields") {
    const auto f = ecc::report::provenance_fields(provenance());
    REQUIRE(f.size() == 10);
    CHECK(f[0].second == "exportcheck 0.1.0 (commit abc)");
    CHECK(f[4].second == "c.csv (sha256 ff)");
    CHECK(f[6].first == "dataset #1");
    CHECK(f[6].second ==
          "csl consolidated.csv: data date 2026-11-13 (given), 10 days old, 10 rows, sha256 aa");
    CHECK(f[7].second.find("STALE: older than 30 days") != std::string::npos);
    CHECK(f[9].first == "disclaimer");
    CHECK(f[9].second.rfind("Not legal advice", 0) == 0);
  }
  TEST_CASE("report::provenance_json_text") {
    const std::string j = ecc::report::provenance_json_text(provenance());
    CHECK(j.find("\"tool\":{\"name\":\"exportcheck\",\"version\":\"0.1.0\",\"commit\":\"abc\"}") !=
          std::string::npos);
    CHECK(j.find("\"age_days\":1677,\"stale\":true") != std::string::npos);
    CHECK(j.find("\"age_days\":null,\"stale\":true") != std::string::npos);
    CHECK(j.find("\"disclaimer\":\"Not legal advice") != std::string::npos);
  }
  TEST_CASE("report::provenance_comment") {
    ecc::report::RunProvenance p = provenance();
    p.input = "a\nb.csv";
    const std::string text = ecc::report::provenance_comment(p);
    CHECK(text.rfind("# tool: exportcheck 0.1.0 (commit abc)\n", 0) == 0);
    CHECK(text.find("# input: a b.csv (sha256 ff)\n") != std::string::npos);
  }
}
