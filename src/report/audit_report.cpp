// CSV and JSON rendering of `exportcheck audit`, one customer at a time so a
// million-row audit streams with flat memory. CSV has one row per customer
// (best hit in columns, further hits in one cell, then the decision after
// suppressions); JSON is one document whose "customers" array holds one
// compact object per line, then the summary.
#include "report/audit_report.hpp"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/csv_field.hpp"
#include "report/finding_json.hpp"
#include "report/sarif_parts.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

std::string fixed3(double x) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << x;
  return s.str();
}

std::string signed2(double x) {
  std::ostringstream s;
  s << (x >= 0 ? "+" : "") << std::fixed << std::setprecision(2) << x;
  return s.str();
}

std::vector<std::string> ownership_texts(const CustomerResult& r) {
  std::vector<std::string> out;
  for (const screen::OwnershipFinding& o : r.ownership) {
    out.push_back(o.text);
  }
  return out;
}

std::string other_hits(const CustomerResult& r) {
  std::vector<std::string> parts;
  for (size_t i = 1; i < r.hits.size(); ++i) {
    const auto& h = r.hits[i];
    parts.push_back(h.entry_name + " on " + h.list_code + " (" + fixed3(h.score) + " " +
                    std::string(match::to_string(h.decision)) + ")");
  }
  return util::join(parts, "; ");
}

// The suppressions that covered findings of `r`, "FILE: /suppressions/N" each.
std::string suppressed_by(const CustomerResult& r) {
  std::vector<std::string> parts;
  for (const auto& f : r.findings) {
    if (f.suppressed)
      parts.push_back(f.rule->id + " " + f.hit.entry_key + " by " + f.suppressed->source);
  }
  return util::join(parts, "; ");
}

// The best hit's rule, requirement, citations and sources, four CSV cells.
std::vector<std::string> regime_cells(const CustomerResult& r) {
  if (r.regimes.empty()) {
    return {"", "", "", ""};
  }
  const screen::HitRegime& g = r.regimes.front();
  return {g.rule ? g.rule->id : "", regime_requirement(g), util::join(g.citations, "; "),
          util::join(g.sources, "; ")};
}

class CsvWriter : public AuditWriter {
 public:
  CsvWriter(std::ostream& out, AuditHeader header) : m_out(out), m_header(std::move(header)) {}
  // The header, then one row "run" per run finding (stale lists) before the customers.
  void begin() override {
    if (m_header.provenance) {
      m_out << provenance_comment(*m_header.provenance);
    }
    m_out << "row,line,customer_id,customer_name,country,decision,score,list,entry_key,"
             "entry_name,matched_name,method,explanation,other_hits,ownership,error,"
             "effective_decision,suppressed_by,rule,requirement,citations,sources\n";
    for (const model::Finding& f : run_findings_of(m_header)) {
      const std::string verdict(model::to_string(f.verdict));
      row({"run",
           "",
           "",
           "",
           "",
           verdict,
           "",
           "",
           "",
           "",
           "",
           "",
           run_finding_message(f),
           "",
           "",
           "",
           verdict,
           "",
           f.rule ? f.rule->id : "",
           "",
           f.rule ? util::join(f.rule->citations, "; ") : "",
           ""});
    }
  }
  void write(const CustomerResult& r) override {
    const model::Customer& c = r.customer;
    std::vector<std::string> f = {
        std::to_string(c.row), std::to_string(c.line), c.id, c.name, c.country, decision_label(r)};
    if (r.hits.empty()) {
      f.insert(f.end(), {"", "", "", "", "", "", "", ""});
    } else {
      const auto& h = r.hits.front();
      f.insert(f.end(), {fixed3(h.score), h.list_code, h.entry_key, h.entry_name, h.matched_alias,
                         h.aliases.front().score.method, explain_hit(h), other_hits(r)});
    }
    f.push_back(r.ownership_evaluated ? util::join(ownership_texts(r), "; ") : "not_evaluated");
    f.push_back(c.error);
    f.push_back(effective_label(r));
    f.push_back(suppressed_by(r));
    for (std::string& cell : regime_cells(r))
      f.push_back(std::move(cell));
    row(f);
  }
  void end(const AuditSummary&) override { m_out.flush(); }

 private:
  void row(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i)
      m_out << (i ? "," : "") << csv_field(fields[i]);
    m_out << "\n";
  }
  std::ostream& m_out;
  AuditHeader m_header;
};

