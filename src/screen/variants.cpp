// Variants with the same verdict. classify/variants.cpp already requires the
// variants of a name to classify alike; here each variant's classification is
// put on the line in turn and the rules evaluated again, and the findings on
// that line (rule, verdict, policy) must be the same for all. Any difference
// makes the line unknown, so the order is refused (cmd_screen: exit 3) with
// each variant's verdict, never answered for a guessed variant.
#include "classify/variants.hpp"

#include <algorithm>
#include <tuple>

#include "screen/screen_internal.hpp"
#include "util/strings.hpp"

namespace ecc::screen {

namespace {

using Outcome = std::vector<std::tuple<std::string, model::Verdict, std::string>>;

Outcome line_outcome(const ScreenResult& r, size_t line) {
  Outcome out;
  for (const model::Finding& f : r.findings) {
    if (f.line == static_cast<int>(line)) {
      out.emplace_back(f.rule->id, f.verdict, f.policy);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string outcome_text(const Outcome& o) {
  model::Verdict worst = model::Verdict::clear;
  std::vector<std::string> rules;
  for (const auto& [rule, verdict, policy] : o) {
    worst = std::max(worst, verdict);
    rules.push_back(rule);
  }
  return std::string(model::to_string(worst)) +
         (rules.empty() ? "" : " (" + util::join(rules, ", ") + ")");
}

// The outcome on `line` of every variant of it, in order.
std::vector<Outcome> variant_outcomes(const ScreenInputs& in, const ScreenResult& result,
                                      size_t line) {
  std::vector<Outcome> out{line_outcome(result, line)};
  const LineResult& l = result.lines[line];
  for (size_t v = 1; v < l.variants.size(); ++v) {
    ScreenResult alt = result;
    alt.findings.clear();
    alt.lines[line].classification = l.variants[v];
    evaluate_rules(in, alt);
    out.push_back(line_outcome(alt, line));
  }
  return out;
}

}  // namespace

void check_variant_verdicts(const ScreenInputs& in, ScreenResult& result) {
  bool changed = false;
  for (size_t line = 0; line < result.lines.size(); ++line) {
    LineResult& l = result.lines[line];
    if (l.variants.size() < 2) {
      continue;
    }
    std::vector<Outcome> outcomes = variant_outcomes(in, result, line);
    if (std::all_of(outcomes.begin(), outcomes.end(),
                    [&](const Outcome& o) { return o == outcomes.front(); })) {
      continue;
    }
    std::vector<std::string> parts;
    for (size_t v = 0; v < l.variants.size(); ++v) {
      parts.push_back(util::quote(model::display_name(*l.variants[v].product)) + " (" +
                      l.variants[v].product->id + "): " + outcome_text(outcomes[v]));
    }
    l.unknown_reason = "ambiguous product " + util::quote(l.query) +
                       ": its variants get different verdicts on " + result.as_of.iso() + ": " +
                       util::join(parts, "; ") + "; give a fuller name or an id";
    l.known = false;
    l.classification.reset();
    l.variants.clear();
    l.variants_note.clear();
    changed = true;
  }
  if (changed) {
    result.findings.clear();
    evaluate_rules(in, result);
  }
}

}  // namespace ecc::screen
