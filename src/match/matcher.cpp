// Matcher pipeline for one query: normalize -> guards (short name, generic
// name) -> candidates from the index (or every alias) -> score each alias ->
// keep the best alias per entry -> country and identifier evidence -> band.
// Scoring runs in two passes: every candidate alias gets a number (no
// strings), and only entries whose best number plus the largest possible
// evidence bonus reaches min_score are explained. Nothing is cached between
// calls, so concurrent match() calls need no locking.
#include "match/matcher.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "match/acronyms.hpp"
#include "match/evidence.hpp"
#include "match/org_types.hpp"
#include "util/binary_io.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::match {

namespace {

double clamp01(double x) {
  return std::max(0.0, std::min(1.0, x));
}

}  // namespace

std::string_view to_string(Decision d) {
  switch (d) {
    case Decision::match:
      return "match";
    case Decision::review:
      return "review";
    case Decision::clear:
      break;
  }
  return "clear";
}

Decision MatchResponse::decision() const {
  Decision d = Decision::clear;
  for (const auto& r : results)
    d = std::max(d, r.decision);
  return d;
}

struct Matcher::QueryPlan {
  Query query;
  NormalizedName norm;
  std::vector<QueryToken> tokens;
  std::vector<QueryAcronym> acronyms;  // query words whose initials are a list token
  ScoreOptions score;
  bool short_name = false;
  bool generic = false;
  std::vector<std::string> notes;
};

Matcher::Matcher(const std::vector<model::ListEntry>& entries, MatchOptions options)
    : m_opt(options), m_index(entries, options.index) {
  util::BinaryWriter packed;
  std::vector<uint64_t> offsets{0};
  for (const auto& e : entries) {
    packed.put_string(e.list_code);
    packed.put_string(e.entry_key);
    std::vector<std::string> names{e.name};
    for (const auto& a : e.aliases)
      names.push_back(a.name);
    packed.put_strings(names);
    packed.put_strings(entry_countries(e));
    packed.put<uint32_t>(static_cast<uint32_t>(e.identifiers.size()));
    for (const model::Identifier& id : e.identifiers) {  // evidence compares type and number
      packed.put_string(id.type);
      packed.put_string(id.number);
    }
    packed.put<uint32_t>(static_cast<uint32_t>(e.links.size()));
    for (const model::EntryLink& l : e.links) {
      packed.put_string(l.relation);
      packed.put_string(l.name);
    }
    offsets.push_back(packed.bytes().size());
  }
  std::vector<uint64_t> sums;
  for (size_t e = 0; e + 1 < offsets.size(); ++e) {
    sums.push_back(util::checksum64(
        std::string_view(packed.bytes()).substr(offsets[e], offsets[e + 1] - offsets[e])));
  }
  m_entry_offsets = std::move(offsets);
  m_entry_sums = std::move(sums);
  m_entry_bytes = packed.bytes();
}

Matcher::EntryInfo Matcher::entry_info(size_t entry) const {
  const uint64_t from = m_entry_offsets[entry], to = m_entry_offsets[entry + 1];
  std::string read;
  if (m_entry_reader) {
    read = m_entry_reader(from, to - from);
    if (read.size() != to - from || util::checksum64(read) != m_entry_sums[entry])
      throw DataError("stored match index: the details of entry " + std::to_string(entry) +
                      " are damaged (checksum mismatch)");
  } else if (m_entry_bytes.size() < to) {
    throw DataError("stored match index: no entry details to read");
  }
  const std::string_view bytes = m_entry_reader
                                     ? std::string_view(read)
                                     : std::string_view(m_entry_bytes).substr(from, to - from);
  util::BinaryReader in = util::BinaryReader::part(bytes, "stored match index entry");
  EntryInfo e;
  e.list_code = in.get_string();
  e.entry_key = in.get_string();
  e.names = in.get_strings();
  if (e.names.empty())
    in.fail("entry without a name");
  e.name = e.names.front();
  e.countries = in.get_strings();
  const auto ids = in.get<uint32_t>();
  if (ids > to - from)
    in.fail("bad identifier count");
  e.ids.resize(ids);
  for (model::Identifier& id : e.ids) {
    id.type = in.get_string();
    id.number = in.get_string();
  }
  const auto links = in.get<uint32_t>();
  if (links > to - from)
    in.fail("bad link count");
  e.links.resize(links);
  for (model::EntryLink& l : e.links) {
    l.relation = in.get_string();
    l.name = in.get_string();
  }
  return e;
}