ordered_json hit_json(const match::MatchResult& h, const screen::HitRegime& g) {
  const match::AliasScore& best = h.aliases.front().score;
  ordered_json tokens = ordered_json::array();
  for (const auto& m : best.matched) {
    tokens.push_back({{"query", m.query_token},
                      {"list", m.alias_token},
                      {"method", m.method},
                      {"similarity", m.similarity}});
  }
  ordered_json evidence = ordered_json::array();
  for (const auto& e : h.evidence) {
    evidence.push_back(
        {{"kind", e.kind}, {"effect", e.effect}, {"delta", e.delta}, {"detail", e.detail}});
  }
  return {{"list", h.list_code},
          {"entry_key", h.entry_key},
          {"entry_name", h.entry_name},
          {"matched_name", h.matched_alias},
          {"name_score", h.name_score},
          {"score", h.score},
          {"decision", std::string(match::to_string(h.decision))},
          {"method", best.method},
          {"explanation", explain_hit(h)},
          {"matched_tokens", tokens},
          {"unmatched_query_tokens", best.unmatched_query},
          {"unmatched_list_tokens", best.unmatched_alias},
          {"evidence", evidence},
          {"guards", h.notes},
          {"rule", g.rule ? ordered_json(g.rule->id) : ordered_json(nullptr)},
          {"list_rule", g.list_rule ? ordered_json(g.list_rule->id) : ordered_json(nullptr)},
          {"requirement", regime_requirement(g)},
          {"license_policy", g.policy},
          {"citations", g.citations},
          {"sources", g.sources},
          {"other_entry_keys", g.other_keys}};
}

class JsonWriter : public AuditWriter {
 public:
  JsonWriter(std::ostream& out, AuditHeader header) : m_out(out), m_header(std::move(header)) {}
  void begin() override {
    ordered_json full =
        sarif::run_header_json(m_header.input, m_header.generated, m_header.provenance,
                               m_header.review_threshold, m_header.match_threshold);
    if (!m_header.delta.empty())
      full["changed_since"] = m_header.delta;
    full["findings"] = run_findings_json(run_findings_of(m_header));
    const std::string text = full.dump();
    m_out << text.substr(0, text.size() - 1) << ",\"customers\":[";
  }
  void write(const CustomerResult& r) override {
    const model::Customer& c = r.customer;
    ordered_json hits = ordered_json::array();
    for (size_t i = 0; i < r.hits.size(); ++i)
      hits.push_back(hit_json(r.hits[i], r.regimes.at(i)));
    ordered_json row = {
        {"row", c.row},
        {"line", c.line},
        {"id", c.id},
        {"name", c.name},
        {"country", c.country},
        {"decision", decision_label(r)},
        {"hits", hits},
        {"guards", r.guards},
        {"ownership",
         {{"evaluated", r.ownership_evaluated}, {"restrictions", ownership_texts(r)}}}};
    if (!c.error.empty())
      row["error"] = c.error;
    row["effective_decision"] = effective_label(r);
    ordered_json suppressed = ordered_json::array();
    for (const auto& f : r.findings) {
      if (f.suppressed)
        suppressed.push_back({{"rule", f.rule->id},
                              {"list", f.hit.list_code},
                              {"entry_key", f.hit.entry_key},
                              {"by", f.suppressed->source},
                              {"approved_by", f.suppressed->approved_by}});
    }
    row["suppressed"] = suppressed;
    m_out << (m_first ? "\n" : ",\n")
          << row.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    m_first = false;
  }
  void end(const AuditSummary& s) override {
    const ordered_json summary = {
        {"customers", s.customers},
        {"clear", s.clear},
        {"review", s.review},
        {"match", s.match},
        {"errors", s.errors},
        {"suppressed", s.suppressed},
        {"effective", {{"review", s.effective_review}, {"match", s.effective_match}}}};
    m_out << "\n],\"summary\":" << summary.dump();
    if (m_header.provenance) {  // known only now when the input is standard input
      m_out << ",\"input_sha256\":" << ordered_json(m_header.provenance->input_sha256).dump();
    }
    m_out << "}\n";
    m_out.flush();
  }

 private:
  std::ostream& m_out;
  AuditHeader m_header;
  bool m_first = true;
};

}  // namespace

