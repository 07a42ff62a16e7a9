#pragma once
// Rendering of `exportcheck match` results: a text table with one
// explanation block per hit, or JSON. Pure: values in, text out.

#include <ostream>
#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/screening.hpp"

namespace ecc::report {

struct MatchView {
  match::Query query;
  match::MatchResponse response;
  match::MatchOptions options;  // the thresholds used
  // Findings about the whole run (stale lists), printed after the decision.
  std::vector<model::Finding> run_findings;
};

// Table of results (score, decision, list, entry, matched name) followed by
// the explanation of each: matched and unmatched words, evidence, guards.
void print_match_text(std::ostream& out, const MatchView& view);

// The same as one JSON object (schema in docs/matching.md).
void print_match_json(std::ostream& out, const MatchView& view);

}  // namespace ecc::report
