// The legal-form table. Written for the names on restricted-party lists and
// customer files: English, German, French, Spanish, Portuguese, Italian,
// Dutch, Nordic, Polish, Romanian, Czech, Turkish, Russian and Ukrainian (as
// BGN romanises them), Chinese pinyin, Japanese, Korean, Vietnamese,
// Indonesian, Malaysian, Gulf free zones and Persian. Tokens are as
// normalize_ascii leaves them: lower case ASCII, dotted letters joined
// ("S.p.A." -> "spa", "Sp. z o.o." -> "sp zoo").
#include "match/org_types.hpp"

#include <algorithm>
#include <unordered_map>

namespace ecc::match {

namespace {

constexpr uint8_t C = k_legal_company, L = k_legal_limited, S = k_legal_stock,
                  P = k_legal_partnership, G = k_legal_state;

std::vector<LegalForm> make_table() {
  std::vector<LegalForm> t = {
      // Any company.
      {{"co"}, "co", C},
      {{"company"}, "co", C},
      {{"cie"}, "co", C},
      {{"cia"}, "co", C},
      {{"compania"}, "co", C},
      {{"compagnie"}, "co", C},
      {{"gongsi"}, "co", C},
      {{"obshchestvo"}, "co", C},
      {{"kompaniya"}, "co", C},
      {{"kompaniia"}, "co", C},
      {{"sherkat"}, "co", C},
      {{"sherkate"}, "co", C},
      {{"shirkat"}, "co", C},
      {{"sharikat"}, "co", C},
      {{"sharika"}, "co", C},
      {{"cong", "ty"}, "co", C},
      {{"hoesa"}, "co", C},
      {{"sirketi"}, "co", C},
      // Limited liability companies.
      {{"ltd"}, "ltd", L},
      {{"limited"}, "ltd", L},
      {{"llc"}, "llc", L},
      {{"gmbh"}, "gmbh", L},
      {{"mbh"}, "gmbh", L},
      {{"ooo"}, "llc", L},
      {{"tov"}, "llc", L},
      {{"too"}, "llc", L},
      {{"srl"}, "srl", L},
      {{"sarl"}, "sarl", L},
      {{"sro"}, "sro", L},
      {{"bv"}, "bv", L},
      {{"bvba"}, "bv", L},
      {{"odo"}, "llc", L},
      {{"tda"}, "llc", L},  // Belarusian: additional liability company
      {{"alc"}, "llc", L},
      {{"additional", "liability", "company"}, "llc", L},
      {{"obshchestvo", "s", "dopolnitelnoy", "otvetstvennostyu"}, "llc", L},
      {{"tavarystva", "z", "dadatkovay", "adkaznastsyu"}, "llc", L},
      {{"pte"}, "pte", L},
      {{"pvt"}, "pvt", L},
      {{"pty"}, "pty", L},
      {{"ltda"}, "ltd", L},
      {{"lda"}, "ltd", L},
      {{"sl"}, "sl", L},
      {{"kft"}, "kft", L},
      {{"doo"}, "doo", L},
      {{"eood"}, "ood", L},
      {{"ood"}, "ood", L},
      {{"bhd"}, "bhd", L},
      {{"sdn"}, "sdn", L},
      {{"fze"}, "fze", L},
      {{"fzco"}, "fze", L},
      {{"fzc"}, "fze", L},
      {{"fzllc"}, "fze", L},
      {{"fz", "llc"}, "fze", L},
      {{"fze", "llc"}, "fze", L},
      {{"wll"}, "wll", L},
      {{"sti"}, "ltd", L},
      {{"tnhh"}, "llc", L},
      {{"pt"}, "pt", L},
      {{"sp", "zoo"}, "spzoo", L},
      {{"spzoo"}, "spzoo", L},
      {{"s", "de", "rl"}, "srl", L},
      {{"sdn", "bhd"}, "bhd", L},
      {{"private", "limited", "company"}, "ltd", L},
      {{"private", "limited"}, "ltd", L},
      {{"limited", "liability", "company"}, "llc", L},
      {{"limited", "liability"}, "llc", L},
      {{"liability"}, "llc", L},
      {{"limited", "sirketi"}, "ltd", L},
      {{"gesellschaft", "mit", "beschrankter", "haftung"}, "gmbh", L},
      {{"societe", "a", "responsabilite", "limitee"}, "sarl", L},
      {{"sociedad", "de", "responsabilidad", "limitada"}, "srl", L},
      {{"sociedade", "limitada"}, "ltd", L},
      {{"societa", "a", "responsabilita", "limitata"}, "srl", L},
      {{"societatea", "cu", "raspundere", "limitata"}, "srl", L},
      {{"spolka", "z", "ograniczona", "odpowiedzialnoscia"}, "spzoo", L},
      {{"spolka", "zoo"}, "spzoo", L},
      {{"spolecnost", "s", "rucenim", "omezenym"}, "sro", L},
      {{"obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"}, "llc", L},
      {{"obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"}, "llc", L},
      {{"obshchestvo", "s", "ogranichennoj", "otvetstvennostju"}, "llc", L},
      {{"tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu"}, "llc", L},
      {{"besloten", "vennootschap"}, "bv", L},
      {{"yugen", "kaisha"}, "yk", L},
      {{"youxian", "gongsi"}, "ltd", L},
      {{"youxian", "zeren", "gongsi"}, "ltd", L},
      {{"youxiangongsi"}, "ltd", L},
      {{"trach", "nhiem", "huu", "han"}, "llc", L},
      {{"perseroan", "terbatas"}, "pt", L},
      {{"sendirian", "berhad"}, "bhd", L},
      {{"berhad"}, "bhd", L},
      {{"free", "zone", "establishment"}, "fze", L},
      {{"free", "zone", "company"}, "fze", L},
      // Stock companies and corporations.
      {{"ag"}, "ag", S},
      {{"aktiengesellschaft"}, "ag", S},
      {{"sa"}, "sa", S},
      {{"sae"}, "sa", S},
      {{"sal"}, "sa", S},
      {{"sak"}, "sa", S},
      {{"saog"}, "sa", S},
      {{"saoc"}, "sa", S},
      {{"spa"}, "spa", S},
      {{"nv"}, "nv", S},
      {{"jsc"}, "jsc", S},
      {{"ojsc"}, "jsc", S},
      {{"cjsc"}, "jsc", S},
      {{"pjsc"}, "jsc", S},
      {{"pjs"}, "jsc", S},
      {{"oao"}, "jsc", S},
      {{"zao"}, "jsc", S},
      {{"pao"}, "jsc", S},
      {{"ao"}, "jsc", S},
      {{"jointstock"}, "jsc", S},
      {{"asa"}, "as", S},
      {{"ab"}, "ab", S},
      {{"oy"}, "oy", S},
      {{"oyj"}, "oy", S},
      {{"kk"}, "kk", S},
      {{"plc"}, "plc", S},
      {{"inc"}, "inc", S},
      {{"incorporated"}, "inc", S},
      {{"corp"}, "corp", S},
      {{"corporation"}, "corp", S},
      {{"tbk"}, "tbk", S},
      {{"zat"}, "jsc", S},
      {{"pat"}, "jsc", S},
      {{"prat"}, "jsc", S},
      {{"vat"}, "jsc", S},
      {{"aktsionernoe"}, "jsc", S},
      {{"aktsionernoye"}, "jsc", S},
      {{"publichnoe"}, "jsc", S},
      {{"publichnoye"}, "jsc", S},
      {{"aktsionernoy"}, "jsc", S},
      {{"otkrytogo", "tipa"}, "jsc", S},  // "AO otkrytogo tipa": of the open type
      {{"zakrytogo", "tipa"}, "jsc", S},
      {{"closed", "corporation"}, "jsc", S},
      {{"otkrytoe"}, "jsc", S},
      {{"zakrytoe"}, "jsc", S},
      {{"joint", "stock", "company"}, "jsc", S},
      {{"joint", "stock"}, "jsc", S},
      {{"open", "joint", "stock", "company"}, "jsc", S},
      {{"open", "joint", "stock"}, "jsc", S},
      {{"closed", "joint", "stock", "company"}, "jsc", S},
      {{"closed", "joint", "stock"}, "jsc", S},
      {{"public", "joint", "stock", "company"}, "jsc", S},
      {{"public", "joint", "stock"}, "jsc", S},
      {{"private", "joint", "stock", "company"}, "jsc", S},
      {{"public", "limited", "company"}, "plc", S},
      {{"aktsionernoe", "obshchestvo"}, "jsc", S},
      {{"aktsionernoye", "obshchestvo"}, "jsc", S},
      {{"otkrytoe", "aktsionernoe", "obshchestvo"}, "jsc", S},
      {{"zakrytoe", "aktsionernoe", "obshchestvo"}, "jsc", S},
      {{"publichnoe", "aktsionernoe", "obshchestvo"}, "jsc", S},
      {{"publichne", "aktsionerne", "tovarystvo"}, "jsc", S},
      {{"aktsionerne", "tovarystvo"}, "jsc", S},
      {{"sociedad", "anonima"}, "sa", S},
      {{"societe", "anonyme"}, "sa", S},
      {{"sociedade", "anonima"}, "sa", S},
      {{"societa", "per", "azioni"}, "spa", S},
      {{"naamloze", "vennootschap"}, "nv", S},
      {{"aksjeselskap"}, "as", S},
      {{"aktieselskab"}, "as", S},
      {{"aktiebolag"}, "ab", S},
      {{"aktiebolaget"}, "ab", S},
      {{"osakeyhtio"}, "oy", S},
      {{"anonim", "sirketi"}, "as", S},
      {{"kabushiki", "kaisha"}, "kk", S},
      {{"kabushikigaisha"}, "kk", S},
      {{"kabushikikaisha"}, "kk", S},
      {{"jusik", "hoesa"}, "jsc", S},
      {{"jusikhoesa"}, "jsc", S},
      {{"chusik", "hoesa"}, "jsc", S},
      {{"gufen", "youxian", "gongsi"}, "jsc", S},
      {{"gufen", "gongsi"}, "jsc", S},
      {{"sa", "de", "cv"}, "sa", S},
      {{"co", "phan"}, "jsc", S},
      {{"sherkat", "sahami", "khass"}, "jsc", S},
      {{"sherkate", "sahami", "khass"}, "jsc", S},
      {{"sahami", "khass"}, "jsc", S},
      {{"sahami", "aam"}, "jsc", S},
      // Partnerships.
      {{"lp"}, "lp", P},
      {{"llp"}, "llp", P},
      {{"kg"}, "kg", P},
      {{"ohg"}, "ohg", P},
      {{"gbr"}, "gbr", P},
      {{"snc"}, "snc", P},
      {{"limited", "partnership"}, "lp", P},
      {{"limited", "liability", "partnership"}, "llp", P},
      {{"kommanditgesellschaft"}, "kg", P},
      {{"offene", "handelsgesellschaft"}, "ohg", P},
      {{"general", "partnership"}, "gp", P},
      {{"gmbh", "co", "kg"}, "kg", P | L},
      // State unitary enterprises (Russia, CIS).
      {{"fgup"}, "fgup", G},
      {{"fsue"}, "fgup", G},
      {{"gup"}, "fgup", G},
      {{"federal", "state", "unitary", "enterprise"}, "fgup", G},
      {{"state", "unitary", "enterprise"}, "fgup", G},
      {{"federalnoe", "gosudarstvennoe", "unitarnoe", "predpriyatie"}, "fgup", G},
      {{"gosudarstvennoe", "unitarnoe", "predpriyatie"}, "fgup", G},
  };
  std::stable_sort(t.begin(), t.end(), [](const LegalForm& a, const LegalForm& b) {
    return a.words.size() > b.words.size();
  });
  return t;
}

}  // namespace

const std::vector<LegalForm>& legal_form_table() {
  static const std::vector<LegalForm> table = make_table();
  return table;
}

const LegalForm* single_word_form(std::string_view token) {
  static const auto index = [] {
    std::unordered_map<std::string_view, const LegalForm*> m;
    for (const LegalForm& f : legal_form_table()) {
      if (f.words.size() == 1) {
        m.emplace(f.words[0], &f);
      }
    }
    return m;
  }();
  const auto it = index.find(token);
  return it == index.end() ? nullptr : it->second;
}

uint8_t classes_of_form(std::string_view form) {
  for (const LegalForm& f : legal_form_table()) {
    if (f.form == form) {
      return f.classes;
    }
  }
  return 0;
}

uint8_t specific_classes(uint8_t classes) {
  return static_cast<uint8_t>(classes & ~k_legal_company);
}

std::string class_names(uint8_t classes) {
  std::string out;
  for (const auto& [bit, name] :
       {std::pair{k_legal_limited, "limited liability company"},
        std::pair{k_legal_stock, "stock company"}, std::pair{k_legal_partnership, "partnership"},
        std::pair{k_legal_state, "state enterprise"}}) {
    if (classes & bit) {
      out += (out.empty() ? "" : " / ") + std::string(name);
    }
  }
  return out;
}

}  // namespace ecc::match
