// The rules engine: every rule in force on the as-of date is evaluated in
// each context its scope asks for (per line, per party, per party and line).
// A true condition gives the rule's verdict; an unknown one gives `review`
// (fail closed). Line verdicts are the worst finding touching the line; the
// order's verdict is the worst line verdict.
#include <algorithm>
#include <cstdio>

#include "model/country.hpp"
#include "screen/facts.hpp"
#include "screen/freshness.hpp"
#include "screen/screen_internal.hpp"

namespace ecc::screen {

namespace {

std::string country_text(const std::string& code) {
  std::string_view name = model::country_name(code);
  return name.empty() ? code : code + " (" + std::string(name) + ")";
}

// The list codes a rule's condition asks a party to be on (contains tests on party.lists).
void listed_codes(const model::Predicate& p, std::vector<std::string>& out) {
  if (p.kind == model::Predicate::Kind::test) {
    if ((p.fact == "party.lists" || p.fact == "party.similar_lists") &&
        p.op == model::Predicate::Op::contains) {
      out.insert(out.end(), p.values.begin(), p.values.end());
    }
    return;
  }
  for (const model::Predicate& c : p.children) {
    listed_codes(c, out);
  }
}

// The party's hits that made the rule fire: on the lists the rule names.
std::vector<const PartyHit*> relevant_hits(const model::ScreeningRule& rule,
                                           const PartyResult* pr) {
  std::vector<const PartyHit*> out;
  if (!pr) {
    return out;
  }
  std::vector<std::string> codes;
  listed_codes(rule.when, codes);
  for (const PartyHit& h : pr->hits) {
    if (std::find(codes.begin(), codes.end(), h.entry->list_code) != codes.end()) {
      out.push_back(&h);
    }
  }
  return out;
}

std::string fill(std::string text, const FactContext& ctx,
                 const std::vector<const PartyHit*>& hits) {
  if (ctx.freshness) {
    text = fill_freshness(std::move(text), *ctx.freshness, ctx.as_of);
  }
  if (ctx.assumptions) {
    text = fill_assumptions(std::move(text), *ctx.assumptions);
  }
  replace_all(text, "{destination}", country_text(ctx.order->destination));
  replace_all(text, "{ship_from}", country_text(ctx.order->ship_from));
  replace_all(text, "{service}", ctx.order->service);
  if (ctx.line) {
    replace_all(text, "{item}", ctx.line->query);
    if (ctx.line->classification) {
      replace_all(text, "{eccn}", ctx.line->classification->eccn);
      replace_all(text, "{paragraph}", ctx.line->classification->paragraph);
    }
  }
  if (ctx.party) {
    replace_all(text, "{party}", ctx.party->name);
    replace_all(text, "{role}", ctx.party->role);
    std::string hq = ctx.party->headquarters_country.empty() ? ctx.party->ultimate_parent_country
                                                             : ctx.party->headquarters_country;
    if (hq.empty() && ctx.party_result && ctx.party_result->ultimate_parent) {
      hq = ctx.party_result->ultimate_parent->hq_country;
    }
    fill_ownership(text, ctx);
    replace_all(text, "{hq}", country_text(hq));
  }
  if (!hits.empty()) {
    replace_all(text, "{entry}", hits.front()->entry->name);
    replace_all(text, "{entry_policy}",
                hits.front()->entry->license_policy.empty() ? std::string("see the entry")
                                                            : hits.front()->entry->license_policy);
    replace_all(text, "{entry_requirement}", hits.front()->entry->license_requirement);
  }
  return text;
}

std::vector<std::string> evidence(const FactContext& ctx,
                                  const std::vector<const PartyHit*>& hits) {
  std::vector<std::string> out;
  for (const PartyHit* h : hits) {
    const model::ListEntry& e = *h->entry;
    std::string cites;
    for (const std::string& c : e.fr_citations) {
      cites += (cites.empty() ? "" : "; ") + c;
    }
    out.push_back(ctx.party->name + " " + h->how + " of " + e.list_code + " entry '" + e.name +
                  "' [" + e.entry_key + "]" +
                  (e.start_date.empty() ? "" : ", listed " + e.start_date) +
                  (cites.empty() ? "" : ", " + cites));
  }
  if (ctx.line && ctx.line->classification && !ctx.line->classification->arithmetic.empty()) {
    out.push_back(ctx.line->query + ": " + ctx.line->classification->arithmetic);
  }
  if (ctx.line && !ctx.line->variants_note.empty()) {
    out.push_back(ctx.line->variants_note);
  }
  if (ctx.party && !ctx.party->headquarters_country.empty()) {
    out.push_back(ctx.party->name +
                  " headquarters: " + country_text(ctx.party->headquarters_country));
  }
  if (ctx.party && !ctx.party->ultimate_parent_country.empty()) {
    out.push_back(ctx.party->name + " ultimate parent" +
                  (ctx.party->ultimate_parent.empty() ? "" : " " + ctx.party->ultimate_parent) +
                  " headquartered in " + country_text(ctx.party->ultimate_parent_country));
  }
  return out;
}

// Evidence of one finding: list matches, TPP arithmetic, headquarters, and ownership paths.
std::vector<std::string> evidence(const model::ScreeningRule& rule, const FactContext& ctx,
                                  const std::vector<const PartyHit*>& hits) {
  if (rule.scope == model::ScreeningScope::run) {
    return ctx.freshness && tests_fact(rule.when, "data.stale")
               ? stale_evidence(*ctx.freshness, ctx.as_of)
               : std::vector<std::string>{};
  }
  std::vector<std::string> out = evidence(ctx, hits);
  ownership_evidence(rule, ctx, out);
  return out;
}

// Dated country-group facts behind the rule's group tests that hold (not
// under a `not`): which membership, with its citation and confidence, put the
// destination or a party's country in a group on the as-of date.
void group_evidence(const model::Predicate& p, const FactContext& ctx,
                    const model::CountryGroups& groups, std::vector<std::string>& out) {
  if (p.kind == model::Predicate::Kind::not_) {
    return;
  }
  if (p.kind != model::Predicate::Kind::test) {
    for (const model::Predicate& c : p.children) {
      group_evidence(c, ctx, groups, out);
    }
    return;
  }
  if (p.op != model::Predicate::Op::in_group) {
    return;
  }
  FactValue v = fact(p.fact, ctx);
  std::vector<std::string> countries = v.kind == FactValue::Kind::list ? v.list
                                       : v.kind == FactValue::Kind::text
                                           ? std::vector<std::string>{v.text}
                                           : std::vector<std::string>{};
  for (const std::string& c : countries) {
    for (const std::string& g : p.values) {
      for (const model::GroupMember* m : groups.dated_basis(g, c, ctx.as_of)) {
        std::string line = country_text(c) + " is in " + g + " on " + ctx.as_of.iso() + ": " +
                           (m->citation.empty() ? "see rules/country_groups.json" : m->citation) +
                           (m->confidence.empty() ? "" : " (" + m->confidence + ")");
        if (std::find(out.begin(), out.end(), line) == out.end()) {
          out.push_back(line);
        }
      }
    }
  }
}

}  // namespace

bool tests_fact(const model::Predicate& p, std::string_view fact) {
  if (p.kind == model::Predicate::Kind::test) {
    return p.fact == fact;
  }
  return std::any_of(p.children.begin(), p.children.end(),
                     [&](const model::Predicate& c) { return tests_fact(c, fact); });
}

void replace_all(std::string& s, const std::string& key, const std::string& value) {
  for (size_t pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + value.size())) {
    s.replace(pos, key.size(), value);
  }
}

