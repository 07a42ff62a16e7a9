#pragma once
// Text metrics for the SVG pictures: how wide a UTF-8 label is drawn and how
// it wraps, estimated without a font (Helvetica's widths for ASCII, one em for
// CJK and other wide characters, plus a margin), so boxes fit their labels
// in Helvetica, Arial, Liberation Sans and DejaVu Sans.
// Internal to report/.

#include <string>
#include <string_view>
#include <vector>

namespace ecc::report {

// The drawn width of `text` at `font_size` pixels. Invalid UTF-8 bytes count
// as one average character each.
double text_width(std::string_view text, double font_size);

// `text` in lines no wider than `max_width` (at `font_size`): broken at
// spaces, and inside a word (between characters, never inside one) when the
// word alone is too wide, as CJK names are. Never returns no line.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size);

// `x` with one decimal ("12.5", "-3.0"), the same in every locale.
std::string svg_number(double x);

}  // namespace ecc::report
