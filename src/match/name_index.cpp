// Builds the candidate index once per list set: every name and alias is
// normalized and tokenised once, tokens are interned as integer ids with
// their IDF weight (so that "technology" or "beijing" weigh little and
// "sensetime" much), phonetic key, postings and padded trigrams. The lookup
// per query is in candidates.cpp.
#include "match/name_index.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "match/legal_forms.hpp"
#include "match/normalize.hpp"
#include "match/similarity.hpp"
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
  }
  m_alias_weight.assign(m_aliases.size(), 0.0);
  for (uint32_t a = 0; a < m_aliases.size(); ++a) {
    for (const uint32_t t : m_aliases[a].tokens)
      m_alias_weight[a] += m_weights[t];
  }
  for (uint32_t id = 0; id < m_tokens.size(); ++id) {
    m_phonetic[id] = phonetic_key(m_tokens[id]);
    if (!m_phonetic[id].empty())
      m_by_phonetic[m_phonetic[id]].push_back(id);
    if (m_tokens[id].size() >= m_opt.min_fuzzy_len) {
      for (const uint32_t g : padded_trigrams(m_tokens[id]))
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