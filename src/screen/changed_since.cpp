// Selecting what a list update can affect. screen: each party goes through
// the same matcher screening uses, and the order is selected when a match or
// a resemblance is on an added or changed entry (by list and key): exactly the
// orders whose screening sees a new listing; selected orders are then
// screened in full. audit (a million customers, where the full matcher is
// the cost): a small matcher over the changed entries alone picks the
// customers worth re-scoring, with a lowered minimum score because its token
// weights differ from the full lists'; the full matcher then decides, so a
// reported decision is always the full matcher's.
#include "screen/changed_since.hpp"

#include <algorithm>
#include <map>
#include <set>

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

match::MatchOptions prefilter_options(match::MatchOptions full) {
  full.min_score = std::min(full.min_score, k_prefilter_min_score);
  return full;
}

std::vector<char> changed_flags(const std::vector<model::ListEntry>& active,
                                const std::vector<model::ListEntry>& changed) {
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> hashes;
  for (const model::ListEntry& e : changed) {
    hashes[{e.list_code, e.entry_key}].push_back(model::content_hash(e));
  }
  std::vector<char> out(active.size(), 0);
  for (size_t i = 0; i < active.size(); ++i) {
    auto it = hashes.find({active[i].list_code, active[i].entry_key});
    if (it != hashes.end()) {
      const std::string h = model::content_hash(active[i]);
      out[i] = std::find(it->second.begin(), it->second.end(), h) != it->second.end();
    }
  }
  return out;
}

match::MatchResponse changed_hits(const match::Query& q, const match::Matcher& prefilter,
                                  const match::Matcher& full, const std::vector<char>& is_changed,
                                  bool* rescored) {
  match::MatchResponse pre = prefilter.match(q);
  if (rescored) {
    *rescored = !pre.results.empty();
  }
  if (pre.results.empty()) {
    return pre;
  }
  match::MatchResponse out = full.match(q);
  std::vector<match::MatchResult> kept;
  for (match::MatchResult& r : out.results) {
    if (r.entry_index < is_changed.size() && is_changed[r.entry_index]) {
      kept.push_back(std::move(r));
    }
  }
  out.results = std::move(kept);
  return out;
}

}  // namespace ecc::screen
