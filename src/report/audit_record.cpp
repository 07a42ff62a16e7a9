// The audit record of one `screen --log` or `audit --log` run, and `log show`. A record holds
// what an auditor needs to reproduce the decision: which inputs (digests),
// which lists (dataset hashes and dates), which rules (version), which dates,
// the verdicts and the suppressions applied. Integers and strings only, so the
// hash chain (import/audit_log.hpp) survives a parse and re-serialisation.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "import/json_input.hpp"
#include "report/audit_report.hpp"
#include "report/ci_report.hpp"
#include "report/sarif_parts.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

ordered_json inputs_json(const AuditInputs& in) {
  ordered_json files = ordered_json::array();
  for (size_t i = 0; i < in.files.size(); ++i) {
    files.push_back({{"path", in.files[i]}, {"sha256", in.hashes[i]}});
  }
  return {{"sha256", util::sha256_hex(util::join(in.hashes, "\n"))}, {"files", files}};
}

ordered_json orders_json(const ScreenRun& run) {
  ordered_json orders = ordered_json::array();
  for (size_t r = 0; r < run.results->size(); ++r) {
    const screen::ScreenResult& res = (*run.results)[r];
    ordered_json findings = ordered_json::array();
    for (size_t f = 0; f < res.findings.size(); ++f) {
      const model::Finding& fd = res.findings[f];
      const screen::Suppression* s = suppression_of(run, r, f);
      findings.push_back(
          {{"rule", fd.rule->id},
           {"verdict", model::to_string(fd.verdict)},
           {"line", fd.line < 0 ? ordered_json(nullptr) : ordered_json(fd.line + 1)},
           {"party", fd.party < 0 ? ordered_json(nullptr) : ordered_json(fd.party + 1)},
           {"suppressed_by", s ? ordered_json(s->source) : ordered_json(nullptr)}});
    }
    orders.push_back({{"order", res.order->id},
                      {"source", res.order->source},
                      {"as_of", res.as_of.iso()},
                      {"verdict", model::to_string(res.verdict)},
                      {"effective_verdict", model::to_string(effective_verdict(run, r))},
                      {"findings", findings}});
  }
  return orders;
}

ordered_json suppressions_json(const std::vector<screen::SuppressionStatus>* statuses) {
  ordered_json out = ordered_json::array();
  if (!statuses) {
    return out;
  }
  for (const screen::SuppressionStatus& st : *statuses) {
    const screen::Suppression& s = *st.suppression;
    out.push_back({{"source", s.source},
                   {"rule", s.rule},
                   {"entry", s.entry},
                   {"party", s.party},
                   {"order", s.order},
                   {"customer", s.customer},
                   {"content_hash", s.content_hash},
                   {"approved_by", s.approved_by},
                   {"expires", s.expires.iso()},
                   {"state", screen::to_string(st.state)},
                   {"applied", st.applied}});
  }
  return out;
}

// `log show` reads records that anyone could have written: every value is
// type-checked (import/json_input.hpp) and shown as "?" when it is not what
// the record format says.
std::string text(const ordered_json& j, const char* key) {
  const ordered_json* v = import::json_member(j, key);
  return v ? import::json_string(*v).value_or("?") : "?";
}

std::string number(const ordered_json& j, const char* key) {
  const ordered_json* v = import::json_member(j, key);
  return v && v->is_number() ? import::json_number_text(*v) : "?";
}

// The objects of the array member `key` (others skipped).
std::vector<const ordered_json*> objects(const ordered_json& j, const char* key) {
  std::vector<const ordered_json*> out;
  const ordered_json* v = import::json_member(j, key);
  if (v != nullptr && v->is_array()) {
    for (const ordered_json& item : *v) {
      if (item.is_object()) {
        out.push_back(&item);
      }
    }
  }
  return out;
}

std::string threshold_text(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

void print_audit_summary(std::ostream& out, const ordered_json& j) {
  const ordered_json* summary = import::json_member(j, "summary");
  if (summary == nullptr || !summary->is_object()) {
    return;
  }
  const ordered_json& s = *summary;
  out << "    customers " << number(s, "customers") << ": " << number(s, "clear") << " clear, "
      << number(s, "review") << " review, " << number(s, "match") << " match, "
      << number(s, "errors") << " errors; " << number(s, "suppressed")
      << " with suppressed findings; results " << text(j, "results_sha256").substr(0, 12) << "\n";
  const ordered_json* since = import::json_member(j, "changed_since");
  if (since != nullptr && since->is_string()) {
    out << "    delta audit: changed since " << text(j, "changed_since") << "\n";
  }
}

}  // namespace

