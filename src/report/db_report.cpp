#include "report/db_report.hpp"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

std::string short_hash(const std::string& sha) {
  return sha.substr(0, 12);
}

ordered_json dataset_json(const model::DatasetInfo& d, const util::Date& today, long max_age) {
  long age = data_age_days(d.data_date, today);
  ordered_json j;
  j["id"] = d.id;
  j["source"] = d.source_key;
  j["format"] = d.format;
  j["file"] = d.file_name;
  j["sha256"] = d.sha256;
  j["rows"] = d.rows;
  j["data_date"] = d.data_date;
  j["data_date_basis"] = d.data_date_basis;
  j["age_days"] = age;
  j["stale"] = is_stale(d.data_date, today, max_age);
  j["imported_at"] = d.imported_at;
  j["superseded_by"] = d.superseded_by == 0 ? ordered_json(nullptr) : ordered_json(d.superseded_by);
  return j;
}

ordered_json entry_ref(const model::ListEntry& e) {
  return ordered_json{{"list", e.list_code}, {"key", e.entry_key}, {"name", e.name}};
}

ordered_json entry_json(const model::ListEntry& e) {
  ordered_json j = entry_ref(e);
  j["source"] = e.source_name;
  j["entity_number"] = e.entity_number;
  j["type"] = e.entry_type;
  j["raw_name"] = e.raw_name;  // as the list wrote it, when reading it changed it
  j["links"] = ordered_json::array();
  for (const model::EntryLink& l : e.links) {
    j["links"].push_back({{"relation", l.relation}, {"name", l.name}});
  }
  j["aliases"] = ordered_json::array();
  for (const model::Alias& a : e.aliases) {
    j["aliases"].push_back({{"name", a.name}, {"type", a.type}, {"raw", a.raw}});
  }
  j["addresses"] = ordered_json::array();
  for (const model::Address& a : e.addresses) {
    j["addresses"].push_back({{"address", a.text},
                              {"city", a.city},
                              {"state", a.state},
                              {"postal_code", a.postal_code},
                              {"country", a.country}});
  }
  j["ids"] = ordered_json::array();
  for (const model::Identifier& i : e.identifiers) {
    j["ids"].push_back({{"type", i.type},
                        {"number", i.number},
                        {"country", i.country},
                        {"issue_date", i.issue_date},
                        {"expiration_date", i.expiration_date}});
  }
  j["programs"] = e.programs;
  j["fr_citations"] = e.fr_citations;
  j["start_date"] = e.start_date;
  j["end_date"] = e.end_date;
  j["license_requirement"] = e.license_requirement;
  j["license_policy"] = e.license_policy;
  j["remarks"] = e.remarks;
  j["source_url"] = e.source_url;
  j["content_hash"] = model::content_hash(e);
  return j;
}

}  // namespace

bool is_stale(const std::string& data_date, const util::Date& today, long max_age) {
  long age = data_age_days(data_date, today);
  return age < 0 || age > max_age;
}

long data_age_days(const std::string& data_date, const util::Date& today) {
  auto d = util::parse_iso_date(data_date);
  return d ? util::days_between(*d, today) : -1;
}

