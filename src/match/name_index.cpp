// Builds the candidate index once per list set: every name and alias is
// normalized and tokenised once, tokens are interned as integer ids with
// their IDF weight (so that "technology" or "beijing" weigh little and
// "sensetime" much), class (generic, optional, number), phonetic key,
// postings and padded trigrams; each alias keeps its legal-form classes and
// the acronyms it spells. The lookup per query is in candidates.cpp.
#include "match/name_index.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "match/acronyms.hpp"
#include "match/legal_forms.hpp"
#include "match/normalize.hpp"
#include "match/similarity.hpp"
#include "match/word_classes.hpp"
#include "util/binary_io.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

std::atomic<uint64_t> g_next_serial{1};  // tells per-thread caches which index they serve

template <class T>
size_t vec_bytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

StringPool::StringPool(const std::vector<std::string>& strings) {
  std::vector<char> chars;
  std::vector<uint32_t> offs{0};
  for (const std::string& str : strings) {
    chars.insert(chars.end(), str.begin(), str.end());
    offs.push_back(static_cast<uint32_t>(chars.size()));
  }
  text = std::move(chars);
  offsets = std::move(offs);
}

NameIndex::NameIndex(const std::vector<model::ListEntry>& entries, IndexOptions options)
    : m_opt(options), m_serial(g_next_serial++) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> tokens, phonetic, spelling;
  std::vector<uint32_t> rows, alias_offsets{0}, alias_ids;
  std::vector<uint8_t> info;
  std::vector<AcronymRow> acronyms;
  for (size_t e = 0; e < entries.size(); ++e) {
    const bool person = util::to_lower_ascii(entries[e].entry_type) == "individual";
    std::vector<std::string> names{entries[e].name};
    for (const auto& a : entries[e].aliases)
      names.push_back(a.name);
    for (size_t k = 0; k < names.size(); ++k) {
      const NormalizedName n = normalize_name(names[k]);
      if (n.tokens.empty())
        continue;
      const auto alias = static_cast<uint32_t>(rows.size() / 2);
      rows.push_back(static_cast<uint32_t>(e));
      rows.push_back(static_cast<uint32_t>(k));
      info.push_back(static_cast<uint8_t>((n.legal_classes & 0x7FU) | (person ? 0x80U : 0U)));
      for (const Acronym& a : person ? std::vector<Acronym>{} : acronyms_of(n))
        acronyms.push_back({acronym_key(a.text), alias, a.from, a.count});
      for (const auto& t : n.tokens) {
        const auto [it, added] = ids.emplace(t, static_cast<uint32_t>(tokens.size()));
        if (added) {
          tokens.push_back(t);
          phonetic.push_back(phonetic_key(t));
          spelling.push_back(spelling_key(t));
        }
        alias_ids.push_back(it->second);
      }
      alias_offsets.push_back(static_cast<uint32_t>(alias_ids.size()));
    }
  }
  std::sort(acronyms.begin(), acronyms.end(), [](const AcronymRow& a, const AcronymRow& b) {
    return a.key != b.key ? a.key < b.key : a.alias < b.alias;
  });
  m_alias_rows = std::move(rows);
  m_alias_tokens.offsets = std::move(alias_offsets);
  m_alias_tokens.ids = std::move(alias_ids);
  m_alias_info = std::move(info);
  m_acronyms = std::move(acronyms);
  m_tokens = StringPool(tokens);
  m_phonetic = StringPool(phonetic);
  m_spelling = StringPool(spelling);
  finish();
}