std::string audit_record_json(const ScreenRun& run, const AuditInputs& in) {
  ordered_json datasets = sarif::datasets_json(run.data->datasets);
  ordered_json j{
      {"command", "screen"},
      {"timestamp", in.timestamp},
      {"tool_version", run.data->tool_version},
      {"rules_version", run.data->rules_version},
      {"input", inputs_json(in)},
      {"datasets", datasets},
      {"fail_on", model::to_string(run.fail_on)},
      {"orders", orders_json(run)},
      {"suppressions", suppressions_json(run.suppressions ? &run.suppressions->statuses : nullptr)},
      {"exit", in.exit_code}};
  return j.dump();
}

std::string audit_run_record_json(const AuditRunRecord& run, const AuditInputs& in) {
  const AuditSummary& s = run.summary;
  ordered_json j{{"command", "audit"},
                 {"timestamp", in.timestamp},
                 {"tool_version", run.data->tool_version},
                 {"rules_version", run.data->rules_version},
                 {"input", inputs_json(in)},
                 {"datasets", sarif::datasets_json(run.data->datasets)},
                 {"fail_on", run.fail_on},
                 {"thresholds",
                  {{"review", threshold_text(run.review_threshold)},
                   {"match", threshold_text(run.match_threshold)}}},
                 {"changed_since", run.changed_since.empty() ? ordered_json(nullptr)
                                                             : ordered_json(run.changed_since)},
                 {"summary",
                  {{"customers", s.customers},
                   {"clear", s.clear},
                   {"review", s.review},
                   {"match", s.match},
                   {"errors", s.errors},
                   {"suppressed", s.suppressed},
                   {"effective_review", s.effective_review},
                   {"effective_match", s.effective_match}}},
                 {"results_sha256", run.results_sha256},
                 {"suppressions", suppressions_json(run.suppressions)},
                 {"exit", in.exit_code}};
  return j.dump();
}

void print_log_chain_json(std::ostream& out, const LogChain& chain,
                          const std::vector<std::string>* lines) {
  ordered_json j{{"file", chain.file},
                 {"records", chain.records},
                 {"intact", true},
                 {"last_hash", chain.last_hash}};
  if (lines) {
    j["entries"] = ordered_json::array();
    for (const std::string& line : *lines) {
      import::JsonProblem problem;  // a verified chain's lines are records; null otherwise
      std::optional<ordered_json> record = import::try_parse_ordered_json(line, problem);
      j["entries"].push_back(record ? std::move(*record) : ordered_json());
    }
  }
  out << j.dump(2) << "\n";
}

void print_audit_log(std::ostream& out, const std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    import::JsonProblem problem;
    std::optional<ordered_json> parsed = import::try_parse_ordered_json(lines[i], problem);
    if (!parsed || !parsed->is_object()) {
      out << "#" << i + 1 << "  (not a JSON record)\n";
      continue;
    }
    const ordered_json& j = *parsed;
    const ordered_json* input = import::json_member(j, "input");
    out << "#" << i + 1 << "  " << text(j, "timestamp") << "  " << text(j, "command") << "  exit "
        << number(j, "exit") << "  fail_on " << text(j, "fail_on") << "  hash "
        << text(j, "hash").substr(0, 12) << "\n";
    out << "    input " << (input ? text(*input, "sha256").substr(0, 12) : "?") << ", rules "
        << text(j, "rules_version").substr(0, 12) << "\n";
    for (const ordered_json* d : objects(j, "datasets")) {
      out << "    dataset #" << number(*d, "id") << " " << text(*d, "file") << " ("
          << text(*d, "data_date") << ", sha256 " << text(*d, "sha256").substr(0, 12) << ")\n";
    }
    for (const ordered_json* o : objects(j, "orders")) {
      out << "    order " << text(*o, "order") << " as of " << text(*o, "as_of") << ": "
          << text(*o, "verdict");
      if (text(*o, "effective_verdict") != text(*o, "verdict")) {
        out << " (" << text(*o, "effective_verdict") << " after suppressions)";
      }
      out << "\n";
    }
    print_audit_summary(out, j);
    for (const ordered_json* s : objects(j, "suppressions")) {
      out << "    suppression " << text(*s, "source") << ": " << text(*s, "state") << ", applied "
          << number(*s, "applied") << " (approved by " << text(*s, "approved_by") << ")\n";
    }
  }
}

}  // namespace ecc::report
