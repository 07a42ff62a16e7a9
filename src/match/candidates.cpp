// Candidate lookup of the name index, per query: the vocabulary tokens each
// query token reaches (exactly, by shared trigrams verified with Jaro-Winkler
// or one edit, by phonetic key, split or joined), the aliases in their
// postings, and a score bound that drops aliases which cannot reach the
// caller's minimum. Work arrays are per thread and stamped with a generation
// number, so a query clears nothing; fuzzy lookups are remembered per thread.
#include <algorithm>
#include <array>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "match/acronyms.hpp"
#include "match/legal_forms.hpp"
#include "match/name_index.hpp"
#include "match/similarity.hpp"

namespace ecc::match {

namespace {

struct Scratch {
  uint32_t gen = 0;
  std::vector<uint32_t> token_gen;   // token reached in this generation
  std::vector<uint64_t> token_mask;  // query tokens (bits) that reached it
  std::vector<uint32_t> alias_gen;   // alias already a candidate
  std::vector<uint32_t> joined_gen;  // alias reached by a joined pair
  std::vector<uint64_t> joined_mask;
  std::vector<uint32_t> forced_gen;  // alias reached by an acronym: kept whatever the bound
  std::vector<uint8_t> grams;        // shared-trigram counts of the fuzzy lookup
  std::vector<uint32_t> gram_touched;
  uint64_t fuzzy_owner = 0;  // serial of the index the fuzzy cache belongs to
  std::unordered_map<std::string, std::vector<uint32_t>> fuzzy;  // query token -> reached tokens
};

constexpr size_t k_fuzzy_cache_limit = 200000;  // query tokens remembered per thread

// This thread's arrays, sized for the index; `next` starts a new generation.
Scratch& scratch(size_t vocabulary, size_t aliases, bool next = false) {
  thread_local Scratch s;
  if (next && ++s.gen == 0)
    s.token_gen.clear();  // wrapped: reset below
  if (s.token_gen.size() != vocabulary || s.alias_gen.size() != aliases) {
    s = Scratch{};
    s.gen = 1;
    s.token_gen.assign(vocabulary, 0);
    s.token_mask.assign(vocabulary, 0);
    s.grams.assign(vocabulary, 0);
    s.alias_gen.assign(aliases, 0);
    s.joined_gen.assign(aliases, 0);
    s.joined_mask.assign(aliases, 0);
    s.forced_gen.assign(aliases, 0);
  }
  return s;
}

// Letters and digits in 36 bins, anything else in the last one.
using Histogram = std::array<uint8_t, 37>;

size_t bin_of(char c) {
  if (c >= 'a' && c <= 'z')
    return static_cast<size_t>(c - 'a');
  if (c >= '0' && c <= '9')
    return 26 + static_cast<size_t>(c - '0');
  return 36;
}

Histogram histogram(std::string_view s) {
  Histogram h{};
  for (const char c : s) {
    auto& n = h[bin_of(c)];
    n = static_cast<uint8_t>(std::min(255, n + 1));
  }
  return h;
}

// Characters q and t share (q_hist counts q's), as a multiset.
size_t common_chars(const Histogram& q_hist, std::string_view t) {
  Histogram left = q_hist;
  size_t common = 0;
  for (const char c : t) {
    auto& n = left[bin_of(c)];
    if (n > 0)
      --n, ++common;
  }
  return common;
}

// An upper bound of jaro_winkler(q, t): Jaro's matching characters are at
// most the `common` characters the two share, with no transpositions; the
// Winkler prefix bonus is then added for the real prefix.
double jaro_winkler_bound(std::string_view q, size_t common, std::string_view t) {
  if (common == 0)
    return 0.0;
  const double m = static_cast<double>(common);
  const double j =
      (m / static_cast<double>(q.size()) + m / static_cast<double>(t.size()) + 1.0) / 3.0;
  size_t prefix = 0;
  while (prefix < 4 && prefix < q.size() && prefix < t.size() && q[prefix] == t[prefix])
    ++prefix;
  return j + static_cast<double>(prefix) * 0.1 * (1.0 - j);
}

// The sign of ("a" + "b") <=> q, without building "ab".
int compare_joined(std::string_view a, std::string_view b, std::string_view q) {
  const size_t n = std::min(a.size(), q.size());
  if (const int c = a.substr(0, n).compare(q.substr(0, n)); c != 0)
    return c;
  if (q.size() <= a.size())
    return a.size() + b.size() > q.size() ? 1 : 0;
  return b.compare(q.substr(a.size()));
}

uint64_t bit_of(size_t i) {
  return uint64_t{1} << std::min<size_t>(i, 63);
}

}  // namespace

// Vocabulary tokens within Jaro-Winkler reach of q, found by shared trigrams,
// and tokens with q's phonetic key. Remembered per thread and query token:
// customer files repeat their words ("trading", "global") millions of times.
void NameIndex::fuzzy_tokens(const QueryToken& q, std::vector<uint32_t>& out) const {
  Scratch& s = scratch(m_tokens.size(), alias_count());
  if (s.fuzzy_owner != m_serial || s.fuzzy.size() >= k_fuzzy_cache_limit) {
    s.fuzzy.clear();
    s.fuzzy_owner = m_serial;
  }
  const auto [it, added] = s.fuzzy.try_emplace(q.text);
  if (added)
    it->second = fuzzy_lookup(q);
  out.insert(out.end(), it->second.begin(), it->second.end());
}

std::vector<uint32_t> NameIndex::fuzzy_lookup(const QueryToken& q) const {
  Scratch& s = scratch(m_tokens.size(), alias_count());
  std::vector<uint32_t> out;
  s.gram_touched.clear();
  for (const uint32_t g : padded_trigrams(q.text)) {
    const auto it = std::lower_bound(m_gram_keys.begin(), m_gram_keys.end(), g);
    if (it == m_gram_keys.end() || *it != g)
      continue;
    const auto k = static_cast<size_t>(it - m_gram_keys.begin());
    for (const uint32_t* id = m_gram_tokens.begin(k); id != m_gram_tokens.end(k); ++id) {
      if (s.grams[*id]++ == 0)
        s.gram_touched.push_back(*id);
    }
  }
  const uint32_t need = q.text.size() <= 6 ? 1 : 2;
  const Histogram hist = histogram(q.text);
  for (const uint32_t id : s.gram_touched) {
    const uint32_t count = s.grams[id];
    s.grams[id] = 0;
    if (count < need || static_cast<int64_t>(id) == q.id)
      continue;
    const std::string_view t = m_tokens[id];
    const size_t common = common_chars(hist, t);
    // One edit leaves all but one character of the longer token in common.
    const bool edit_possible =
        std::min(t.size(), q.text.size()) >= 5 && common + 1 >= std::max(t.size(), q.text.size());
    if ((jaro_winkler_bound(q.text, common, t) >= m_opt.fuzzy_min &&
         jaro_winkler(q.text, t) >= m_opt.fuzzy_min) ||
        (edit_possible && within_one_edit(q.text, t))) {
      out.push_back(id);
    }
  }
  const auto add_keyed = [&](const util::Array<uint32_t>& by_key, const StringPool& keys,
                             const std::string& key) {
    if (key.empty())
      return;
    const auto less = [&](const auto& x, const auto& y) {
      const auto view = [&](const auto& v) -> std::string_view {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, uint32_t>)
          return keys[v];
        else
          return v;
      };
      return view(x) < view(y);
    };
    const auto [from, to] = std::equal_range(by_key.begin(), by_key.end(), key, less);
    out.insert(out.end(), from, to);
  };
  add_keyed(m_by_phonetic, m_phonetic, q.phonetic);
  add_keyed(m_by_spelling, m_spelling, q.spelling);
  return out;
}

