// SARIF 2.1.0 for code-scanning views. Each finding is a result whose rule
// descriptor carries the title, citations and help; its location is the order
// file plus the JSON pointer of the line or party (CSV orders: the CSV line as
// region). Suppressed findings stay, with an `external` accepted suppression,
// and expired or stale suppressions become tool notifications.
#include <map>
#include <nlohmann/json.hpp>

#include "report/ci_report.hpp"
#include "report/sarif_parts.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;
using sarif::level;

// CSV orders point at "FILE:LINE"; JSON orders at a JSON pointer (line 1).
int pointer_line(const std::string& pointer) {
  size_t colon = pointer.rfind(':');
  if (pointer.empty() || pointer[0] == '/' || colon == std::string::npos) {
    return 1;
  }
  std::string digits = pointer.substr(colon + 1);
  bool numeric = !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
  return numeric ? std::stoi(digits) : 1;
}

ordered_json location(const screen::ScreenResult& r, const model::Finding& f) {
  ordered_json logical = ordered_json::array();
  std::string primary;
  std::string text;
  if (f.line >= 0) {
    const model::OrderItem& item = r.order->items[static_cast<size_t>(f.line)];
    primary = item.pointer;
    logical.push_back({{"fullyQualifiedName", item.pointer}, {"kind", "element"}});
    text = "line " + std::to_string(f.line + 1) + ": " + r.lines[static_cast<size_t>(f.line)].query;
  }
  if (f.party >= 0) {
    const model::OrderParty& p = r.order->parties[static_cast<size_t>(f.party)];
    primary = primary.empty() ? p.pointer : primary;
    logical.push_back({{"fullyQualifiedName", p.pointer}, {"kind", "element"}});
    text += (text.empty() ? "" : "; ") + p.role + ": " + p.name;
  }
  if (logical.empty()) {  // about the whole order (stale lists): the order itself
    logical.push_back({{"name", r.order->id}, {"kind", "object"}});
  }
  ordered_json physical{{"artifactLocation", {{"uri", sarif::artifact_uri(r.order->source)}}},
                        {"region", {{"startLine", pointer_line(primary)}}}};
  return {{"physicalLocation", physical},
          {"logicalLocations", logical},
          {"message", {{"text", "order " + r.order->id + (text.empty() ? "" : ", " + text)}}}};
}

ordered_json result_json(const ScreenRun& run, size_t r, size_t f, int rule_index) {
  const screen::ScreenResult& res = (*run.results)[r];
  const model::Finding& fd = res.findings[f];
  std::string identity = res.order->id + "|" + fd.rule->id + "|" + std::to_string(fd.line) + "|" +
                         std::to_string(fd.party);
  ordered_json j{
      {"ruleId", fd.rule->id},
      {"ruleIndex", rule_index},
      {"kind", fd.undecided ? "review" : "fail"},
      {"level", level(fd.verdict)},
      {"message",
       {{"text", "[" + std::string(model::to_string(fd.verdict)) + "] " + fd.explanation + " (" +
                     util::join(fd.rule->citations, "; ") + ")"}}},
      {"locations", {location(res, fd)}},
      {"partialFingerprints", {{"exportcheckFinding/v1", util::sha256_hex(identity)}}}};
  if (const screen::Suppression* s = suppression_of(run, r, f)) {
    j["suppressions"] = {sarif::suppression_json(*s)};
  }
  ordered_json props{{"order", res.order->id},
                     {"as_of", res.as_of.iso()},
                     {"verdict", model::to_string(fd.verdict)},
                     {"undecided", fd.undecided},
                     {"evidence", fd.evidence}};
  if (!fd.policy.empty()) {
    props["policy"] = fd.policy;
  }
  j["properties"] = props;
  return j;
}

ordered_json run_properties(const ScreenRun& run) {
  ordered_json orders = ordered_json::array();
  for (size_t r = 0; r < run.results->size(); ++r) {
    const screen::ScreenResult& res = (*run.results)[r];
    orders.push_back({{"order", res.order->id},
                      {"source", res.order->source},
                      {"as_of", res.as_of.iso()},
                      {"verdict", model::to_string(res.verdict)},
                      {"effective_verdict", model::to_string(effective_verdict(run, r))}});
  }
  return {{"rules_version", run.data->rules_version},
          {"fail_on", model::to_string(run.fail_on)},
          {"datasets", sarif::datasets_json(run.data->datasets)},
          {"orders", orders}};
}

}  // namespace

void print_screen_sarif(std::ostream& out, const ScreenRun& run) {
  std::map<std::string, const model::ScreeningRule*> used;
  for (const screen::ScreenResult& r : *run.results) {
    for (const model::Finding& f : r.findings) {
      used.emplace(f.rule->id, f.rule);
    }
  }
  ordered_json rules = ordered_json::array();
  std::map<std::string, int> index;
  for (const auto& [id, rule] : used) {
    index[id] = static_cast<int>(rules.size());
    rules.push_back(sarif::rule_descriptor(*rule));
  }
  ordered_json results = ordered_json::array();
  for (size_t r = 0; r < run.results->size(); ++r) {
    for (size_t f = 0; f < (*run.results)[r].findings.size(); ++f) {
      results.push_back(result_json(run, r, f, index.at((*run.results)[r].findings[f].rule->id)));
    }
  }
  ordered_json driver{{"name", "exportcheck"},
                      {"version", run.data->tool_version},
                      {"semanticVersion", run.data->tool_version},
                      {"rules", rules}};
  ordered_json invocation{{"executionSuccessful", true},
                          {"toolExecutionNotifications",
                           run.suppressions ? sarif::notifications(run.suppressions->statuses)
                                            : ordered_json::array()}};
  ordered_json log{{"$schema", sarif::k_schema},
                   {"version", "2.1.0"},
                   {"runs",
                    {{{"tool", {{"driver", driver}}},
                      {"invocations", {invocation}},
                      {"results", results},
                      {"properties", run_properties(run)}}}}};
  out << log.dump(2) << "\n";
}

}  // namespace ecc::report
