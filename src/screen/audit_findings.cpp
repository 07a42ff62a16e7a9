// Audit findings and their suppressions. The rule of a hit is looked up in
// the rule book by what its condition tests (`party.lists contains CODE` for
// a match, `party.similar_lists contains CODE` for a resemblance), so adding
// a list to a rule file is enough for audit output to cite it. Suppressions
// reuse screen's states (expired, stale, gone) and add the customer as the
// selector: an audit finding always rests on a list match, so it is only
// suppressed by a suppression naming the entry, its content hash and the customer.
#include "screen/audit_findings.hpp"

#include <algorithm>

#include "screen/screen.hpp"
#include "util/strings.hpp"

namespace ecc::screen {

namespace {

// True when `p` (or a part of it) tests `fact contains` a list that includes `code`.
bool tests_list(const model::Predicate& p, const std::string& fact, const std::string& code) {
  if (p.kind == model::Predicate::Kind::test) {
    return p.fact == fact && p.op == model::Predicate::Op::contains &&
           std::find(p.values.begin(), p.values.end(), code) != p.values.end();
  }
  return std::any_of(p.children.begin(), p.children.end(),
                     [&](const model::Predicate& c) { return tests_list(c, fact, code); });
}

bool tests_fact(const model::Predicate& p, const std::string& fact) {
  if (p.kind == model::Predicate::Kind::test) {
    return p.fact == fact;
  }
  return std::any_of(p.children.begin(), p.children.end(),
                     [&](const model::Predicate& c) { return tests_fact(c, fact); });
}

model::ScreeningRule fallback_rule(const std::string& id, const std::string& title) {
  model::ScreeningRule r;
  r.id = id;
  r.title = title;
  r.citations = {"15 CFR Part 732, Supplement No. 3 (red flags)"};
  r.verdict = model::Verdict::review;
  r.scope = model::ScreeningScope::party;
  r.explanation = "no rule file names this list: a person must review the hit";
  return r;
}

bool same_name(const std::string& a, const std::string& b) {
  return util::to_lower_ascii(util::trim(a)) == util::to_lower_ascii(util::trim(b));
}

}  // namespace

AuditRules::AuditRules(const model::RuleBook& book, util::Date today)
    : m_listed(fallback_rule("listed-party",
                             "Party on a restricted-party list that no rule file names")),
      m_similar(fallback_rule("similar-party", "Party resembles a listed entry")),
      m_ownership(fallback_rule("ownership-restriction",
                                "Party inherits a restriction through ownership")) {
  m_ownership.explanation = "no rule file names this regime: a person must review the ownership";
  for (const model::ScreeningRule& r : book.rules) {
    if (in_force(r, today)) {
      m_in_force.push_back(&r);
    }
  }
}

const model::ScreeningRule* AuditRules::find(const std::string& fact,
                                             const std::string& code) const {
  for (const model::ScreeningRule* r : m_in_force) {
    if (tests_list(r->when, fact, code)) {
      return r;
    }
  }
  return nullptr;
}

const model::ScreeningRule& AuditRules::rule_for(const std::string& list_code,
                                                 match::Decision d) const {
  const bool similar = d != match::Decision::match;
  const model::ScreeningRule* r = find(similar ? "party.similar_lists" : "party.lists", list_code);
  if (r) {
    return *r;
  }
  return similar ? m_similar : m_listed;
}

const model::ScreeningRule& AuditRules::ownership_rule(model::OwnershipRegime regime,
                                                       model::InheritanceStatus status) const {
  const model::ScreeningRule* r = nullptr;
  if (status == model::InheritanceStatus::covered) {
    r = find("party.inherited_regimes", std::string(model::regime_name(regime)));
  } else {
    for (const model::ScreeningRule* rule : m_in_force) {
      if (!r && tests_fact(rule->when, "party.inherited_review")) {
        r = rule;
      }
    }
  }
  return r ? *r : m_ownership;
}

std::vector<AuditFinding> audit_findings(const std::vector<match::MatchResult>& results,
                                         const AuditRules& rules) {
  std::vector<AuditFinding> out;
  for (const match::MatchResult& r : results) {
    if (r.decision == match::Decision::clear) {
      continue;
    }
    AuditFinding f{r, &rules.rule_for(r.list_code, r.decision), nullptr};
    f.hit.aliases.resize(std::min<size_t>(f.hit.aliases.size(), 1));
    out.push_back(std::move(f));
  }
  return out;
}

match::Decision effective_decision(const std::vector<AuditFinding>& findings) {
  match::Decision d = match::Decision::clear;
  for (const AuditFinding& f : findings) {
    if (!f.suppressed) {
      d = std::max(d, f.hit.decision);
    }
  }
  return d;
}

AuditSuppressor::AuditSuppressor(const std::vector<model::Suppression>& suppressions,
                                 const std::vector<model::ListEntry>& entries, util::Date today)
    : m_entries(&entries) {
  for (const model::Suppression& s : suppressions) {
    m_statuses.push_back(initial_status(s, entries, today));
  }
}

bool AuditSuppressor::covers(const model::Suppression& s, const model::Customer& c,
                             const AuditFinding& f) const {
  if (s.rule != f.rule->id || !s.order.empty()) {
    return false;
  }
  if ((!s.customer.empty() && s.customer != c.id) ||
      (!s.party.empty() && !same_name(s.party, c.name))) {
    return false;
  }
  if (!s.entry.empty() && s.entry != f.hit.entry_key) {
    return false;
  }
  if (s.entry.empty() || (s.customer.empty() && s.party.empty())) {
    return false;  // names too little for an audit finding; see apply()
  }
  return f.hit.entry_index < m_entries->size() &&
         model::content_hash((*m_entries)[f.hit.entry_index]) == s.content_hash;
}

void AuditSuppressor::apply(const model::Customer& c, std::vector<AuditFinding>& findings) {
  for (AuditFinding& f : findings) {
    for (SuppressionStatus& st : m_statuses) {
      const model::Suppression& s = *st.suppression;
      const bool valid =
          st.state == SuppressionState::unused || st.state == SuppressionState::applied;
      if (!valid || f.suppressed) {
        continue;
      }
      if (covers(s, c, f)) {
        st.state = SuppressionState::applied;
        ++st.applied;
        f.suppressed = &s;
        continue;
      }
      const bool same_rule = s.rule == f.rule->id && s.order.empty();
      if (same_rule && st.detail.empty() && s.entry == f.hit.entry_key && s.customer.empty() &&
          s.party.empty()) {
        st.detail =
            "names no customer: an audit finding is only suppressed for the customer "
            "(customer id or party name) it was reviewed for";
      } else if (same_rule && st.detail.empty() && s.entry.empty() &&
                 ((!s.customer.empty() && s.customer == c.id) ||
                  (!s.party.empty() && same_name(s.party, c.name)))) {
        st.detail =
            "a finding it names rests on a list match: add the entry key and its "
            "content_hash";
      }
    }
  }
}

}  // namespace ecc::screen
