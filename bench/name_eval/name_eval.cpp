// The independent name-matching evaluation (docs/benchmarks.md, "Name
// matching quality"). Usage:
//   name_eval [--half tune|test] [--sets lono,acr,neg] [--no-read] [--misses FILE]
//             [--threads N] [--set SCORE_OPTION=VALUE] CORPUS=FILE[,FILE...] ...
// e.g. csl=consolidated.csv ofac=dir/sdn.csv,dir/cons_prim.csv. For each
// corpus it runs leave-one-name-out, acronym/brand queries and negatives on
// one half of the entries (split by a hash of list and key) and prints
// recall at the review and match thresholds overall, by kind, list and
// script, and the false-alarm rate of the negatives.
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <stdexcept>

#include "eval_cases.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace {

using ecc::bench::Labelled;
using ecc::match::Decision;

// Review thresholds of the sweep; the report's headline is the default 0.80.
constexpr double k_sweep[] = {0.70, 0.725, 0.75, 0.775, 0.80, 0.825, 0.85};
double g_threshold = 0.80;  // the headline review threshold
bool g_sweep = false;

struct Tally {
  size_t n = 0, review = 0, match = 0;
  size_t party = 0;  // review, or the same party's other entry flagged at the threshold
  void add(Decision d, double score, bool other_entry) {
    ++n;
    const bool hit = d != Decision::clear && score >= g_threshold;
    review += hit ? 1 : 0;
    party += hit || other_entry ? 1 : 0;
    match += d == Decision::match ? 1 : 0;
  }
};

// True when the case flagged, at the headline threshold, another entry of the
// same party as its own (eval_corpus.hpp, same_party): a bench correction.
bool other_entry_of_party(const ecc::bench::Corpus& c, const Labelled& l) {
  for (size_t k = 0; k < l.c.flagged.size(); ++k) {
    const size_t e = l.c.flagged[k].first;
    if (e != l.c.entry && l.c.flagged_scores[k] >= g_threshold &&
        ecc::bench::same_party(c.entries[l.c.entry], c.entries[e])) {
      return true;
    }
  }
  return false;
}

std::string rate(size_t k, size_t n) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(4)
    << (n ? static_cast<double>(k) / static_cast<double>(n) : 0.0);
  return s.str();
}

void print_recall(const std::string& title, const std::map<std::string, Tally>& rows) {
  std::cout << "  " << title << "\n";
  for (const auto& [key, t] : rows) {
    std::cout << "    " << std::left << std::setw(22) << key << std::right << std::setw(7) << t.n
              << "  recall@review " << rate(t.review, t.n) << "  recall@match "
              << rate(t.match, t.n) << "  same party counted " << rate(t.party, t.n) << "\n";
  }
}

void report_positives(const ecc::bench::Corpus& c, const std::string& title,
                      const std::vector<Labelled>& cases, std::ostream* misses) {
  std::map<std::string, Tally> all, by_kind, by_list, by_script;
  for (const Labelled& l : cases) {
    const bool other = other_entry_of_party(c, l);
    all["all"].add(l.c.decision, l.c.score, other);
    by_kind[l.kind].add(l.c.decision, l.c.score, other);
    by_list[l.list].add(l.c.decision, l.c.score, other);
    by_script[l.script].add(l.c.decision, l.c.score, other);
    if (misses && (l.c.decision == Decision::clear || l.c.score < g_threshold)) {
      *misses << title << "\t" << l.kind << "\t" << l.list << "\t" << l.c.query << "\t"
              << (other ? "[same party met] " : "") << l.c.why << "\n";
    }
  }
  std::cout << title << "\n";
  if (g_sweep) {
    std::cout << "  sweep (review threshold: recall of all / same name)";
    for (const double t : k_sweep) {
      size_t n = 0, hit = 0, sn = 0, shit = 0;
      for (const Labelled& l : cases) {
        const bool flagged = l.c.decision != Decision::clear && l.c.score >= t;
        ++n, hit += flagged ? 1 : 0;
        if (l.kind == "same name") {
          ++sn, shit += flagged ? 1 : 0;
        }
      }
      std::cout << "  " << std::fixed << std::setprecision(3) << t << ": " << rate(hit, n) << " / "
                << rate(shit, sn);
    }
    std::cout << "\n";
  }
  print_recall("overall", all);
  print_recall("by kind", by_kind);
  print_recall("by list", by_list);
  print_recall("by script", by_script);
}

