#pragma once
// The matcher: resolves a party name (plus optional country and identifiers)
// against a set of list entries and returns scored, explained results in
// three bands: match, review, clear. Pure and thread-safe: build it once,
// call match() from any number of threads.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/name_index.hpp"
#include "match/normalize.hpp"
#include "match/score.hpp"
#include "model/list_entry.hpp"

namespace ecc::match {

enum class Decision { clear, review, match };

// "clear", "review", "match".
std::string_view to_string(Decision d);

struct MatchOptions {
  double review_threshold =
      0.80;  // score at or above: a person must look (calibrated, docs/matching.md)
  double match_threshold = 0.92;  // score at or above: treated as the listed party
  double min_score = 0.60;        // results below are not returned
  size_t max_results = 10;
  size_t short_name_chars = 6;       // queries with fewer letters/digits: exact tokens only
  double country_bonus = 0.03;       // query country among the entry's address countries
  double country_penalty = 0.10;     // entry has countries and the query's is not among them
  double identifier_bonus = 0.15;    // an identifier number equal to one of the entry's
  double identifier_penalty = 0.15;  // same identifier type, different number
  IndexOptions index;
  ScoreOptions score;
};

struct Query {
  std::string name;
  std::string country;                         // ISO 3166-1 alpha-2 or empty
  std::vector<model::Identifier> identifiers;  // type + number are used
};

// One piece of corroborating or contradicting evidence.
struct Evidence {
  std::string kind;    // "country", "identifier"
  std::string effect;  // "corroborates", "contradicts"
  double delta = 0.0;
  std::string detail;  // e.g. "query country US; entry countries CN, HK"
};

// The score of one alias of an entry.
struct AliasResult {
  std::string name;
  AliasScore score;
};

struct MatchResult {
  size_t entry_index = 0;  // index into the entries the matcher was built from
  std::string list_code;
  std::string entry_key;
  std::string entry_name;
  std::vector<model::EntryLink> links;  // listed parties the entry's name names (affiliate of ...)
  std::string matched_alias;            // the best-scoring name or alias
  double name_score = 0.0;              // best alias score, before evidence
  double score = 0.0;                   // after evidence, in [0, 1]
  Decision decision = Decision::clear;
  std::vector<AliasResult> aliases;  // every scored alias, best first
  std::vector<Evidence> evidence;
  std::vector<std::string> notes;  // guards applied: short name, generic name
};

struct MatchResponse {
  NormalizedName normalized;
  std::vector<std::string> notes;    // query-level guards
  std::vector<MatchResult> results;  // best first
  // The highest decision among the results (clear when none).
  Decision decision() const;
};

enum class Search { index, brute_force };

class Matcher {
 public:
  // Indexes every name and alias of `entries` (copied as far as needed).
  Matcher(const std::vector<model::ListEntry>& entries, MatchOptions options = {});

  // The matcher as bytes, in two parts: save() is the index and the offset
  // and checksum of each entry's details; save_entries() the details
  // themselves (names, countries, identifiers), which a query needs only for
  // the entries it explains. `db import` stores both.
  std::string save() const;
  std::string save_entries() const;
  // Reads `size` bytes at `offset` of save_entries()'s bytes (from memory or
  // from the database); may throw DataError.
  using EntryReader = std::function<std::string(uint64_t offset, uint64_t size)>;
  static EntryReader in_memory(std::string entries);
  // A matcher from save()'s bytes, which it keeps and views in place; entry
  // details come through `entries` when a query explains them, each checked
  // against its checksum. nullopt when the bytes were written by another
  // format version or with other index options (rebuild them); DataError
  // when they are damaged.
  static std::optional<Matcher> load(std::string bytes, MatchOptions options = {},
                                     EntryReader entries = {});
  // Reads and checks every entry's details (db verify); DataError when one is damaged.
  void check_entries() const;
  // Number of entries the matcher was built from (entry_index is below it).
  size_t entry_count() const { return m_entry_offsets.size() - 1; }

  // Resolves one query. Search::brute_force scores every alias (for measuring the index).
  MatchResponse match(const Query& query, Search search = Search::index) const;

  const NameIndex& index() const { return m_index; }
  const MatchOptions& options() const { return m_opt; }

 private:
  Matcher(MatchOptions options, NameIndex index);
  // What the matcher keeps of an entry. Kept packed (m_entry_bytes) and
  // decoded only for the entries a query explains, so that loading a stored
  // matcher does not allocate 100,000 strings.
  struct EntryInfo {
    std::string list_code, entry_key, name;
    std::vector<std::string> names;      // primary name, then aliases
    std::vector<std::string> countries;  // sorted, unique
    std::vector<model::Identifier> ids;
    std::vector<model::EntryLink> links;
  };
  EntryInfo entry_info(size_t entry) const;
  struct QueryPlan;

  QueryPlan plan(const Query& query) const;
  std::vector<MatchResult> score_entries(const QueryPlan& p,
                                         const std::vector<uint32_t>& aliases) const;
  MatchResult explained(const QueryPlan& p, QueryScorer& scorer,
                        const std::vector<std::pair<uint32_t, uint32_t>>& scored,
                        const std::vector<uint32_t>& order, size_t from, size_t to) const;
  double max_bonus(const QueryPlan& p) const;
  void add_evidence(const QueryPlan& p, const EntryInfo& e, MatchResult& r) const;
  void add_legal_note(const QueryPlan& p, MatchResult& r) const;
  void decide(const QueryPlan& p, MatchResult& r) const;

  MatchOptions m_opt;
  std::string m_entry_bytes;   // EntryInfo of entry 0, 1, ..., packed (built in memory)
  EntryReader m_entry_reader;  // or read on demand (loaded)
  // Entry e is bytes [offsets[e], offsets[e + 1]) with checksum sums[e].
  util::Array<uint64_t> m_entry_offsets{std::vector<uint64_t>{0}};
  util::Array<uint64_t> m_entry_sums;
  std::shared_ptr<const std::string> m_buffer;  // the bytes a loaded matcher views
  NameIndex m_index;
};

}  // namespace ecc::match
