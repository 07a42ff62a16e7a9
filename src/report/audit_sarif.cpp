// SARIF 2.1.0 for `exportcheck audit`, streamed: one result per finding (a
// customer's hit that is not clear), written as the rows arrive, so a
// million-row customer file needs memory for its rule list only. JSON does
// not order an object's members, so the run's `results` come first and its
// `tool` (with the rules in first-use order, which is what each result's
// ruleIndex counts), `invocations` and `properties` follow at the end. A
// result's location is the customer file and the row's line.
#include <map>
#include <nlohmann/json.hpp>

#include "report/audit_report.hpp"
#include "report/sarif_parts.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

constexpr size_t k_error_notes = 1000;  // bad rows listed as notifications; the rest counted

std::string customer_label(const model::Customer& c) {
  return c.id.empty() ? "row " + std::to_string(c.row) : c.id;
}

ordered_json customer_json(const model::Customer& c) {
  return {{"row", c.row}, {"line", c.line}, {"id", c.id}, {"name", c.name}, {"country", c.country}};
}

// The customer file at the row's line, and the row as a logical location.
ordered_json location(const std::string& input, const model::Customer& c) {
  const size_t line = std::max<size_t>(c.line, 1);
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", sarif::artifact_uri(input)}}},
            {"region", {{"startLine", line}}}}},
          {"logicalLocations",
           {{{"name", customer_label(c)},
             {"fullyQualifiedName", input + ":" + std::to_string(line)},
             {"kind", "element"}}}},
          {"message", {{"text", "customer " + customer_label(c) + ": " + c.name}}}};
}

class SarifWriter : public AuditWriter {
 public:
  SarifWriter(std::ostream& out, AuditHeader header) : m_out(out), m_header(std::move(header)) {}

  // The run's findings (stale lists) lead the results, at the customer file.
  void begin() override {
    m_out << "{\"$schema\":" << ordered_json(sarif::k_schema).dump()
          << ",\"version\":\"2.1.0\",\"runs\":[{\"results\":[";
    for (const model::Finding& f : run_findings_of(m_header)) {
      m_out << (m_first ? "\n" : ",\n")
            << run_result(f).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      m_first = false;
    }
  }

  void write(const CustomerResult& r) override {
    if (!r.customer.error.empty()) {
      error_note(r.customer);
      return;
    }
    for (const screen::AuditFinding& f : r.findings) {
      m_out << (m_first ? "\n" : ",\n")
            << result(r, f).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      m_first = false;
    }
    for (const screen::OwnershipFinding& o : r.ownership) {
      m_out << (m_first ? "\n" : ",\n")
            << ownership_result(r, o).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      m_first = false;
    }
  }

  void end(const AuditSummary& s) override {
    ordered_json rules = ordered_json::array();
    for (const model::ScreeningRule* rule : m_rules) {
      rules.push_back(sarif::rule_descriptor(*rule));
    }
    const std::string version = m_header.data ? m_header.data->tool_version : "";
    ordered_json driver{{"name", "exportcheck"}, {"version", version}};
    driver["semanticVersion"] = version;
    driver["rules"] = rules;
    ordered_json notes = m_header.suppressions ? sarif::notifications(*m_header.suppressions)
                                               : ordered_json::array();
    for (ordered_json& n : m_error_notes) {
      notes.push_back(std::move(n));
    }
    if (s.errors > m_error_notes.size()) {
      notes.push_back({{"level", "error"},
                       {"message",
                        {{"text", std::to_string(s.errors - m_error_notes.size()) +
                                      " more row(s) could not be audited"}}}});
    }
    ordered_json invocation{{"executionSuccessful", s.errors == 0},
                            {"toolExecutionNotifications", notes}};
    m_out << "\n],\"tool\":" << ordered_json{{"driver", driver}}.dump()
          << ",\n\"invocations\":" << ordered_json::array({invocation}).dump()
          << ",\n\"properties\":"
          << properties(s).dump(-1, ' ', false, ordered_json::error_handler_t::replace) << "}]}\n";
    m_out.flush();
  }

 private:
  int rule_index(const model::ScreeningRule* rule) {
    auto [it, added] = m_index.emplace(rule->id, static_cast<int>(m_rules.size()));
    if (added) {
      m_rules.push_back(rule);
    }
    return it->second;
  }

