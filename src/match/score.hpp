#pragma once
// Scores one query against one indexed alias and says why: which tokens met
// (exact, Jaro-Winkler, one edit, phonetic, joined/split, acronym, initial)
// and which did not. The score is a weighted soft Dice coefficient over
// distinctive tokens, in [0, 1], raised when one name contains the other's
// distinctive words and lowered when their numbers differ.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/name_index.hpp"

namespace ecc::match {

struct TokenMatch {
  std::string query_token;  // "shang tang" when two query tokens were joined
  std::string alias_token;
  // exact, jaro_winkler, one_edit, phonetic, spelling, joined, split, acronym, initial
  std::string method;
  double similarity = 0.0;
};

struct AliasScore {
  uint32_t alias = 0;  // alias id of the NameIndex
  double score = 0.0;
  // exact, token_set, fuzzy (every word met), acronym (one met through an
  // acronym or initials), contained (every distinctive query word is in the
  // list name), contains (the list name is in the query), partial
  std::string method;
  std::vector<TokenMatch> matched;
  std::vector<std::string> unmatched_query;
  std::vector<std::string> unmatched_alias;
  std::vector<std::string> notes;  // number agreement or disagreement, containment
};

struct ScoreOptions {
  bool fuzzy = true;                      // off for short queries
  double fuzzy_min = 0.88;                // Jaro-Winkler needed for a fuzzy token match
  size_t min_fuzzy_len = 4;               // shorter tokens match only exactly
  double phonetic_similarity = 0.85;      // credit for a phonetic-key match below fuzzy_min
  double one_edit_similarity = 0.90;      // credit for one edit (5+ letters) below fuzzy_min
  double acronym_similarity = 0.90;       // a token that is the initials of the other's words
  double initials_similarity = 0.85;      // "jc" ~ "jean claude"
  double initial_similarity = 0.60;       // "a" ~ "ali"
  double containment_score = 0.90;        // at least this when one name contains the other's words
  double contained_coverage = 0.80;       // query in list name: the share of the query's weight met
  double contained_list_coverage = 0.25;  // ... and the share of the list name's weight it meets
  // ... unless a query word met exactly is rare: used by at most this share of all names
  // ("Sberbank" in a long name of Sberbank's); 0 turns the exception off.
  double contained_rare_share = 0.002;
  double contains_coverage = 0.60;  // list name in query: the share of the query's weight met
  double contains_generic_coverage = 0.40;  // ... when every other query word is generic
  double contains_person_coverage = 0.60;   // the same for a person's name
  double phonetic_min_jw = 0.80;            // a phonetic-key match needs this Jaro-Winkler too
  double spelling_similarity = 0.92;        // the same spelling key (romanisation variants)
  double number_penalty = 0.20;             // subtracted when the names' numbers differ
  // Set per query by the matcher: the query names an organisation (it has a
  // legal form), so a person's list name neither contains it nor is contained.
  bool query_organisation = false;
};

// How two tokens (or a token and adjacent tokens) met.
enum class TokenMethod : uint8_t {
  none,
  exact,
  jaro_winkler,
  one_edit,
  phonetic,
  joined,
  split,
  acronym,
  initial,
  spelling
};

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
  // `acronyms`: runs of query tokens whose initials are list tokens (copied).
  QueryScorer(const std::vector<QueryToken>& query, const NameIndex& index, const ScoreOptions& opt,
              std::vector<QueryAcronym> acronyms = {});

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

  // What pair_up found beyond the Dice score.
  struct Shape {
    bool contained = false;  // every distinctive query token met
    bool contains = false;   // every alias token met, covering enough of the query
    bool numbers_differ = false, numbers_agree = false;
    bool via_acronym = false;  // an acronym or initials pair was used
  };

  void make_pairs(uint32_t alias);
  void acronym_pairs(uint32_t alias);
  double pair_up(uint32_t alias, bool& same_order);
  bool strong(const Pair& p, uint32_t alias) const;
  static bool as_written(const Pair& p);
  Shape shape_of(uint32_t alias) const;
  double adjusted(double dice, const Shape& s) const;
  bool optional_alias_token(uint32_t alias, size_t j) const;
  bool optional_query_token(size_t i) const;
  void note_patronymics(uint32_t alias);
  Slot remembered(uint64_t key, bool& found);
  void remember(uint64_t key, double sim, TokenMethod method);
  std::pair<double, TokenMethod> token_sim(size_t qi, uint32_t token);
  double joined_sim(size_t qi, uint32_t token);
  double split_sim(size_t qi, uint32_t first, uint32_t second);

  const std::vector<QueryToken>& m_query;
  const NameIndex& m_index;
  const ScoreOptions& m_opt;
  std::vector<QueryAcronym> m_acronyms;
  std::vector<std::span<const AcronymRow>> m_acronym_rows;  // per query token
  std::vector<Pair> m_pairs;
  std::vector<char> m_q_used, m_a_used;
  mutable std::vector<char> m_q_strong, m_a_strong;  // met by a pair strong enough for containment
  std::vector<Slot> m_slots;                         // open addressing, size a power of two
  size_t m_filled = 0;
  bool m_patronymics_differ = false;  // both names keep an unmatched patronymic (pair_up)
};

}  // namespace ecc::match
