#pragma once
// Findings of `exportcheck audit`: each hit of a customer that is not clear
// becomes a finding of the screening rule that names the hit's list (a
// match) or of the rule on resembling a listed party (a review), so that the
// CI formats carry that rule's citation and help, and suppressions name it by
// rule id as for `screen`. The rule is metadata here: an audit has no order,
// so the rule's other conditions are not evaluated. Pure.

#include <string>
#include <vector>

#include "match/matcher.hpp"
#include "model/customer.hpp"
#include "model/ownership.hpp"
#include "model/screening.hpp"
#include "screen/suppressions.hpp"

namespace ecc::screen {

// A restriction a customer inherits through ownership (screen/ownership.hpp),
// with the rule that names it. Not suppressible: it comes from the ownership
// data, not from one list entry.
struct OwnershipFinding {
  std::string text;  // regime, status, rule note with citations, the ownership path
  const model::ScreeningRule* rule = nullptr;
};

// One non-clear hit of one customer.
struct AuditFinding {
  match::MatchResult hit;                          // with its best alias only
  const model::ScreeningRule* rule = nullptr;      // never null once built
  const model::Suppression* suppressed = nullptr;  // the suppression that covers it, or null
};

// The rule of each list for audit findings, chosen once per run.
class AuditRules {
 public:
  // Rules in force on `today` of `book` (which must outlive this object).
  AuditRules(const model::RuleBook& book, util::Date today);

  // A match on `list_code`: the first rule in force whose condition tests
  // `party.lists contains` that code. A review: the first testing
  // `party.similar_lists contains` it. Neither: a built-in fallback rule
  // ("listed-party" / "similar-party"), so no finding is ever dropped.
  const model::ScreeningRule& rule_for(const std::string& list_code, match::Decision d) const;

  // The rule of a restriction a customer inherits through ownership: covered,
  // the first rule in force testing `party.inherited_regimes contains` the
  // regime; review, the first testing `party.inherited_review`; else a
  // built-in fallback ("ownership-restriction").
  const model::ScreeningRule& ownership_rule(model::OwnershipRegime regime,
                                             model::InheritanceStatus status) const;

 private:
  const model::ScreeningRule* find(const std::string& fact, const std::string& code) const;
  std::vector<const model::ScreeningRule*> m_in_force;
  model::ScreeningRule m_listed, m_similar, m_ownership;
};

// The findings of one customer: one per result that is not clear, best first.
std::vector<AuditFinding> audit_findings(const std::vector<match::MatchResult>& results,
                                         const AuditRules& rules);

// The decision of `findings` once suppressed ones are set aside: the worst
// unsuppressed hit's decision (clear when none).
match::Decision effective_decision(const std::vector<AuditFinding>& findings);

// Applies a suppressions file to audit findings, one customer at a time, and
// keeps each suppression's state for the run. Not thread-safe: call it from
// the thread that writes the results, in input order.
class AuditSuppressor {
 public:
  // `entries` are the active list entries the hits index (MatchResult::entry_index);
  // both vectors must outlive this object.
  AuditSuppressor(const std::vector<model::Suppression>& suppressions,
                  const std::vector<model::ListEntry>& entries, util::Date today);

  // Marks each finding of customer `c` that a valid suppression covers: same
  // rule, the entry it names with the reviewed content hash, and the customer
  // it names by `customer` (id) and/or `party` (name). A suppression without
  // a customer or party never covers an audit finding.
  void apply(const model::Customer& c, std::vector<AuditFinding>& findings);

  // One per suppression, in file order.
  const std::vector<SuppressionStatus>& statuses() const { return m_statuses; }

 private:
  bool covers(const model::Suppression& s, const model::Customer& c, const AuditFinding& f) const;
  const std::vector<model::ListEntry>* m_entries;
  std::vector<SuppressionStatus> m_statuses;
};

}  // namespace ecc::screen