namespace {

// Bump when save()'s layout or the normalisation changes: older bytes are then rebuilt.
// 5: more legal forms, "org"; 4: read list names, acronyms, token classes.
constexpr uint32_t k_format_version = 5;
constexpr std::string_view k_magic = "exportcheck-matcher";

}  // namespace

Matcher::Matcher(MatchOptions options, NameIndex index)
    : m_opt(options), m_index(std::move(index)) {}

std::string Matcher::save() const {
  util::BinaryWriter out;
  out.put_string(k_magic);
  out.put<uint32_t>(k_format_version);
  out.put_array(m_entry_offsets);
  out.put_array(m_entry_sums);
  m_index.save(out);
  return out.finish();
}

std::string Matcher::save_entries() const {
  if (m_entry_reader)
    return m_entry_reader(0, m_entry_offsets.back());
  return m_entry_bytes;
}

Matcher::EntryReader Matcher::in_memory(std::string entries) {
  auto bytes = std::make_shared<const std::string>(std::move(entries));
  return [bytes](uint64_t offset, uint64_t size) {
    if (offset > bytes->size() || size > bytes->size() - offset)
      throw DataError("stored match index: entry details end early");
    return bytes->substr(offset, size);
  };
}

void Matcher::check_entries() const {
  for (size_t e = 0; e < entry_count(); ++e)
    entry_info(e);
}

std::optional<Matcher> Matcher::load(std::string bytes, MatchOptions options, EntryReader entries) {
  auto buffer = std::make_shared<const std::string>(std::move(bytes));
  util::BinaryReader in(*buffer, "stored match index");
  if (in.get_string() != k_magic)
    in.fail("not a match index");
  if (in.get<uint32_t>() != k_format_version)
    return std::nullopt;
  util::Array<uint64_t> offsets = in.view_array<uint64_t>();
  util::Array<uint64_t> sums = in.view_array<uint64_t>();
  if (offsets.empty() || offsets.front() != 0 || sums.size() + 1 != offsets.size() ||
      !std::is_sorted(offsets.begin(), offsets.end()))
    in.fail("bad entry offsets");
  std::optional<NameIndex> index = NameIndex::load(in, options.index, buffer);
  if (!index)
    return std::nullopt;
  if (!in.at_end())
    in.fail("trailing bytes");
  for (uint32_t a = 0; a < index->alias_count(); ++a) {
    if (index->alias_entry(a) + 1 >= offsets.size())
      in.fail("alias of an unknown entry");
  }
  Matcher m(options, std::move(*index));
  m.m_entry_offsets = std::move(offsets);
  m.m_entry_sums = std::move(sums);
  m.m_entry_reader = std::move(entries);
  m.m_buffer = std::move(buffer);
  return m;
}

Matcher::QueryPlan Matcher::plan(const Query& query) const {
  QueryPlan p{query, normalize_name(query.name), {}, {}, m_opt.score, false, false, {}};
  p.tokens = m_index.resolve(p.norm.tokens);
  for (size_t i = 1; i < p.tokens.size(); ++i) {  // "Kulik Vadim Valerievich", not "Abramovich"
    if (p.tokens[i].cls & k_token_patronymic)
      p.tokens[i].cls = static_cast<uint8_t>(p.tokens[i].cls | k_token_optional);
  }
  const auto plain = std::count_if(p.tokens.begin(), p.tokens.end(),
                                   [](const QueryToken& t) { return !(t.cls & k_token_optional); });
  if (plain < 2) {  // "General Dynamics": an honorific counts unless a person's name is left
    for (QueryToken& t : p.tokens)
      t.cls = static_cast<uint8_t>(t.cls & ~k_token_optional);
  }
  // The initials of the whole query, when it names an organisation (a legal
  // form or a generic word such as "institute"): persons' initials meet too
  // many acronyms by chance ("Jim" = Jaish-i-Mohammed).
  const bool organisation = !p.norm.legal_forms.empty() ||
                            std::any_of(p.tokens.begin(), p.tokens.end(), [](const QueryToken& t) {
                              return (t.cls & k_token_generic) != 0;
                            });
  // Every letter must come from a word of the name, not from its legal form:
  // "Changji Esquel Textile Co." is not CETC.
  for (const Acronym& a : organisation ? acronyms_of(p.norm) : std::vector<Acronym>{}) {
    const int64_t id = m_index.find(a.text);
    if (id >= 0 && a.text.size() >= 4 && a.from == 0 && a.count == p.tokens.size() &&
        a.text.size() == a.count)
      p.acronyms.push_back({static_cast<uint32_t>(id), a.from, a.count});
  }
  p.score.query_organisation = !p.norm.legal_forms.empty();
  size_t chars = 0;
  for (const auto& t : p.tokens)
    chars += t.text.size();
  if (p.tokens.empty()) {
    p.notes.push_back("no distinctive words: the name is only legal forms or stop words");
    return p;
  }
  if (chars < m_opt.short_name_chars) {
    p.short_name = true;
    p.score.fuzzy = false;
    p.notes.push_back("short name: exact words only; review needs the match threshold");
  }
  p.generic = std::all_of(p.tokens.begin(), p.tokens.end(),
                          [](const QueryToken& t) { return (t.cls & k_token_generic) != 0; });
  if (p.generic)
    p.notes.push_back("generic name: every word is common; at most review");
  return p;
}

