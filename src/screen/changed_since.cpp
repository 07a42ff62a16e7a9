// Selecting what a list update can affect. screen: each party goes through
// the same matcher screening uses, and the order is selected when a match or
// a resemblance is on an added or changed entry (by list and key): exactly the
// orders whose screening sees a new listing; selected orders are then
// screened in full. audit (a million customers, where the full matcher is
// the cost): a small matcher over the changed entries alone picks the
// customers worth re-scoring, with a lowered minimum score because its token
// weights differ from the full lists' and a check for words the full matcher
// may split; the full matcher then decides, so a reported decision is always
// the full matcher's.
#include "screen/changed_since.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "match/legal_forms.hpp"

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

namespace {

match::MatchOptions prefilter_options(match::MatchOptions full) {
  full.min_score =
      std::max(0.01, std::min(full.min_score, full.review_threshold - k_prefilter_margin));
  return full;
}

}  // namespace

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

namespace {

std::unordered_set<std::string> vocabulary(const match::NameIndex& index) {
  std::unordered_set<std::string> out;
  for (uint32_t id = 0; id < index.vocabulary_size(); ++id) {
    out.emplace(index.token(id));
  }
  return out;
}

}  // namespace

ChangedPrefilter::ChangedPrefilter(const std::vector<model::ListEntry>& changed,
                                   const match::Matcher& full)
    : m_matcher(changed, prefilter_options(full.options())),
      m_words(vocabulary(m_matcher.index())),
      m_full_words(vocabulary(full.index())) {}

// As NameIndex::split_tokens: a word the full index does not know (7 letters
// or more) splits into two words it knows, each at least 3 letters, the second
// in canonical form; a changed entry is reached through either half.
bool ChangedPrefilter::may_split_onto(const std::vector<std::string>& words) const {
  for (const std::string& w : words) {
    if (w.size() < 7 || m_full_words.count(w)) {
      continue;
    }
    for (size_t k = 3; k + 3 <= w.size(); ++k) {
      const std::string left = w.substr(0, k);
      const std::string right(match::canonical_word(w.substr(k)));
      if (m_full_words.count(left) && m_full_words.count(right) &&
          (m_words.count(left) || m_words.count(right))) {
        return true;
      }
    }
  }
  return false;
}

bool ChangedPrefilter::selects(const match::Query& q) const {
  const match::MatchResponse r = m_matcher.match(q);
  return !r.results.empty() || may_split_onto(r.normalized.tokens);
}

match::MatchResponse changed_hits(const match::Query& q, const ChangedPrefilter& prefilter,
                                  const match::Matcher& full, const std::vector<char>& is_changed,
                                  bool* rescored) {
  const bool selected = prefilter.selects(q);
  if (rescored) {
    *rescored = selected;
  }
  if (!selected) {
    return {};
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
