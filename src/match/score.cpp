// Weighted soft Dice: candidate token pairs (exact, Jaro-Winkler >= fuzzy_min,
// same phonetic key, or two adjacent tokens joined = one token) are taken
// greedily by similarity; score = 2 * sum(sim * w) / (sum w_query + sum
// w_alias), where w is the token's IDF and a matched query token takes the
// weight of its list token. Order does not matter, rare words dominate.
// QueryScorer remembers token similarities across the aliases of one query
// and reuses its buffers, because a batch scores millions of alias pairs.
#include "match/score.hpp"

#include <algorithm>
#include <array>

#include "match/acronyms.hpp"
#include "match/legal_forms.hpp"
#include "match/similarity.hpp"
#include "match/word_classes.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

// Similarity of a token to two adjacent tokens written as one ("sense time"
// vs "sensetime"); Jaro-Winkler so that a typo or variant inside still counts.
double joined_similarity(std::string_view one, std::string_view a, std::string_view b,
                         const ScoreOptions& opt) {
  const size_t len = a.size() + b.size();
  if (one.size() + 2 < len || len + 2 < one.size() || one.size() < 4)
    return 0.0;
  if (one.size() == len && one.substr(0, a.size()) == a && one.substr(a.size()) == b)
    return 1.0;
  if (!opt.fuzzy || one.size() < 6)
    return 0.0;
  std::array<char, 128> buf{};
  double jw = 0.0;
  if (len <= buf.size()) {
    std::copy(a.begin(), a.end(), buf.begin());
    std::copy(b.begin(), b.end(), buf.begin() + static_cast<std::ptrdiff_t>(a.size()));
    jw = jaro_winkler(one, std::string_view(buf.data(), len));
  } else {
    jw = jaro_winkler(one, std::string(a) + std::string(b));
  }
  return jw >= std::max(opt.fuzzy_min, 0.92) ? jw : 0.0;
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
    all_plain =
        all_plain && (m.method == "exact" ||
                      ((m.method == "joined" || m.method == "split") && m.similarity >= 1.0));
  }
  if (all_exact && same_order)
    return "exact";
  return all_plain ? "token_set" : "fuzzy";
}

std::vector<std::string> numbers_of(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (const std::string& t : tokens) {
    if (is_number(t))
      out.push_back(t);
  }
  return out;
}

constexpr uint64_t k_no_key = ~uint64_t{0};
constexpr uint64_t k_id_bits = 28;

// Memo key: kind (token, joined, split), query token, one or two list tokens;
// k_no_key when the numbers do not fit (then nothing is remembered).
uint64_t memo_key(uint64_t kind, size_t qi, uint32_t first, uint32_t second) {
  if (qi >= 64 || first >= (1U << k_id_bits) || second >= (1U << k_id_bits))
    return k_no_key;
  return kind << 62 | static_cast<uint64_t>(qi) << 56 | static_cast<uint64_t>(first) << k_id_bits |
         second;
}

}  // namespace

std::string_view to_string(TokenMethod m) {
  switch (m) {
    case TokenMethod::exact:
      return "exact";
    case TokenMethod::jaro_winkler:
      return "jaro_winkler";
    case TokenMethod::one_edit:
      return "one_edit";
    case TokenMethod::phonetic:
      return "phonetic";
    case TokenMethod::joined:
      return "joined";
    case TokenMethod::split:
      return "split";
    case TokenMethod::acronym:
      return "acronym";
    case TokenMethod::initial:
      return "initial";
    case TokenMethod::spelling:
      return "spelling";
    case TokenMethod::none:
      break;
  }
  return "";
}

namespace {

std::pair<double, TokenMethod> token_sim_of(const QueryToken& q, uint32_t alias_token,
                                            const NameIndex& ix, const ScoreOptions& opt) {
  if (q.id == static_cast<int64_t>(alias_token))
    return {1.0, TokenMethod::exact};
  const std::string_view at = ix.token(alias_token);
  if (!opt.fuzzy || q.text.size() < opt.min_fuzzy_len || at.size() < opt.min_fuzzy_len ||
      ((q.cls | ix.token_class(alias_token)) & k_token_number))
    return {0.0, TokenMethod::none};  // numbers match exactly or not at all
  const size_t shorter = std::min(q.text.size(), at.size());
  if (4 * shorter < 3 * std::max(q.text.size(), at.size()))
    return {0.0, TokenMethod::none};  // "rosneft" != "rosnefttrade"
  const double jw = jaro_winkler(q.text, at);
  if (jw >= opt.fuzzy_min)
    return {jw, TokenMethod::jaro_winkler};
  if (!q.spelling.empty() && q.spelling == ix.spelling(alias_token))
    return {opt.spelling_similarity, TokenMethod::spelling};  // mihajlovich ~ mikhailovich
  if (shorter >= 5 && within_one_edit(q.text, at))
    return {opt.one_edit_similarity, TokenMethod::one_edit};
  if (!q.phonetic.empty() && q.phonetic == ix.phonetic(alias_token) && jw >= opt.phonetic_min_jw)
    return {opt.phonetic_similarity, TokenMethod::phonetic};  // not "changsha" ~ "guangzhou"
  return {0.0, TokenMethod::none};
}

}  // namespace

