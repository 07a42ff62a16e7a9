#include "match/normalize.hpp"

#include <doctest/doctest.h>

#include "match/transliterate.hpp"

namespace ecc::match {

TEST_SUITE("match") {
  TEST_CASE("match::normalize_name") {
    SUBCASE("legal forms are set aside and equivalent") {
      const auto a = normalize_name("Huawei Technologies Co., Ltd.");
      const auto b = normalize_name("HUAWEI TECHNOLOGY LIMITED");
      CHECK(a.joined() == "huawei technology");
      CHECK(b.joined() == "huawei technology");
      CHECK(a.legal_forms == std::vector<std::string>{"co", "ltd"});
      CHECK(normalize_name("Gazprom Telekom, OOO").joined() == "gazprom telekom");
      CHECK(normalize_name("Obshchestvo S Ogranichennoi Otvetstvennostyu Gazprom").joined() ==
            "gazprom");
      CHECK(normalize_name("Siemens Aktiengesellschaft GmbH & Co. KG").legal_forms.front() == "ag");
    }
    SUBCASE("Russian and Belarusian legal forms as the SDN list romanises them") {
      CHECK(
          normalize_name("AKTSIONERNOE OBSHCHESTVO OTKRYTOGO TIPA BELOGLINSKI ELEVATOR").joined() ==
          "beloglinski elevator");
      CHECK(normalize_name("PUBLICHNOE AKTSIONERNOY OBSHCHESTVO ROSTELEKOM").joined() ==
            "rostelekom");
      CHECK(normalize_name("SIGNALTEK CLOSED CORPORATION").joined() == "signaltek");
      CHECK(normalize_name("TAVARYSTVA Z DADATKOVAY ADKAZNASTSYU BELNAFTAHAZ").joined() ==
            "belnaftahaz");
      CHECK(normalize_name("TDA BELNAFTAHAZ").joined() == "belnaftahaz");
      CHECK(normalize_name("WELFARE AND DEVELOPMENT ORG").joined() ==
            "welfare development organization");
    }
    SUBCASE("dotted abbreviations, apostrophes, BIS question marks") {
      CHECK(normalize_name("Galapagos S.A.").joined() == "galapagos");
      CHECK(normalize_name("O'Brien Trading").joined() == "obrien trading");
      CHECK(normalize_name("Xi?an Aero Engine").joined() == "xian aero engine");
    }
    SUBCASE("stop words go, but not when nothing else is left") {
      CHECK(normalize_name("The Bank of Kunlun").joined() == "bank kunlun");
      CHECK(normalize_name("The And").joined() == "the and");
    }
    SUBCASE("a name of legal forms only has no distinctive tokens") {
      CHECK(normalize_name("CORP").tokens.empty());
      CHECK(normalize_name("Co., Ltd.").tokens.empty());
    }
    SUBCASE("misspelt and glued legal forms") {
      CHECK(normalize_name("Isim Sinin Limitde").joined() == "isim sinin");
      CHECK(normalize_name("PJSCAeroflot").joined() == "aeroflot");
    }
    SUBCASE("diacritics and case folding") {
      CHECK(normalize_name("Société Générale").joined() == "societe generale");
      CHECK(normalize_name("STRAßE MÜLLER").joined() == "strasse muller");
    }
    SUBCASE("Chinese: business words translated, names in pinyin, syllables joined") {
      CHECK(normalize_name("北京市商汤科技开发有限公司").joined() ==
            "beijing shangtang technology development");
      CHECK(normalize_name("成都海光集成电路设计有限公司").joined() ==
            "chengdu haiguang integrated circuit design");
      CHECK(normalize_name("浙江大华技术股份有限公司").joined() == "zhejiang dahua technology");
    }
    SUBCASE("Traditional characters meet Simplified") {
      CHECK(normalize_name("國家超級計算深圳中心").joined() ==
            normalize_name("国家超级计算深圳中心").joined());
    }
    SUBCASE("pinyin legal forms") {
      CHECK(normalize_name("Haiguang Xinxi Jishu Youxian Gongsi").joined() ==
            "haiguang information technology");
    }
    SUBCASE("Korean Hangul syllable by syllable, as the SDN list writes Korean names") {
      CHECK(normalize_name("김정은").joined() == "kim jong un");
      CHECK(normalize_name("최룡해").joined() == "choe ryong hae");
      CHECK(normalize_name("박봉주").joined() == "pak pong ju");
    }
    SUBCASE("Japanese kana with long vowels shortened") {
      CHECK(normalize_name("アサハラ ショウコウ").joined() == "asahara shoko");
    }
    SUBCASE("Armenian, Georgian, Greek, Thai to Latin") {
      CHECK(normalize_name("Ալեքսանդր").joined() == "aleksandr");
      CHECK(normalize_name("ბიძინა ივანიშვილი").joined() == "bidzina ivanishvili");
      CHECK(normalize_name("Αλέξης Τσίπρας").joined() == "alexes tsipras");
      CHECK(normalize_name("ทักษิณ").joined() == "thaksin");
    }
    SUBCASE("numbers written as words or ordinals are digits") {
      CHECK(normalize_name("Forty-Four Holdings").joined() == "44 holding");
      CHECK(normalize_name("1st Example Bank").joined() ==
            normalize_name("First Example Bank").joined());
    }
    SUBCASE("Cyrillic by BGN") {
      CHECK(normalize_name("ООО «Газпром Телеком»").joined() == "gazprom telekom");
      CHECK(normalize_name("ПАО Аэрофлот").joined() == "aeroflot");
    }
  }

  TEST_CASE("match::to_latin_ascii") {
    SUBCASE("ASCII input is only lower-cased") {
      CHECK(to_latin_ascii("ACME, Inc.") == "acme, inc.");
    }
    SUBCASE("Arabic becomes Latin letters") {
      const std::string s = to_latin_ascii("شركة");
      CHECK_FALSE(s.empty());
      for (const char c : s)
        CHECK(static_cast<unsigned char>(c) < 0x80);
    }
  }
}

}  // namespace ecc::match
