#pragma once
// Scores one query against one indexed alias and says why: which tokens met
// (exact, Jaro-Winkler, one edit, phonetic, joined/split) and which did not. The score
// is a weighted soft Dice coefficient over distinctive tokens, in [0, 1].

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/name_index.hpp"

namespace ecc::match {

struct TokenMatch {
  std::string query_token;  // "shang tang" when two query tokens were joined
  std::string alias_token;
  std::string method;  // exact, jaro_winkler, one_edit, phonetic, joined, split
  double similarity = 0.0;
};

struct AliasScore {
  uint32_t alias = 0;  // alias id of the NameIndex
  double score = 0.0;
  std::string method;  // exact, token_set, fuzzy, partial
  std::vector<TokenMatch> matched;
  std::vector<std::string> unmatched_query;
  std::vector<std::string> unmatched_alias;
};

struct ScoreOptions {
  bool fuzzy = true;                  // off for short queries
  double fuzzy_min = 0.88;            // Jaro-Winkler needed for a fuzzy token match
  size_t min_fuzzy_len = 4;           // shorter tokens match only exactly
  double phonetic_similarity = 0.85;  // credit for a phonetic-key match below fuzzy_min
  double one_edit_similarity = 0.90;  // credit for one edit (5+ letters) below fuzzy_min
};

// How two tokens (or a token and two adjacent tokens) met.
enum class TokenMethod : uint8_t { none, exact, jaro_winkler, one_edit, phonetic, joined, split };

// "exact", "jaro_winkler", ... ("" for none).
std::string_view to_string(TokenMethod m);

// Similarity of two tokens and its method; {0, ""} when they do not match.
std::pair<double, std::string> token_similarity(const QueryToken& q, uint32_t alias_token,
                                                const NameIndex& index, const ScoreOptions& opt);

// Scores `query` against alias `alias` of `index`.
AliasScore score_alias(const std::vector<QueryToken>& query, uint32_t alias, const NameIndex& index,
                       const ScoreOptions& opt);

// Scores one query against many aliases. Token similarities are remembered
// across aliases (a query meets "technology" in hundreds of them) and nothing
// is allocated per alias once warm. One instance per query and thread; the
// query, index and options must outlive it.
class QueryScorer {
 public:
  QueryScorer(const std::vector<QueryToken>& query, const NameIndex& index,
              const ScoreOptions& opt);

  // The score of `alias`, equal to score_alias(query, alias, ...).score.
  double score(uint32_t alias);
  // The score with its explanation (what score_alias returns).
  AliasScore explain(uint32_t alias);

 private:
  struct Pair {
    uint32_t qi = 0, qn = 1;  // query tokens [qi, qi + qn)
    uint32_t aj = 0, an = 1;  // alias tokens [aj, aj + an)
    double sim = 0.0;
    TokenMethod method = TokenMethod::none;
  };
  struct Slot {
    uint64_t key = ~uint64_t{0};
    double sim = 0.0;
    TokenMethod method = TokenMethod::none;
  };

  void make_pairs(uint32_t alias);
  double pair_up(uint32_t alias, bool& same_order);
  Slot remembered(uint64_t key, bool& found);
  void remember(uint64_t key, double sim, TokenMethod method);
  std::pair<double, TokenMethod> token_sim(size_t qi, uint32_t token);
  double joined_sim(size_t qi, uint32_t token);
  double split_sim(size_t qi, uint32_t first, uint32_t second);

  const std::vector<QueryToken>& m_query;
  const NameIndex& m_index;
  const ScoreOptions& m_opt;
  std::vector<Pair> m_pairs;
  std::vector<char> m_q_used, m_a_used;
  std::vector<Slot> m_slots;  // open addressing, size a power of two
  size_t m_filled = 0;
};

}  // namespace ecc::match