void evaluate_rule(const model::ScreeningRule& rule, const FactContext& ctx, int line, int party,
                   const model::RuleBook& book, std::vector<model::Finding>& findings) {
  std::vector<std::string> unknown;
  Truth t = evaluate(rule.when, ctx, book.country_groups, unknown);
  if (t == Truth::no) {
    return;
  }
  // An unknown product already has its own review finding; do not add one per rule.
  if (t == Truth::unknown && ctx.line && !ctx.line->known) {
    return;
  }
  std::vector<const PartyHit*> hits = relevant_hits(rule, ctx.party_result);
  model::Finding f;
  f.rule = &rule;
  f.line = line;
  f.party = party;
  f.evidence = evidence(rule, ctx, hits);
  group_evidence(rule.when, ctx, book.country_groups, f.evidence);
  if (t == Truth::yes) {
    f.verdict = rule.verdict;
    f.policy = fill(rule.policy, ctx, hits);
    f.explanation = fill(rule.explanation, ctx, hits);
  } else {
    f.undecided = true;
    f.verdict = std::max(model::Verdict::review, std::min(rule.verdict, model::Verdict::review));
    std::string facts;
    for (const std::string& u : unknown) {
      facts += (facts.empty() ? "" : ", ") + u;
    }
    f.explanation = "cannot decide whether this rule applies: unknown " + facts;
    if (ctx.line && ctx.line->classification && !ctx.line->classification->missing.empty()) {
      f.explanation += " (missing figures:";
      for (const std::string& m : ctx.line->classification->missing) {
        f.explanation += " " + m;
      }
      f.explanation += ")";
    }
  }
  findings.push_back(std::move(f));
}

