#pragma once
// One row of a customer master file as `exportcheck audit` reads it
// (docs/matching.md, "Audit"): who the customer is and where the row was.

#include <cstddef>
#include <string>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::model {

struct Customer {
  size_t row = 0;               // 1-based data row (the header is not counted)
  size_t line = 0;              // physical line of the file where the row starts
  std::string id;               // the customer's own id, optional
  std::string name;             // required
  std::string country;          // ISO 3166-1 alpha-2, upper case, or empty
  std::string address;          // optional, shown only
  std::vector<Identifier> ids;  // LEI, registration numbers ...
  std::string error;            // set (and the rest may be empty) for a bad row with --keep-going
};

}  // namespace ecc::model