// A query token that is two list tokens written as one ("daewonindustries").
void NameIndex::split_tokens(const QueryToken& q, std::vector<uint32_t>& out) const {
  if (q.id >= 0 || q.text.size() < 7)
    return;
  for (size_t k = 3; k + 3 <= q.text.size(); ++k) {
    const int64_t left = find(std::string_view(q.text).substr(0, k));
    if (left < 0)
      continue;
    const int64_t right = find(canonical_word(q.text.substr(k)));
    if (right < 0)
      continue;
    out.push_back(static_cast<uint32_t>(left));
    out.push_back(static_cast<uint32_t>(right));
  }
}

struct NameIndex::Reached {
  std::vector<std::pair<uint32_t, uint64_t>> tokens;  // token, query-token bits
  std::vector<std::pair<uint32_t, uint64_t>> joined;  // alias, query-token bits
};

// Every vocabulary token each query token reaches (exactly, fuzzily,
// phonetically, split in two, or joined with its neighbour) and the aliases
// that a query token reaches as two of their tokens written as one.
void NameIndex::reach(const std::vector<QueryToken>& query, bool fuzzy, Reached& r) const {
  // Orders joined pairs against a query token by the text "ab" of "a b".
  const auto joined_cmp = [&](const JoinedPair& p, std::string_view q) {
    return compare_joined(m_tokens[p.left], m_tokens[p.right], q);
  };
  struct {
    decltype(joined_cmp)& cmp;
    bool operator()(const JoinedPair& p, const std::string& q) const { return cmp(p, q) < 0; }
    bool operator()(const std::string& q, const JoinedPair& p) const { return cmp(p, q) > 0; }
  } by_joined{joined_cmp};
  std::vector<uint32_t> ids;
  for (size_t i = 0; i < query.size(); ++i) {
    const QueryToken& q = query[i];
    ids.clear();
    if (q.id >= 0)
      ids.push_back(static_cast<uint32_t>(q.id));
    if (fuzzy && q.text.size() >= m_opt.min_fuzzy_len)
      fuzzy_tokens(q, ids);
    split_tokens(q, ids);
    for (const uint32_t id : ids)
      r.tokens.emplace_back(id, bit_of(i));
    const auto [from, to] = std::equal_range(m_joined.begin(), m_joined.end(), q.text, by_joined);
    for (auto it = from; it != to; ++it)
      r.joined.emplace_back(it->alias, bit_of(i));
    if (i + 1 < query.size()) {
      if (const int64_t id = find(q.text + query[i + 1].text); id >= 0)
        r.tokens.emplace_back(static_cast<uint32_t>(id), bit_of(i) | bit_of(i + 1));
    }
  }
}