void print_status_table(std::ostream& out, const StatusView& view) {
  out << "database " << view.database << "\n";
  if (view.lists.empty()) {
    out << "no lists loaded; import files with 'exportcheck db import FILE...'\n";
    return;
  }
  out << std::left << std::setw(20) << "LIST" << std::right << std::setw(8) << "ENTRIES"
      << "  " << std::left << std::setw(12) << "DATA DATE" << std::right << std::setw(7) << "AGE"
      << "  "
      << "DATASET\n";
  for (const store::ListStatus& s : view.lists) {
    long age = data_age_days(s.data_date, view.today);
    bool stale = is_stale(s.dataset.data_date, view.today, view.max_age_days);
    std::string age_text =
        (age < 0 ? std::string("?") : std::to_string(age) + "d") + (stale ? "!" : " ");
    out << std::left << std::setw(20) << s.list_code << std::right << std::setw(8) << s.entries
        << "  " << std::left << std::setw(12) << (s.data_date.empty() ? "unknown" : s.data_date)
        << std::right << std::setw(7) << age_text << "  #" << s.dataset.id << " "
        << s.dataset.file_name << "\n";
  }
  out << "\n"
      << std::left << std::setw(5) << "ID" << std::setw(20) << "SOURCE" << std::setw(14) << "FORMAT"
      << std::right << std::setw(7) << "ROWS"
      << "  " << std::left << std::setw(12) << "DATA DATE" << std::setw(19) << "DATE FROM"
      << std::setw(14) << "SHA-256"
      << "FILE\n";
  for (const model::DatasetInfo& d : view.datasets) {
    out << std::left << std::setw(5) << ("#" + std::to_string(d.id)) << std::setw(20)
        << (d.source_key.size() >= 20 ? d.source_key + " " : d.source_key) << std::setw(14)
        << d.format << std::right << std::setw(7) << d.rows << "  " << std::left << std::setw(12)
        << d.data_date << std::setw(19) << d.data_date_basis << std::setw(14)
        << short_hash(d.sha256) << d.file_name
        << (d.superseded_by ? " (superseded by #" + std::to_string(d.superseded_by) + ")" : "")
        << "\n";
  }
  out << "\nAGE is days since the list's data date; '!' marks a list whose dataset's data date "
         "is more than "
      << view.max_age_days << " days old (--max-data-age): screening does not clear on it.\n"
      << "DATE FROM says where a data date comes from: the latest listing date in the file, "
         "--data-date (given), or the day of the import (import date) when the file has none.\n";
  bool downloaded = std::any_of(view.datasets.begin(), view.datasets.end(), [](const auto& d) {
    return d.data_date_basis == "last-modified" || d.data_date_basis == "fetch date";
  });
  if (downloaded) {
    out << "From 'db update': the publisher's Last-Modified (last-modified), else the day of "
           "the download (fetch date).\n";
  }
}

void print_status_json(std::ostream& out, const StatusView& view) {
  ordered_json j;
  j["database"] = view.database;
  j["schema_version"] = store::k_schema_version;
  j["today"] = view.today.iso();
  j["max_age_days"] = view.max_age_days;
  ordered_json lists = ordered_json::array();
  for (const store::ListStatus& s : view.lists) {
    long age = data_age_days(s.data_date, view.today);
    lists.push_back({{"list", s.list_code},
                     {"source", s.source_name},
                     {"entries", s.entries},
                     {"data_date", s.data_date},
                     {"age_days", age},
                     {"stale", is_stale(s.dataset.data_date, view.today, view.max_age_days)},
                     {"dataset_id", s.dataset.id},
                     {"file", s.dataset.file_name},
                     {"sha256", s.dataset.sha256}});
  }
  j["lists"] = lists;
  ordered_json datasets = ordered_json::array();
  for (const model::DatasetInfo& d : view.datasets) {
    datasets.push_back(dataset_json(d, view.today, view.max_age_days));
  }
  j["datasets"] = datasets;
  out << j.dump(2) << "\n";
}

void print_import_outcomes(std::ostream& out, const std::vector<store::ImportOutcome>& outcomes) {
  for (const store::ImportOutcome& o : outcomes) {
    const model::DatasetInfo& d = o.dataset;
    switch (o.action) {
      case store::ImportAction::unchanged:
        out << "unchanged " << d.file_name << ": same content as dataset #" << d.id << " (sha256 "
            << short_hash(d.sha256) << ")\n";
        continue;
      case store::ImportAction::added:
        out << "imported ";
        break;
      case store::ImportAction::replaced:
        out << "replaced dataset #" << o.replaced_id << " with ";
        break;
      case store::ImportAction::reread:
        out << "re-read dataset #" << o.replaced_id << " (names read by an older exportcheck): ";
        break;
    }
    bool ownership = d.format == "ownership_csv" || d.format == "gleif_rr" ||
                     d.format == "gleif_lei" || d.format == "ftm_json";
    const char* unit = !ownership                ? " entries"
                       : d.format == "gleif_lei" ? " entities"
                                                 : " ownership statements";
    out << d.file_name << " as dataset #" << d.id << " (" << d.format << ", " << d.rows << unit
        << ", data date " << d.data_date << " by " << d.data_date_basis << ", sha256 "
        << short_hash(d.sha256) << ")\n";
  }
}

