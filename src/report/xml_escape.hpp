#pragma once
// XML text for the JUnit reports of `screen` and `audit`. Internal to report/.

#include <string>

namespace ecc::report {

// Escapes & < > " ' for XML text and attributes; control characters that
// XML 1.0 forbids become spaces (newline and tab are kept).
std::string xml_escape(const std::string& s);

}  // namespace ecc::report
