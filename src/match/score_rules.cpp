// The scorer's rules beyond token similarity (score.cpp):
// - acronym pairs: a query token that is the initials of a run of the list
//   name's words (SMIC, NUDT, CETC; from the index's acronym table), a run of
//   query words whose initials are a list token (HSRI), and in persons'
//   names initials ("A." ~ Ali, "JC" ~ Jean Claude);
// - containment: when every distinctive query word (not generic, not an
//   honorific or particle, not a number) met the list name, or every word of
//   the list name met the query and covers enough of it, the score is at
//   least containment_score ("Huawei" vs "Huawei Technologies Co., Ltd.") —
//   asymmetric coverage where the Dice coefficient is symmetric;
// - numbers: a number of the query and a number of the list name that meet
//   nothing ("13th Research Institute" vs "14th") cost number_penalty and
//   rule out containment.
#include <algorithm>

#include "match/score.hpp"

namespace ecc::match {

namespace {

bool letters(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

// Patronymics are set aside only when one name lacks them: two that differ
// ("Petrovich" vs "Ivanovich") count like any other unmatched words.
bool QueryScorer::optional_alias_token(uint32_t alias, size_t j) const {
  return m_index.optional_at(alias, j) &&
         !(m_patronymics_differ &&
           (m_index.token_class(m_index.alias_tokens(alias)[j]) & k_token_patronymic));
}

bool QueryScorer::optional_query_token(size_t i) const {
  const uint8_t cls = m_query[i].cls;
  return (cls & k_token_optional) && !(m_patronymics_differ && (cls & k_token_patronymic));
}

void QueryScorer::note_patronymics(uint32_t alias) {
  bool q_left = false, a_left = false;
  for (size_t i = 0; i < m_query.size(); ++i) {
    q_left = q_left || (!m_q_used[i] && (m_query[i].cls & k_token_optional) &&
                        (m_query[i].cls & k_token_patronymic));
  }
  const auto a = m_index.alias_tokens(alias);
  for (size_t j = 0; j < a.size(); ++j) {
    a_left = a_left || (!m_a_used[j] && m_index.optional_at(alias, j) &&
                        (m_index.token_class(a[j]) & k_token_patronymic));
  }
  m_patronymics_differ = q_left && a_left;
}

void QueryScorer::acronym_pairs(uint32_t alias) {
  const auto a = m_index.alias_tokens(alias);
  const auto n_a = static_cast<uint32_t>(a.size());
  for (uint32_t i = 0; i < m_acronym_rows.size(); ++i) {
    const auto rows = m_acronym_rows[i];
    const auto [from, to] = std::equal_range(
        rows.begin(), rows.end(), AcronymRow{0, alias, 0, 0},
        [](const AcronymRow& x, const AcronymRow& y) { return x.alias < y.alias; });
    for (auto r = from; r != to; ++r) {
      if (r->count > 0 && r->from + r->count <= n_a)
        m_pairs.push_back(
            {i, 1, r->from, r->count, m_opt.acronym_similarity, TokenMethod::acronym});
    }
  }
  for (const QueryAcronym& q : m_acronyms) {  // a list name that is only an acronym: HSRI
    if (n_a == 1 && a[0] == q.id)
      m_pairs.push_back({q.from, q.count, 0, 1, m_opt.acronym_similarity, TokenMethod::acronym});
  }
  if (!m_index.alias_person(alias))
    return;
  for (uint32_t i = 0; i < m_query.size(); ++i) {  // initials, both ways
    const std::string& t = m_query[i].text;
    if (letters(t) && (t.size() == 1 || (t.size() <= 3 && m_query[i].id < 0))) {
      const auto n = static_cast<uint32_t>(t.size());
      for (uint32_t j = 0; j + n <= n_a; ++j) {
        bool same = true;
        for (uint32_t k = 0; k < n && same; ++k) {
          const std::string_view w = m_index.token(a[j + k]);
          same = w.size() >= 2 && w[0] == t[k];
        }
        if (same) {
          m_pairs.push_back({i, 1, j, n,
                             n == 1 ? m_opt.initial_similarity : m_opt.initials_similarity,
                             TokenMethod::initial});
        }
      }
    }
    for (uint32_t j = 0; j < n_a; ++j) {
      const std::string_view w = m_index.token(a[j]);
      if (w.size() == 1 && t.size() >= 2 && t[0] == w[0] && letters(t))
        m_pairs.push_back({i, 1, j, 1, m_opt.initial_similarity, TokenMethod::initial});
    }
  }
}

// Pairs strong enough for containment: exact, joined or split, acronym,
// the query's initials, one edit, the same spelling key, or Jaro-Winkler of
// at least 0.93 or with the same phonetic key ("khamenei" ~ "khamees" at
// 0.92 with different keys is not).
bool QueryScorer::strong(const Pair& p, uint32_t alias) const {
  switch (p.method) {
    case TokenMethod::none:
      return false;
    case TokenMethod::phonetic:  // "javaid" ~ "jawad", "nasir" ~ "naser": too weak alone
      return false;
    case TokenMethod::jaro_winkler: {
      const QueryToken& q = m_query[p.qi];
      const uint32_t t = m_index.alias_tokens(alias)[p.aj];
      return p.sim >= 0.93 || (!q.phonetic.empty() && q.phonetic == m_index.phonetic(t));
    }
    case TokenMethod::initial:  // "A." of the query is strong; an "H." of the list is not
      return m_index.token(m_index.alias_tokens(alias)[p.aj]).size() > 1;
    default:
      return true;
  }
}

// Met as written, not only by similarity: exactly, joined or split exactly
// ("sense time" ~ "sensetime", not "wentong" ~ "wen tango" at 0.93), through an
// acronym or initials, or by the spelling key.
bool QueryScorer::as_written(const Pair& p) {
  switch (p.method) {
    case TokenMethod::none:
    case TokenMethod::jaro_winkler:
    case TokenMethod::one_edit:
    case TokenMethod::phonetic:
      return false;
    case TokenMethod::joined:
    case TokenMethod::split:
      return p.sim >= 1.0;
    default:
      return true;
  }
}

QueryScorer::Shape QueryScorer::shape_of(uint32_t alias) const {
  constexpr uint8_t k_not_distinctive = k_token_generic | k_token_optional | k_token_number;
  const auto a = m_index.alias_tokens(alias);
  m_q_strong.assign(m_query.size(), 0);
  m_a_strong.assign(a.size(), 0);
  for (const Pair& p : m_pairs) {
    if (strong(p, alias)) {
      std::fill_n(m_q_strong.begin() + p.qi, p.qn, 1);
      std::fill_n(m_a_strong.begin() + p.aj, p.an, 1);
    }
  }
  Shape s;
  bool q_distinctive = false, q_all = true, q_number_left = false, number_met = false;
  bool q_rare_left = false;  // a query word that is not generic, optional or a number met nothing
  double q_total = 0.0, q_met = 0.0;
  for (size_t i = 0; i < m_query.size(); ++i) {
    const uint8_t cls = m_query[i].cls;
    const bool used = m_q_used[i] != 0, met = m_q_strong[i] != 0;
    const bool optional = optional_query_token(i);
    if (!optional) {
      q_total += m_query[i].weight;
      q_met += used ? m_query[i].weight : 0.0;
    }
    if (!(cls & (k_token_generic | k_token_number)) && !optional) {
      q_distinctive = true;
      q_all = q_all && met;
    }
    q_number_left = q_number_left || ((cls & k_token_number) && !used);
    q_rare_left =
        q_rare_left || (!used && !optional && !(cls & (k_token_generic | k_token_number)));
    number_met = number_met || ((cls & k_token_number) && used);
  }
  bool a_distinctive = false, a_all = true, a_number_left = false;
  size_t a_plain = 0;  // tokens that are not honorifics or particles of a person's name
  double a_total = 0.0, a_met = 0.0;
  for (size_t j = 0; j < a.size(); ++j) {
    const uint8_t cls = m_index.token_class(a[j]);
    const bool used = m_a_used[j] != 0;
    if (!(cls & k_not_distinctive)) {
      a_distinctive = true;
    }
    if (!optional_alias_token(alias, j)) {
      a_all = a_all && m_a_strong[j] != 0;
      ++a_plain;
      a_total += m_index.weight(a[j]);
      a_met += m_a_strong[j] != 0 ? m_index.weight(a[j]) : 0.0;
    }
    a_number_left = a_number_left || ((cls & k_token_number) && !used);
  }
  bool anchored = false;  // a distinctive word met as written, not only by similarity
  bool rare_met = false;  // ... exactly, and the lists use it rarely
  const double rare_names = m_opt.contained_rare_share * static_cast<double>(m_index.alias_count());
  for (const Pair& p : m_pairs) {
    s.via_acronym =
        s.via_acronym || p.method == TokenMethod::acronym || p.method == TokenMethod::initial;
    anchored = anchored || (as_written(p) && !(m_query[p.qi].cls & k_not_distinctive));
    rare_met =
        rare_met ||
        (p.method == TokenMethod::exact && p.qn == 1 && !(m_query[p.qi].cls & k_not_distinctive) &&
         static_cast<double>(m_index.postings_size(static_cast<uint32_t>(m_query[p.qi].id))) <=
             rare_names);
  }
  s.numbers_differ = q_number_left && a_number_left;
  s.numbers_agree = !s.numbers_differ && number_met;
  // Through an acronym only when the acronym is (nearly) the whole query:
  // "SMIC", "CETC 13", not "HSI Trading" (a three-letter word of a company).
  // The query's words must also be a fair share (a quarter) of the list name's weight:
  // "Huawei" in "Huawei Technologies", not "Example" in "Committee for
  // Determining Examples of Criminal Web Content" — unless a word met exactly
  // is one that few list names use (contained_rare_share): a rare brand names
  // its party even inside a long name ("Sberbank", "Budker").
  // Containment needs one distinctive word met as written ("Hamed Al Fahid"
  // is not in "Vahid, Ahmed" by two near spellings), and never pairs an
  // organisation's name with a person's.
  const bool person = m_index.alias_person(alias);
  if (!anchored || (person && m_opt.query_organisation))
    return s;
  s.contained = q_distinctive && q_all && !q_number_left &&
                q_met >= (s.via_acronym ? 0.999 : m_opt.contained_coverage) * q_total &&
                (a_met >= m_opt.contained_list_coverage * a_total || rare_met);
  // A person's name needs a surname and a given name to be contained in the
  // query; a one-word list name must be met exactly ("Savin" is not "Sarvin").
  const bool one_word_exact =
      a_plain != 1 || std::any_of(m_pairs.begin(), m_pairs.end(), [](const Pair& p) {
        return p.method == TokenMethod::exact || p.method == TokenMethod::joined;
      });
  // An organisation's name followed by words that only say what it does
  // ("Sepanir Establishment", "Hesa Trade Center") needs less of the query.
  const double coverage = person        ? m_opt.contains_person_coverage
                          : q_rare_left ? m_opt.contains_coverage
                                        : m_opt.contains_generic_coverage;
  s.contains = a_distinctive && a_all && !a_number_left && one_word_exact &&
               (!person || a_plain >= 2) && q_met >= coverage * q_total;
  return s;
}

double QueryScorer::adjusted(double dice, const Shape& s) const {
  if (s.numbers_differ)
    return std::max(0.0, dice - m_opt.number_penalty);
  if (s.contained || s.contains)
    return std::max(dice, m_opt.containment_score);
  return dice;
}

}  // namespace ecc::match
