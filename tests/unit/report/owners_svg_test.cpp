// The SVG ownership picture and its text metrics: labels escaped, boxes as
// wide as their (CJK) labels, colours and legend of the marks, deterministic.
#include "report/owners_svg.hpp"

#include <doctest/doctest.h>

#include <string>

#include "report/svg_text.hpp"

namespace ecc {
namespace {

model::OwnedEntity entity(const std::string& id, const std::string& name,
                          const std::string& list_code = "") {
  model::OwnedEntity e;
  e.id = id;
  e.name = name;
  e.country = "CN";
  if (!list_code.empty()) {
    model::EntityListing l;
    l.list_code = list_code;
    l.entry_key = "key-" + id;
    e.listings.push_back(l);
  }
  return e;
}

model::OwnershipEdge edge(const std::string& owner, const std::string& owned,
                          std::optional<double> percent) {
  model::OwnershipEdge e;
  e.owner = owner;
  e.owned = owned;
  e.percent = percent;
  return e;
}

report::OwnersPicture picture() {
  report::OwnersPicture p;
  p.neighbourhood.focus = "f";
  p.neighbourhood.entities = {entity("f", "<script>alert(1)</script> & \"Co\" 'Ltd'"),
                              entity("el", "EL Parent", "entity_list"),
                              entity("cjk", "北京商汤科技开发有限公司")};
  p.neighbourhood.edges = {edge("el", "f", 60), edge("f", "cjk", std::nullopt)};
  p.conclusion.marks = {{"f", graph::NodeMark::licence_required}, {"cjk", graph::NodeMark::review}};
  p.conclusion.caption = {"as of 2026-11-23 (exportcheck owners)", "Affiliates Rule active"};
  return p;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_SUITE("report") {
  TEST_CASE("report::text_width and wrap_text") {
    CHECK(report::text_width("", 12) == 0);
    CHECK(report::text_width("iiii", 12) < report::text_width("MMMM", 12));
    // A CJK character is one em (in every CJK font, so no fallback margin).
    CHECK(report::text_width("商", 10) > report::text_width("a", 10));
    CHECK(report::text_width("商", 10) == doctest::Approx(10.0));
    SUBCASE("wrapped at spaces, every line fits") {
      const auto lines =
          report::wrap_text("Beijing SenseTime Technology Development Co., Ltd.", 150, 12);
      CHECK(lines.size() > 1);
      for (const std::string& l : lines) {
        CHECK(report::text_width(l, 12) <= 150);
      }
    }
    SUBCASE("a CJK name without spaces wraps between characters, never inside one") {
      const auto lines = report::wrap_text("北京商汤科技开发有限公司", 50, 12);
      CHECK(lines.size() == 3);
      std::string joined;
      for (const std::string& l : lines) {
        CHECK(l.size() % 3 == 0);  // whole three-byte characters
        joined += l;
      }
      CHECK(joined == "北京商汤科技开发有限公司");
    }
    CHECK(report::wrap_text("", 100, 12) == std::vector<std::string>{""});
    CHECK(report::svg_number(12.25) == "12.3");
    CHECK(report::svg_number(-0.04) == "0.0");
    CHECK(report::svg_number(-3) == "-3.0");
  }

  TEST_CASE("report::owners_svg") {
    const std::string svg = report::owners_svg(picture());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    SUBCASE("every name escaped") {
      CHECK(svg.find("<script") == std::string::npos);
      CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
      CHECK(svg.find("&amp; &quot;Co&quot;") != std::string::npos);
      CHECK(svg.find("&apos;Ltd&apos;") != std::string::npos);
      CHECK(svg.find("北京商汤科技") != std::string::npos);
    }
    SUBCASE("filled by mark with the DOT colours, the focus bold, shares on the arrows") {
      CHECK(svg.find("fill=\"#f9cb9c\" stroke=\"#b45f06\" stroke-width=\"3\"") !=
            std::string::npos);
      CHECK(svg.find("fill=\"#f4cccc\" stroke=\"#cc0000\" stroke-width=\"1\"") !=
            std::string::npos);
      CHECK(svg.find("fill=\"#ffe599\"") != std::string::npos);
      CHECK(count(svg, "<polyline") == 2);
      CHECK(count(svg, "stroke-dasharray=\"5 3\"") == 1);  // the unknown share
      CHECK(svg.find(">60 %</text>") != std::string::npos);
      CHECK(svg.find(">? %</text>") != std::string::npos);
    }
    SUBCASE("legend of the marks used only, and the caption") {
      CHECK(svg.find("licence required: BIS Affiliates Rule</text>") != std::string::npos);
      CHECK(svg.find("listed (its own list entry)</text>") != std::string::npos);
      CHECK(svg.find("blocked: OFAC 50 % rule") == std::string::npos);
      CHECK(svg.find(">as of 2026-11-23 (exportcheck owners)</tspan>") != std::string::npos);
    }
    SUBCASE("no scripts, no external references") {
      CHECK(svg.find("href") == std::string::npos);
      CHECK(svg.find("<script") == std::string::npos);
    }
    CHECK(report::owners_svg(picture()) == svg);
  }
}

}  // namespace ecc
