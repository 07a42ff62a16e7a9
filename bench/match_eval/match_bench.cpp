// Matching benchmarks against a CSL snapshot:
//   match_bench eval CSL.csv EVAL.tsv...      precision/recall/F1 at the default thresholds
//   match_bench index CSL.csv [N] [SEED] [JOBS]  candidate-index recall vs brute force on N names
//   match_bench throughput CSL.csv [N] [JOBS] names/s, index build time and memory
// ECC_REVIEW_THRESHOLD=X overrides the review threshold (for calibration sweeps).
// A query counts as flagged when its decision is review or match; a positive
// is a true positive when its expected entry is among the flagged results.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <thread>

#include "import/list_import.hpp"
#include "match/matcher.hpp"
#include "perturb.hpp"
#include "util/strings.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using ecc::match::Decision;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Resident memory in MiB from /proc/self/status ("VmRSS" or "VmHWM").
double proc_mib(const std::string& field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(field + ":", 0) == 0)
      return std::stod(line.substr(field.size() + 1)) / 1024.0;
  }
  return 0.0;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0, tn = 0;
  void print(const std::string& title) const {
    const double p = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 1.0;
    const double r = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 1.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    std::cout << std::fixed << std::setprecision(4) << title << ": precision " << p << " recall "
              << r << " F1 " << f << "  (tp " << tp << ", fp " << fp << ", fn " << fn << ", tn "
              << tn << ")\n";
  }
};

struct EvalRow {
  std::string label, kind, query, country, key, name;
};

std::vector<EvalRow> read_eval(const std::string& path) {
  std::ifstream in(path);
  std::vector<EvalRow> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    auto f = ecc::util::split(line, "\t", true);
    f.resize(6);
    rows.push_back({f[0], f[1], f[2], f[3], f[4], f[5]});
  }
  return rows;
}

// Positives name their entry by "list_code:entry_key", or (hand-written rows) by primary name.
bool flagged_key(const ecc::match::MatchResponse& r, const EvalRow& row, Decision at_least) {
  for (const auto& m : r.results) {
    if (m.decision < at_least)
      continue;
    if (!row.key.empty()
            ? m.list_code + ":" + m.entry_key == row.key
            : ecc::util::to_lower_ascii(m.entry_name) == ecc::util::to_lower_ascii(row.name)) {
      return true;
    }
  }
  return false;
}

void tally(Counts& c, const EvalRow& row, const ecc::match::MatchResponse& r, Decision at_least) {
  const bool any = r.decision() >= at_least;
  if (row.label == "pos") {
    flagged_key(r, row, at_least) ? ++c.tp : ++c.fn;
    if (any && !flagged_key(r, row, at_least))
      ++c.fp;
  } else {
    any ? ++c.fp : ++c.tn;
  }
}

void print_error(const EvalRow& row, const ecc::match::MatchResponse& r) {
  std::cout << "  " << row.label << " " << row.kind << " | " << row.query << " | want " << row.name
            << " | got ";
  if (r.results.empty())
    std::cout << "-";
  for (size_t i = 0; i < r.results.size() && i < 2; ++i) {
    std::cout << r.results[i].matched_alias << " " << r.results[i].score << " "
              << to_string(r.results[i].decision) << "; ";
  }
  std::cout << "\n";
}

int run_eval(const ecc::match::Matcher& m, const std::vector<std::string>& files, bool verbose) {
  Counts flagged, matched;
  std::map<std::string, Counts> by_kind;
  for (const auto& file : files) {
    for (const auto& row : read_eval(file)) {
      const auto r = m.match({row.query, row.country, {}});
      tally(flagged, row, r, Decision::review);
      tally(matched, row, r, Decision::match);
      Counts& k = by_kind[row.label + "/" + row.kind];
      const size_t before = k.fn + k.fp;
      tally(k, row, r, Decision::review);
      if (verbose && k.fn + k.fp != before)
        print_error(row, r);
    }
  }
  std::cout << "thresholds: review " << m.options().review_threshold << ", match "
            << m.options().match_threshold << "\n";
  flagged.print("flagged (review or match)");
  matched.print("match band only         ");
  for (const auto& [kind, c] : by_kind)
    c.print("  " + kind);
  return 0;
}

// N customer-like names: list names and aliases, perturbed, plus invented names.
std::vector<std::string> sample_names(const std::vector<ecc::model::ListEntry>& entries, size_t n,
                                      uint64_t seed) {
  ecc::bench::Rng rng(seed);
  std::vector<std::string> out;
  while (out.size() < n) {
    const auto& e = entries[rng() % entries.size()];
    std::string name =
        e.aliases.empty() || rng() % 2 ? e.name : e.aliases[rng() % e.aliases.size()].name;
    std::string p;
    switch (rng() % 6) {
      case 0:
        p = ecc::bench::typo(name, rng);
        break;
      case 1:
        p = ecc::bench::reorder(name);
        break;
      case 2:
        p = ecc::bench::join_words(name);
        break;
      case 3:
        p = ecc::bench::invented_company(rng);
        break;
      case 4:
        p = ecc::bench::swap_legal_form(name, rng);
        break;
      default:
        p = name;
    }
    out.push_back(p.empty() ? name : p);
  }
  return out;
}