MatchResponse Matcher::match(const Query& query, Search search) const {
  const QueryPlan p = plan(query);
  MatchResponse out{p.norm, p.notes, {}};
  if (p.tokens.empty())
    return out;
  std::vector<uint32_t> aliases;
  if (search == Search::index) {
    aliases =
        m_index.candidates(p.tokens, p.score.fuzzy, m_opt.min_score - max_bonus(p), p.acronyms);
  } else {
    aliases.resize(m_index.alias_count());
    std::iota(aliases.begin(), aliases.end(), 0U);
  }
  out.results = score_entries(p, aliases);
  return out;
}

double Matcher::max_bonus(const QueryPlan& p) const {
  return (p.query.country.empty() ? 0.0 : m_opt.country_bonus) +
         (p.query.identifiers.empty() ? 0.0 : m_opt.identifier_bonus);
}

std::vector<MatchResult> Matcher::score_entries(const QueryPlan& p,
                                                const std::vector<uint32_t>& aliases) const {
  // Pass 1: a number per alias; keep the aliases of entries that can reach min_score.
  QueryScorer scorer(p.tokens, m_index, p.score, p.acronyms);
  std::vector<std::pair<uint32_t, uint32_t>> scored;  // entry, alias
  std::vector<double> best;
  for (const uint32_t a : aliases) {
    const double s = scorer.score(a);
    if (s > 0.0)
      scored.emplace_back(m_index.alias_entry(a), a), best.push_back(s);
  }
  std::vector<uint32_t> order(scored.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return scored[x].first < scored[y].first; });
  // Pass 2: explain every scored alias of those entries.
  std::vector<MatchResult> out;
  const double need = m_opt.min_score - max_bonus(p);
  for (size_t k = 0; k < order.size();) {
    size_t end = k;
    double top = 0.0;
    for (; end < order.size() && scored[order[end]].first == scored[order[k]].first; ++end)
      top = std::max(top, best[order[end]]);
    if (top >= need) {
      if (auto r = explained(p, scorer, scored, order, k, end); r.score >= m_opt.min_score)
        out.push_back(std::move(r));
    }
    k = end;
  }
  std::stable_sort(out.begin(), out.end(), [](const MatchResult& x, const MatchResult& y) {
    return x.score != y.score ? x.score > y.score : x.entry_index < y.entry_index;
  });
  if (out.size() > m_opt.max_results)
    out.resize(m_opt.max_results);
  return out;
}

