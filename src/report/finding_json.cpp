#include "report/finding_json.hpp"

#include "util/strings.hpp"

namespace ecc::report {

std::string rule_file_of(const model::ScreeningRule& r) {
  size_t at = r.source_file.rfind("rules/");
  return r.source_file.substr(at == std::string::npos ? 0 : at);
}

nlohmann::ordered_json run_finding_json(const model::Finding& f) {
  nlohmann::ordered_json j;
  j["rule"] = f.rule->id;
  j["title"] = f.rule->title;
  j["citation"] = util::join(f.rule->citations, "; ");
  j["verdict"] = model::to_string(f.verdict);
  j["policy"] =
      f.policy.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.policy);
  j["explanation"] = f.explanation;
  j["evidence"] = f.evidence;
  j["rule_file"] = rule_file_of(*f.rule);
  return j;
}

nlohmann::ordered_json run_findings_json(const std::vector<model::Finding>& findings) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const model::Finding& f : findings) {
    out.push_back(run_finding_json(f));
  }
  return out;
}

}  // namespace ecc::report
