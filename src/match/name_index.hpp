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

// Token classes (bits): what a word says about a party.
enum TokenClass : uint8_t {
  k_token_generic = 1,      // a generic word or one used by many names: not distinctive
  k_token_optional = 2,     // an honorific or particle: counts when it matches, never against
  k_token_number = 4,       // digits: must match exactly; different numbers count against
  k_token_person = 8,       // used more in persons' names than in others: never read as an acronym
  k_token_patronymic = 16,  // an East Slavic patronymic: optional after a person's first word
};

// A query token resolved against the vocabulary.
struct QueryToken {
  std::string text;
  int64_t id = -1;      // vocabulary id, -1 when the lists never use the token
  double weight = 0.0;  // IDF weight (unknown tokens get the highest)
  std::string phonetic;
  uint8_t cls = 0;            // TokenClass bits
  std::string spelling = {};  // spelling_key (romanisation variants folded)
};

// A run of query tokens whose initials are a token of the lists ("Hebei
// Semiconductor Research Institute" -> "hsri").
struct QueryAcronym {
  uint32_t id = 0;               // vocabulary id of the acronym
  uint16_t from = 0, count = 0;  // the query tokens it stands for
};

struct IndexOptions {
  double fuzzy_min = 0.88;        // Jaro-Winkler needed for a fuzzy token match
  size_t min_fuzzy_len = 4;       // shorter tokens match only exactly
  size_t common_postings = 1500;  // tokens used by more aliases are skipped when a rarer one exists
  double generic_share = 0.02;  // a token used by more aliases than this share (and 50) is generic
  bool operator==(const IndexOptions&) const = default;
};

// An acronym a list name spells (acronyms.hpp), keyed by its text's hash.
struct AcronymRow {
  uint64_t key = 0;
  uint32_t alias = 0;
  uint16_t from = 0, count = 0;  // the alias tokens it stands for
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
  std::string_view spelling(uint32_t id) const { return m_spelling[id]; }
  size_t postings_size(uint32_t id) const { return m_postings.size(id); }
  size_t vocabulary_size() const { return m_tokens.size(); }
  const IndexOptions& options() const { return m_opt; }

  // The vocabulary id of `token`, -1 when the lists never use it.
  int64_t find(std::string_view token) const;

  // Resolves normalized query tokens to ids and weights.
  std::vector<QueryToken> resolve(const std::vector<std::string>& tokens) const;

  // Alias ids that share at least one exact, fuzzy (Jaro-Winkler), phonetic,
  // joined/split or acronym token with the query; sorted, unique. With
  // min_bound > 0, aliases whose score cannot reach min_bound are left out:
  // the bound 2R / (R + W + U) assumes every alias token the query reaches
  // (weight R of the alias's W) is matched at similarity 1, and charges the
  // weight U of the query tokens that reach none of the alias's tokens; an
  // alias that may contain every distinctive query word, or that the query
  // may contain whole, is kept (containment scores above the bound).
  std::vector<uint32_t> candidates(const std::vector<QueryToken>& query, bool fuzzy,
                                   double min_bound = 0.0,
                                   const std::vector<QueryAcronym>& acronyms = {}) const;

  // TokenClass bits of a vocabulary token (optional only means something in a person's name).
  uint8_t token_class(uint32_t id) const { return m_token_class[id]; }
  // Whether token j of an alias may be set aside when it meets nothing: in a
  // person's name, an honorific or particle, or a patronymic after the first word.
  bool optional_at(uint32_t alias, size_t j) const {
    const uint8_t cls = m_token_class[m_alias_tokens.of(alias)[j]];
    return alias_person(alias) &&
           ((cls & k_token_optional) || (j > 0 && (cls & k_token_patronymic)));
  }
  // Whether an alias is a person's name; the LegalClass bits of its legal forms.
  bool alias_person(uint32_t alias) const { return (m_alias_info[alias] & 0x80U) != 0; }
  uint8_t alias_legal(uint32_t alias) const { return m_alias_info[alias] & 0x7FU; }
  // The acronym rows of a text's key, sorted by alias.
  std::span<const AcronymRow> acronyms(uint64_t key) const;
  // TokenClass bits of a query token (generic by the word list or the postings, number, optional).
  uint8_t classify(const std::string& text, int64_t id) const;

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
  bool may_contain(uint32_t alias, const std::vector<QueryToken>& query, uint64_t hit,
                   uint64_t mask) const;
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
  StringPool m_spelling;
  util::Array<uint32_t> m_by_text;      // token ids sorted by token text
  util::Array<uint32_t> m_by_phonetic;  // token ids with a phonetic key, sorted by key then id
  util::Array<uint32_t> m_by_spelling;  // token ids with a spelling key, sorted by key then id
  util::Array<uint32_t> m_gram_keys;    // sorted padded trigrams
  IdLists m_gram_tokens;                // trigram (position in m_gram_keys) -> tokens
  util::Array<JoinedPair> m_joined;     // sorted by the joined text "ab", then alias
  IdLists m_postings;                   // token -> aliases
  util::Array<uint8_t> m_alias_info;    // per alias: LegalClass bits, 0x80 = a person's name
  util::Array<AcronymRow> m_acronyms;   // sorted by key, then alias
  // Derived on load (derive()):
  std::vector<uint8_t> m_token_class;
  std::vector<double> m_weights;
  std::vector<double> m_alias_weight;
  double m_unknown_weight = 1.0;
  uint64_t m_serial = 0;  // tells per-thread caches which index they belong to
};

}  // namespace ecc::match
