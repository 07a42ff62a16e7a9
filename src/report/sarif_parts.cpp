// Shared SARIF pieces (sarif_parts.hpp). A rule descriptor's help text is
// written for someone who has only the code-scanning alert in front of them:
// the rule's title, citation, verdict, policy, rule file and how to accept a
// reviewed finding.
#include "report/sarif_parts.hpp"

#include "util/strings.hpp"

namespace ecc::report::sarif {

namespace {

std::string rule_file(const model::ScreeningRule& r) {
  size_t at = r.source_file.rfind("rules/");
  return r.source_file.substr(at == std::string::npos ? 0 : at);
}

bool ignored(screen::SuppressionState s) {
  return s == screen::SuppressionState::expired || s == screen::SuppressionState::stale ||
         s == screen::SuppressionState::gone;
}

}  // namespace

const char* const k_schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const char* level(model::Verdict v) {
  switch (v) {
    case model::Verdict::prohibited:
    case model::Verdict::license_required:
      return "error";
    case model::Verdict::notify:
    case model::Verdict::review:
      return "warning";
    case model::Verdict::clear:
      return "note";
  }
  return "warning";
}

ordered_json rule_descriptor(const model::ScreeningRule& r) {
  std::string cites = util::join(r.citations, "; ");
  std::string file = rule_file(r);
  std::string help =
      r.title + ". Citation: " + cites +
      ". Verdict when it applies: " + std::string(model::to_string(r.verdict)) +
      (r.policy.empty() || r.policy.find('{') != std::string::npos ? "" : "; policy: " + r.policy) +
      (file.empty() ? "" : ". Rule file: " + file) +
      ". To accept a reviewed finding, add a suppression (docs/ci.md).";
  ordered_json props{{"citations", r.citations}, {"verdict", model::to_string(r.verdict)}};
  if (!file.empty()) {
    props["rule_file"] = file;
  }
  props["tags"] = {"export-control", model::to_string(r.verdict)};
  if (!r.confidence.empty()) {
    props["confidence"] = r.confidence;
  }
  return {{"id", r.id},
          {"name", r.id},
          {"shortDescription", {{"text", r.title}}},
          {"fullDescription", {{"text", r.title + " (" + cites + ")"}}},
          {"help", {{"text", help}}},
          {"defaultConfiguration", {{"level", level(r.verdict)}}},
          {"properties", props}};
}

ordered_json suppression_json(const screen::Suppression& s) {
  return {{"kind", "external"},
          {"status", "accepted"},
          {"justification", s.reason},
          {"properties",
           {{"approved_by", s.approved_by}, {"expires", s.expires.iso()}, {"source", s.source}}}};
}

ordered_json notifications(const std::vector<screen::SuppressionStatus>& statuses) {
  ordered_json out = ordered_json::array();
  for (const screen::SuppressionStatus& st : statuses) {
    if (ignored(st.state) || !st.detail.empty()) {
      out.push_back(
          {{"level", ignored(st.state) ? "warning" : "note"},
           {"message",
            {{"text", st.suppression->source + ": suppression " +
                          std::string(screen::to_string(st.state)) + ": " + st.detail}}}});
    }
  }
  return out;
}

ordered_json datasets_json(const std::vector<model::DatasetInfo>& datasets) {
  ordered_json out = ordered_json::array();
  for (const model::DatasetInfo& d : datasets) {
    out.push_back({{"id", d.id},
                   {"source", d.source_key},
                   {"file", d.file_name},
                   {"sha256", d.sha256},
                   {"data_date", d.data_date}});
  }
  return out;
}

std::string artifact_uri(const std::string& path) {
  static const char* k_hex = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += k_hex[u >> 4];
      out += k_hex[u & 15];
    }
  }
  return out;
}

}  // namespace ecc::report::sarif
