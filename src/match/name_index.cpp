// Builds the candidate index once per list set. Token weights are inverse
// document frequencies over all names and aliases, so that "technology" or
// "beijing" weigh little and "sensetime" much. Candidate lookup unions the
// postings of a query's tokens, of vocabulary tokens within Jaro-Winkler
// reach (found through padded character trigrams), of tokens with the same
// phonetic key, and of joined/split token pairs; very common tokens are
// skipped when the query has a rarer one, which is what keeps batches fast.
#include "match/name_index.hpp"

#include <algorithm>
#include <cmath>

#include "match/legal_forms.hpp"
#include "match/normalize.hpp"
#include "match/similarity.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

std::vector<uint32_t> trigrams(const std::string& token) {
  const std::string padded = "^" + token + "$";
  std::vector<uint32_t> out;
  for (size_t i = 0; i + 3 <= padded.size(); ++i) {
    out.push_back(static_cast<uint32_t>(static_cast<unsigned char>(padded[i])) << 16 |
                  static_cast<uint32_t>(static_cast<unsigned char>(padded[i + 1])) << 8 |
                  static_cast<uint32_t>(static_cast<unsigned char>(padded[i + 2])));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

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
    : m_opt(options) {
  for (size_t e = 0; e < entries.size(); ++e) {
    std::vector<std::string> names{entries[e].name};
    for (const auto& a : entries[e].aliases)
      names.push_back(a.name);
    for (size_t k = 0; k < names.size(); ++k) {
      for (const std::string& part : name_parts(names[k])) {
        const NormalizedName n = normalize_name(part);
        if (n.tokens.empty())
          continue;
        IndexedAlias alias{static_cast<uint32_t>(e), static_cast<uint32_t>(k), {}};
        for (const auto& t : n.tokens)
          alias.tokens.push_back(intern(t));
        m_aliases.push_back(std::move(alias));
      }
    }
  }
  finish();
}

uint32_t NameIndex::intern(const std::string& token) {
  const auto [it, added] = m_ids.emplace(token, static_cast<uint32_t>(m_tokens.size()));
  if (added) {
    m_tokens.push_back(token);
    m_postings.emplace_back();
  }
  return it->second;
}

void NameIndex::finish() {
  for (uint32_t a = 0; a < m_aliases.size(); ++a) {
    const auto& toks = m_aliases[a].tokens;
    for (size_t i = 0; i < toks.size(); ++i) {
      auto& p = m_postings[toks[i]];
      if (p.empty() || p.back() != a)
        p.push_back(a);
      if (i + 1 < toks.size())
        m_joined[m_tokens[toks[i]] + m_tokens[toks[i + 1]]].push_back(a);
    }
  }
  const double n = static_cast<double>(m_aliases.size()) + 1.0;
  m_unknown_weight = std::log(n / 1.5);
  m_weights.resize(m_tokens.size());
  m_phonetic.resize(m_tokens.size());
  for (uint32_t id = 0; id < m_tokens.size(); ++id) {
    m_weights[id] = std::log(n / (static_cast<double>(m_postings[id].size()) + 0.5));
    m_phonetic[id] = phonetic_key(m_tokens[id]);
    if (!m_phonetic[id].empty())
      m_by_phonetic[m_phonetic[id]].push_back(id);
    if (m_tokens[id].size() >= m_opt.min_fuzzy_len) {
      for (const uint32_t g : trigrams(m_tokens[id]))
        m_grams[g].push_back(id);
    }
  }
}

std::vector<QueryToken> NameIndex::resolve(const std::vector<std::string>& tokens) const {
  std::vector<QueryToken> out;
  for (const auto& t : tokens) {
    QueryToken q{t, -1, m_unknown_weight, phonetic_key(t)};
    if (const auto it = m_ids.find(t); it != m_ids.end()) {
      q.id = it->second;
      q.weight = m_weights[it->second];
    }
    out.push_back(std::move(q));
  }
  return out;
}

void NameIndex::add_postings(uint32_t token_id, std::vector<uint32_t>& out) const {
  const auto& p = m_postings[token_id];
  out.insert(out.end(), p.begin(), p.end());
}

// Vocabulary tokens within Jaro-Winkler reach of q, found by shared trigrams.
void NameIndex::fuzzy_tokens(const QueryToken& q, std::vector<uint32_t>& out) const {
  const std::vector<uint32_t> grams = trigrams(q.text);
  std::unordered_map<uint32_t, uint32_t> shared;
  for (const uint32_t g : grams) {
    const auto it = m_grams.find(g);
    if (it == m_grams.end())
      continue;
    for (const uint32_t id : it->second)
      ++shared[id];
  }
  const uint32_t need = q.text.size() <= 6 ? 1 : 2;
  for (const auto& [id, count] : shared) {
    if (count < need || static_cast<int64_t>(id) == q.id)
      continue;
    const std::string& t = m_tokens[id];
    if (jaro_winkler(q.text, t) >= m_opt.fuzzy_min ||
        (std::min(t.size(), q.text.size()) >= 5 && within_one_edit(q.text, t))) {
      out.push_back(id);
    }
  }
  if (const auto it = m_by_phonetic.find(q.phonetic);
      !q.phonetic.empty() && it != m_by_phonetic.end()) {
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
}

// A query token that is two list tokens written as one ("daewonindustries").
void NameIndex::split_tokens(const QueryToken& q, std::vector<uint32_t>& out) const {
  if (q.id >= 0 || q.text.size() < 7)
    return;
  for (size_t k = 3; k + 3 <= q.text.size(); ++k) {
    const auto left = m_ids.find(q.text.substr(0, k));
    if (left == m_ids.end())
      continue;
    const auto right = m_ids.find(std::string(canonical_word(q.text.substr(k))));
    if (right == m_ids.end())
      continue;
    out.push_back(left->second);
    out.push_back(right->second);
  }
}

std::vector<uint32_t> NameIndex::candidates(const std::vector<QueryToken>& query,
                                            bool fuzzy) const {
  bool has_rare = false;
  for (const auto& q : query) {
    has_rare = has_rare || q.id < 0 ||
               m_postings[static_cast<size_t>(q.id)].size() <= m_opt.common_postings;
  }
  std::vector<uint32_t> tokens;
  std::vector<uint32_t> out;
  for (size_t i = 0; i < query.size(); ++i) {
    const QueryToken& q = query[i];
    if (q.id >= 0)
      tokens.push_back(static_cast<uint32_t>(q.id));
    if (fuzzy && q.text.size() >= m_opt.min_fuzzy_len)
      fuzzy_tokens(q, tokens);
    split_tokens(q, tokens);
    if (const auto it = m_joined.find(q.text); it != m_joined.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
    if (i + 1 < query.size()) {
      if (const auto it = m_ids.find(q.text + query[i + 1].text); it != m_ids.end()) {
        tokens.push_back(it->second);
      }
    }
  }
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  for (const uint32_t id : tokens) {
    if (has_rare && m_postings[id].size() > m_opt.common_postings)
      continue;
    add_postings(id, out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t NameIndex::memory_bytes() const {
  size_t bytes = vec_bytes(m_aliases) + vec_bytes(m_tokens) + vec_bytes(m_weights) +
                 vec_bytes(m_phonetic) + vec_bytes(m_postings);
  for (const auto& a : m_aliases)
    bytes += vec_bytes(a.tokens);
  for (size_t i = 0; i < m_tokens.size(); ++i) {
    bytes += m_tokens[i].capacity() + m_phonetic[i].capacity() + vec_bytes(m_postings[i]);
  }
  bytes += m_ids.size() * (sizeof(std::string) + 48);
  for (const auto& [g, ids] : m_grams)
    bytes += vec_bytes(ids) + 48;
  for (const auto& [k, ids] : m_by_phonetic)
    bytes += k.capacity() + vec_bytes(ids) + 64;
  for (const auto& [k, ids] : m_joined)
    bytes += k.capacity() + vec_bytes(ids) + 64;
  return bytes;
}

}  // namespace ecc::match
