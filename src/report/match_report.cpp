// Text and JSON rendering of a match response. The text form is meant to be
// read by a compliance analyst: every hit says which words agreed, how
// (exact, Jaro-Winkler, one edit, phonetic, joined, acronym, initial), which
// did not, why the names meet (containment, number agreement, legal form),
// the listed party the entry is an affiliate of, and what the country and
// identifier evidence and the guards did to the score.
#include "report/match_report.hpp"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/finding_json.hpp"
#include "report/screen_report.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

std::string fixed2(double x) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(2) << x;
  return s.str();
}

std::string token_line(const match::AliasScore& s) {
  std::vector<std::string> parts;
  for (const auto& m : s.matched) {
    parts.push_back(m.query_token == m.alias_token
                        ? m.query_token + " (" + m.method + ")"
                        : m.query_token + " ~ " + m.alias_token + " (" + m.method + " " +
                              fixed2(m.similarity) + ")");
  }
  return parts.empty() ? "-" : util::join(parts, ", ");
}

void print_explanation(std::ostream& out, size_t n, const match::MatchResult& r) {
  const match::AliasScore& best = r.aliases.front().score;
  out << "\n[" << n << "] " << r.entry_name << " (" << r.list_code << " " << r.entry_key << ")\n";
  out << "    best name: " << r.matched_alias << " -- " << best.method << " "
      << fixed2(r.name_score) << "\n";
  out << "    matched:   " << token_line(best) << "\n";
  if (!best.unmatched_query.empty())
    out << "    only in query: " << util::join(best.unmatched_query, ", ") << "\n";
  if (!best.unmatched_alias.empty())
    out << "    only in list:  " << util::join(best.unmatched_alias, ", ") << "\n";
  for (const auto& note : best.notes)
    out << "    why:       " << note << "\n";
  for (const auto& link : r.links)
    out << "    " << model::link_text(link) << "\n";
  for (const auto& e : r.evidence) {
    out << "    " << e.kind << " " << e.effect << " (" << (e.delta >= 0 ? "+" : "")
        << fixed2(e.delta) << "): " << e.detail << "\n";
  }
  for (const auto& note : r.notes)
    out << "    guard: " << note << "\n";
  if (r.aliases.size() > 1) {
    out << "    other names:";
    for (size_t i = 1; i < r.aliases.size() && i < 4; ++i) {
      out << (i > 1 ? ";" : "") << " " << r.aliases[i].name << " "
          << fixed2(r.aliases[i].score.score);
    }
    out << "\n";
  }
}

nlohmann::json alias_json(const match::AliasResult& a) {
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& m : a.score.matched) {
    tokens.push_back({{"query", m.query_token},
                      {"list", m.alias_token},
                      {"method", m.method},
                      {"similarity", m.similarity}});
  }
  return {{"name", a.name},
          {"score", a.score.score},
          {"method", a.score.method},
          {"matched_tokens", tokens},
          {"unmatched_query_tokens", a.score.unmatched_query},
          {"unmatched_list_tokens", a.score.unmatched_alias},
          {"notes", a.score.notes}};
}

nlohmann::json result_json(const match::MatchResult& r) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& e : r.evidence) {
    evidence.push_back(
        {{"kind", e.kind}, {"effect", e.effect}, {"delta", e.delta}, {"detail", e.detail}});
  }
  nlohmann::json aliases = nlohmann::json::array();
  for (const auto& a : r.aliases)
    aliases.push_back(alias_json(a));
  nlohmann::json links = nlohmann::json::array();
  for (const auto& l : r.links)
    links.push_back({{"relation", l.relation}, {"name", l.name}, {"text", model::link_text(l)}});
  return {{"list", r.list_code},
          {"entry_key", r.entry_key},
          {"entry_name", r.entry_name},
          {"matched_name", r.matched_alias},
          {"name_score", r.name_score},
          {"score", r.score},
          {"decision", std::string(match::to_string(r.decision))},
          {"evidence", evidence},
          {"guards", r.notes},
          {"links", links},
          {"names", aliases}};
}

}  // namespace

void print_match_text(std::ostream& out, const MatchView& v) {
  out << "query: " << v.query.name;
  if (!v.query.country.empty())
    out << " (country " << v.query.country << ")";
  out << "\nnormalized: "
      << (v.response.normalized.tokens.empty() ? "-" : v.response.normalized.joined());
  if (!v.response.normalized.legal_forms.empty()) {
    out << "  [legal forms: " << util::join(v.response.normalized.legal_forms, ", ") << "]";
  }
  out << "\ndecision: " << match::to_string(v.response.decision())
      << " (review >= " << fixed2(v.options.review_threshold)
      << ", match >= " << fixed2(v.options.match_threshold) << ")";
  for (const model::Finding& f : v.run_findings) {
    if (f.verdict != model::Verdict::clear) {
      out << "; the run is " << model::to_string(f.verdict) << ": " << f.rule->id;
    }
  }
  out << "\n";
  for (const auto& note : v.response.notes)
    out << "guard: " << note << "\n";
  for (const model::Finding& f : v.run_findings)
    print_finding(out, f);
  if (v.response.results.empty()) {
    out << "no list name scored " << fixed2(v.options.min_score) << " or more\n";
    return;
  }
  out << "\n  #  score  decision  list             entry\n";
  for (size_t i = 0; i < v.response.results.size(); ++i) {
    const auto& r = v.response.results[i];
    out << std::setw(3) << i + 1 << "  " << fixed2(r.score) << "   " << std::left << std::setw(8)
        << match::to_string(r.decision) << "  " << std::setw(15) << r.list_code << "  "
        << std::right << r.entry_name << "\n";
  }
  for (size_t i = 0; i < v.response.results.size(); ++i)
    print_explanation(out, i + 1, v.response.results[i]);
}

void print_match_json(std::ostream& out, const MatchView& v) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& r : v.response.results)
    results.push_back(result_json(r));
  const nlohmann::json doc = {
      {"query", {{"name", v.query.name}, {"country", v.query.country}}},
      {"normalized",
       {{"tokens", v.response.normalized.tokens},
        {"legal_forms", v.response.normalized.legal_forms}}},
      {"thresholds",
       {{"review", v.options.review_threshold}, {"match", v.options.match_threshold}}},
      {"decision", std::string(match::to_string(v.response.decision()))},
      {"guards", v.response.notes},
      {"findings", nlohmann::json(run_findings_json(v.run_findings))},
      {"results", results}};
  out << doc.dump(2) << "\n";
}

}  // namespace ecc::report
