#pragma once
// The order and grouping of an audited customer's hits: the most restrictive
// regime first (a match on the Entity List, whose entries require a licence
// for every item subject to the EAR, before a match on the NS-CMIC investment
// list), and one entry that two sources publish (the CSL's copy of an SDN
// entry and OFAC's own) shown once with both sources. Pure.

#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/list_entry.hpp"
#include "model/screening.hpp"
#include "screen/audit_findings.hpp"

namespace ecc::screen {

// What one reported hit means: the rule that fires and what the list requires.
struct HitRegime {
  const model::ScreeningRule* rule =
      nullptr;  // fires for the hit (AuditRules::rule_for); null: clear
  const model::ScreeningRule* list_rule = nullptr;  // the list's own rule (as for a match)
  std::string requirement;  // the entry's licence requirement, else the list rule's policy
  std::string policy;       // the entry's licence review policy, empty when it has none
  std::vector<std::string> citations;   // the list rule's, then the entry's Federal Register ones
  std::vector<std::string> sources;     // every source listing the entry, the reported copy first
  std::vector<std::string> other_keys;  // entry keys of the copies merged into this one
};

// Sorts `results` by decision, then by how restrictive the rule that fires
// is (model::Verdict order), then the list's own rule (for resemblances,
// which all fire the similar-party rule), then by score, and merges the results that are
// one entry from two sources (same list code and entity number, or same
// name, different source): the better one stays and names both sources.
// `entries` are the entries the results index. Returns one HitRegime per
// result left, in the same order.
std::vector<HitRegime> rank_hits(std::vector<match::MatchResult>& results,
                                 const std::vector<model::ListEntry>& entries,
                                 const AuditRules& rules);

}  // namespace ecc::screen