void AuditSummary::add(const CustomerResult& r) {
  ++customers;
  if (!r.customer.error.empty()) {
    ++errors;
    return;
  }
  if (std::any_of(r.findings.begin(), r.findings.end(),
                  [](const screen::AuditFinding& f) { return f.suppressed != nullptr; }))
    ++suppressed;
  if (r.effective == match::Decision::review)
    ++effective_review;
  if (r.effective == match::Decision::match)
    ++effective_match;
  switch (r.decision) {
    case match::Decision::match:
      ++match;
      break;
    case match::Decision::review:
      ++review;
      break;
    case match::Decision::clear:
      ++clear;
      break;
  }
}

size_t AuditSummary::failing(match::Decision fail_on) const {
  return fail_on == match::Decision::match ? effective_match : effective_review + effective_match;
}

std::string decision_label(const CustomerResult& r) {
  return r.customer.error.empty() ? std::string(match::to_string(r.decision)) : "error";
}

std::string effective_label(const CustomerResult& r) {
  return r.customer.error.empty() ? std::string(match::to_string(r.effective)) : "error";
}

std::string finding_message(const CustomerResult& r, const screen::AuditFinding& f) {
  const model::Customer& c = r.customer;
  const match::MatchResult& h = f.hit;
  std::string who =
      "'" + c.name + "' (row " + std::to_string(c.row) + (c.id.empty() ? "" : ", id " + c.id) + ")";
  return "[" + std::string(match::to_string(h.decision)) + "] " + f.rule->id + ": " + who + " " +
         (h.decision == match::Decision::match ? "matches" : "resembles") + " '" + h.entry_name +
         "' on " + h.list_code + " (score " + fixed3(h.score) + "): " + explain_hit(h) + " (" +
         util::join(f.rule->citations, "; ") + ")";
}

std::string run_finding_message(const model::Finding& f) {
  std::string text = "[" + std::string(model::to_string(f.verdict)) + "] " + f.rule->id + ": " +
                     f.explanation + " (" + util::join(f.rule->citations, "; ") + ")";
  for (const std::string& e : f.evidence)
    text += "; evidence: " + e;
  return text;
}

const std::vector<model::Finding>& run_findings_of(const AuditHeader& h) {
  static const std::vector<model::Finding> k_none;
  return h.run_findings ? *h.run_findings : k_none;
}

std::string ownership_message(const CustomerResult& r, const screen::OwnershipFinding& o) {
  const model::Customer& c = r.customer;
  return "[" + std::string(match::to_string(r.ownership_decision)) + "] " + o.rule->id + ": '" +
         c.name + "' (row " + std::to_string(c.row) + (c.id.empty() ? "" : ", id " + c.id) +
         ") inherits through ownership: " + o.text;
}

std::string regime_requirement(const screen::HitRegime& g) {
  std::string out = util::collapse_spaces(g.requirement);
  if (!g.policy.empty()) {
    out += (!out.empty() && out.back() == '.' ? " Review policy: " : "; review policy: ") +
           util::collapse_spaces(g.policy);
  }
  return out;
}

std::string explain_hit(const match::MatchResult& h) {
  const match::AliasScore& best = h.aliases.front().score;
  std::vector<std::string> words;
  for (const auto& m : best.matched) {
    words.push_back(m.query_token == m.alias_token
                        ? m.query_token + " (" + m.method + ")"
                        : m.query_token + " ~ " + m.alias_token + " (" + m.method + ")");
  }
  std::string out = words.empty() ? "no words matched" : util::join(words, ", ");
  if (!best.unmatched_query.empty())
    out += "; only in customer: " + util::join(best.unmatched_query, " ");
  if (!best.unmatched_alias.empty())
    out += "; only in list: " + util::join(best.unmatched_alias, " ");
  for (const auto& note : best.notes)
    out += "; " + note;
  for (const auto& link : h.links)
    out += "; " + model::link_text(link);
  for (const auto& e : h.evidence)
    out += "; " + e.kind + " " + e.effect + " " + signed2(e.delta) + ": " + e.detail;
  for (const auto& g : h.notes)
    out += "; guard: " + g;
  return out;
}

std::unique_ptr<AuditWriter> make_audit_writer(AuditFormat format, std::ostream& out,
                                               AuditHeader header) {
  switch (format) {
    case AuditFormat::json:
      return std::make_unique<JsonWriter>(out, std::move(header));
    case AuditFormat::html:
      return make_audit_html_writer(out, std::move(header));
    case AuditFormat::sarif:
      return make_audit_sarif_writer(out, std::move(header));
    case AuditFormat::junit:
      return make_audit_junit_writer(out, std::move(header));
    case AuditFormat::csv:
      break;
  }
  return std::make_unique<CsvWriter>(out, std::move(header));
}

}  // namespace ecc::report