void report_negatives(const ecc::bench::Corpus& c, const std::vector<Labelled>& cases,
                      std::ostream* misses) {
  std::map<std::string, std::pair<size_t, size_t>> by_kind;  // queries, false alarms
  size_t n = 0, fa = 0;
  if (g_sweep) {
    std::cout << c.name << " negatives sweep (review threshold: false-alarm rate)";
    for (const double t : k_sweep) {
      size_t bad = 0;
      for (const Labelled& l : cases) {
        bad += ecc::bench::false_alarm(c, l, t) ? 1 : 0;
      }
      std::cout << "  " << std::fixed << std::setprecision(3) << t << ": "
                << rate(bad, cases.size());
    }
    std::cout << "\n";
  }
  for (const Labelled& l : cases) {
    const bool bad = ecc::bench::false_alarm(c, l, g_threshold);
    ++by_kind[l.kind].first, ++n;
    if (bad) {
      ++by_kind[l.kind].second, ++fa;
      if (misses) {
        std::string hits;
        for (size_t k = 0; k < l.c.flagged.size(); ++k) {
          const size_t e = l.c.flagged[k].first;
          if (e == l.c.entry || l.c.flagged_scores[k] < g_threshold) {
            continue;
          }
          hits += " | " + l.c.flagged_why[k];
          if (hits.size() > 600) {
            break;
          }
        }
        *misses << c.name << " negatives\t" << l.kind << "\t" << l.list << "\t" << l.c.query << "\t"
                << hits << "\n";
      }
    }
  }
  std::cout << c.name << " negatives: " << n << " queries, false alarms " << fa << " = rate "
            << rate(fa, n) << "\n";
  for (const auto& [kind, v] : by_kind) {
    std::cout << "    " << std::left << std::setw(22) << kind << std::right << std::setw(7)
              << v.first << "  false alarms " << std::setw(5) << v.second << "  rate "
              << rate(v.second, v.first) << "\n";
  }
}

// --set NAME=VALUE: one scorer option, for trying a value without a rebuild.
void set_score_option(ecc::match::ScoreOptions& o, const std::string& arg) {
  const size_t eq = arg.find('=');
  const std::string key = arg.substr(0, eq);
  const double v = eq == std::string::npos ? 0.0 : std::stod(arg.substr(eq + 1));
  const std::map<std::string, double*> fields = {
      {"containment_score", &o.containment_score},
      {"contained_coverage", &o.contained_coverage},
      {"contained_list_coverage", &o.contained_list_coverage},
      {"contained_rare_share", &o.contained_rare_share},
      {"contains_coverage", &o.contains_coverage},
      {"contains_generic_coverage", &o.contains_generic_coverage},
      {"contains_person_coverage", &o.contains_person_coverage},
      {"number_penalty", &o.number_penalty}};
  const auto it = fields.find(key);
  if (it == fields.end() || eq == std::string::npos) {
    throw std::runtime_error("unknown --set " + arg);
  }
  *it->second = v;
  std::cout << "set " << key << " = " << v << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  try {
    int half = 0;
    std::string sets = "lono,acr,neg";
    ecc::bench::RunOptions opt;
    std::unique_ptr<std::ofstream> misses;
    std::vector<std::pair<std::string, std::vector<std::string>>> corpora;
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      if (a == "--half" && i + 1 < argc) {
        const std::string h = argv[++i];
        half = h == "test" ? 1 : 0;
      } else if (a == "--sets" && i + 1 < argc) {
        sets = argv[++i];
      } else if (a == "--sweep") {
        opt.review_threshold = 0.70;  // then recall and false alarms at 0.70 .. 0.85 from one run
        g_sweep = true;
      } else if (a == "--set" && i + 1 < argc) {
        set_score_option(opt.score, argv[++i]);
      } else if (a == "--no-read") {
        opt.read_names = false;
      } else if (a == "--threads" && i + 1 < argc) {
        opt.threads = static_cast<unsigned>(std::stoul(argv[++i]));
      } else if (a == "--misses" && i + 1 < argc) {
        misses = std::make_unique<std::ofstream>(argv[++i]);
      } else if (const size_t eq = a.find('='); eq != std::string::npos) {
        corpora.push_back({a.substr(0, eq), ecc::util::split(a.substr(eq + 1), ",")});
      } else {
        std::cerr << "usage: name_eval [--half tune|test] [--sets lono,acr,neg] [--no-read] "
                     "[--misses FILE] [--threads N] [--set OPTION=VALUE] NAME=FILE[,FILE...]...\n";
        return 2;
      }
    }
    std::cout << "half: " << (half ? "test" : "tune") << (opt.read_names ? "" : " (names not read)")
              << "\n";
    for (const auto& [name, files] : corpora) {
      const auto t0 = std::chrono::steady_clock::now();
      const ecc::bench::Corpus c = ecc::bench::load_corpus(name, files);
      const ecc::bench::WordFrequency df(c.entries);
      const auto wanted = [&](const char* set) { return sets.find(set) != std::string::npos; };
      std::vector<Labelled> lono, acr, neg;
      if (wanted("lono")) {
        lono = ecc::bench::leave_one_name_out(c, half);
      }
      if (wanted("acr")) {
        acr = ecc::bench::acronym_brand_queries(c, df, half);
      }
      if (wanted("neg")) {
        neg = ecc::bench::negatives(c, df, half);
      }
      for (auto* set : {&lono, &acr, &neg}) {
        std::vector<ecc::bench::EvalCase> cases;
        for (const Labelled& l : *set) {
          cases.push_back(l.c);
        }
        ecc::bench::run_cases(c, cases, opt);
        for (size_t k = 0; k < cases.size(); ++k) {
          (*set)[k].c = std::move(cases[k]);
        }
      }
      std::cout << "corpus " << name << ": " << c.entries.size() << " entries\n";
      if (!lono.empty()) {
        report_positives(c, name + " leave-one-name-out", lono, misses.get());
      }
      if (!acr.empty()) {
        report_positives(c, name + " acronym/brand", acr, misses.get());
      }
      if (!neg.empty()) {
        report_negatives(c, neg, misses.get());
      }
      std::cout << "  (" << std::fixed << std::setprecision(1)
                << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()
                << " s)\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "name_eval: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
