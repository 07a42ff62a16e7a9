#include "import/list_names.hpp"

#include <doctest/doctest.h>

namespace ecc::import {

namespace {

model::ListEntry read(const std::string& name, std::vector<std::string> aliases = {},
                      const std::string& type = "Entity") {
  model::ListEntry e;
  e.name = name;
  e.entry_type = type;
  for (const std::string& a : aliases) {
    e.aliases.push_back({a, "aka"});
  }
  read_names(e);
  return e;
}

bool has_alias(const model::ListEntry& e, const std::string& name, const std::string& type) {
  for (const model::Alias& a : e.aliases) {
    if (a.name == name && a.type == type) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import::read_names") {
    SUBCASE("an acronym in brackets is an alias; the raw text is kept") {
      const auto e = read("Semiconductor Manufacturing International Corporation (SMIC)");
      CHECK(e.name == "Semiconductor Manufacturing International Corporation");
      CHECK(e.raw_name == "Semiconductor Manufacturing International Corporation (SMIC)");
      CHECK(has_alias(e, "SMIC", "acronym"));
      CHECK(e.aliases.front().raw == e.raw_name);
      CHECK(has_alias(read("National Supercomputing Center Changsha (NSCC-CS)"), "NSCC-CS",
                      "acronym"));
    }
    SUBCASE("an acronym inside the name stands for the words before it") {
      const auto e = read("China Aerospace Science and Industry Corporation (CASIC) 3rd Academy");
      CHECK(e.name == "China Aerospace Science and Industry Corporation 3rd Academy");
      CHECK(has_alias(e, "CASIC 3rd Academy", "acronym"));
    }
    SUBCASE("a brand is a word of the name") {
      const auto e = read("Huawei Technologies Co., Ltd. (Huawei)");
      CHECK(e.name == "Huawei Technologies Co., Ltd.");
      CHECK(has_alias(e, "Huawei", "brand"));
    }
    SUBCASE("an all-caps acronym must spell the name's leading letters") {
      CHECK(has_alias(read("NAFTIRAN INTERTRADE CO. (NICO) LIMITED"), "NICO", "acronym"));
      CHECK(read("PJSC VTB BANK (KIEV)").name == "PJSC VTB BANK KIEV");
    }
    SUBCASE("places and qualifiers stay in the name") {
      CHECK(read("Huawei Device (Dongguan) Co., Ltd.").name == "Huawei Device Dongguan Co., Ltd.");
      CHECK(read("Huawei Technologies Lanka Company (Private) Limited").aliases.empty());
      CHECK(read("IMAM KHOMEINI RELIEF COMMITTEE (LEBANON BRANCH)").aliases.empty());
    }
    SUBCASE("Affiliated Entity: the entry is the child, linked to its parent") {
      const auto e = read(
          "Huawei Technologies Co., Ltd. (Huawei).  Affiliated Entity:  Huawei Marine Networks "
          "Co., Ltd.");
      CHECK(e.name == "Huawei Marine Networks Co., Ltd.");
      REQUIRE(e.links.size() == 1);
      CHECK(e.links[0].relation == "affiliate_of");
      CHECK(e.links[0].name == "Huawei Technologies Co., Ltd.");
      CHECK(model::link_text(e.links[0]) ==
            "listed as an affiliate of Huawei Technologies Co., Ltd.");
      CHECK_FALSE(has_alias(e, "Huawei", "brand"));  // the parent's brand is not the child's
    }
    SUBCASE("Subordinate Institution and subordinate entity") {
      const auto e = read(
          "China Electronics Technology Group Corporation 13th Research Institute (CETC 13).  "
          "Subordinate Institution - Hebei Poshing Electronics");
      CHECK(e.name == "Hebei Poshing Electronics");
      REQUIRE(e.links.size() == 1);
      CHECK(e.links[0].relation == "subordinate_of");
      CHECK(e.links[0].name ==
            "China Electronics Technology Group Corporation 13th Research Institute");
      const auto p = read(
          "Pakistan Atomic Energy Commission (PAEC), and subordinate entity National Development "
          "Complex (NDC)");
      CHECK(p.name == "National Development Complex");
      CHECK(has_alias(p, "NDC", "acronym"));
      CHECK(p.links.at(0).name == "Pakistan Atomic Energy Commission");
    }
    SUBCASE("a.k.a. and f.k.a. inside the name field") {
      const auto e =
          read("Gazprom Promgaz, AO (f.k.a. Otkrytoe Aktsionernoe Obshchestvo Gazprom Promgaz)");
      CHECK(e.name == "Gazprom Promgaz, AO");
      CHECK(has_alias(e, "Otkrytoe Aktsionernoe Obshchestvo Gazprom Promgaz", "fka"));
      const auto d = read(
          "Precision Image Corporation (a.k.a. Precision Industries, Inc.; CK Enterprises, Inc.)");
      CHECK(has_alias(d, "Precision Industries, Inc.", "aka"));
      CHECK(has_alias(d, "CK Enterprises, Inc.", "aka"));
      const auto c =
          read("Chitron Electronics Company Ltd., a.k.a. Chi-Chung Electronics Company Ltd.");
      CHECK(c.name == "Chitron Electronics Company Ltd.");
      CHECK(has_alias(c, "Chi-Chung Electronics Company Ltd.", "aka"));
    }
    SUBCASE("trailing address fragments are cut; organisational units are not") {
      CHECK(read("HiSilicon Tech (Suzhou) Co., Ltd., Suzhou, Jiangsu").name ==
            "HiSilicon Tech Suzhou Co., Ltd.");
      CHECK(
          read("HiSilicon Technologies Co., Ltd (HiSilicon), Bantian Longgang District   ").name ==
          "HiSilicon Technologies Co., Ltd");
      CHECK(read("Huawei Technologies Co., Ltd., Beijing Research Institute").name ==
            "Huawei Technologies Co., Ltd., Beijing Research Institute");
      CHECK(read("Huawei Technologies (Yangon) Co., Ltd.,  ").name ==
            "Huawei Technologies Yangon Co., Ltd.");
    }
    SUBCASE("alias tails and names run together") {
      const auto e = read("Chengdu GaStone Technology Co., Ltd. (CGTC)",
                          {"Chengdu Jiashi Technology Co.", "and Chengdu Zenith"});
      CHECK(has_alias(e, "Chengdu Zenith", "aka"));
      const auto s = read("Beijing Shangtang Technology Development Co., Ltd., and Sense Time");
      CHECK(s.name == "Beijing Shangtang Technology Development Co., Ltd.");
      CHECK(has_alias(s, "Sense Time", "part"));
      CHECK(read("AGRICULTURAL, MEDICAL, AND INDUSTRIAL RESEARCH CENTER").aliases.empty());
    }
    SUBCASE("a question mark stands for an apostrophe, a dash or a quote") {
      CHECK(read("Xinjiang Uighur Autonomous Region People?s Government").name ==
            "Xinjiang Uighur Autonomous Region People's Government");
      CHECK(read("Xi?an Aero Engine").name == "Xi'an Aero Engine");
      CHECK(read("JSC ?Almaz-Antey? MSDB").name == "JSC Almaz-Antey MSDB");
    }
    SUBCASE("persons: spelling variants and descriptions") {
      const auto p = read("Lev Anatolyevich Yershov (Ershov)", {}, "Individual");
      CHECK(p.name == "Lev Anatolyevich Yershov");
      CHECK(has_alias(p, "Lev Anatolyevich Ershov", "variant"));
      CHECK(read("Igor Aleksandrovich Michurin (Russian individual)", {}, "Individual").name ==
            "Igor Aleksandrovich Michurin");
    }
    SUBCASE("reading a read entry changes nothing") {
      auto e = read("Semiconductor Manufacturing International Corporation (SMIC)");
      const auto before = e;
      read_names(e);
      CHECK(e == before);
    }
  }
}

}  // namespace ecc::import