MatchResult Matcher::explained(const QueryPlan& p, QueryScorer& scorer,
                               const std::vector<std::pair<uint32_t, uint32_t>>& scored,
                               const std::vector<uint32_t>& order, size_t from, size_t to) const {
  MatchResult r;
  r.entry_index = scored[order[from]].first;
  const EntryInfo e = entry_info(r.entry_index);
  for (size_t k = from; k < to; ++k) {
    const uint32_t a = scored[order[k]].second;
    const uint32_t no = m_index.alias_no(a);
    if (no >= e.names.size())
      throw DataError("stored match index: alias " + std::to_string(no) + " of entry " +
                      e.entry_key + " is unknown");
    r.aliases.push_back({e.names[no], scorer.explain(a)});
  }
  // The alias that decides comes first: containment and acronyms are at most
  // review (decide()), so they rank below the match threshold, and at equal
  // scores an alias met whole goes before one met with a patronymic or
  // honorific set aside ("ALEXANDROV, Alexey Alexandrovich" decides, not
  // "ALEXANDROV, Alexey").
  const auto whole = [](const AliasResult& a) {
    const std::string& m = a.score.method;
    return m == "exact" ? 0 : m == "token_set" ? 1 : m == "fuzzy" ? 2 : 3;
  };
  const auto deciding = [&](const AliasResult& a) {
    const std::string& m = a.score.method;
    const bool partial = m == "contained" || m == "contains" || m == "acronym";
    return partial ? std::min(a.score.score, m_opt.match_threshold - 1e-9) : a.score.score;
  };
  std::stable_sort(r.aliases.begin(), r.aliases.end(), [&](const auto& x, const auto& y) {
    const double dx = deciding(x), dy = deciding(y);
    return dx != dy ? dx > dy : whole(x) < whole(y);
  });
  r.list_code = e.list_code;
  r.entry_key = e.entry_key;
  r.entry_name = e.name;
  r.links = e.links;
  r.matched_alias = r.aliases.front().name;
  r.name_score = r.aliases.front().score.score;
  add_evidence(p, e, r);
  add_legal_note(p, r);
  decide(p, r);
  return r;
}

// Legal forms as classes: when the query and the list name write their legal
// forms differently, the same class agrees ("ag = aktiengesellschaft") and
// different classes are noted but never counted (the name decides).
void Matcher::add_legal_note(const QueryPlan& p, MatchResult& r) const {
  const uint8_t q = specific_classes(p.norm.legal_classes);
  const uint8_t a = specific_classes(m_index.alias_legal(r.aliases.front().score.alias));
  if (q == 0 || a == 0)
    return;
  const NormalizedName alias = normalize_name(r.matched_alias);
  if (alias.legal_words == p.norm.legal_words)
    return;  // written alike: nothing to explain
  const std::string forms =
      util::join(p.norm.legal_words, " ") + " = " + util::join(alias.legal_words, " ");
  std::vector<std::string>& notes = r.aliases.front().score.notes;
  if (q & a) {
    notes.push_back("legal form agrees: " + forms + " (" +
                    class_names(static_cast<uint8_t>(q & a)) + ")");
  } else {
    notes.push_back("legal forms differ: " + util::join(p.norm.legal_words, " ") + " vs " +
                    util::join(alias.legal_words, " ") + " (" + class_names(q) + " vs " +
                    class_names(a) + "), not counted");
  }
}

void Matcher::add_evidence(const QueryPlan& p, const EntryInfo& e, MatchResult& r) const {
  r.evidence = country_evidence(p.query.country, e.countries, m_opt);
  for (auto& ev : identifier_evidence(p.query.identifiers, e.ids, m_opt))
    r.evidence.push_back(ev);
  double score = r.name_score;
  for (const auto& ev : r.evidence)
    score += ev.delta;
  r.score = clamp01(score);
}

// Bands with the guards: a short name needs the match threshold for review
// unless one name contains the other or an acronym met (exact words only, as
// fuzzy matching is off); a generic name needs it always and is at most
// review; containment and acronyms alone are at most review.
void Matcher::decide(const QueryPlan& p, MatchResult& r) const {
  const std::string& method = r.aliases.front().score.method;
  const bool whole = method == "exact" || method == "token_set";
  const bool partial_evidence =
      method == "contained" || method == "contains" || method == "acronym";
  double review = m_opt.review_threshold;
  Decision cap = partial_evidence ? Decision::review : Decision::match;
  if (p.short_name) {
    if (!partial_evidence)
      review = m_opt.match_threshold;
    if (!whole)
      cap = Decision::review;
    r.notes.push_back("short name");
  }
  if (p.generic) {
    review = m_opt.match_threshold;
    cap = Decision::review;
    r.notes.push_back("generic name");
  }
  Decision d = Decision::clear;
  if (r.score >= m_opt.match_threshold) {
    d = Decision::match;
  } else if (r.score >= review) {
    d = Decision::review;
  }
  r.decision = std::min(d, cap);
}

}  // namespace ecc::match