// The lookup structures, from the aliases and tokens.
void NameIndex::finish() {
  const auto n = static_cast<uint32_t>(m_tokens.size());
  std::vector<uint32_t> by_text(n);
  std::iota(by_text.begin(), by_text.end(), 0U);
  std::sort(by_text.begin(), by_text.end(),
            [&](uint32_t a, uint32_t b) { return m_tokens[a] < m_tokens[b]; });
  m_by_text = std::move(by_text);
  std::vector<uint32_t> by_phonetic;
  for (uint32_t id = 0; id < n; ++id) {
    if (!m_phonetic[id].empty())
      by_phonetic.push_back(id);
  }
  std::stable_sort(by_phonetic.begin(), by_phonetic.end(),
                   [&](uint32_t a, uint32_t b) { return m_phonetic[a] < m_phonetic[b]; });
  m_by_phonetic = std::move(by_phonetic);
  std::vector<uint32_t> by_spelling;
  for (uint32_t id = 0; id < n; ++id) {
    if (!m_spelling[id].empty())
      by_spelling.push_back(id);
  }
  std::stable_sort(by_spelling.begin(), by_spelling.end(),
                   [&](uint32_t a, uint32_t b) { return m_spelling[a] < m_spelling[b]; });
  m_by_spelling = std::move(by_spelling);
  // Trigram -> tokens, in token order.
  std::vector<std::pair<uint32_t, uint32_t>> grams;  // trigram, token
  for (uint32_t id = 0; id < n; ++id) {
    if (m_tokens[id].size() < m_opt.min_fuzzy_len)
      continue;
    for (const uint32_t g : padded_trigrams(m_tokens[id]))
      grams.emplace_back(g, id);
  }
  std::sort(grams.begin(), grams.end());
  std::vector<uint32_t> keys, offsets{0}, tokens;
  for (const auto& [g, id] : grams) {
    if (keys.empty() || keys.back() != g) {
      keys.push_back(g);
      offsets.push_back(offsets.back());
    }
    tokens.push_back(id);
    ++offsets.back();
  }
  m_gram_keys = std::move(keys);
  m_gram_tokens.offsets = std::move(offsets);
  m_gram_tokens.ids = std::move(tokens);
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
  std::vector<JoinedPair> pairs;
  pairs.reserve(joined.size());
  for (const auto& [text, pair] : joined)
    pairs.push_back(pair);
  m_joined = std::move(pairs);
  postings();
  derive();
}

// Token -> the aliases that use it, in alias order.
void NameIndex::postings() {
  const auto aliases = static_cast<uint32_t>(alias_count());
  std::vector<uint32_t> offsets(m_tokens.size() + 1, 0);
  std::vector<uint32_t> last(m_tokens.size(), UINT32_MAX);
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a)) {
      if (last[t] != a)
        ++offsets[t + 1], last[t] = a;
    }
  }
  for (size_t t = 0; t < m_tokens.size(); ++t)
    offsets[t + 1] += offsets[t];
  std::vector<uint32_t> ids(offsets.back());
  std::vector<uint32_t> fill(offsets.begin(), offsets.end() - 1);
  std::fill(last.begin(), last.end(), UINT32_MAX);
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a)) {
      if (last[t] != a)
        ids[fill[t]++] = a, last[t] = a;
    }
  }
  m_postings.offsets = std::move(offsets);
  m_postings.ids = std::move(ids);
}

// Weights (IDF), which follow from the postings.
void NameIndex::derive() {
  const auto aliases = static_cast<uint32_t>(alias_count());
  const double n = static_cast<double>(aliases) + 1.0;
  m_unknown_weight = std::log(n / 1.5);
  m_weights.resize(m_tokens.size());
  for (uint32_t id = 0; id < m_tokens.size(); ++id)
    m_weights[id] = std::log(n / (static_cast<double>(m_postings.size(id)) + 0.5));
  std::vector<uint32_t> in_persons(m_tokens.size(), 0);
  for (uint32_t a = 0; a < aliases; ++a) {
    if (alias_person(a)) {
      for (const uint32_t t : alias_tokens(a))
        ++in_persons[t];
    }
  }
  m_token_class.assign(m_tokens.size(), 0);  // classify() reads it for k_token_person
  for (uint32_t id = 0; id < m_tokens.size(); ++id) {
    const bool person = 2 * in_persons[id] > m_postings.size(id);
    m_token_class[id] = static_cast<uint8_t>(person ? k_token_person : 0);
    m_token_class[id] = classify(std::string(m_tokens[id]), id);
  }
  m_alias_weight.assign(aliases, 0.0);
  for (uint32_t a = 0; a < aliases; ++a) {
    for (const uint32_t t : alias_tokens(a))
      m_alias_weight[a] += m_weights[t];
  }
}

