// Builds the candidate index once per list set: every name and alias is
// normalized and tokenised once, tokens are interned as integer ids with
// their IDF weight (so that "technology" or "beijing" weigh little and
// "sensetime" much), phonetic key, postings and padded trigrams. The lookup
// per query is in candidates.cpp.
#include "match/name_index.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "match/legal_forms.hpp"
#include "match/normalize.hpp"
#include "match/similarity.hpp"
#include "util/binary_io.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

std::atomic<uint64_t> g_next_serial{1};  // tells per-thread caches which index they serve

template <class T>
size_t vec_bytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

// A list name and, when the source ran two names together ("X Co., Ltd.,
// and Sense Time"; "and Xi'an ..."), each part as well.

std::vector<std::string> name_parts(const std::string& name) {
  std::vector<std::string> parts;
  size_t from = 0;
  while (from <= name.size()) {
    size_t cut = std::string::npos, len = 0;
    for (const std::string_view sep : {", and ", "; and "}) {
      const size_t pos = name.find(sep, from);
      if (pos < cut)
        cut = pos, len = sep.size();
    }
    std::string part(util::trim(name.substr(from, cut == std::string::npos ? cut : cut - from)));
    if (util::starts_with(part, "and "))
      part.erase(0, 4);
    if (!part.empty())
      parts.push_back(part);
    if (cut == std::string::npos)
      break;
    from = cut + len;
  }
  if (parts.size() != 1 || parts[0] != name)
    parts.insert(parts.begin(), name);
  return parts;
}

}  // namespace

NameIndex::NameIndex(const std::vector<model::ListEntry>& entries, IndexOptions options)
    : m_opt(options), m_serial(g_next_serial++) {
  std::unordered_map<std::string, uint32_t> ids;
  for (size_t e = 0; e < entries.size(); ++e) {
    std::vector<std::string> names{entries[e].name};
    for (const auto& a : entries[e].aliases)
      names.push_back(a.name);
    for (size_t k = 0; k < names.size(); ++k) {
      for (const std::string& part : name_parts(names[k])) {
        const NormalizedName n = normalize_name(part);
        if (n.tokens.empty())
          continue;
        m_alias_rows.push_back(static_cast<uint32_t>(e));
        m_alias_rows.push_back(static_cast<uint32_t>(k));
        for (const auto& t : n.tokens) {
          const auto [it, added] = ids.emplace(t, static_cast<uint32_t>(m_tokens.size()));
          if (added) {
            m_tokens.push_back(t);
            m_phonetic.push_back(phonetic_key(t));
          }
          m_alias_tokens.ids.push_back(it->second);
        }
        m_alias_tokens.offsets.push_back(static_cast<uint32_t>(m_alias_tokens.ids.size()));
      }
    }
  }
  finish();
}

// The lookup structures, from the aliases and tokens.
void NameIndex::finish() {
  const auto n = static_cast<uint32_t>(m_tokens.size());
  m_by_text.resize(n);
  std::iota(m_by_text.begin(), m_by_text.end(), 0U);
  std::sort(m_by_text.begin(), m_by_text.end(),
            [&](uint32_t a, uint32_t b) { return m_tokens[a] < m_tokens[b]; });
  for (uint32_t id = 0; id < n; ++id) {
    if (!m_phonetic[id].empty())
      m_by_phonetic.push_back(id);
  }
  std::stable_sort(m_by_phonetic.begin(), m_by_phonetic.end(),
                   [&](uint32_t a, uint32_t b) { return m_phonetic[a] < m_phonetic[b]; });
  // Trigram -> tokens, in token order.
  std::vector<std::pair<uint32_t, uint32_t>> grams;  // trigram, token
  for (uint32_t id = 0; id < n; ++id) {
    if (m_tokens[id].size() < m_opt.min_fuzzy_len)
      continue;
    for (const uint32_t g : padded_trigrams(m_tokens[id]))
      grams.emplace_back(g, id);
  }
  std::sort(grams.begin(), grams.end());
  for (const auto& [g, id] : grams) {
    if (m_gram_keys.empty() || m_gram_keys.back() != g) {
      m_gram_keys.push_back(g);
      m_gram_tokens.offsets.push_back(m_gram_tokens.offsets.back());
    }
    m_gram_tokens.ids.push_back(id);
    ++m_gram_tokens.offsets.back();
  }
  // Adjacent token pairs, sorted by their joined text (stable: alias order).
  std::vector<std::pair<std::string, JoinedPair>> joined;
  for (uint32_t a = 0; a < alias_count(); ++a) {
    const auto toks = alias_tokens(a);
    for (size_t i = 0; i + 1 < toks.size(); ++i)
      joined.emplace_back(std::string(m_tokens[toks[i]]) + std::string(m_tokens[toks[i + 1]]),
                          JoinedPair{toks[i], toks[i + 1], a});
  }
  std::stable_sort(joined.begin(), joined.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [text, pair] : joined)
    m_joined.push_back(pair);
  derive();
}

