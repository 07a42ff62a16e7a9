// The CI-gate steps of `audit`: small pieces of I/O around pure functions
// (model::diff_entries, screen/changed_since, report/audit_record). Each
// fails closed: a damaged, stale or empty database and a broken audit log
// stop the run with exit 3 before anything is reported.
#include "cli/audit_ci.hpp"

#include <algorithm>

#include "cli/context.hpp"
#include "model/entry_diff.hpp"
#include "screen/changed_since.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

bool looks_like_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return false;
  }
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

bool looks_like_id(const std::string& s) {
  std::string digits = util::starts_with(s, "#") ? s.substr(1) : s;
  return !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
}

bool is_ownership_format(const std::string& format) {
  return format == "ownership_csv" || format == "gleif_rr" || format == "gleif_lei" ||
         format == "ftm_json";
}

// Adds the diff between `before` and `after` to `delta`.
void add_diff(AuditDelta& delta, const std::vector<model::ListEntry>& before,
              const std::vector<model::ListEntry>& after) {
  model::EntryDiff diff = model::diff_entries(before, after);
  delta.added += diff.added.size();
  delta.changed_count += diff.changed.size();
  delta.removed += diff.removed.size();
  for (model::ListEntry& e : screen::new_or_changed(diff)) {
    delta.changed.push_back(std::move(e));
  }
}

std::string counts(size_t added, size_t changed, size_t removed) {
  return std::to_string(added) + " added, " + std::to_string(changed) + " changed, " +
         std::to_string(removed) + " removed";
}

// DATASET: that import against the active import of its source.
void dataset_delta(Context& ctx, const store::Store& db, const std::string& text,
                   AuditDelta& delta) {
  model::DatasetInfo old = db.dataset(parse_dataset_id(text));
  model::DatasetInfo now = active_successor(db, old);
  add_diff(delta, db.dataset_entries(old.id), db.dataset_entries(now.id));
  ctx.warn("--changed-since #" + std::to_string(old.id) + " (" + old.file_name + ") -> #" +
           std::to_string(now.id) + " (" + now.file_name +
           "): " + counts(delta.added, delta.changed_count, delta.removed));
}

// The dataset of `source` that was active at the end of `date`: the latest
// imported on or before it; nullptr when the source was first imported later.
const model::DatasetInfo* active_on(const std::vector<model::DatasetInfo>& all,
                                    const std::string& source, const std::string& date) {
  const model::DatasetInfo* best = nullptr;
  for (const model::DatasetInfo& d : all) {
    if (d.source_key != source || d.imported_at.substr(0, 10) > date) {
      continue;
    }
    if (!best || d.imported_at > best->imported_at ||
        (d.imported_at == best->imported_at && d.id > best->id)) {
      best = &d;
    }
  }
  return best;
}

// DATE: per active dataset, the import that was active then against it.
void date_delta(Context& ctx, const store::Store& db, const std::string& date, AuditDelta& delta) {
  const std::vector<model::DatasetInfo> all = db.datasets(true);
  for (const model::DatasetInfo& now : db.datasets(false)) {
    if (is_ownership_format(now.format)) {
      continue;  // ownership files hold no list entries
    }
    const model::DatasetInfo* old = active_on(all, now.source_key, date);
    AuditDelta part;
    std::string from = old ? "#" + std::to_string(old->id) : "nothing (first imported later)";
    if (!old || old->id != now.id) {
      add_diff(part, old ? db.dataset_entries(old->id) : std::vector<model::ListEntry>{},
               db.dataset_entries(now.id));
    }
    ctx.warn("--changed-since " + date + ": " + now.source_key + ": " + from + " -> #" +
             std::to_string(now.id) + " (" + now.file_name +
             "): " + counts(part.added, part.changed_count, part.removed));
    delta.added += part.added;
    delta.changed_count += part.changed_count;
    delta.removed += part.removed;
    std::move(part.changed.begin(), part.changed.end(), std::back_inserter(delta.changed));
  }
}

}  // namespace

AuditLists load_audit_lists(Context& ctx, const store::Store& db, const ScreenCiOptions& opts) {
  AuditLists lists;
  lists.datasets = db.datasets(false);
  // An audit reads every entry: SQLite's full integrity check always runs
  // (its ~35 ms matter for one screened order, not for a customer file).
  ScreenCiOptions checked = opts;
  checked.check_db = true;
  check_lists(ctx, db, lists.datasets, checked);
  if (lists.datasets.empty()) {
    throw DataError("database '" + db.path() +
                    "' has no lists; import them with 'exportcheck db import' " +
                    "(an audit without lists would clear everyone)");
  }
  lists.entries = db.active_entries();
  if (lists.entries.empty()) {
    throw DataError("database '" + db.path() +
                    "' has lists but no entries; import the official lists " +
                    "(an audit without them would clear everyone)");
  }
  return lists;
}

std::optional<AuditDelta> audit_delta(Context& ctx, const store::Store& db,
                                      const std::vector<model::ListEntry>& active,
                                      const std::string& changed_since) {
  if (changed_since.empty()) {
    return std::nullopt;
  }
  AuditDelta delta;
  delta.since = changed_since;
  if (looks_like_date(changed_since)) {
    if (!util::parse_iso_date(changed_since)) {
      throw UsageError("--changed-since: invalid date " + util::quote(changed_since) +
                       " (expected YYYY-MM-DD)");
    }
    date_delta(ctx, db, changed_since, delta);
  } else if (looks_like_id(changed_since)) {
    delta.since = "#" + std::to_string(parse_dataset_id(changed_since));
    dataset_delta(ctx, db, changed_since, delta);
  } else {
    throw UsageError(
        "--changed-since expects a dataset id such as 3 or #3 ('db status --all' lists them) "
        "or a date YYYY-MM-DD, got " +
        util::quote(changed_since));
  }
  delta.is_changed = screen::changed_flags(active, delta.changed);
  return delta;
}

void ResultsDigest::add(const report::CustomerResult& r) {
  const model::Customer& c = r.customer;
  if (c.error.empty() && r.findings.empty()) {
    return;
  }
  std::string line = std::to_string(c.row) + "|" + c.id + "|" + report::decision_label(r) + "|" +
                     report::effective_label(r);
  for (const screen::AuditFinding& f : r.findings) {
    line += "|" + f.rule->id + ":" + f.hit.list_code + ":" + f.hit.entry_key + ":" +
            std::string(match::to_string(f.hit.decision)) + ":" +
            (f.suppressed ? f.suppressed->source : "");
  }
  m_sha.update(line + "\n");
}

void append_audit_run_record(Context& ctx, const std::string& log_file,
                             const std::string& input_file, const std::string& input_sha256,
                             report::AuditRunRecord record, int exit_code) {
  report::AuditInputs in{{input_file}, {input_sha256}, ctx.now_iso(), exit_code};
  append_log_record(log_file, report::audit_run_record_json(record, in));
}

}  // namespace ecc::cli
