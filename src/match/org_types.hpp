#pragma once
// Legal forms as classes across languages: "AG" = "Aktiengesellschaft" =
// "S.A." = "JSC" = "OAO" (stock companies), "Ltd" = "GmbH" = "SRL" = "OOO" =
// "Sp. z o.o." (limited liability companies), partnerships, state unitary
// enterprises. Legal forms are set aside from the name comparison; their
// classes are compared on their own (equal classes agree; different classes
// do not count against a strong name match).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecc::match {

// Class bits; a name may carry several (a "Co., Ltd." is company + limited).
enum LegalClass : uint8_t {
  k_legal_company = 1,      // co, company, gongsi, kompaniya: any company
  k_legal_limited = 2,      // ltd, llc, gmbh, srl, ooo, sp z o.o., bv, pte, pvt
  k_legal_stock = 4,        // ag, sa, spa, nv, jsc, oao, pjsc, inc, corp, plc, kk, ab, oy
  k_legal_partnership = 8,  // lp, llp, kg, ohg, snc
  k_legal_state = 16,       // fgup, fsue, state unitary enterprise
};

struct LegalForm {
  std::vector<std::string_view> words;  // normalized tokens: {"sociedad", "anonima"}
  std::string_view form;                // short canonical form shown: "sa"
  uint8_t classes = 0;
};

// Every legal form, multi-word forms first (longest first).
const std::vector<LegalForm>& legal_form_table();

// The legal form of one token ("aktiengesellschaft" -> its entry), nullptr when none.
const LegalForm* single_word_form(std::string_view token);

// The classes of a canonical form ("ag" -> k_legal_stock), 0 when unknown.
uint8_t classes_of_form(std::string_view form);

// The classes that say what kind of company it is (the generic "company" bit set aside).
uint8_t specific_classes(uint8_t classes);

// "stock company", "limited liability company", ... for explanations; "" for none.
std::string class_names(uint8_t classes);

}  // namespace ecc::match