namespace {

// Whether `one` may score as `a` and `b` written together (score.cpp's
// joined/split pairs): lengths within 2 and, unless equal, a Jaro-Winkler
// bound of at least `jw_min` over the shared characters.
bool may_join(std::string_view one, std::string_view a, std::string_view b, double jw_min) {
  const size_t len = a.size() + b.size();
  if (one.size() + 2 < len || len + 2 < one.size() || one.size() < 4)
    return false;
  if (one.size() == len && one.substr(0, a.size()) == a && one.substr(a.size()) == b)
    return true;
  if (one.size() < 6)
    return false;
  Histogram left = histogram(one);
  size_t common = 0;
  for (const std::string_view part : {a, b}) {
    for (const char c : part) {
      auto& n = left[bin_of(c)];
      if (n > 0)
        --n, ++common;
    }
  }
  const double m = static_cast<double>(common);
  const double j = (m / static_cast<double>(one.size()) + m / static_cast<double>(len) + 1.0) / 3.0;
  return j + 0.4 * (1.0 - j) >= jw_min;
}

}  // namespace

// The bound 2R / (R + W + U) for alias tokens `hit` (bits) and query tokens `mask`.
double NameIndex::bound_of(uint32_t alias, const std::vector<QueryToken>& query, uint64_t hit,
                           uint64_t mask) const {
  const auto toks = alias_tokens(alias);
  double reached = 0.0, unreached = 0.0, total = m_alias_weight[alias];
  for (size_t j = 0; j < toks.size(); ++j) {
    if (hit & bit_of(j)) {
      reached += m_weights[toks[j]];
    } else if (optional_at(alias, j)) {
      total -= m_weights[toks[j]];  // set aside when it meets nothing
    }
  }
  for (size_t i = 0; i < query.size(); ++i) {
    if ((mask & bit_of(i)) == 0 && !(query[i].cls & k_token_optional))
      unreached += query[i].weight;
  }
  return 2.0 * reached / (reached + total + unreached);
}

// Adds what joined/split pairs may match: a query token as two adjacent alias
// tokens ("technologiesparaguay"), two query tokens as one alias token.
void NameIndex::glue_reach(uint32_t alias, const std::vector<QueryToken>& query, uint64_t& hit,
                           uint64_t& mask) const {
  const auto a = alias_tokens(alias);
  const double jw_min = std::min(m_opt.fuzzy_min, 0.92);
  for (size_t i = 0; i < query.size(); ++i) {
    for (size_t j = 0; j + 1 < a.size(); ++j) {
      if (may_join(query[i].text, m_tokens[a[j]], m_tokens[a[j + 1]], jw_min)) {
        mask |= bit_of(i);
        hit |= bit_of(j) | bit_of(j + 1);
      }
    }
    for (size_t j = 0; i + 1 < query.size() && j < a.size(); ++j) {
      if (may_join(m_tokens[a[j]], query[i].text, query[i + 1].text, jw_min)) {
        mask |= bit_of(i) | bit_of(i + 1);
        hit |= bit_of(j);
      }
    }
  }
}

