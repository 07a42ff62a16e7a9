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
    SUBCASE("DOT with the conclusion: covered entities coloured, a legend, the caption") {
      graph::DotConclusion c;
      for (const model::OwnedEntity& e : hood.entities) {
        c.marks[e.id] = graph::node_mark(e, a.restrictions(*a.find(e.id)));
      }
      CHECK(c.marks["EL"] == graph::NodeMark::listed);
      CHECK(c.marks["A"] == graph::NodeMark::licence_required);  // 60 % owned by an EL party
      CHECK(c.marks["B"] == graph::NodeMark::review);            // unknown share of a covered owner
      c.caption = {"as of 2026-11-23", "Affiliates Rule active"};
      std::string dot = graph::render_dot(hood, &c);
      CHECK(dot.find("\"A\" [label=\"A Co.\\nSG\", style=filled, fillcolor=\"#f9cb9c\"") !=
            std::string::npos);
      CHECK(dot.find("\"B\" [label=\"B Co.\\nCN\", style=filled, fillcolor=\"#ffe599\"") !=
            std::string::npos);
      CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
      CHECK(dot.find("licence required: BIS Affiliates Rule") != std::string::npos);
      CHECK(dot.find("blocked: OFAC") == std::string::npos);  // only the marks in the picture
      CHECK(dot.find("label=\"as of 2026-11-23\\lAffiliates Rule active\\l\"") !=
            std::string::npos);
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
