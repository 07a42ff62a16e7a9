#pragma once
// A suppression as the suppressions file states it (docs/ci.md): a reviewed
// finding that should no longer fail a CI run, bound to the list entry content
// it was reviewed against and to an expiry date. screen/suppressions.hpp
// decides which findings it covers; import/suppression_reader.hpp reads it.

#include <string>

#include "util/date.hpp"

namespace ecc::model {

// `rule` is required, and at least one of entry/party/order/customer;
// `content_hash` is required with `entry`. `order` applies to `screen` only,
// `customer` to `audit` only.
struct Suppression {
  std::string rule;          // screening rule id, e.g. "entity-list"
  std::string entry;         // list entry key ("db show", JSON parties[].matches[].key)
  std::string party;         // order party or customer name (ASCII case-insensitive)
  std::string order;         // order id (screen)
  std::string customer;      // customer id of a customer file (audit)
  std::string content_hash;  // model::content_hash of the entry as reviewed
  std::string reason;
  std::string approved_by;
  util::Date expires;  // last day the suppression applies
  std::string source;  // "FILE: /suppressions/N", for messages
};

}  // namespace ecc::model
