// Measures what `audit --changed-since` can miss (docs/ci.md, docs/benchmarks.md):
//   delta_check OLD.csv NEW.csv CUSTOMERS.csv [THREADS]
// For every customer, the exact answer is the full matcher's results over the
// NEW lists that fall on entries added or changed since OLD and are not
// clear. The audit's prefilter (a matcher over the changed entries alone)
// sees different token weights; this prints, for the customers with an exact
// hit, the prefilter's best score on a changed entry (its min_score lowered to
// 0.01 here), and for several prefilter minimums how many customers would be
// re-scored and how many exact hits would be missed, and the same for the
// audit's own prefilter (screen::ChangedPrefilter, which also selects words
// the full matcher may split). Deterministic.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "import/customer_reader.hpp"
#include "import/list_import.hpp"
#include "match/matcher.hpp"
#include "model/entry_diff.hpp"
#include "screen/changed_since.hpp"

namespace {

using ecc::match::Decision;

struct Row {
  double prefilter_best = 0.0;  // best prefilter score on a changed entry, 0 when none
  Decision exact = Decision::clear;
  bool selected = false;  // by the audit's prefilter
  std::string why;        // the exact hit: entry, score, method, matched alias
};

std::vector<char> flags(const std::vector<ecc::model::ListEntry>& active,
                        const std::vector<ecc::model::ListEntry>& changed) {
  std::vector<char> out(active.size(), 0);
  for (size_t i = 0; i < active.size(); ++i) {
    for (const auto& c : changed) {
      if (c.list_code == active[i].list_code && c.entry_key == active[i].entry_key &&
          c == active[i]) {
        out[i] = 1;
        break;
      }
    }
  }
  return out;
}

void run(const std::vector<ecc::model::Customer>& customers, size_t from, size_t step,
         const ecc::match::Matcher& full, const ecc::match::Matcher& pre,
         const ecc::screen::ChangedPrefilter& audit_pre, const std::vector<char>& is_changed,
         std::vector<Row>& rows) {
  for (size_t i = from; i < customers.size(); i += step) {
    const ecc::match::Query q{customers[i].name, customers[i].country, customers[i].ids};
    for (const auto& r : pre.match(q).results)
      rows[i].prefilter_best = std::max(rows[i].prefilter_best, r.score);
    rows[i].selected = audit_pre.selects(q);
    for (const auto& r : full.match(q).results) {
      if (is_changed[r.entry_index] && r.decision > rows[i].exact) {
        rows[i].exact = r.decision;
        rows[i].why = "'" + r.entry_name + "' via '" + r.matched_alias + "' (" +
                      std::to_string(r.score) + ", " + r.aliases.front().score.method + ")";
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: delta_check OLD.csv NEW.csv CUSTOMERS.csv [THREADS]\n";
    return 2;
  }
  const unsigned threads = argc > 4 ? static_cast<unsigned>(std::stoul(argv[4])) : 2;
  const auto before = ecc::import::read_list_file(argv[1], {});
  const auto after = ecc::import::read_list_file(argv[2], {});
  const auto diff = ecc::model::diff_entries(before.entries, after.entries);
  std::vector<ecc::model::ListEntry> changed = diff.added;
  for (const auto& c : diff.changed)
    changed.push_back(c.after);
  std::printf("diff: %zu added, %zu changed, %zu removed\n", diff.added.size(), diff.changed.size(),
              diff.removed.size());
  ecc::match::MatchOptions full_opt;
  full_opt.max_results = 1000000;
  ecc::match::MatchOptions pre_opt;
  pre_opt.min_score = 0.01;
  const ecc::match::Matcher full(after.entries, full_opt);
  const ecc::match::Matcher pre(changed, pre_opt);
  const ecc::screen::ChangedPrefilter audit_pre(changed, full);
  const std::vector<char> is_changed = flags(after.entries, changed);
  std::ifstream in(argv[3], std::ios::binary);
  ecc::import::CustomerReader reader(in, argv[3], {});
  std::vector<ecc::model::Customer> customers;
  for (ecc::model::Customer c; reader.next(c);)
    customers.push_back(c);
  std::vector<Row> rows(customers.size());
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(run, std::cref(customers), t, threads, std::cref(full), std::cref(pre),
                      std::cref(audit_pre), std::cref(is_changed), std::ref(rows));
  for (auto& t : pool)
    t.join();
  std::vector<double> best;
  for (const Row& r : rows) {
    if (r.exact != Decision::clear)
      best.push_back(r.prefilter_best);
  }
  std::sort(best.begin(), best.end());
  std::printf("customers: %zu; with an exact review/match hit on a changed entry: %zu\n",
              customers.size(), best.size());
  if (!best.empty())
    std::printf("their best prefilter score: min %.3f, 1%% %.3f, median %.3f\n", best.front(),
                best[best.size() / 100], best[best.size() / 2]);
  size_t shown = 0;
  for (size_t i = 0; i < rows.size() && shown < 20; ++i) {
    if (rows[i].exact != Decision::clear && rows[i].prefilter_best < 0.40) {
      std::printf("  below 0.40: '%s' (%s): prefilter %.3f; full: %s\n", customers[i].name.c_str(),
                  customers[i].country.c_str(), rows[i].prefilter_best, rows[i].why.c_str());
      ++shown;
    }
  }
  for (const double p : {0.20, 0.30, 0.40, 0.50, 0.60, 0.70}) {
    size_t flagged = 0, missed = 0;
    for (const Row& r : rows) {
      flagged += r.prefilter_best >= p;
      missed += r.exact != Decision::clear && r.prefilter_best < p;
    }
    std::printf("prefilter min_score %.2f: %zu customers re-scored, %zu exact hits missed\n", p,
                flagged, missed);
  }
  size_t selected = 0, missed = 0;
  for (const Row& r : rows) {
    selected += r.selected;
    missed += r.exact != Decision::clear && !r.selected;
  }
  std::printf(
      "audit prefilter (min_score %.2f, and words the full matcher may split): %zu "
      "customers re-scored, %zu exact hits missed\n",
      ecc::match::MatchOptions{}.review_threshold - ecc::screen::k_prefilter_margin, selected,
      missed);
  return missed == 0 ? 0 : 1;
}
