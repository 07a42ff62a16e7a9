// Ranking and merging of an audited customer's hits (hit_ranking.hpp). The
// rank is what the hit obliges the exporter to do: a blocked person before a
// licence requirement before a review before an informational list, so the
// reported first hit is the one that decides what may ship. Copies of one
// entry are recognised by list code and entity number (the CSL carries
// OFAC's number for SDN entries) or, without a number, by the same name.
#include "screen/hit_ranking.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

#include "util/strings.hpp"

namespace ecc::screen {

namespace {

std::string copy_key(const model::ListEntry& e) {
  return e.list_code + "\n" +
         (e.entity_number.empty() ? "name:" + util::to_lower_ascii(util::trim(e.name))
                                  : e.entity_number);
}

bool templated(const std::string& s) {
  return s.find('{') != std::string::npos;
}

HitRegime regime_of(const match::MatchResult& h, const model::ListEntry& e,
                    const AuditRules& rules) {
  HitRegime g;
  if (h.decision != match::Decision::clear) {
    g.rule = &rules.rule_for(h.list_code, h.decision);
  }
  g.list_rule = &rules.rule_for(h.list_code, match::Decision::match);
  g.requirement = !e.license_requirement.empty() ? e.license_requirement
                  : templated(g.list_rule->policy) || g.list_rule->policy.empty()
                      ? g.list_rule->title
                      : g.list_rule->policy;
  g.policy = e.license_policy;
  g.citations = g.list_rule->citations;
  g.citations.insert(g.citations.end(), e.fr_citations.begin(), e.fr_citations.end());
  g.sources.push_back(e.source_name);
  return g;
}

// The verdict of the rule that fires, then that of the list's own rule (two
// resemblances both fire the similar-party rule: the Entity List's comes first).
std::pair<int, int> severity(const HitRegime& g) {
  return {g.rule ? static_cast<int>(g.rule->verdict) : -1,
          g.list_rule ? static_cast<int>(g.list_rule->verdict) : -1};
}

}  // namespace

std::vector<HitRegime> rank_hits(std::vector<match::MatchResult>& results,
                                 const std::vector<model::ListEntry>& entries,
                                 const AuditRules& rules) {
  std::vector<HitRegime> regimes;
  for (const match::MatchResult& h : results) {
    regimes.push_back(regime_of(h, entries.at(h.entry_index), rules));
  }
  std::vector<size_t> order(results.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (results[a].decision != results[b].decision) {
      return results[a].decision > results[b].decision;
    }
    if (severity(regimes[a]) != severity(regimes[b])) {
      return severity(regimes[a]) > severity(regimes[b]);
    }
    return results[a].score > results[b].score;
  });
  std::vector<match::MatchResult> kept;
  std::vector<HitRegime> kept_regimes;
  std::vector<std::string> keys;
  for (size_t i : order) {
    const model::ListEntry& e = entries.at(results[i].entry_index);
    const std::string key = copy_key(e);
    const auto at = std::find(keys.begin(), keys.end(), key);
    if (at != keys.end()) {
      HitRegime& first = kept_regimes[static_cast<size_t>(at - keys.begin())];
      if (std::find(first.sources.begin(), first.sources.end(), e.source_name) ==
          first.sources.end()) {
        first.sources.push_back(e.source_name);
        first.other_keys.push_back(results[i].entry_key);
        continue;  // the same entry from another source
      }
    }
    keys.push_back(key);
    kept.push_back(std::move(results[i]));
    kept_regimes.push_back(std::move(regimes[i]));
  }
  results = std::move(kept);
  return kept_regimes;
}

}  // namespace ecc::screen