// Postings and weights, which follow from the aliases alone.
void NameIndex::derive() {
  std::vector<uint32_t> count(m_tokens.size() + 1, 0);
  std::vector<uint32_t> last(m_tokens.size(), UINT32_MAX);
  const auto aliases = static_cast<uint32_t>(alias_count());
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a)) {
      if (last[t] != a)
        ++count[t + 1], last[t] = a;
    }
  }
  m_postings.offsets.assign(m_tokens.size() + 1, 0);
  for (size_t t = 0; t < m_tokens.size(); ++t)
    m_postings.offsets[t + 1] = m_postings.offsets[t] + count[t + 1];
  m_postings.ids.resize(m_postings.offsets.back());
  std::vector<uint32_t> fill(m_postings.offsets.begin(), m_postings.offsets.end() - 1);
  std::fill(last.begin(), last.end(), UINT32_MAX);
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a)) {
      if (last[t] != a)
        m_postings.ids[fill[t]++] = a, last[t] = a;
    }
  }
  const double n = static_cast<double>(aliases) + 1.0;
  m_unknown_weight = std::log(n / 1.5);
  m_weights.resize(m_tokens.size());
  for (uint32_t id = 0; id < m_tokens.size(); ++id)
    m_weights[id] = std::log(n / (static_cast<double>(m_postings.size(id)) + 0.5));
  m_alias_weight.assign(aliases, 0.0);
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a))
      m_alias_weight[a] += m_weights[t];
  }
}

int64_t NameIndex::find(std::string_view token) const {
  const auto it =
      std::lower_bound(m_by_text.begin(), m_by_text.end(), token,
                       [&](uint32_t id, std::string_view t) { return m_tokens[id] < t; });
  if (it == m_by_text.end() || m_tokens[*it] != token)
    return -1;
  return *it;
}

std::vector<QueryToken> NameIndex::resolve(const std::vector<std::string>& tokens) const {
  std::vector<QueryToken> out;
  for (const auto& t : tokens) {
    QueryToken q{t, -1, m_unknown_weight, phonetic_key(t)};
    if (const int64_t id = find(t); id >= 0) {
      q.id = id;
      q.weight = m_weights[static_cast<size_t>(id)];
    }
    out.push_back(std::move(q));
  }
  return out;
}

// Format: options, aliases, token and phonetic pools, then the sorted
// lookup arrays. The caller adds the checksum.
void NameIndex::save(util::BinaryWriter& out) const {
  out.put<double>(m_opt.fuzzy_min);
  out.put<uint64_t>(m_opt.min_fuzzy_len);
  out.put<uint64_t>(m_opt.common_postings);
  out.put_array(m_alias_rows);
  out.put_array(m_alias_tokens.offsets);
  out.put_array(m_alias_tokens.ids);
  for (const StringPool* pool : {&m_tokens, &m_phonetic}) {
    out.put_string(pool->text);
    out.put_array(pool->offsets);
  }
  out.put_array(m_by_text);
  out.put_array(m_by_phonetic);
  out.put_array(m_gram_keys);
  out.put_array(m_gram_tokens.offsets);
  out.put_array(m_gram_tokens.ids);
  out.put_array(m_joined);
}

