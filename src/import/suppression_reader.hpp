#pragma once
// Reads the suppressions file (`screen --ignore FILE`, default
// .exportcheck-ignore.json; also `audit --ignore FILE`): {"suppressions":
// [{rule, entry, content_hash, party, order, customer, reason, approved_by,
// expires}]}, documented in docs/ci.md.
// Strict: an unknown key or a missing reason is an error, never a wider match.

#include <string>
#include <vector>

#include "model/suppression.hpp"

namespace ecc::import {

// Reads FILE. Throws DataError naming the file and JSON pointer of a bad field.
std::vector<model::Suppression> read_suppressions(const std::string& path);

// Parses the text of a suppressions file; `file` names it in errors.
std::vector<model::Suppression> parse_suppressions(const std::string& text,
                                                   const std::string& file);

}  // namespace ecc::import