// The score bound of NameIndex::candidates for one alias.
bool NameIndex::reaches_bound(uint32_t alias, const std::vector<QueryToken>& query,
                              double min_bound) const {
  const Scratch& s = scratch(m_tokens.size(), alias_count());
  const auto toks = alias_tokens(alias);
  uint64_t hit = 0, mask = 0;  // alias tokens that may be matched; query tokens that may match
  for (size_t j = 0; j < toks.size(); ++j) {
    if (s.token_gen[toks[j]] == s.gen) {
      hit |= bit_of(j);
      mask |= s.token_mask[toks[j]];
    }
  }
  if (s.joined_gen[alias] == s.gen) {
    hit = ~uint64_t{0};
    mask |= s.joined_mask[alias];
  }
  for (size_t i = 0; i < query.size(); ++i) {
    if (query[i].text.size() == 1 || (query[i].id < 0 && query[i].text.size() <= 3))
      mask |= bit_of(i);  // initials ("a", "jc") may meet any words
  }
  if (bound_of(alias, query, hit, mask) >= min_bound || may_contain(alias, query, hit, mask))
    return true;
  glue_reach(alias, query, hit, mask);
  return bound_of(alias, query, hit, mask) >= min_bound;
}

// Whether the alias may contain every distinctive query token, or the query
// every token of the alias (the scorer's containment rules score those above
// the Dice bound).
bool NameIndex::may_contain(uint32_t alias, const std::vector<QueryToken>& query, uint64_t hit,
                            uint64_t mask) const {
  bool distinctive = false, all = true;
  for (size_t i = 0; i < query.size(); ++i) {
    if ((query[i].cls & (k_token_generic | k_token_optional | k_token_number)) == 0) {
      distinctive = true;
      all = all && (mask & bit_of(i)) != 0;
    }
  }
  if (distinctive && all)
    return true;
  const size_t n = alias_tokens(alias).size();
  return n < 64 && (hit & ((uint64_t{1} << n) - 1)) == (uint64_t{1} << n) - 1;
}

std::vector<uint32_t> NameIndex::candidates(const std::vector<QueryToken>& query, bool fuzzy,
                                            double min_bound,
                                            const std::vector<QueryAcronym>& acronyms) const {
  bool has_rare = false;
  for (const auto& q : query) {
    has_rare =
        has_rare || q.id < 0 || m_postings.size(static_cast<size_t>(q.id)) <= m_opt.common_postings;
  }
  Scratch& s = scratch(m_tokens.size(), alias_count(), true);
  Reached r;
  reach(query, fuzzy, r);
  for (const QueryAcronym& a : acronyms) {  // query words whose initials are a list token
    uint64_t bits = 0;
    for (size_t i = a.from; i < static_cast<size_t>(a.from) + a.count; ++i)
      bits |= bit_of(i);
    r.tokens.emplace_back(a.id, bits);
  }
  std::vector<uint32_t> out;
  const auto add = [&](uint32_t a) {
    if (s.alias_gen[a] != s.gen) {
      s.alias_gen[a] = s.gen;
      out.push_back(a);
    }
  };
  for (const auto& [a, bits] : r.joined) {
    add(a);
    s.joined_mask[a] = s.joined_gen[a] == s.gen ? s.joined_mask[a] | bits : bits;
    s.joined_gen[a] = s.gen;
  }
  for (const auto& [id, bits] : r.tokens) {
    if (s.token_gen[id] == s.gen) {
      s.token_mask[id] |= bits;
      continue;
    }
    s.token_gen[id] = s.gen;
    s.token_mask[id] = bits;
    if (has_rare && m_postings.size(id) > m_opt.common_postings)
      continue;
    for (const uint32_t* a = m_postings.begin(id); a != m_postings.end(id); ++a)
      add(*a);
  }
  if (min_bound > 0.0) {
    std::erase_if(out, [&](uint32_t a) { return !reaches_bound(a, query, min_bound); });
  }
  for (const QueryToken& q : query) {  // a query token that is a list name's acronym
    if (!acronym_like(q.text) || (q.cls & k_token_person))
      continue;
    for (const AcronymRow& row : this->acronyms(acronym_key(q.text))) {
      if (s.forced_gen[row.alias] != s.gen && s.alias_gen[row.alias] != s.gen) {
        out.push_back(row.alias);
      } else if (s.forced_gen[row.alias] != s.gen &&
                 std::find(out.begin(), out.end(), row.alias) == out.end()) {
        out.push_back(row.alias);  // reached but dropped by the bound
      }
      s.forced_gen[row.alias] = s.gen;
      s.alias_gen[row.alias] = s.gen;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ecc::match
