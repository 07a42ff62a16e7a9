#include "report/check_report.hpp"

#include <iomanip>
#include <nlohmann/json.hpp>

namespace ecc::report {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string state(const SourceCheck& s) {
  if (!s.dataset) {
    return "missing";
  }
  std::string out = s.stale ? "stale" : "";
  if (s.update == "available") {
    out += out.empty() ? "update available" : ", update available";
  }
  return out.empty() ? "ok" : out;
}

}  // namespace

void print_check_table(std::ostream& out, const CheckView& view) {
  out << "database " << view.database << "\n"
      << std::left << std::setw(11) << "SOURCE" << std::setw(9) << "DATASET" << std::setw(12)
      << "DATA DATE" << std::setw(19) << "DATE FROM" << std::right << std::setw(6) << "AGE"
      << "  " << std::left << std::setw(13) << "UPDATE"
      << "STATE\n";
  size_t problems = 0;
  for (const SourceCheck& s : view.sources) {
    const model::DatasetInfo* d = s.dataset ? &*s.dataset : nullptr;
    out << std::left << std::setw(11) << s.source << std::setw(9)
        << (d ? "#" + std::to_string(d->id) : "-") << std::setw(12) << (d ? d->data_date : "-")
        << std::setw(19) << (d ? d->data_date_basis : "-") << std::right << std::setw(6)
        << (d ? std::to_string(s.age_days) + "d" + (s.stale ? "!" : " ") : "- ") << "  "
        << std::left << std::setw(13) << s.update << state(s) << "\n";
    problems += s.ok() ? 0 : 1;
  }
  for (const SourceCheck& s : view.sources) {
    if (!s.note.empty()) {
      out << "  " << s.source << ": " << s.note << "\n";
    }
  }
  if (problems == 0) {
    out << "all " << view.sources.size() << " sources present, current and at most "
        << view.max_age_days << " days old\n";
  } else {
    out << problems << " of " << view.sources.size()
        << " sources need 'exportcheck db update' (missing, older than " << view.max_age_days
        << " days, or newer files published)\n";
  }
}

void print_check_json(std::ostream& out, const CheckView& view) {
  ordered_json j;
  j["database"] = view.database;
  j["today"] = view.today.iso();
  j["max_age_days"] = view.max_age_days;
  bool all_ok = true;
  ordered_json sources = ordered_json::array();
  for (const SourceCheck& s : view.sources) {
    ordered_json o;
    o["source"] = s.source;
    o["present"] = s.dataset.has_value();
    o["dataset_id"] = s.dataset ? ordered_json(s.dataset->id) : ordered_json(nullptr);
    o["data_date"] = s.dataset ? ordered_json(s.dataset->data_date) : ordered_json(nullptr);
    o["data_date_basis"] =
        s.dataset ? ordered_json(s.dataset->data_date_basis) : ordered_json(nullptr);
    o["age_days"] = s.dataset ? ordered_json(s.age_days) : ordered_json(nullptr);
    o["stale"] = s.stale;
    o["update"] = s.update;
    o["note"] = s.note;
    o["ok"] = s.ok();
    ordered_json files = ordered_json::array();
    for (const model::FileProvenance& f : s.files) {
      files.push_back({{"name", f.name},
                       {"url", f.url},
                       {"origin_url", f.origin_url},
                       {"fetched_at", f.fetched_at},
                       {"last_modified", f.last_modified},
                       {"etag", f.etag},
                       {"sha256", f.sha256},
                       {"bytes", f.bytes}});
    }
    o["files"] = files;
    all_ok = all_ok && s.ok();
    sources.push_back(o);
  }
  j["ok"] = all_ok;
  j["sources"] = sources;
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