std::pair<double, std::string> token_similarity(const QueryToken& q, uint32_t alias_token,
                                                const NameIndex& ix, const ScoreOptions& opt) {
  const auto [sim, method] = token_sim_of(q, alias_token, ix, opt);
  return {sim, std::string(to_string(method))};
}

AliasScore score_alias(const std::vector<QueryToken>& q, uint32_t alias, const NameIndex& ix,
                       const ScoreOptions& opt) {
  QueryScorer scorer(q, ix, opt);
  return scorer.explain(alias);
}

QueryScorer::QueryScorer(const std::vector<QueryToken>& query, const NameIndex& index,
                         const ScoreOptions& opt, std::vector<QueryAcronym> acronyms)
    : m_query(query), m_index(index), m_opt(opt), m_acronyms(std::move(acronyms)), m_slots(256) {
  for (const QueryToken& q : m_query) {
    m_acronym_rows.push_back(acronym_like(q.text) && !(q.cls & k_token_person)
                                 ? m_index.acronyms(acronym_key(q.text))
                                 : std::span<const AcronymRow>{});
  }
}

QueryScorer::Slot QueryScorer::remembered(uint64_t key, bool& found) {
  found = false;
  if (key == k_no_key)
    return {};
  const size_t mask = m_slots.size() - 1;
  for (size_t h = (key * 0x9E3779B97F4A7C15ULL) >> 20 & mask;; h = (h + 1) & mask) {
    if (m_slots[h].key == k_no_key)
      return {};
    if (m_slots[h].key == key) {
      found = true;
      return m_slots[h];
    }
  }
}

void QueryScorer::remember(uint64_t key, double sim, TokenMethod method) {
  if (key == k_no_key)
    return;
  if (2 * (m_filled + 1) > m_slots.size()) {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_filled = 0;
    for (const Slot& s : old) {
      if (s.key != k_no_key)
        remember(s.key, s.sim, s.method);
    }
  }
  const size_t mask = m_slots.size() - 1;
  size_t h = (key * 0x9E3779B97F4A7C15ULL) >> 20 & mask;
  while (m_slots[h].key != k_no_key)
    h = (h + 1) & mask;
  m_slots[h] = {key, sim, method};
  ++m_filled;
}

std::pair<double, TokenMethod> QueryScorer::token_sim(size_t qi, uint32_t token) {
  if (m_query[qi].id == static_cast<int64_t>(token))
    return {1.0, TokenMethod::exact};
  const uint64_t key = memo_key(0, qi, token, 0);
  bool found = false;
  if (const Slot s = remembered(key, found); found)
    return {s.sim, s.method};
  const auto r = token_sim_of(m_query[qi], token, m_index, m_opt);
  remember(key, r.first, r.second);
  return r;
}

double QueryScorer::joined_sim(size_t qi, uint32_t token) {
  const uint64_t key = memo_key(1, qi, token, 0);
  bool found = false;
  if (const Slot s = remembered(key, found); found)
    return s.sim;
  const double sim =
      joined_similarity(m_index.token(token), m_query[qi].text, m_query[qi + 1].text, m_opt);
  remember(key, sim, TokenMethod::joined);
  return sim;
}

double QueryScorer::split_sim(size_t qi, uint32_t first, uint32_t second) {
  const uint64_t key = memo_key(2, qi, first, second);
  bool found = false;
  if (const Slot s = remembered(key, found); found)
    return s.sim;
  const double sim =
      joined_similarity(m_query[qi].text, m_index.token(first), m_index.token(second), m_opt);
  remember(key, sim, TokenMethod::split);
  return sim;
}

// Candidate token pairs in a fixed order, then stably sorted by similarity
// (ties: joined/split pairs first), as the greedy pairing takes them.
void QueryScorer::make_pairs(uint32_t alias) {
  const auto a = m_index.alias_tokens(alias);
  const auto n_q = static_cast<uint32_t>(m_query.size());
  const auto n_a = static_cast<uint32_t>(a.size());
  m_pairs.clear();
  for (uint32_t i = 0; i < n_q; ++i) {
    for (uint32_t j = 0; j < n_a; ++j) {
      const auto [sim, method] = token_sim(i, a[j]);
      if (sim > 0.0)
        m_pairs.push_back({i, 1, j, 1, sim, method});
      if (i + 1 < n_q) {
        if (const double js = joined_sim(i, a[j]); js > 0.0)
          m_pairs.push_back({i, 2, j, 1, js, TokenMethod::joined});
      }
      if (j + 1 < n_a) {
        if (const double ss = split_sim(i, a[j], a[j + 1]); ss > 0.0)
          m_pairs.push_back({i, 1, j, 2, ss, TokenMethod::split});
      }
    }
  }
  acronym_pairs(alias);
  const auto before = [](const Pair& x, const Pair& y) {
    return x.sim != y.sim ? x.sim > y.sim : x.qn + x.an > y.qn + y.an;
  };
  for (size_t k = 1; k < m_pairs.size(); ++k) {  // insertion sort: stable, no allocation
    const Pair p = m_pairs[k];
    size_t m = k;
    for (; m > 0 && before(p, m_pairs[m - 1]); --m)
      m_pairs[m] = m_pairs[m - 1];
    m_pairs[m] = p;
  }
}

