#pragma once
// The candidate index: every name and alias of a list, normalized once, with
// token weights (IDF) and lookup structures so that a query is scored only
// against aliases that share an exact, fuzzy, phonetic or joined token.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::match {

// One name of one entry (alias_no 0 is the primary name).
struct IndexedAlias {
  uint32_t entry = 0;
  uint32_t alias_no = 0;
  std::vector<uint32_t> tokens;  // vocabulary ids, in name order
};

// A query token resolved against the vocabulary.
struct QueryToken {
  std::string text;
  int64_t id = -1;      // vocabulary id, -1 when the lists never use the token
  double weight = 0.0;  // IDF weight (unknown tokens get the highest)
  std::string phonetic;
};

struct IndexOptions {
  double fuzzy_min = 0.88;        // Jaro-Winkler needed for a fuzzy token match
  size_t min_fuzzy_len = 4;       // shorter tokens match only exactly
  size_t common_postings = 1500;  // tokens used by more aliases are skipped when a rarer one exists
};

class NameIndex {
 public:
  // Normalizes and indexes every name and alias of `entries`.
  NameIndex(const std::vector<model::ListEntry>& entries, IndexOptions options = {});

  const std::vector<IndexedAlias>& aliases() const { return m_aliases; }
  const std::string& token(uint32_t id) const { return m_tokens[id]; }
  double weight(uint32_t id) const { return m_weights[id]; }
  const std::string& phonetic(uint32_t id) const { return m_phonetic[id]; }
  size_t postings_size(uint32_t id) const { return m_postings[id].size(); }
  size_t vocabulary_size() const { return m_tokens.size(); }
  const IndexOptions& options() const { return m_opt; }

  // Resolves normalized query tokens to ids and weights.
  std::vector<QueryToken> resolve(const std::vector<std::string>& tokens) const;

  // Alias ids that share at least one exact, fuzzy (Jaro-Winkler), phonetic
  // or joined/split token with the query; sorted, unique.
  std::vector<uint32_t> candidates(const std::vector<QueryToken>& query, bool fuzzy) const;

  // Approximate heap bytes held by the index.
  size_t memory_bytes() const;

 private:
  uint32_t intern(const std::string& token);
  void finish();
  void add_postings(uint32_t token_id, std::vector<uint32_t>& out) const;
  void fuzzy_tokens(const QueryToken& q, std::vector<uint32_t>& out) const;
  void split_tokens(const QueryToken& q, std::vector<uint32_t>& out) const;

  IndexOptions m_opt;
  std::vector<IndexedAlias> m_aliases;
  std::vector<std::string> m_tokens;
  std::unordered_map<std::string, uint32_t> m_ids;
  std::vector<double> m_weights;
  std::vector<std::string> m_phonetic;
  std::vector<std::vector<uint32_t>> m_postings;                         // token -> aliases
  std::unordered_map<uint32_t, std::vector<uint32_t>> m_grams;           // trigram -> tokens
  std::unordered_map<std::string, std::vector<uint32_t>> m_by_phonetic;  // key -> tokens
  std::unordered_map<std::string, std::vector<uint32_t>> m_joined;       // "ab" of "a b" -> aliases
  double m_unknown_weight = 1.0;
};

}  // namespace ecc::match