uint8_t NameIndex::classify(const std::string& text, int64_t id) const {
  const double common = std::max(50.0, m_opt.generic_share * static_cast<double>(alias_count()));
  uint8_t cls = 0;
  if (is_generic_word(text) ||
      (id >= 0 && static_cast<double>(m_postings.size(static_cast<size_t>(id))) > common))
    cls |= k_token_generic;
  if (is_honorific(text) || is_particle(text))
    cls |= k_token_optional;
  if (is_number(text))
    cls |= k_token_number;
  if (is_patronymic(text))
    cls |= k_token_patronymic;
  if (id >= 0 && static_cast<size_t>(id) < m_token_class.size())
    cls |= m_token_class[static_cast<size_t>(id)] & k_token_person;
  return cls;
}

std::span<const AcronymRow> NameIndex::acronyms(uint64_t key) const {
  const auto [from, to] =
      std::equal_range(m_acronyms.begin(), m_acronyms.end(), AcronymRow{key, 0, 0, 0},
                       [](const AcronymRow& a, const AcronymRow& b) { return a.key < b.key; });
  return {from, to};
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
    QueryToken q{t, -1, m_unknown_weight, phonetic_key(t), 0, spelling_key(t)};
    if (const int64_t id = find(t); id >= 0) {
      q.id = id;
      q.weight = m_weights[static_cast<size_t>(id)];
    }
    q.cls = classify(t, q.id);
    out.push_back(std::move(q));
  }
  return out;
}

// Format: options, aliases, token and phonetic pools, then the sorted
// lookup arrays and the postings. The caller adds the checksum.
void NameIndex::save(util::BinaryWriter& out) const {
  out.put<double>(m_opt.fuzzy_min);
  out.put<uint64_t>(m_opt.min_fuzzy_len);
  out.put<uint64_t>(m_opt.common_postings);
  out.put<double>(m_opt.generic_share);
  out.put_array(m_alias_rows);
  out.put_array(m_alias_info);
  out.put_array(m_acronyms);
  for (const IdLists* lists : {&m_alias_tokens, &m_gram_tokens, &m_postings}) {
    out.put_array(lists->offsets);
    out.put_array(lists->ids);
  }
  for (const StringPool* pool : {&m_tokens, &m_phonetic, &m_spelling}) {
    out.put_array(pool->text);
    out.put_array(pool->offsets);
  }
  out.put_array(m_by_text);
  out.put_array(m_by_phonetic);
  out.put_array(m_by_spelling);
  out.put_array(m_gram_keys);
  out.put_array(m_joined);
}

namespace {

// Every id below `limit`.
void check_ids(util::BinaryReader& in, std::span<const uint32_t> ids, size_t limit,
               const char* what) {
  for (const uint32_t id : ids) {
    if (id >= limit)
      in.fail(std::string("bad ") + what + " id " + std::to_string(id));
  }
}

// Offsets ascending from 0 to `end`.
void check_offsets(util::BinaryReader& in, std::span<const uint32_t> offsets, size_t end,
                   const char* what) {
  if (offsets.empty() || offsets.front() != 0 || offsets.back() != end ||
      !std::is_sorted(offsets.begin(), offsets.end()))
    in.fail(std::string("bad ") + what + " offsets");
}

}  // namespace

