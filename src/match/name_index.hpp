#pragma once
// The candidate index: every name and alias of a list, normalized once, with
// token weights (IDF) and lookup structures so that a query is scored only
// against aliases that share an exact, fuzzy, phonetic or joined token.
// Every lookup structure is a flat sorted array (searched by binary search),
// so the index saves to bytes and loads back with little more than copies:
// `db import` stores it in the database and a screening run loads it in
// milliseconds instead of normalizing 34,000 names again.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/list_entry.hpp"
#include "util/array.hpp"

namespace ecc::util {
class BinaryWriter;
class BinaryReader;
}  // namespace ecc::util

namespace ecc::match {

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
  bool operator==(const IndexOptions&) const = default;
};

// Lists of ids keyed by a dense number (compressed sparse rows): the ids of
// key k are ids[offsets[k]] .. ids[offsets[k + 1] - 1].
struct IdLists {
  util::Array<uint32_t> offsets{std::vector<uint32_t>{0}};
  util::Array<uint32_t> ids;
  size_t size(size_t k) const { return offsets[k + 1] - offsets[k]; }
  const uint32_t* begin(size_t k) const { return ids.data() + offsets[k]; }
  const uint32_t* end(size_t k) const { return ids.data() + offsets[k + 1]; }
  std::span<const uint32_t> of(size_t k) const { return {begin(k), end(k)}; }
};

// Strings packed in one buffer: string k is text[offsets[k] .. offsets[k + 1]).
struct StringPool {
  util::Array<char> text;
  util::Array<uint32_t> offsets{std::vector<uint32_t>{0}};
  StringPool() = default;
  explicit StringPool(const std::vector<std::string>& strings);
  size_t size() const { return offsets.size() - 1; }
  std::string_view operator[](size_t k) const {
    return {text.data() + offsets[k], offsets[k + 1] - offsets[k]};
  }
};

// An alias reached through two adjacent tokens written as one ("sensetime").
struct JoinedPair {
  uint32_t left = 0, right = 0;  // vocabulary ids
  uint32_t alias = 0;
};

class NameIndex {
 public:
  // Normalizes and indexes every name and alias of `entries`.
  NameIndex(const std::vector<model::ListEntry>& entries, IndexOptions options = {});
  // Reads an index written by save(), viewing its arrays in place in `buffer`
  // (which `in` reads and the index keeps alive): nullopt when it was built
  // with other options than `options`; DataError when the bytes are damaged.
  static std::optional<NameIndex> load(util::BinaryReader& in, IndexOptions options,
                                       std::shared_ptr<const std::string> buffer);
  void save(util::BinaryWriter& out) const;

  // Aliases: every name of every entry (alias_no 0 is the primary name; a
  // name the source ran together with another is indexed whole and in parts).
  size_t alias_count() const { return m_alias_rows.size() / 2; }
  uint32_t alias_entry(uint32_t alias) const { return m_alias_rows[2 * alias]; }
  uint32_t alias_no(uint32_t alias) const { return m_alias_rows[2 * alias + 1]; }
  // The alias's vocabulary ids, in name order.
  std::span<const uint32_t> alias_tokens(uint32_t alias) const { return m_alias_tokens.of(alias); }

  std::string_view token(uint32_t id) const { return m_tokens[id]; }
  double weight(uint32_t id) const { return m_weights[id]; }
  std::string_view phonetic(uint32_t id) const { return m_phonetic[id]; }
  size_t postings_size(uint32_t id) const { return m_postings.size(id); }
  size_t vocabulary_size() const { return m_tokens.size(); }
  const IndexOptions& options() const { return m_opt; }

  // The vocabulary id of `token`, -1 when the lists never use it.
  int64_t find(std::string_view token) const;

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
  NameIndex() = default;
  void finish();
  void postings();
  void derive();
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

  // Saved and loaded (views into m_buffer when loaded):
  std::shared_ptr<const std::string> m_buffer;
  IndexOptions m_opt;
  util::Array<uint32_t> m_alias_rows;  // entry, alias_no per alias
  IdLists m_alias_tokens;              // alias -> vocabulary ids
  StringPool m_tokens;
  StringPool m_phonetic;
  util::Array<uint32_t> m_by_text;      // token ids sorted by token text
  util::Array<uint32_t> m_by_phonetic;  // token ids with a phonetic key, sorted by key then id
  util::Array<uint32_t> m_gram_keys;    // sorted padded trigrams
  IdLists m_gram_tokens;                // trigram (position in m_gram_keys) -> tokens
  util::Array<JoinedPair> m_joined;     // sorted by the joined text "ab", then alias
  IdLists m_postings;                   // token -> aliases
  // Derived on load (derive()):
  std::vector<double> m_weights;
  std::vector<double> m_alias_weight;
  double m_unknown_weight = 1.0;
  uint64_t m_serial = 0;  // tells per-thread caches which index they belong to
};

}  // namespace ecc::match
