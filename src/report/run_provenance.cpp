// The provenance block (run_provenance.hpp): one model, rendered as pairs of
// label and value for text formats and as a JSON object for the others.
#include "report/run_provenance.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "report/db_report.hpp"
#include "report/sarif_parts.hpp"

namespace ecc::report {

const char* const k_not_legal_advice =
    "Not legal advice: exportcheck applies published lists and rules as data; a licence "
    "determination rests with the exporter and the agencies that administer the rules.";

namespace {

using nlohmann::ordered_json;

std::string fixed2(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

std::string age_text(const DatasetLine& d, long limit) {
  std::string out = d.age_days < 0 ? "age unknown" : std::to_string(d.age_days) + " days old";
  if (d.stale) {
    out += " (STALE: older than " + std::to_string(limit) + " days)";
  }
  return out;
}

}  // namespace

std::vector<DatasetLine> dataset_lines(const RunProvenance& p) {
  std::vector<DatasetLine> out;
  for (const model::DatasetInfo& d : p.datasets) {
    const long age = data_age_days(d.data_date, p.as_of);
    out.push_back({&d, age, age < 0 || age > p.stale_after_days});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> provenance_fields(const RunProvenance& p) {
  std::vector<std::pair<std::string, std::string>> f = {
      {"tool", "exportcheck " + p.tool_version + " (commit " + p.commit + ")"},
      {"rules", p.rules_version},
      {"as of", p.as_of.iso()},
      {"generated", p.generated},
      {"input", p.input + (p.input_sha256.empty() ? "" : " (sha256 " + p.input_sha256 + ")")},
      {"thresholds",
       "review >= " + fixed2(p.review_threshold) + ", match >= " + fixed2(p.match_threshold)}};
  for (const DatasetLine& d : dataset_lines(p)) {
    const model::DatasetInfo& i = *d.info;
    f.emplace_back("dataset #" + std::to_string(i.id),
                   i.source_key + " " + i.file_name + ": data date " + i.data_date + " (" +
                       i.data_date_basis + "), " + age_text(d, p.stale_after_days) + ", " +
                       std::to_string(i.rows) + " rows, sha256 " + i.sha256);
  }
  f.emplace_back("disclaimer", k_not_legal_advice);
  return f;
}

std::string provenance_comment(const RunProvenance& p) {
  std::string out;
  for (const auto& [label, value] : provenance_fields(p)) {
    std::string v = value;
    for (char& c : v) {
      if (c == '\n' || c == '\r') {
        c = ' ';
      }
    }
    out += "# " + label + ": " + v + "\n";
  }
  return out;
}

ordered_json sarif::provenance_json(const RunProvenance& p) {
  ordered_json datasets = ordered_json::array();
  for (const DatasetLine& d : dataset_lines(p)) {
    const model::DatasetInfo& i = *d.info;
    datasets.push_back(
        {{"id", i.id},
         {"source", i.source_key},
         {"file", i.file_name},
         {"data_date", i.data_date},
         {"data_date_basis", i.data_date_basis},
         {"age_days", d.age_days < 0 ? ordered_json(nullptr) : ordered_json(d.age_days)},
         {"stale", d.stale},
         {"sha256", i.sha256},
         {"rows", i.rows},
         {"imported_at", i.imported_at}});
  }
  const ordered_json j = {
      {"tool", {{"name", "exportcheck"}, {"version", p.tool_version}, {"commit", p.commit}}},
      {"rules", {{"version", p.rules_version}}},
      {"as_of", p.as_of.iso()},
      {"generated", p.generated},
      {"input",
       {{"name", p.input},
        {"sha256", p.input_sha256.empty() ? ordered_json(nullptr) : ordered_json(p.input_sha256)}}},
      {"thresholds", {{"review", p.review_threshold}, {"match", p.match_threshold}}},
      {"stale_after_days", p.stale_after_days},
      {"datasets", datasets},
      {"disclaimer", k_not_legal_advice}};
  return j;
}

ordered_json sarif::run_header_json(const std::string& input, const std::string& generated,
                                    const RunProvenance* provenance, double review_threshold,
                                    double match_threshold) {
  return {{"input", input},
          {"generated", generated},
          {"provenance", provenance ? provenance_json(*provenance) : ordered_json(nullptr)},
          {"thresholds", {{"review", review_threshold}, {"match", match_threshold}}}};
}

std::string provenance_json_text(const RunProvenance& p) {
  return sarif::provenance_json(p).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace ecc::report
