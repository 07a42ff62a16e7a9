#pragma once
// Scores one query against one indexed alias and says why: which tokens met
// (exact, Jaro-Winkler, one edit, phonetic, joined/split) and which did not. The score
// is a weighted soft Dice coefficient over distinctive tokens, in [0, 1].

#include <cstdint>
#include <string>
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
  uint32_t alias = 0;  // index into NameIndex::aliases()
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

// Similarity of two tokens and its method; {0, ""} when they do not match.
std::pair<double, std::string> token_similarity(const QueryToken& q, uint32_t alias_token,
                                                const NameIndex& index, const ScoreOptions& opt);

// Scores `query` against alias `alias` of `index`.
AliasScore score_alias(const std::vector<QueryToken>& query, uint32_t alias, const NameIndex& index,
                       const ScoreOptions& opt);

}  // namespace ecc::match