namespace {

// Every id below `limit`.
void check_ids(util::BinaryReader& in, const std::vector<uint32_t>& ids, size_t limit,
               const char* what) {
  for (const uint32_t id : ids) {
    if (id >= limit)
      in.fail(std::string("bad ") + what + " id " + std::to_string(id));
  }
}

// Offsets ascending from 0 to `end`.
void check_offsets(util::BinaryReader& in, const std::vector<uint32_t>& offsets, size_t end,
                   const char* what) {
  if (offsets.empty() || offsets.front() != 0 || offsets.back() != end ||
      !std::is_sorted(offsets.begin(), offsets.end()))
    in.fail(std::string("bad ") + what + " offsets");
}

}  // namespace

std::optional<NameIndex> NameIndex::load(util::BinaryReader& in, IndexOptions options) {
  NameIndex ix;
  ix.m_serial = g_next_serial++;
  ix.m_opt.fuzzy_min = in.get<double>();
  ix.m_opt.min_fuzzy_len = in.get<uint64_t>();
  ix.m_opt.common_postings = in.get<uint64_t>();
  if (!(ix.m_opt == options))
    return std::nullopt;
  ix.m_alias_rows = in.get_array<uint32_t>();
  ix.m_alias_tokens.offsets = in.get_array<uint32_t>();
  ix.m_alias_tokens.ids = in.get_array<uint32_t>();
  for (StringPool* pool : {&ix.m_tokens, &ix.m_phonetic}) {
    pool->text = in.get_string();
    pool->offsets = in.get_array<uint32_t>();
    check_offsets(in, pool->offsets, pool->text.size(), "string");
  }
  ix.m_by_text = in.get_array<uint32_t>();
  ix.m_by_phonetic = in.get_array<uint32_t>();
  ix.m_gram_keys = in.get_array<uint32_t>();
  ix.m_gram_tokens.offsets = in.get_array<uint32_t>();
  ix.m_gram_tokens.ids = in.get_array<uint32_t>();
  ix.m_joined = in.get_array<JoinedPair>();
  // Structure checks: every id in range, so a damaged index cannot crash a lookup.
  const size_t n_tokens = ix.m_tokens.size();
  const size_t n_aliases = ix.alias_count();
  if (ix.m_alias_rows.size() % 2 != 0 || ix.m_alias_tokens.offsets.size() != n_aliases + 1 ||
      ix.m_phonetic.size() != n_tokens || ix.m_by_text.size() != n_tokens ||
      ix.m_gram_tokens.offsets.size() != ix.m_gram_keys.size() + 1)
    in.fail("inconsistent sizes");
  check_offsets(in, ix.m_alias_tokens.offsets, ix.m_alias_tokens.ids.size(), "alias token");
  check_offsets(in, ix.m_gram_tokens.offsets, ix.m_gram_tokens.ids.size(), "trigram");
  check_ids(in, ix.m_alias_tokens.ids, n_tokens, "token");
  check_ids(in, ix.m_by_text, n_tokens, "token");
  check_ids(in, ix.m_by_phonetic, n_tokens, "token");
  check_ids(in, ix.m_gram_tokens.ids, n_tokens, "token");
  for (const JoinedPair& j : ix.m_joined) {
    if (j.left >= n_tokens || j.right >= n_tokens || j.alias >= n_aliases)
      in.fail("bad joined pair");
  }
  ix.derive();
  return ix;
}

size_t NameIndex::memory_bytes() const {
  size_t bytes = 0;
  for (const auto* v :
       {&m_alias_rows, &m_alias_tokens.offsets, &m_alias_tokens.ids, &m_tokens.offsets,
        &m_phonetic.offsets, &m_by_text, &m_by_phonetic, &m_gram_keys, &m_gram_tokens.offsets,
        &m_gram_tokens.ids, &m_postings.offsets, &m_postings.ids})
    bytes += vec_bytes(*v);
  return bytes + m_tokens.text.capacity() + m_phonetic.text.capacity() + vec_bytes(m_weights) +
         vec_bytes(m_alias_weight) + vec_bytes(m_joined);
}

}  // namespace ecc::match
