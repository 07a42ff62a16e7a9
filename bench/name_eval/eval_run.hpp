#pragma once
// Runs evaluation cases in batches: each batch copies the corpus, applies
// every case's edit (leave a name out, strip a parenthesis), reads the names
// as `db import` does, builds one matcher and runs the batch's queries on all
// threads. A case records the decision on its entry and every flagged entry.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "eval_corpus.hpp"
#include "match/matcher.hpp"

namespace ecc::bench {

enum class Edit { none, drop_name, strip_text };

struct EvalCase {
  size_t entry = 0;   // the entry the query should meet (or, for negatives, came from)
  std::string query;  // as written; read like a list name before it is matched
  size_t batch = 0;   // cases of one batch share one index
  Edit edit = Edit::none;
  size_t name_no = 0;  // the name dropped or edited (0 = the primary name)
  std::string text;    // the text strip_text removes from that name
  // Outcome:
  match::Decision decision = match::Decision::clear;  // on `entry`
  double score = 0.0;                                 // of `entry`, 0 when not returned
  std::string why;                                    // `entry`'s explanation, or the best hit
  std::vector<std::pair<size_t, match::Decision>> flagged;  // entries at review or match
  std::vector<double> flagged_scores;                       // their scores
  std::vector<std::string> flagged_why;                     // their explanations
};

struct RunOptions {
  bool read_names = true;  // read list names (and queries) as db import does
  unsigned threads = 2;
  double review_threshold = 0.80;  // the matcher's; lower it to sweep thresholds from one run
  match::ScoreOptions score;       // the scorer's options (--set NAME=VALUE changes one)
};

// Runs every case; fills the outcome fields.
void run_cases(const Corpus& corpus, std::vector<EvalCase>& cases, const RunOptions& opt);

// A query as a buyer would write it: the name the reader keeps of a list name text.
std::string query_text(const std::string& raw, bool read_names);

}  // namespace ecc::bench
