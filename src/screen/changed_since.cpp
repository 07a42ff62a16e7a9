// Selecting the orders a list update can affect. Each party goes through the
// same matcher screening uses, and the order is selected when a match or a
// resemblance is on an added or changed entry (by list and key): exactly the
// orders whose screening sees a new listing. A matcher over the changed
// entries alone would be faster but is not equivalent (its token weights
// differ), so it is not used. Selected orders are then screened in full.
#include "screen/changed_since.hpp"

#include <set>

#include "match/matcher.hpp"

namespace ecc::screen {

std::vector<model::ListEntry> new_or_changed(const model::EntryDiff& diff) {
  std::vector<model::ListEntry> out = diff.added;
  for (const model::ChangedEntry& c : diff.changed) {
    out.push_back(c.after);
  }
  return out;
}

std::vector<size_t> orders_touching(const std::vector<model::Order>& orders,
                                    const match::Matcher& matcher,
                                    const std::vector<model::ListEntry>& changed) {
  std::set<std::pair<std::string, std::string>> keys;
  for (const model::ListEntry& e : changed) {
    keys.emplace(e.list_code, e.entry_key);
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < orders.size(); ++i) {
    bool touched = false;
    for (const model::OrderParty& p : orders[i].parties) {
      for (const match::MatchResult& r : matcher.match({p.name, p.country, p.ids}).results) {
        touched = touched || (r.decision != match::Decision::clear &&
                              keys.count({r.list_code, r.entry_key}) > 0);
      }
    }
    if (touched) {
      out.push_back(i);
    }
  }
  return out;
}

}  // namespace ecc::screen
