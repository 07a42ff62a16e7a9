#pragma once
// Name normalization: one party name in any script -> the distinctive ASCII
// tokens the scorer compares, with legal forms and stop words set aside so
// that "Huawei Technologies Co., Ltd." and "HUAWEI TECHNOLOGIES LIMITED" agree.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecc::match {

struct NormalizedName {
  std::vector<std::string> tokens;       // distinctive tokens, in name order
  std::vector<std::string> legal_forms;  // canonical legal forms removed: "ltd", "inc", "gmbh"
  std::vector<std::string> legal_words;  // the same as written: "limited", "aktiengesellschaft"
  std::vector<std::string> stop_words;   // stop words removed: "the", "of"
  // Every word in name order, legal forms and stop words included, for
  // acronyms ("Semiconductor Manufacturing International Corporation" -> SMIC).
  std::vector<std::string> words;
  uint8_t legal_classes = 0;    // LegalClass bits of the legal forms (org_types.hpp)
  bool transliterated = false;  // the input had non-ASCII characters

  // Tokens joined by one space ("beijing sensetime technology development").
  std::string joined() const;
};

// Full normalization (ICU transliteration + normalize_ascii). Thread-safe.
NormalizedName normalize_name(std::string_view utf8);

// The ASCII steps alone, on lower-case ASCII text: punctuation, single-letter
// runs ("s.a." -> "sa"), word variants, legal forms, stop words.
NormalizedName normalize_ascii(std::string_view lower_ascii);

// The canonical legal form of a single token ("limited" -> "ltd"), or empty.
std::string_view legal_form_of(std::string_view token);

}  // namespace ecc::match