// Brute force and index for every name, on `jobs` threads; the report is in name order.
int run_index(const ecc::match::Matcher& m, const std::vector<ecc::model::ListEntry>& entries,
              size_t n, uint64_t seed, unsigned jobs) {
  const auto names = sample_names(entries, n, seed);
  const double th = m.options().review_threshold;
  std::vector<std::vector<std::string>> missed(names.size());
  std::vector<size_t> pairs(names.size(), 0);
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back([&, t] {
      for (size_t k = t; k < names.size(); k += jobs) {
        const auto b = m.match({names[k], "", {}}, ecc::match::Search::brute_force);
        const auto x = m.match({names[k], "", {}}, ecc::match::Search::index);
        for (const auto& br : b.results) {
          if (br.score < th)
            continue;
          ++pairs[k];
          bool hit = false;
          for (const auto& xr : x.results)
            hit = hit || xr.entry_index == br.entry_index;
          if (!hit)
            missed[k].push_back(br.matched_alias + " " + std::to_string(br.score));
        }
      }
    });
  }
  for (auto& th_ : threads)
    th_.join();
  size_t brute_pairs = 0, found = 0, queries_missed = 0;
  for (size_t k = 0; k < names.size(); ++k) {
    brute_pairs += pairs[k];
    found += pairs[k] - missed[k].size();
    queries_missed += !missed[k].empty();
    for (const auto& miss : missed[k])
      std::cout << "  missed: " << names[k] << " -> " << miss << "\n";
  }
  std::cout << "index recall vs brute force at " << th << ": " << found << "/" << brute_pairs
            << " = " << std::setprecision(5)
            << (brute_pairs ? static_cast<double>(found) / static_cast<double>(brute_pairs) : 1.0)
            << " (" << n << " names, " << queries_missed << " with a miss)\n";
  return 0;
}

int run_throughput(const ecc::match::Matcher& m, const std::vector<ecc::model::ListEntry>& entries,
                   size_t n, unsigned jobs) {
  const auto names = sample_names(entries, n, 7);
  std::vector<size_t> flagged(jobs, 0);
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < names.size(); i += jobs) {
        flagged[t] += m.match({names[i], "", {}}).decision() != Decision::clear;
      }
    });
  }
  for (auto& th : threads)
    th.join();
  const double s = seconds_since(start);
  size_t total = 0;
  for (const size_t f : flagged)
    total += f;
  std::cout << std::fixed << std::setprecision(1) << "matched " << n << " names with " << jobs
            << " threads in " << s << " s: " << static_cast<double>(n) / s << " names/s (" << total
            << " flagged); peak RSS " << proc_mib("VmHWM") << " MiB\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: match_bench eval|index|throughput CSL.csv [ARGS...]\n";
    return 2;
  }
  const std::string mode = argv[1];
  const double rss0 = proc_mib("VmRSS");
  auto data = ecc::import::read_list_file(argv[2], {});
  const double rss1 = proc_mib("VmRSS");
  const auto t0 = Clock::now();
  ecc::match::MatchOptions opt;
  if (const char* review = std::getenv("ECC_REVIEW_THRESHOLD"))
    opt.review_threshold = std::stod(review);
  const ecc::match::Matcher m(data.entries, opt);
  std::cout << std::fixed << std::setprecision(2) << "entries " << data.entries.size()
            << ", names and aliases indexed " << m.index().alias_count() << ", vocabulary "
            << m.index().vocabulary_size() << "; index build " << seconds_since(t0) << " s; index ~"
            << static_cast<double>(m.index().memory_bytes()) / 1048576.0 << " MiB; RSS lists "
            << rss1 - rss0 << " MiB, +matcher " << proc_mib("VmRSS") - rss1 << " MiB\n";
  std::vector<std::string> rest(argv + 3, argv + argc);
  if (mode == "eval") {
    const bool verbose = !rest.empty() && rest.front() == "-v";
    if (verbose)
      rest.erase(rest.begin());
    return run_eval(m, rest, verbose);
  }
  if (mode == "index") {
    return run_index(m, data.entries, rest.size() > 0 ? std::stoul(rest[0]) : 10000,
                     rest.size() > 1 ? std::stoull(rest[1]) : 42,
                     rest.size() > 2 ? static_cast<unsigned>(std::stoul(rest[2])) : 2);
  }
  if (mode == "throughput") {
    return run_throughput(m, data.entries, rest.size() > 0 ? std::stoul(rest[0]) : 20000,
                          rest.size() > 1 ? static_cast<unsigned>(std::stoul(rest[1])) : 2);
  }
  std::cerr << "unknown mode " << mode << "\n";
  return 2;
}
