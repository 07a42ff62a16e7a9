#pragma once
// Script conversion for names: any script to lower-case ASCII via ICU. Chinese
// is segmented into words, common business words are translated to English
// and the rest is romanized as pinyin with each word's syllables joined
// ("北京市商汤科技开发有限公司" -> "beijing shangtang technology development co ltd").

#include <string>
#include <string_view>

namespace ecc::match {

// Lower-case ASCII form of a UTF-8 name: NFKC + case folding, Traditional ->
// Simplified Chinese, Han -> pinyin, Cyrillic -> Latin (BGN), other scripts ->
// Latin, diacritics removed. Punctuation is kept for the tokenizer. Pure ASCII
// input skips ICU. Thread-safe: each thread creates its transliterators once.
std::string to_latin_ascii(std::string_view utf8);

}  // namespace ecc::match