  ordered_json result(const CustomerResult& r, const screen::AuditFinding& f) {
    const model::Customer& c = r.customer;
    const match::MatchResult& h = f.hit;
    const std::string identity = (c.id.empty() ? util::to_lower_ascii(c.name) : c.id) + "|" +
                                 f.rule->id + "|" + h.list_code + "|" + h.entry_key;
    ordered_json j{
        {"ruleId", f.rule->id},
        {"ruleIndex", rule_index(f.rule)},
        {"kind", h.decision == match::Decision::match ? "fail" : "review"},
        {"level", sarif::level(f.rule->verdict)},
        {"message", {{"text", finding_message(r, f)}}},
        {"locations", {location(m_header.input, c)}},
        {"partialFingerprints", {{"exportcheckAuditFinding/v1", util::sha256_hex(identity)}}}};
    if (f.suppressed) {
      j["suppressions"] = {sarif::suppression_json(*f.suppressed)};
    }
    j["properties"] = {{"customer", customer_json(c)},
                       {"decision", match::to_string(h.decision)},
                       {"score", h.score},
                       {"list", h.list_code},
                       {"entry_key", h.entry_key},
                       {"entry_name", h.entry_name},
                       {"matched_name", h.matched_alias},
                       {"customer_decision", match::to_string(r.decision)},
                       {"customer_effective_decision", match::to_string(r.effective)}};
    return j;
  }

  ordered_json run_result(const model::Finding& f) {
    const std::string identity = "run|" + f.rule->id + "|" + m_header.input;
    ordered_json j{
        {"ruleId", f.rule->id},
        {"ruleIndex", rule_index(f.rule)},
        {"kind", f.verdict == model::Verdict::clear ? "informational" : "review"},
        {"level", sarif::level(f.verdict)},
        {"message", {{"text", run_finding_message(f)}}},
        {"locations",
         {{{"physicalLocation",
            {{"artifactLocation", {{"uri", sarif::artifact_uri(m_header.input)}}}}},
           {"logicalLocations", {{{"name", "run"}, {"kind", "module"}}}}}}},
        {"partialFingerprints", {{"exportcheckAuditFinding/v1", util::sha256_hex(identity)}}}};
    j["properties"] = {{"scope", "run"}, {"evidence", f.evidence}};
    return j;
  }

  ordered_json ownership_result(const CustomerResult& r, const screen::OwnershipFinding& o) {
    const model::Customer& c = r.customer;
    const std::string identity = (c.id.empty() ? util::to_lower_ascii(c.name) : c.id) + "|" +
                                 o.rule->id + "|ownership|" + o.text;
    ordered_json j{
        {"ruleId", o.rule->id},
        {"ruleIndex", rule_index(o.rule)},
        {"kind", "review"},
        {"level", sarif::level(o.rule->verdict)},
        {"message", {{"text", ownership_message(r, o)}}},
        {"locations", {location(m_header.input, c)}},
        {"partialFingerprints", {{"exportcheckAuditFinding/v1", util::sha256_hex(identity)}}}};
    j["properties"] = {{"customer", customer_json(c)},
                       {"decision", match::to_string(r.ownership_decision)},
                       {"ownership", o.text},
                       {"customer_decision", match::to_string(r.decision)},
                       {"customer_effective_decision", match::to_string(r.effective)}};
    return j;
  }

  void error_note(const model::Customer& c) {
    if (m_error_notes.size() >= k_error_notes) {
      return;
    }
    m_error_notes.push_back({{"level", "error"},
                             {"message", {{"text", "row could not be audited: " + c.error}}},
                             {"locations", {location(m_header.input, c)}}});
  }

  ordered_json properties(const AuditSummary& s) const {
    ordered_json p = sarif::run_header_json(m_header.input, m_header.generated, m_header.provenance,
                                            m_header.review_threshold, m_header.match_threshold);
    p["fail_on"] = m_header.fail_on;
    if (m_header.data) {
      p["rules_version"] = m_header.data->rules_version;
      p["datasets"] = sarif::datasets_json(m_header.data->datasets);
    }
    if (!m_header.delta.empty()) {
      p["changed_since"] = m_header.delta;
    }
    p["summary"] = {{"customers", s.customers},
                    {"clear", s.clear},
                    {"review", s.review},
                    {"match", s.match},
                    {"errors", s.errors},
                    {"suppressed", s.suppressed},
                    {"effective_review", s.effective_review},
                    {"effective_match", s.effective_match}};
    return p;
  }

  std::ostream& m_out;
  AuditHeader m_header;
  bool m_first = true;
  std::vector<const model::ScreeningRule*> m_rules;
  std::map<std::string, int> m_index;
  std::vector<ordered_json> m_error_notes;
};

}  // namespace

std::unique_ptr<AuditWriter> make_audit_sarif_writer(std::ostream& out, AuditHeader header) {
  return std::make_unique<SarifWriter>(out, std::move(header));
}

}  // namespace ecc::report
