// Every threshold edge of the shipped rule files, on both sides. The inputs
// are chosen so that TPP or PD lands exactly on the limit (e.g. 1,776 / 300 =
// 5.92) and one millionth away from it.
#include <doctest/doctest.h>

#include "classify/classifier.hpp"
#include "classify_fixture.hpp"

namespace ecc {

namespace {

const util::Date k_2023 = test::day("2024-06-01");
const util::Date k_2022 = test::day("2023-06-01");
const util::Date k_2026 = test::day("2026-06-01");

model::Classification run(const test::ChipFigures& f, util::Date date) {
  static std::vector<model::ProductSpec> keep;  // results point into the spec
  keep.reserve(1000);
  keep.push_back(test::chip(f));
  return classify::classify(keep.back(), {}, test::shipped_rules(), date);
}

std::string paragraph(const test::ChipFigures& f, util::Date date = k_2023) {
  model::Classification c = run(f, date);
  return c.paragraph.empty() ? c.eccn : c.paragraph;
}

}  // namespace

TEST_SUITE("classify") {
  TEST_CASE("classify::thresholds_2023") {
    SUBCASE("TPP 4800 is 3A090.a.1, one millionth less is not") {
      CHECK(paragraph({.tops = 4800, .die_area = 10000}) == "3A090.a.1");
      CHECK(paragraph({.tops = 4799.999999, .die_area = 10000}) == "not 3A090");
    }
    SUBCASE("TPP 1600 with PD >= 5.92 is 3A090.a.2, just below 1600 is nothing") {
      CHECK(paragraph({.tops = 1600, .die_area = 200}) == "3A090.a.2");
      CHECK(paragraph({.tops = 1599.999999, .die_area = 200}) == "not 3A090");
    }
    SUBCASE("PD exactly 5.92 is 3A090.a.2, just below is 3A090.b.2") {
      CHECK(paragraph({.tops = 1776, .die_area = 300}) == "3A090.a.2");
      CHECK(paragraph({.tops = 1776, .die_area = 300.000001}) == "3A090.b.2");
    }
    SUBCASE("PD 5.92 where naive doubles give 5.919999999999999") {
      // 222.0296 × 8 / 300.04 is exactly 5.92; (222.0296 * 8) / 300.04 in double is not.
      CHECK(paragraph({.tops = 222.0296, .bits = 8, .die_area = 300.04}) == "3A090.a.2");
    }
    SUBCASE("TPP 2400 with PD 2 is 3A090.b.1, just below is nothing") {
      CHECK(paragraph({.tops = 2400, .die_area = 1200}) == "3A090.b.1");
      CHECK(paragraph({.tops = 2399.999999, .die_area = 1200}) == "not 3A090");
    }
    SUBCASE("TPP just below 4800 with PD 2 is 3A090.b.1, 4800 is 3A090.a.1") {
      CHECK(paragraph({.tops = 4799.999999, .die_area = 2400}) == "3A090.b.1");
      CHECK(paragraph({.tops = 4800, .die_area = 2400}) == "3A090.a.1");
    }
    SUBCASE("PD exactly 1.6 is 3A090.b.1, just below is nothing") {
      CHECK(paragraph({.tops = 3200, .die_area = 2000}) == "3A090.b.1");
      CHECK(paragraph({.tops = 3200, .die_area = 2000.000001}) == "not 3A090");
    }
    SUBCASE("PD exactly 3.2 is 3A090.b.2, just below is nothing") {
      CHECK(paragraph({.tops = 1920, .die_area = 600}) == "3A090.b.2");
      CHECK(paragraph({.tops = 1920, .die_area = 600.000001}) == "not 3A090");
    }
    SUBCASE("Note 2: not datacenter and TPP < 4800 is outside 3A090; 4800 is 3A090.a, NAC") {
      model::Classification below =
          run({.tops = 4799.999999, .die_area = 100, .datacenter = false}, k_2023);
      CHECK(below.eccn == "not 3A090");
      CHECK(below.arithmetic.find("Note 2 to 3A090") != std::string::npos);
      model::Classification at = run({.tops = 4800, .die_area = 100, .datacenter = false}, k_2023);
      CHECK(at.paragraph == "3A090.a.1");
      CHECK(at.nac_eligible == true);
    }
    SUBCASE("NAC: datacenter 3A090.b yes, datacenter 3A090.a no") {
      CHECK(run({.tops = 2400, .die_area = 1200}, k_2023).nac_eligible == true);
      CHECK(run({.tops = 4800, .die_area = 1200}, k_2023).nac_eligible == false);
    }
    SUBCASE("unknown datacenter flag with TPP < 4800 leaves the result undecided") {
      model::Classification c =
          run({.tops = 2000, .die_area = 100, .datacenter = std::nullopt}, k_2023);
      CHECK(c.eccn == "undecided");
      REQUIRE(c.missing.size() == 1);
      CHECK(c.missing[0].find("datacenter") != std::string::npos);
    }
    SUBCASE("unknown die area decides nothing that depends on PD") {
      model::Classification c = run({.tops = 3000}, k_2023);
      CHECK(c.eccn == "undecided");
      CHECK(c.candidates ==
            std::vector<std::string>{"3A090.a.2", "3A090.b.1", "3A090.b.2", "not 3A090"});
      CHECK(paragraph({.tops = 5000}) == "3A090.a.1");  // TPP alone decides
    }
  }

  TEST_CASE("classify::thresholds_2022") {
    SUBCASE("TPP 4800 and I/O 600 GB/s is 3A090.a") {
      CHECK(paragraph({.tops = 4800, .interconnect = 600}, k_2022) == "3A090.a");
    }
    SUBCASE("I/O just below 600 GB/s is not 3A090") {
      CHECK(paragraph({.tops = 4800, .interconnect = 599.999999}, k_2022) == "not 3A090");
    }
    SUBCASE("TPP just below 4800 is not 3A090 whatever the I/O, even when I/O is unknown") {
      CHECK(paragraph({.tops = 4799.999999, .interconnect = 900}, k_2022) == "not 3A090");
      CHECK(paragraph({.tops = 4799.999999}, k_2022) == "not 3A090");
    }
    SUBCASE("unknown I/O with TPP >= 4800 is undecided") {
      CHECK(paragraph({.tops = 5000}, k_2022) == "undecided");
    }
  }

  TEST_CASE("classify::thresholds_2026_china_review") {
    auto eligible = [](double tops, double memory) {
      model::Classification c =
          run({.tops = tops, .die_area = 800, .memory_bandwidth = memory}, k_2026);
      REQUIRE(c.china_review.has_value());
      return c.china_review->eligible;
    };
    SUBCASE("TPP 21,000 is not eligible, just below is") {
      CHECK(eligible(21000, 6000) == false);
      CHECK(eligible(20999.999999, 6000) == true);
    }
    SUBCASE("DRAM bandwidth 6,500 GB/s is not eligible, just below is") {
      CHECK(eligible(15000, 6500) == false);
      CHECK(eligible(15000, 6499.999999) == true);
    }
    SUBCASE("unknown memory bandwidth leaves eligibility unknown") {
      model::Classification c = run({.tops = 15000, .die_area = 800}, k_2026);
      CHECK(!c.china_review->eligible.has_value());
    }
    SUBCASE("not evaluated before 2026-01-15") {
      CHECK(!run({.tops = 15000, .memory_bandwidth = 100}, test::day("2026-01-14")).china_review);
    }
  }

  TEST_CASE("classify::version_in_force") {
    const model::RuleSet& rules = test::shipped_rules();
    auto id = [&](const char* date) {
      const model::RuleVersion* v =
          classify::version_in_force(rules, model::RuleScope::parameters, test::day(date));
      return v ? v->id : std::string("none");
    };
    SUBCASE("before the 2022 rule there is none") {
      CHECK(id("2022-10-06") == "none");
    }
    SUBCASE("2022 rule from 2022-10-07 to 2023-11-16") {
      CHECK(id("2022-10-07") == "3a090-2022-10");
      CHECK(id("2023-11-16") == "3a090-2022-10");
    }
    SUBCASE("2023 rule from 2023-11-17") {
      CHECK(id("2023-11-17") == "3a090-2023-11");
      CHECK(id("2026-11-23") == "3a090-2023-11");
    }
  }
}

}  // namespace ecc