bool in_force(const model::ScreeningRule& rule, util::Date date) {
  if (date < rule.effective_from || (rule.effective_to && *rule.effective_to < date)) {
    return false;
  }
  for (const model::DateWindow& w : rule.suspended) {
    if (w.from <= date && (!w.to || date <= *w.to)) {
      return false;
    }
  }
  return true;
}

void evaluate_rules(const ScreenInputs& in, ScreenResult& result) {
  const model::Order& order = *result.order;
  for (const model::ScreeningRule& rule : in.rules->rules) {
    if (!in_force(rule, result.as_of)) {
      continue;
    }
    FactContext ctx{
        &order, nullptr, nullptr, nullptr, result.as_of, in.freshness, &result.assumptions};
    bool run = rule.scope == model::ScreeningScope::run;
    bool per_line = !run && rule.scope != model::ScreeningScope::party;
    bool per_party = !run && rule.scope != model::ScreeningScope::line;
    size_t line_count = per_line ? result.lines.size() : 1;
    size_t party_count = per_party ? order.parties.size() : 1;
    for (size_t l = 0; l < line_count; ++l) {
      for (size_t p = 0; p < party_count; ++p) {
        ctx.line = per_line ? &result.lines[l] : nullptr;
        ctx.party = per_party ? &order.parties[p] : nullptr;
        ctx.party_result = per_party ? &result.parties[p] : nullptr;
        evaluate_rule(rule, ctx, per_line ? static_cast<int>(l) : -1,
                      per_party ? static_cast<int>(p) : -1, *in.rules, result.findings);
      }
    }
  }
}

ScreenResult screen_order(const model::Order& order, const ScreenInputs& in, util::Date as_of) {
  ScreenResult result;
  result.order = &order;
  result.as_of = as_of;
  result.rules_version = in.rules->version;
  // 1. Classify every line.
  for (const model::OrderItem& item : order.items) {
    result.lines.push_back(classify_line(item, in, as_of));
  }
  // 2. Resolve every party against the lists as they stood on the as-of date.
  for (const model::OrderParty& party : order.parties) {
    result.parties.push_back(resolve_party(party, in, as_of));
    for (const model::Assumption& a : result.parties.back().assumptions) {
      bool known = std::any_of(result.assumptions.begin(), result.assumptions.end(),
                               [&](const model::Assumption& b) { return b.id == a.id; });
      if (!known) {
        result.assumptions.push_back(a);
      }
    }
  }
  // 3. Evaluate the rules in force (a name with variants: for each, alike or unknown).
  evaluate_rules(in, result);
  check_variant_verdicts(in, result);
  // 4. Verdicts: a line takes its worst finding (party-wide findings touch every line).
  for (const model::Finding& f : result.findings) {
    for (size_t l = 0; l < result.lines.size(); ++l) {
      if (f.line < 0 || f.line == static_cast<int>(l)) {
        result.lines[l].verdict = std::max(result.lines[l].verdict, f.verdict);
      }
    }
  }
  for (const LineResult& line : result.lines) {
    result.verdict = std::max(result.verdict, line.verdict);
  }
  for (const model::Finding& f : result.findings) {
    if (f.line < 0) {
      result.verdict = std::max(result.verdict, f.verdict);  // also for an order without lines
    }
  }
  return result;
}

}  // namespace ecc::screen
