#include "match/word_classes.hpp"

#include <doctest/doctest.h>

#include "match/acronyms.hpp"
#include "match/normalize.hpp"
#include "match/org_types.hpp"

namespace ecc::match {

namespace {

using Tokens = std::vector<std::string>;

bool has_acronym(const std::string& name, const std::string& text) {
  for (const Acronym& a : acronyms_of(normalize_name(name))) {
    if (a.text == text) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_SUITE("match") {
  TEST_CASE("match::is_patronymic") {
    CHECK(is_patronymic("valerievich"));
    CHECK(is_patronymic("sergeevna"));
    CHECK(is_patronymic("vitaliyovych"));
    CHECK(is_patronymic("ivanivna"));
    CHECK_FALSE(is_patronymic("ovich"));  // a suffix alone
    CHECK_FALSE(is_patronymic("milosevic"));
    CHECK_FALSE(is_patronymic("ivanov"));
  }
  TEST_CASE("match::fold_numbers") {
    SUBCASE("ordinals, number words and Roman numerals become digits") {
      CHECK(fold_numbers({"13th", "research"}) == Tokens{"13", "research"});
      CHECK(fold_numbers({"first", "bank"}) == Tokens{"1", "bank"});
      CHECK(fold_numbers({"forty", "four"}) == Tokens{"44"});
      CHECK(fold_numbers({"three"}) == Tokens{"3"});
      CHECK(fold_numbers({"partners", "vii"}) == Tokens{"partners", "7"});
      CHECK(fold_numbers({"no", "14", "institute"}) == Tokens{"14", "institute"});
    }
    SUBCASE("names that look like numerals stay") {
      CHECK(fold_numbers({"xi", "jinping"}) == Tokens{"xi", "jinping"});
      CHECK(fold_numbers({"vic", "i"}) == Tokens{"vic", "i"});
    }
  }

  TEST_CASE("match::fold_abd") {
    CHECK(fold_abd({"abd", "al", "rahman"}) == Tokens{"abdul", "rahman"});
    CHECK(fold_abd({"abdel", "aziz"}) == Tokens{"abdul", "aziz"});
    CHECK(fold_abd({"abdullah"}) == Tokens{"abdullah"});
  }

  TEST_CASE("match::is_honorific") {
    CHECK(is_honorific("shaikh"));
    CHECK(is_honorific("dr"));
    CHECK(is_particle("bin"));
    CHECK(is_particle("van"));
    CHECK_FALSE(is_honorific("huawei"));
  }

  TEST_CASE("match::legal_form_table") {
    SUBCASE("legal forms are classes across languages") {
      const auto stock = [](const std::string& n) {
        return normalize_name(n).legal_classes & k_legal_stock;
      };
      const auto limited = [](const std::string& n) {
        return normalize_name(n).legal_classes & k_legal_limited;
      };
      CHECK(normalize_name("Deutsche Bank AG").joined() == "deutsche bank");
      CHECK(normalize_name("Deutsche Bank Aktiengesellschaft").joined() == "deutsche bank");
      CHECK(stock("Deutsche Bank AG"));
      CHECK(stock("Deutsche Bank Aktiengesellschaft"));
      CHECK(stock("Aeroflot OAO"));
      CHECK(stock("Aeroflot OJSC"));
      CHECK(stock("Aeroflot Open Joint Stock Company"));
      CHECK(stock("Exemplo S.A."));
      CHECK(normalize_name("Exemplo Sociedad Anónima").joined() == "exemplo");
      CHECK(stock("Exemplo Sociedad Anónima"));
      CHECK(limited("Exemplu SRL"));
      CHECK(normalize_name("Exemplu Societatea cu Răspundere Limitată").joined() == "exemplu");
      CHECK(limited("Exemplu Societatea cu Răspundere Limitată"));
      CHECK(normalize_name("Przyklad Sp. z o.o.").joined() == "przyklad");
      CHECK(limited("Przyklad Sp. z o.o."));
      CHECK_FALSE(limited("Deutsche Bank AG"));
    }
    SUBCASE("class names for explanations") {
      CHECK(class_names(k_legal_stock) == "stock company");
      CHECK(specific_classes(k_legal_company | k_legal_limited) == k_legal_limited);
    }
  }

  TEST_CASE("match::acronyms_of") {
    CHECK(has_acronym("Semiconductor Manufacturing International Corporation", "smic"));
    CHECK(has_acronym("National University of Defense Technology", "nudt"));
    CHECK(has_acronym("China Electronics Technology Group Corporation 13th Research Institute",
                      "cetc"));
    CHECK(has_acronym("China State Shipbuilding Corporation, Limited", "cssc"));
    CHECK(has_acronym("Atomic Energy Organization of Iran", "aeoi"));
    CHECK_FALSE(has_acronym("Huawei", "h"));
    const auto a =
        acronyms_of(normalize_name("Semiconductor Manufacturing International Corporation"));
    REQUIRE_FALSE(a.empty());
    bool covers_all = false;
    for (const Acronym& x : a) {
      covers_all = covers_all || (x.text == "smic" && x.from == 0 && x.count == 3);
    }
    CHECK(covers_all);
  }
}

}  // namespace ecc::match
