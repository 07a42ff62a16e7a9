// Text metrics for the SVG pictures (svg_text.hpp). Widths are per mille of
// the font size: Helvetica's AFM widths for printable ASCII (Arial and
// Liberation Sans share them), 1000 for East Asian wide characters, 0 for
// combining marks, 600 for the rest; all but the wide ones scaled by 1.16 as a
// margin for the fallback fonts (DejaVu Sans, Debian's default sans-serif, is
// that much wider than Helvetica).
#include "report/svg_text.hpp"

#include <cmath>
#include <cstdint>

namespace ecc::report {
namespace {

// Helvetica widths of ' ' (32) to '~' (126).
constexpr int k_ascii[95] = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '..'/'
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // '0'..'?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // '@'..'O'
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 'P'..'_'
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // '`'..'o'
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // 'p'..'~'

constexpr double k_fallback_margin = 1.16;

// One code point from `s` at `i` (advancing `i`); 0xFFFD for a bad byte.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const int extra = b < 0x80           ? 0
                    : (b >> 5) == 0x6  ? 1
                    : (b >> 4) == 0xE  ? 2
                    : (b >> 3) == 0x1E ? 3
                                       : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  std::uint32_t cp = extra == 0 ? b : b & (0x3Fu >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

bool wide(std::uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

int per_mille(std::uint32_t cp) {
  if (cp >= 32 && cp <= 126) {
    return k_ascii[cp - 32];
  }
  if (cp >= 0x300 && cp <= 0x36F) {
    return 0;
  }
  return wide(cp) ? 1000 : 600;
}

// A wide character is one em in every CJK font; the margin is for the rest.
double width_of(std::uint32_t cp, double font_size) {
  return per_mille(cp) * font_size * (wide(cp) ? 1.0 : k_fallback_margin) / 1000.0;
}

// Splits `word` into pieces no wider than max_width (at least one character each).
void split_word(std::string_view word, double max_width, double font_size,
                std::vector<std::string>& lines) {
  std::string piece;
  double width = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t start = i;
    const double w = width_of(next_code_point(word, i), font_size);
    if (!piece.empty() && width + w > max_width) {
      lines.push_back(piece);
      piece.clear();
      width = 0;
    }
    piece.append(word.substr(start, i - start));
    width += w;
  }
  lines.push_back(piece);
}

}  // namespace

double text_width(std::string_view text, double font_size) {
  double width = 0;
  for (std::size_t i = 0; i < text.size();) {
    width += width_of(next_code_point(text, i), font_size);
  }
  return width;
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) {
      continue;
    }
    const std::string joined = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (text_width(joined, font_size) <= max_width) {
      line = joined;
      continue;
    }
    if (!line.empty()) {
      lines.push_back(line);
    }
    line = std::string(word);
    if (text_width(line, font_size) > max_width) {
      split_word(word, max_width, font_size, lines);
      line = lines.back();
      lines.pop_back();
    }
  }
  if (!line.empty() || lines.empty()) {
    lines.push_back(line);
  }
  return lines;
}

std::string svg_number(double x) {
  const long long tenths = std::llround(x * 10);
  const long long whole = (tenths < 0 ? -tenths : tenths) / 10;
  const long long tenth = (tenths < 0 ? -tenths : tenths) % 10;
  return std::string(tenths < 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string(tenth);
}

}  // namespace ecc::report
