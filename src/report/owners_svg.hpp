#pragma once
// The ownership picture of `owners --format html` as one self-contained SVG
// element. Internal to report/.

#include <string>

#include "report/owners_report.hpp"

namespace ecc::report {

// An <svg> of `picture`: a box per entity (sized to its wrapped, escaped
// label, filled by its mark with the DOT colours, the focus bold), an arrow
// per statement from owner to owned with its share ("? %" and dashed when
// unknown), laid out in layers by graph::layered_layout; under it the legend
// of the marks used and the caption (the as-of date and the rule windows).
// No scripts, no external references; the same input gives the same bytes.
std::string owners_svg(const OwnersPicture& picture);

}  // namespace ecc::report