// Greedy pairing over m_pairs; leaves the claimed pairs flagged in m_pairs
// (method none for skipped ones) and the used tokens in m_q_used/m_a_used.
double QueryScorer::pair_up(uint32_t alias, bool& same_order) {
  const auto a = m_index.alias_tokens(alias);
  make_pairs(alias);
  m_q_used.assign(m_query.size(), 0);
  m_a_used.assign(a.size(), 0);
  double num = 0.0, den = 0.0;
  same_order = m_query.size() == a.size();
  for (Pair& p : m_pairs) {
    bool free = true;
    for (size_t k = 0; k < p.qn; ++k)
      free = free && !m_q_used[p.qi + k];
    for (size_t k = 0; k < p.an; ++k)
      free = free && !m_a_used[p.aj + k];
    if (!free) {
      p.method = TokenMethod::none;
      continue;
    }
    double w = 0.0;
    for (size_t k = 0; k < p.qn; ++k)
      m_q_used[p.qi + k] = 1;
    for (size_t k = 0; k < p.an; ++k) {
      m_a_used[p.aj + k] = 1;
      w += m_index.weight(a[p.aj + k]);
    }
    num += 2.0 * p.sim * w;
    den += 2.0 * w;
    same_order = same_order && p.qi == p.aj && p.qn == 1 && p.an == 1;
  }
  note_patronymics(alias);
  for (size_t i = 0; i < m_query.size(); ++i) {
    if (!m_q_used[i] && !optional_query_token(i))
      den += m_query[i].weight;  // an honorific, particle or patronymic that met nothing
  }
  for (size_t j = 0; j < a.size(); ++j) {
    if (!m_a_used[j] && !optional_alias_token(alias, j))
      den += m_index.weight(a[j]);
  }
  return den > 0.0 ? num / den : 0.0;
}

double QueryScorer::score(uint32_t alias) {
  bool same_order = false;
  const double dice = pair_up(alias, same_order);
  return dice > 0.0 ? adjusted(dice, shape_of(alias)) : 0.0;
}

AliasScore QueryScorer::explain(uint32_t alias) {
  const auto a = m_index.alias_tokens(alias);
  AliasScore out;
  out.alias = alias;
  bool same_order = false;
  const double dice = pair_up(alias, same_order);
  const Shape shape = shape_of(alias);
  out.score = dice > 0.0 ? adjusted(dice, shape) : 0.0;
  std::vector<std::string> q_text, a_text;
  for (const auto& t : m_query)
    q_text.push_back(t.text);
  for (const uint32_t id : a)
    a_text.emplace_back(m_index.token(id));
  for (const Pair& p : m_pairs) {
    if (p.method == TokenMethod::none)
      continue;
    out.matched.push_back({join_range(q_text, p.qi, p.qn), join_range(a_text, p.aj, p.an),
                           std::string(to_string(p.method)), p.sim});
  }
  std::vector<std::string> set_aside;  // patronymics only one name has
  for (size_t i = 0; i < m_query.size(); ++i) {
    if (!m_q_used[i])
      out.unmatched_query.push_back(q_text[i]);
    if (!m_q_used[i] && (m_query[i].cls & k_token_patronymic) && optional_query_token(i))
      set_aside.push_back(q_text[i]);
  }
  for (size_t j = 0; j < a.size(); ++j) {
    if (!m_a_used[j])
      out.unmatched_alias.push_back(a_text[j]);
    if (!m_a_used[j] && (m_index.token_class(a[j]) & k_token_patronymic) &&
        optional_alias_token(alias, j))
      set_aside.push_back(a_text[j]);
  }
  if (!set_aside.empty())
    out.notes.push_back("patronymic in one name only, set aside: " + util::join(set_aside, ", "));
  out.method = summary_method(out, same_order);
  if (shape.numbers_differ) {
    out.notes.push_back("numbers differ: " + util::join(numbers_of(out.unmatched_query), ", ") +
                        " vs " + util::join(numbers_of(out.unmatched_alias), ", "));
  } else if (shape.numbers_agree) {
    out.notes.push_back("number agreement");
  }
  if (out.method == "partial" && shape.contained) {
    out.method = "contained";
    out.notes.push_back("contained: every distinctive query word is in the list name");
  } else if (out.method == "partial" && shape.contains) {
    out.method = "contains";
    out.notes.push_back("contains: the list name is in the query");
  } else if (shape.via_acronym && out.method != "partial") {
    out.method = "acronym";
  }
  return out;
}

}  // namespace ecc::match
