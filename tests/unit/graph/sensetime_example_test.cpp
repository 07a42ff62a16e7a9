// The illustrative SenseTime example (examples/ownership/) end to end through
// the CSV importer and the analysis, on the three Affiliates Rule dates.
#include <fstream>
#include <sstream>

#include "graph/ownership_analysis.hpp"
#include "graph/render.hpp"
#include "import/ownership_import.hpp"
#include "ownership_builders.hpp"

namespace ecc {
namespace {

const std::string k_beijing = "Beijing SenseTime Technology Development Co., Ltd.";
const std::string k_group = "SENSETIME GROUP LIMITED";

model::OwnershipGraph sensetime() {
  std::ifstream in(std::string(ECC_SOURCE_DIR) + "/examples/ownership/sensetime-group.csv");
  std::ostringstream text;
  text << in.rdbuf();
  model::OwnershipGraph g = import::parse_ownership_csv(text.str(), "sensetime-group.csv");
  for (model::OwnedEntity& e : g.entities) {
    if (e.id == k_beijing) {
      e.listings.push_back({"entity_list",
                            "el:sensetime",
                            {},
                            "For all items subject to the EAR",
                            "Presumption of denial",
                            {},
                            "2019-10-09",
                            ""});
    } else if (e.id == k_group) {
      e.listings.push_back(
          {"ns_cmic", "cmic:sensetime", {"CMIC-EO13959"}, "", "", {}, "2021-12-10", ""});
    }
  }
  return g;
}

std::optional<model::InheritanceStatus> bis_status(const graph::OwnershipAnalysis& a,
                                                   const std::string& id) {
  auto r = test::result_of(a, id, model::OwnershipRegime::bis_affiliates);
  return r ? std::optional(r->status) : std::nullopt;
}

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("graph::sensetime_example") {
    model::OwnershipGraph g = sensetime();
    const std::string cloud = "Example AI Cloud Sdn. Bhd. (fictitious)";
    SUBCASE("2025-10-15 (rule active): the affiliates are caught, the family is not") {
      graph::OwnershipAnalysis a(g, test::options("2025-10-15"));
      CHECK(bis_status(a, cloud) == model::InheritanceStatus::covered);
      CHECK(bis_status(a, "Example Vision Labs Inc. (fictitious)") ==
            model::InheritanceStatus::exempt);
      CHECK(bis_status(a, "Example Camera Modules Ltd. (fictitious)") ==
            model::InheritanceStatus::minority);
      CHECK(bis_status(a, "Example Data Services Ltd. (fictitious)") ==
            model::InheritanceStatus::review);
      CHECK_FALSE(bis_status(a, k_group).has_value());
      CHECK_FALSE(bis_status(a, "SenseTime International Pte. Ltd.").has_value());
      auto r = test::result_of(a, cloud, model::OwnershipRegime::bis_affiliates);
      CHECK(graph::render_path(r->paths.at(0), "EL") ==
            k_beijing +
                " (EL) \u201460 %\u2192 Example Compute Leasing Co., Ltd. (fictitious) "
                "\u2014100 %\u2192 " +
                cloud);
      auto note =
          test::result_of(a, "SenseTime International Pte. Ltd.", model::OwnershipRegime::ns_cmic);
      REQUIRE(note);
      CHECK(note->status == model::InheritanceStatus::info);
      model::UltimateParent p = a.ultimate_parent(*a.find(cloud));
      CHECK(p.entity_id == k_group);
      CHECK(p.hq_country == "CN");
    }
    SUBCASE("2026-01-15 (stayed) and 2026-11-20 (re-applied)") {
      graph::OwnershipAnalysis stayed(g, test::options("2026-01-15"));
      CHECK(bis_status(stayed, cloud) == model::InheritanceStatus::suspended);
      graph::OwnershipAnalysis again(g, test::options("2026-11-20"));
      CHECK(bis_status(again, cloud) == model::InheritanceStatus::covered);
    }
  }
}

}  // namespace ecc
