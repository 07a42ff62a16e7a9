// DOT and path rendering of ownership neighbourhoods.
#include "graph/render.hpp"

#include "graph/ownership_analysis.hpp"
#include "ownership_builders.hpp"

namespace ecc {

TEST_SUITE("graph") {
  TEST_CASE("graph::render_dot") {
    test::GraphBuilder g;
    g.entity("EL", "CN", "entity_list", "Presumption of denial").entity("A", "SG").entity("B");
    g.entity("FAR");
    g.edge("EL", "A", 60).edge("A", "B", std::nullopt).edge("B", "FAR", 100);
    graph::OwnershipAnalysis a(g.graph, test::options());
    model::OwnershipNeighbourhood hood = a.neighbourhood(*a.find("A"), 1, 1);
    SUBCASE("neighbourhood: the focus first, one level each way") {
      REQUIRE(hood.entities.size() == 3);
      CHECK(hood.entities[0].id == "A");
      CHECK(hood.edges.size() == 2);
    }
    SUBCASE("DOT: listed parties highlighted, unknown shares dashed") {
      std::string dot = graph::render_dot(hood);
      CHECK(dot ==
            "digraph ownership {\n"
            "  rankdir=TB;\n"
            "  node [shape=box, fontname=\"Helvetica\"];\n"
            "  \"A\" [label=\"A Co.\\nSG\", penwidth=3];\n"
            "  \"EL\" [label=\"EL Co.\\nCN\\n[EL]\", style=filled, fillcolor=\"#f4cccc\", "
            "color=\"#cc0000\"];\n"
            "  \"B\" [label=\"B Co.\\nCN\"];\n"
            "  \"A\" -> \"B\" [label=\"? %\", style=dashed];\n"
            "  \"EL\" -> \"A\" [label=\"60 %\"];\n"
            "}\n");
    }
    SUBCASE("quotes and backslashes in names are escaped") {
      model::OwnershipNeighbourhood odd;
      odd.focus = "q";
      odd.entities.push_back({"q", "Say \"hi\" \\ co", "", "", {}, {}});
      CHECK(graph::render_dot(odd).find("label=\"Say \\\"hi\\\" \\\\ co\"") != std::string::npos);
    }
  }

  TEST_CASE("graph::render_path") {
    model::OwnershipPath path{{"el", "Beijing SenseTime", std::nullopt, false},
                              {"x", "X", 60.0, false},
                              {"y", "Y", std::nullopt, true}};
    CHECK(graph::render_path(path, "EL") ==
          "Beijing SenseTime (EL) \u201460 %\u2192 X \u2014? %\u2192 Y");
  }
}

}  // namespace ecc
