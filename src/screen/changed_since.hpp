#pragma once
// `screen --changed-since DATASET`: after a list update only the orders with a
// party that matches (or resembles) an entry added or changed since that
// import can have a different verdict from a list entry, so a daily run
// re-screens just those. Pure.

#include <vector>

#include "model/entry_diff.hpp"
#include "model/order.hpp"

namespace ecc::match {
class Matcher;
}

namespace ecc::screen {

// The entries of `diff` that a party could newly match: added and changed (new side).
std::vector<model::ListEntry> new_or_changed(const model::EntryDiff& diff);

// Indices of the orders with at least one party that `matcher` (the one
// screening uses) matches or resembles on one of the `changed` entries.
std::vector<size_t> orders_touching(const std::vector<model::Order>& orders,
                                    const match::Matcher& matcher,
                                    const std::vector<model::ListEntry>& changed);

}  // namespace ecc::screen