void print_entries_table(std::ostream& out, const std::vector<model::ListEntry>& entries) {
  auto line = [&out](const char* label, const std::string& value) {
    if (!value.empty()) {
      out << "  " << std::left << std::setw(14) << label << value << "\n";
    }
  };
  for (const model::ListEntry& e : entries) {
    out << e.name << "\n";
    line("list", e.list_code + " (" + e.source_name + ")");
    line("key", e.entry_key);
    line("as listed", e.raw_name);
    for (const model::EntryLink& l : e.links) {
      line("link", model::link_text(l));
    }
    for (const model::Alias& a : e.aliases) {
      line("alias", a.name + (a.raw.empty() ? "" : "  (read from '" + a.raw + "')"));
    }
    for (const model::Address& a : e.addresses) {
      line("address", a.text + (a.country.empty() ? "" : (a.text.empty() ? "" : ", ") + a.country));
    }
    for (const model::Identifier& i : e.identifiers) {
      line("id", i.type + ": " + i.number + (i.country.empty() ? "" : " (" + i.country + ")"));
    }
    std::string programs, citations;
    for (const std::string& p : e.programs) {
      programs += (programs.empty() ? "" : "; ") + p;
    }
    for (const std::string& c : e.fr_citations) {
      citations += (citations.empty() ? "" : "; ") + c;
    }
    line("programs", programs);
    line("citations", citations);
    line("start date", e.start_date);
    line("end date", e.end_date);
    line("licence", e.license_requirement);
    line("policy", e.license_policy);
    line("remarks", e.remarks);
    out << "\n";
  }
  out << entries.size() << (entries.size() == 1 ? " entry" : " entries") << "\n";
}

void print_entries_json(std::ostream& out, const std::vector<model::ListEntry>& entries) {
  ordered_json j = ordered_json::array();
  for (const model::ListEntry& e : entries) {
    j.push_back(entry_json(e));
  }
  out << ordered_json{{"entries", j}}.dump(2) << "\n";
}

void print_diff_table(std::ostream& out, const DiffView& view) {
  const model::EntryDiff& d = view.diff;
  out << "old: " << view.old_label << "\nnew: " << view.new_label << "\n";
  out << "added " << d.added.size() << ", removed " << d.removed.size() << ", changed "
      << d.changed.size() << ", unchanged " << d.unchanged << "\n";
  for (const model::ListEntry& e : d.added) {
    out << "+ " << std::left << std::setw(16) << e.list_code << e.name << "  [" << e.entry_key
        << "]\n";
  }
  for (const model::ListEntry& e : d.removed) {
    out << "- " << std::left << std::setw(16) << e.list_code << e.name << "  [" << e.entry_key
        << "]\n";
  }
  for (const model::ChangedEntry& c : d.changed) {
    out << "~ " << std::left << std::setw(16) << c.after.list_code << c.after.name << "  ["
        << c.after.entry_key << "] changed:";
    for (const std::string& f : c.fields) {
      out << " " << f;
    }
    out << "\n";
  }
}

void print_diff_json(std::ostream& out, const DiffView& view) {
  const model::EntryDiff& d = view.diff;
  ordered_json j;
  j["old"] = view.old_label;
  j["new"] = view.new_label;
  j["summary"] = {{"added", d.added.size()},
                  {"removed", d.removed.size()},
                  {"changed", d.changed.size()},
                  {"unchanged", d.unchanged}};
  j["added"] = ordered_json::array();
  for (const model::ListEntry& e : d.added) {
    j["added"].push_back(entry_ref(e));
  }
  j["removed"] = ordered_json::array();
  for (const model::ListEntry& e : d.removed) {
    j["removed"].push_back(entry_ref(e));
  }
  j["changed"] = ordered_json::array();
  for (const model::ChangedEntry& c : d.changed) {
    ordered_json ref = entry_ref(c.after);
    ref["fields"] = c.fields;
    ref["old_content_hash"] = model::content_hash(c.before);
    ref["new_content_hash"] = model::content_hash(c.after);
    j["changed"].push_back(ref);
  }
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