std::optional<NameIndex> NameIndex::load(util::BinaryReader& in, IndexOptions options,
                                         std::shared_ptr<const std::string> buffer) {
  NameIndex ix;
  ix.m_buffer = std::move(buffer);
  ix.m_serial = g_next_serial++;
  ix.m_opt.fuzzy_min = in.get<double>();
  ix.m_opt.min_fuzzy_len = in.get<uint64_t>();
  ix.m_opt.common_postings = in.get<uint64_t>();
  ix.m_opt.generic_share = in.get<double>();
  if (!(ix.m_opt == options))
    return std::nullopt;
  ix.m_alias_rows = in.view_array<uint32_t>();
  ix.m_alias_info = in.view_array<uint8_t>();
  ix.m_acronyms = in.view_array<AcronymRow>();
  for (IdLists* lists : {&ix.m_alias_tokens, &ix.m_gram_tokens, &ix.m_postings}) {
    lists->offsets = in.view_array<uint32_t>();
    lists->ids = in.view_array<uint32_t>();
    check_offsets(in, lists->offsets, lists->ids.size(), "list");
  }
  for (StringPool* pool : {&ix.m_tokens, &ix.m_phonetic, &ix.m_spelling}) {
    pool->text = in.view_array<char>();
    pool->offsets = in.view_array<uint32_t>();
    check_offsets(in, pool->offsets, pool->text.size(), "string");
  }
  ix.m_by_text = in.view_array<uint32_t>();
  ix.m_by_phonetic = in.view_array<uint32_t>();
  ix.m_by_spelling = in.view_array<uint32_t>();
  ix.m_gram_keys = in.view_array<uint32_t>();
  ix.m_joined = in.view_array<JoinedPair>();
  // Structure checks: every id in range, so that a damaged index cannot crash a lookup.
  const size_t n_tokens = ix.m_tokens.size();
  const size_t n_aliases = ix.alias_count();
  if (ix.m_alias_rows.size() % 2 != 0 || ix.m_alias_tokens.offsets.size() != n_aliases + 1 ||
      ix.m_alias_info.size() != n_aliases || ix.m_phonetic.size() != n_tokens ||
      ix.m_spelling.size() != n_tokens || ix.m_by_text.size() != n_tokens ||
      ix.m_postings.offsets.size() != n_tokens + 1 ||
      ix.m_gram_tokens.offsets.size() != ix.m_gram_keys.size() + 1)
    in.fail("inconsistent sizes");
  check_ids(in, ix.m_alias_tokens.ids, n_tokens, "token");
  check_ids(in, ix.m_postings.ids, n_aliases, "alias");
  check_ids(in, ix.m_by_text, n_tokens, "token");
  check_ids(in, ix.m_by_phonetic, n_tokens, "token");
  check_ids(in, ix.m_by_spelling, n_tokens, "token");
  check_ids(in, ix.m_gram_tokens.ids, n_tokens, "token");
  for (const JoinedPair& j : ix.m_joined) {
    if (j.left >= n_tokens || j.right >= n_tokens || j.alias >= n_aliases)
      in.fail("bad joined pair");
  }
  for (const AcronymRow& a : ix.m_acronyms) {
    if (a.alias >= n_aliases ||
        static_cast<size_t>(a.from) + a.count > ix.m_alias_tokens.size(a.alias))
      in.fail("bad acronym row");
  }
  ix.derive();
  return ix;
}

size_t NameIndex::memory_bytes() const {
  size_t bytes = m_buffer ? m_buffer->size() : 0;
  for (const auto* v : {&m_alias_rows, &m_alias_tokens.offsets, &m_alias_tokens.ids,
                        &m_tokens.offsets, &m_phonetic.offsets, &m_spelling.offsets, &m_by_text,
                        &m_by_phonetic, &m_by_spelling, &m_gram_keys, &m_gram_tokens.offsets,
                        &m_gram_tokens.ids, &m_postings.offsets, &m_postings.ids})
    bytes += v->owned_bytes();
  return bytes + m_tokens.text.owned_bytes() + m_phonetic.text.owned_bytes() +
         m_spelling.text.owned_bytes() + m_joined.owned_bytes() + m_alias_info.owned_bytes() +
         m_acronyms.owned_bytes() + vec_bytes(m_token_class) + vec_bytes(m_weights) +
         vec_bytes(m_alias_weight);
}

}  // namespace ecc::match
