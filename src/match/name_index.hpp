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
  // or joined/split token with the query; sorted, unique. With min_bound > 0,
  // aliases whose score cannot reach min_bound are left out: the bound
  // 2R / (R + W + U) assumes every alias token the query reaches (weight R of
  // the alias's W) is matched at similarity 1, and charges the weight U of the
  // query tokens that reach none of the alias's tokens.
  std::vector<uint32_t> candidates(const std::vector<QueryToken>& query, bool fuzzy,
                                   double min_bound = 0.0) const;

  // Sum of the weights of an alias's tokens.
  double alias_weight(uint32_t alias) const { return m_alias_weight[alias]; }

  // Approximate heap bytes held by the index.
  size_t memory_bytes() const;

 private:
  uint32_t intern(const std::string& token);
  void finish();
  struct Reached;
  std::vector<uint32_t> fuzzy_lookup(const QueryToken& q) const;
  void fuzzy_tokens(const QueryToken& q, std::vector<uint32_t>& out) const;
  void split_tokens(const QueryToken& q, std::vector<uint32_t>& out) const;
  void reach(const std::vector<QueryToken>& query, bool fuzzy, Reached& r) const;
  bool reaches_bound(uint32_t alias, const std::vector<QueryToken>& query, double min_bound) const;
  double bound_of(uint32_t alias, const std::vector<QueryToken>& query, uint64_t hit,
                  uint64_t mask) const;
  void glue_reach(uint32_t alias, const std::vector<QueryToken>& query, uint64_t& hit,
                  uint64_t& mask) const;

  IndexOptions m_opt;
  std::vector<IndexedAlias> m_aliases;
  std::vector<std::string> m_tokens;
  std::unordered_map<std::string, uint32_t> m_ids;
  std::vector<double> m_weights;
  std::vector<double> m_alias_weight;
  std::vector<std::string> m_phonetic;
  std::vector<std::vector<uint32_t>> m_postings;                         // token -> aliases
  std::unordered_map<uint32_t, std::vector<uint32_t>> m_grams;           // trigram -> tokens
  std::unordered_map<std::string, std::vector<uint32_t>> m_by_phonetic;  // key -> tokens
  std::unordered_map<std::string, std::vector<uint32_t>> m_joined;       // "ab" of "a b" -> aliases
  double m_unknown_weight = 1.0;
  uint64_t m_serial = 0;  // tells per-thread caches which index they belong to
};

}  // namespace ecc::match
