// Batched execution of evaluation cases (see eval_run.hpp). Building an index
// per left-out name would take hours; a batch leaves out at most one name per
// entry, so the few hundred names a batch removes barely move the weights of
// the rest, and a case's decision depends only on its own entry's names.
#include "eval_run.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include "import/list_names.hpp"
#include "util/strings.hpp"

namespace ecc::bench {

namespace {

void drop_name(model::ListEntry& e, size_t no) {
  if (no == 0) {
    e.name = e.aliases.front().name;
    e.aliases.erase(e.aliases.begin());
  } else {
    e.aliases.erase(e.aliases.begin() + static_cast<std::ptrdiff_t>(no - 1));
  }
}

void strip_text(model::ListEntry& e, size_t no, const std::string& text) {
  std::string& name = no == 0 ? e.name : e.aliases[no - 1].name;
  if (const size_t at = name.find(text); at != std::string::npos) {
    name = util::collapse_spaces(name.substr(0, at) + " " + name.substr(at + text.size()));
  }
}

std::string explanation(const match::MatchResult& r) {
  std::string s = r.list_code + " '" + r.entry_name + "' via '" + r.matched_alias + "' " +
                  std::to_string(r.score).substr(0, 5) + " " +
                  std::string(match::to_string(r.decision)) + " [" + r.aliases.front().score.method;
  for (const auto& m : r.aliases.front().score.matched) {
    s += "; " + m.query_token + "~" + m.alias_token + " " + m.method;
  }
  for (const auto& w : r.aliases.front().score.unmatched_query) {
    s += "; -q " + w;
  }
  for (const auto& w : r.aliases.front().score.unmatched_alias) {
    s += "; -a " + w;
  }
  for (const auto& n : r.notes) {
    s += "; " + n;
  }
  return s + "]";
}

void run_one(const match::Matcher& m, EvalCase& c, bool read) {
  const match::MatchResponse resp = m.match({query_text(c.query, read), "", {}});
  for (const match::MatchResult& r : resp.results) {
    if (r.decision != match::Decision::clear) {
      c.flagged.emplace_back(r.entry_index, r.decision);
      c.flagged_scores.push_back(r.score);
      c.flagged_why.push_back(explanation(r));
    }
    if (r.entry_index == c.entry && c.why.empty()) {
      c.decision = r.decision;
      c.score = r.score;
      c.why = explanation(r);
    }
  }
  if (c.why.empty()) {
    c.why = resp.results.empty() ? "no result" : "best: " + explanation(resp.results.front());
    if (!resp.notes.empty()) {
      c.why += " (" + util::join(resp.notes, "; ") + ")";
    }
  }
}

}  // namespace

std::string query_text(const std::string& raw, bool read_names) {
  if (!read_names) {
    return raw;
  }
  model::ListEntry q;
  q.name = raw;
  import::read_names(q);
  return q.name;
}

void run_cases(const Corpus& corpus, std::vector<EvalCase>& cases, const RunOptions& opt) {
  std::map<size_t, std::vector<size_t>> batches;
  for (size_t i = 0; i < cases.size(); ++i) {
    batches[cases[i].batch].push_back(i);
  }
  match::MatchOptions mo;
  mo.max_results = 100000;
  mo.review_threshold = opt.review_threshold;
  mo.score = opt.score;
  for (const auto& [batch, members] : batches) {
    std::vector<model::ListEntry> entries = corpus.entries;
    for (const size_t i : members) {
      const EvalCase& c = cases[i];
      if (c.edit == Edit::drop_name) {
        drop_name(entries[c.entry], c.name_no);
      } else if (c.edit == Edit::strip_text) {
        strip_text(entries[c.entry], c.name_no, c.text);
      }
    }
    if (opt.read_names) {
      for (model::ListEntry& e : entries) {
        import::read_names(e);
      }
    }
    const match::Matcher matcher(entries, mo);
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1U, opt.threads); ++t) {
      workers.emplace_back([&] {
        for (size_t k = next++; k < members.size(); k = next++) {
          run_one(matcher, cases[members[k]], opt.read_names);
        }
      });
    }
    for (std::thread& w : workers) {
      w.join();
    }
  }
}

}  // namespace ecc::bench
