// ICU pipeline behind to_latin_ascii(). Transliterators and break iterators
// are costly to build and not thread-safe, so each thread builds one set on
// first use and keeps it (thread_local). Chinese runs are handled before the
// general Any-Latin step so that pinyin syllables of one word stay together;
// Hangul is romanised before it (korean_kana.cpp), kana fixed after it.
#include "match/transliterate.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <stdexcept>

#include "match/chinese_terms.hpp"
#include "match/korean_kana.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

struct IcuTools {
  const icu::Normalizer2* nfkc_cf = nullptr;
  std::unique_ptr<icu::Transliterator> simplify;  // Traditional -> Simplified
  std::unique_ptr<icu::Transliterator> pinyin;    // Han -> ASCII pinyin
  std::unique_ptr<icu::Transliterator> to_latin;  // every other script -> ASCII
  std::unique_ptr<icu::BreakIterator> words;      // dictionary word segmentation
};

std::unique_ptr<icu::Transliterator> make_translit(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status) || !t) {
    throw std::runtime_error(std::string("cannot create ICU transliterator ") + id);
  }
  return t;
}

IcuTools make_tools() {
  IcuTools t;
  UErrorCode status = U_ZERO_ERROR;
  t.nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  t.words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status) || !t.nfkc_cf || !t.words) {
    throw std::runtime_error("cannot initialise ICU normalizer or word break iterator");
  }
  t.simplify = make_translit("Traditional-Simplified");
  t.pinyin = make_translit("Han-Latin; Latin-ASCII");
  t.to_latin = make_translit("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
  return t;
}

IcuTools& tools() {
  thread_local IcuTools t = make_tools();
  return t;
}

bool is_han(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN;
}

bool has_han(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    if (is_han(s.char32At(i)))
      return true;
  }
  return false;
}

// Replaces known business words by " english " in a UTF-8 string.
std::string translate_terms(std::string s) {
  for (const auto& [zh, en] : chinese_terms()) {
    for (size_t pos = s.find(zh); pos != std::string::npos; pos = s.find(zh, pos)) {
      const std::string repl = " " + std::string(en) + " ";
      s.replace(pos, zh.size(), repl);
      pos += repl.size();
    }
  }
  return s;
}

// Romanizes one segmented Han word with its syllables joined; drops the
// administrative suffixes 市 (city) and 省 (province) of place names.
icu::UnicodeString romanize_word(icu::UnicodeString word, IcuTools& t) {
  const int32_t n = word.countChar32();
  if (n >= 3 &&
      (word.endsWith(icu::UnicodeString(u"市")) || word.endsWith(icu::UnicodeString(u"省")))) {
    word.truncate(word.length() - 1);
  }
  t.pinyin->transliterate(word);
  word.findAndReplace(icu::UnicodeString(u" "), icu::UnicodeString());
  word.findAndReplace(icu::UnicodeString(u"'"), icu::UnicodeString());
  return icu::UnicodeString(u" ") + word + icu::UnicodeString(u" ");
}

// Segments Chinese text into words and romanizes each; runs of one-character
// words (names the dictionary does not know, 大/华) are joined into one word.
icu::UnicodeString romanize_chinese(const icu::UnicodeString& in, IcuTools& t) {
  std::string utf8;
  in.toUTF8String(utf8);
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(translate_terms(utf8));
  icu::UnicodeString out, run;
  t.words->setText(s);
  int32_t start = t.words->first();
  for (int32_t end = t.words->next(); end != icu::BreakIterator::DONE;
       start = end, end = t.words->next()) {
    icu::UnicodeString word(s, start, end - start);
    if (has_han(word) && word.countChar32() == 1) {
      run += word;
      continue;
    }
    if (!run.isEmpty())
      out += romanize_word(run, t), run.remove();
    out += has_han(word) ? romanize_word(word, t) : word;
  }
  if (!run.isEmpty())
    out += romanize_word(run, t);
  return out;
}

}  // namespace

std::string to_latin_ascii(std::string_view utf8) {
  bool ascii = true;
  for (const char c : utf8)
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii)
    return util::to_lower_ascii(utf8);
  IcuTools& t = tools();
  UErrorCode status = U_ZERO_ERROR;
  const std::string korean = has_hangul(utf8) ? romanize_hangul(utf8) : std::string();
  if (!korean.empty())
    utf8 = korean;
  const bool kana = has_kana(utf8);
  icu::UnicodeString s = t.nfkc_cf->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                                  utf8.data(), static_cast<int32_t>(utf8.size()))),
                                              status);
  if (U_FAILURE(status))
    return util::to_lower_ascii(utf8);
  if (has_han(s)) {
    t.simplify->transliterate(s);
    s = romanize_chinese(s, t);
  }
  t.to_latin->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  std::string ascii_out;
  ascii_out.reserve(out.size());
  for (const char c : out) {
    if (static_cast<unsigned char>(c) < 0x80)
      ascii_out.push_back(c);
  }
  return util::to_lower_ascii(kana ? fix_kana_romanization(ascii_out) : ascii_out);
}

}  // namespace ecc::match
