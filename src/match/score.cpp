// Weighted soft Dice: candidate token pairs (exact, Jaro-Winkler >= fuzzy_min,
// same phonetic key, or two adjacent tokens joined = one token) are taken
// greedily by similarity; score = 2 * sum(sim * w) / (sum w_query + sum
// w_alias), where w is the token's IDF and a matched query token takes the
// weight of its list token. Order does not matter, rare words dominate.
#include "match/score.hpp"

#include <algorithm>

#include "match/legal_forms.hpp"
#include "match/similarity.hpp"

namespace ecc::match {

namespace {

struct Pair {
  size_t qi = 0, qn = 1;  // query tokens [qi, qi + qn)
  size_t aj = 0, an = 1;  // alias tokens [aj, aj + an)
  double sim = 0.0;
  std::string method;
};

// Similarity of a token to two adjacent tokens written as one ("sense time"
// vs "sensetime"); Jaro-Winkler so that a typo or variant inside still counts.
double joined_similarity(const std::string& one, const std::string& a, const std::string& b,
                         const ScoreOptions& opt) {
  const size_t len = a.size() + b.size();
  if (one.size() + 2 < len || len + 2 < one.size() || one.size() < 4)
    return 0.0;
  if (one.compare(0, a.size(), a) == 0 && one.compare(a.size(), std::string::npos, b) == 0)
    return 1.0;
  if (!opt.fuzzy || one.size() < 6)
    return 0.0;
  const double jw = jaro_winkler(one, a + b);
  return jw >= std::max(opt.fuzzy_min, 0.92) ? jw : 0.0;
}

std::vector<Pair> candidate_pairs(const std::vector<QueryToken>& q, const std::vector<uint32_t>& a,
                                  const NameIndex& ix, const ScoreOptions& opt) {
  std::vector<Pair> pairs;
  for (size_t i = 0; i < q.size(); ++i) {
    for (size_t j = 0; j < a.size(); ++j) {
      auto [sim, method] = token_similarity(q[i], a[j], ix, opt);
      if (sim > 0.0)
        pairs.push_back({i, 1, j, 1, sim, std::move(method)});
      if (i + 1 < q.size()) {
        const double js = joined_similarity(ix.token(a[j]), q[i].text, q[i + 1].text, opt);
        if (js > 0.0)
          pairs.push_back({i, 2, j, 1, js, "joined"});
      }
      if (j + 1 < a.size()) {
        const double ss = joined_similarity(q[i].text, ix.token(a[j]), ix.token(a[j + 1]), opt);
        if (ss > 0.0)
          pairs.push_back({i, 1, j, 2, ss, "split"});
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.sim != y.sim ? x.sim > y.sim : x.qn + x.an > y.qn + y.an;
  });
  return pairs;
}

// Marks the tokens of p as used; false (and nothing marked) when one already is.
bool claim(const Pair& p, std::vector<char>& q_used, std::vector<char>& a_used) {
  for (size_t k = 0; k < p.qn; ++k) {
    if (q_used[p.qi + k])
      return false;
  }
  for (size_t k = 0; k < p.an; ++k) {
    if (a_used[p.aj + k])
      return false;
  }
  for (size_t k = 0; k < p.qn; ++k)
    q_used[p.qi + k] = 1;
  for (size_t k = 0; k < p.an; ++k)
    a_used[p.aj + k] = 1;
  return true;
}

std::string join_range(const std::vector<std::string>& texts, size_t from, size_t n) {
  std::string s = texts[from];
  for (size_t k = 1; k < n; ++k)
    s += " " + texts[from + k];
  return s;
}

std::string summary_method(const AliasScore& s, bool same_order) {
  if (!s.unmatched_query.empty() || !s.unmatched_alias.empty())
    return "partial";
  bool all_exact = true;
  bool all_plain = true;
  for (const auto& m : s.matched) {
    all_exact = all_exact && m.method == "exact";
    all_plain = all_plain && (m.method == "exact" || m.method == "joined" || m.method == "split");
  }
  if (all_exact && same_order)
    return "exact";
  return all_plain ? "token_set" : "fuzzy";
}

}  // namespace

std::pair<double, std::string> token_similarity(const QueryToken& q, uint32_t alias_token,
                                                const NameIndex& ix, const ScoreOptions& opt) {
  if (q.id == static_cast<int64_t>(alias_token))
    return {1.0, "exact"};
  const std::string& at = ix.token(alias_token);
  if (!opt.fuzzy || q.text.size() < opt.min_fuzzy_len || at.size() < opt.min_fuzzy_len)
    return {0.0, ""};
  const size_t shorter = std::min(q.text.size(), at.size());
  if (4 * shorter < 3 * std::max(q.text.size(), at.size()))
    return {0.0, ""};  // "rosneft" != "rosnefttrade"
  const double jw = jaro_winkler(q.text, at);
  if (jw >= opt.fuzzy_min)
    return {jw, "jaro_winkler"};
  if (shorter >= 5 && within_one_edit(q.text, at))
    return {opt.one_edit_similarity, "one_edit"};
  if (!q.phonetic.empty() && q.phonetic == ix.phonetic(alias_token)) {
    return {opt.phonetic_similarity, "phonetic"};
  }
  return {0.0, ""};
}

AliasScore score_alias(const std::vector<QueryToken>& q, uint32_t alias, const NameIndex& ix,
                       const ScoreOptions& opt) {
  const std::vector<uint32_t>& a = ix.aliases()[alias].tokens;
  std::vector<std::string> q_text, a_text;
  for (const auto& t : q)
    q_text.push_back(t.text);
  for (const uint32_t id : a)
    a_text.push_back(ix.token(id));
  std::vector<char> q_used(q.size(), 0), a_used(a.size(), 0);
  AliasScore out;
  out.alias = alias;
  double num = 0.0, den = 0.0;
  bool same_order = q.size() == a.size();
  for (const Pair& p : candidate_pairs(q, a, ix, opt)) {
    if (!claim(p, q_used, a_used))
      continue;
    double w = 0.0;
    for (size_t k = 0; k < p.an; ++k)
      w += ix.weight(a[p.aj + k]);
    num += 2.0 * p.sim * w;
    den += 2.0 * w;
    same_order = same_order && p.qi == p.aj && p.qn == 1 && p.an == 1;
    out.matched.push_back(
        {join_range(q_text, p.qi, p.qn), join_range(a_text, p.aj, p.an), p.method, p.sim});
  }
  for (size_t i = 0; i < q.size(); ++i) {
    if (!q_used[i])
      den += q[i].weight, out.unmatched_query.push_back(q_text[i]);
  }
  for (size_t j = 0; j < a.size(); ++j) {
    if (!a_used[j])
      den += ix.weight(a[j]), out.unmatched_alias.push_back(a_text[j]);
  }
  out.score = den > 0.0 ? num / den : 0.0;
  out.method = summary_method(out, same_order);
  return out;
}

}  // namespace ecc::match
