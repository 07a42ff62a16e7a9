// Boards and servers (4A090), ".z" ECCNs, 3A090.c HBM stacks and overlays.
#include <doctest/doctest.h>

#include "classify/classifier.hpp"
#include "classify_fixture.hpp"

namespace ecc {

namespace {

model::ProductSpec hbm_stack(double bandwidth, double area, bool co_packaged) {
  model::ProductSpec s;
  s.id = "test-hbm";
  s.model = "HBM stack";
  s.throughput = std::vector<model::Throughput>{};  // no processing units
  s.hbm = model::HbmStack{{bandwidth, {}}, {area, {}}, co_packaged};
  return s;
}

const model::ProductSpec& product(const std::string& id) {
  for (const model::ProductSpec& p : test::shipped_catalog().products) {
    if (p.id == id) {
      return p;
    }
  }
  FAIL("no product " << id);
  throw;
}

model::Classification run(const model::ProductSpec& p, const char* date) {
  return classify::classify(p, test::shipped_catalog().products, test::shipped_rules(),
                            test::day(date));
}

}  // namespace

TEST_SUITE("classify") {
  TEST_CASE("classify::assemblies") {
    SUBCASE("an 8-GPU HGX H100 board is 4A090.a by the 3A090.a.1 chips it carries") {
      model::Classification c = run(product("nvidia-hgx-h100-8gpu"), "2024-06-01");
      CHECK(c.eccn == "4A090.a");
      CHECK(c.paragraph == "3A090.a.1");
      CHECK(c.board_tpp == doctest::Approx(8 * 15832.0));
    }
    SUBCASE("a DGX H100 server under the 2022 rule is 4A090 (no .a/.b split then)") {
      CHECK(run(product("nvidia-dgx-h100"), "2023-06-01").eccn == "4A090");
    }
    SUBCASE("a board of 3A090.b chips is 4A090.b, of uncontrolled chips not 4A090") {
      model::ProductSpec board{.id = "b",
                               .model = "L40 board",
                               .kind = model::ProductKind::board,
                               .contains = model::Component{"nvidia-l40", 4}};
      CHECK(run(board, "2024-06-01").eccn == "4A090.b");
      board.contains = model::Component{"nvidia-h20", 8};
      CHECK(run(board, "2024-06-01").eccn == "not 4A090");
    }
    SUBCASE("a board naming an unknown chip is a data error") {
      model::ProductSpec board{.id = "b",
                               .model = "x",
                               .kind = model::ProductKind::board,
                               .contains = model::Component{"no-such-chip", 2}};
      CHECK_THROWS_AS(run(board, "2024-06-01"), DataError);
    }
  }

  TEST_CASE("classify::z_eccns") {
    model::ProductSpec s = test::chip({.tops = 5000, .die_area = 800});
    s.base_eccn = "5A992";
    SUBCASE("5A992 item with 3A090 parameters is 5A992.z from Nov 2023") {
      CHECK(run(s, "2024-06-01").eccn == "5A992.z");
    }
    SUBCASE("an item below the parameters keeps its base ECCN") {
      s.throughput = std::vector<model::Throughput>{{"INT8", 1, 100, {}}};
      CHECK(run(s, "2024-06-01").eccn == "5A992");
    }
  }

  TEST_CASE("classify::hbm") {
    SUBCASE("a stand-alone stack with MBD exactly 2 is not 3A090.c, just above is") {
      CHECK(run(hbm_stack(200, 100, false), "2025-01-01").eccn == "not 3A090");
      CHECK(run(hbm_stack(200.0001, 100, false), "2025-01-01").eccn == "3A090.c");
    }
    SUBCASE("HBM co-packaged with a logic IC is not 3A090.c itself") {
      CHECK(run(hbm_stack(1000, 100, true), "2025-01-01").eccn == "not 3A090");
    }
    SUBCASE("before 2024-12-02 there is no 3A090.c") {
      CHECK(run(hbm_stack(1000, 100, false), "2024-12-01").eccn == "not 3A090");
      CHECK(run(hbm_stack(1000, 100, false), "2024-12-02").eccn == "3A090.c");
    }
  }

  TEST_CASE("classify::overlays") {
    auto overlay_ids = [](const model::Classification& c) {
      std::vector<std::string> ids;
      for (const model::OverlayHit& h : c.overlays) {
        ids.push_back(h.overlay->id + (h.named ? ":named" : ":equivalent"));
      }
      return ids;
    };
    SUBCASE("the H20 letter applies from 2025-04-09, not the day before") {
      CHECK(overlay_ids(run(product("nvidia-h20"), "2025-04-08")).empty());
      CHECK(overlay_ids(run(product("nvidia-h20"), "2025-04-09")) ==
            std::vector<std::string>{"nvidia-2025-04-h20-letter:named"});
    }
    SUBCASE(
        "an uncontrolled NVIDIA chip with H20 memory bandwidth is an equivalent; other vendors are "
        "not") {
      model::ProductSpec s = test::chip({.tops = 100, .die_area = 800, .memory_bandwidth = 4000});
      s.vendor = "NVIDIA";
      CHECK(overlay_ids(run(s, "2025-06-01")) ==
            std::vector<std::string>{"nvidia-2025-04-h20-letter:equivalent"});
      s.vendor = "Other";
      CHECK(overlay_ids(run(s, "2025-06-01")).empty());
    }
    SUBCASE("the Aug 2022 A100 letter applies before the Oct 2022 rule only") {
      model::Classification c = run(product("nvidia-a100-sxm4-80gb"), "2022-09-01");
      CHECK(c.eccn == "not 3A090");
      CHECK(overlay_ids(c) == std::vector<std::string>{"nvidia-2022-08-a100-h100-letter:named"});
      CHECK(overlay_ids(run(product("nvidia-a100-sxm4-80gb"), "2022-10-07")).empty());
    }
  }
}

}  // namespace ecc
