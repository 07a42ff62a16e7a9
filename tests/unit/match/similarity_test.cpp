#include "match/similarity.hpp"

#include <doctest/doctest.h>

#include "match/legal_forms.hpp"

namespace ecc::match {

TEST_SUITE("match") {
  TEST_CASE("match::jaro_winkler") {
    SUBCASE("textbook values") {
      CHECK(jaro("martha", "marhta") == doctest::Approx(0.9444).epsilon(0.001));
      CHECK(jaro_winkler("martha", "marhta") == doctest::Approx(0.9611).epsilon(0.001));
      CHECK(jaro_winkler("dwayne", "duane") == doctest::Approx(0.84).epsilon(0.001));
      CHECK(jaro_winkler("dixon", "dicksonx") == doctest::Approx(0.8133).epsilon(0.001));
    }
    SUBCASE("equal, empty and disjoint") {
      CHECK(jaro_winkler("huawei", "huawei") == 1.0);
      CHECK(jaro_winkler("", "huawei") == 0.0);
      CHECK(jaro_winkler("abc", "xyz") == 0.0);
    }
    SUBCASE("symmetric") {
      CHECK(jaro_winkler("sensetime", "sensetmie") ==
            doctest::Approx(jaro_winkler("sensetmie", "sensetime")));
    }
  }

  TEST_CASE("match::phonetic_key") {
    SUBCASE("romanization variants agree") {
      CHECK(phonetic_key("tekhnologia") == phonetic_key("technologia"));
      CHECK(phonetic_key("kazan") == phonetic_key("kasan"));
    }
    SUBCASE("different names differ") {
      CHECK(phonetic_key("sensetime") != phonetic_key("shangtang"));
    }
    SUBCASE("vowels keep their places: Khamenei does not meet Ghanem") {
      CHECK(phonetic_key("khamenei") != phonetic_key("ghanem"));
      CHECK(phonetic_key("changsha") == phonetic_key("guangzhou"));  // hence the Jaro-Winkler floor
      CHECK(phonetic_key("hamed") != phonetic_key("ahmed"));
      CHECK(phonetic_key("masud") == phonetic_key("masood"));
    }
    SUBCASE("short tokens have no key") {
      CHECK(phonetic_key("zte").empty());
    }
  }

  TEST_CASE("match::spelling_key") {
    SUBCASE("romanisation variants fold to one form") {
      CHECK(spelling_key("mikhailovich") == spelling_key("mihajlovich"));
      CHECK(spelling_key("nikolayevna") == spelling_key("nikolaevna"));
      CHECK(spelling_key("natalia") == spelling_key("natalya"));
      CHECK(spelling_key("mohammed") == spelling_key("mohamed"));
      CHECK(spelling_key("aleksei") == spelling_key("alexei"));
    }
    SUBCASE("different names stay apart; short tokens have no key") {
      CHECK(spelling_key("khamenei") != spelling_key("ghanem"));
      CHECK(spelling_key("zte").empty());
    }
  }

  TEST_CASE("match::within_one_edit") {
    SUBCASE("one edit") {
      CHECK(within_one_edit("limited", "limitde"));
      CHECK(within_one_edit("company", "compny"));
      CHECK(within_one_edit("rezvanov", "rvezvanov"));
    }
    SUBCASE("more than one") {
      CHECK_FALSE(within_one_edit("compass", "company"));
    }
  }
}

}  // namespace ecc::match
