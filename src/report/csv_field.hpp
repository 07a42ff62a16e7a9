#pragma once
// One CSV field for the CSV outputs of `screen` and `audit`. Internal to report/.

#include <string>

namespace ecc::report {

// RFC 4180: quoted when it holds a comma, quote, CR or LF. A text that a
// spreadsheet would run as a formula (it starts with = + - @, a tab or a CR,
// and is not a plain number such as "-0.10") gets a leading apostrophe first:
// a customer called "=HYPERLINK(...)" is shown, never evaluated.
std::string csv_field(const std::string& s);

}  // namespace ecc::report
