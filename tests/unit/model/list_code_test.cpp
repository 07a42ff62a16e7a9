#include "model/list_code.hpp"

#include <doctest/doctest.h>

TEST_SUITE("model") {
  TEST_CASE("model::list_code_for_csl_source") {
    using ecc::model::list_code_for_csl_source;
    CHECK(list_code_for_csl_source("Entity List (EL) - Bureau of Industry and Security").value() ==
          "entity_list");
    CHECK(list_code_for_csl_source("Military End User (MEU) List - Bureau of Industry and Security")
              .value() == "meu");
    CHECK(list_code_for_csl_source("Non-SDN Chinese Military-Industrial Complex Companies List "
                                   "(CMIC) - Treasury Department")
              .value() == "ns_cmic");
    CHECK(list_code_for_csl_source(
              "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department")
              .value() == "ns_mbs");
    CHECK(list_code_for_csl_source("Specially Designated Nationals (SDN) - Treasury Department")
              .value() == "sdn");
    CHECK(list_code_for_csl_source("Unverified List (UVL) - Bureau of Industry and Security")
              .value() == "unverified");
    CHECK_FALSE(list_code_for_csl_source("Some New List (SNL) - Agency").has_value());
  }
}
