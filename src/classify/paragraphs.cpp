// Paragraph selection for one rule version. Three-valued: every test is yes,
// no or unknown (a figure is missing). A decision is only made when no unknown
// test could change it; otherwise the result lists what remains possible and
// which figures would settle it.
#include "classify/paragraphs.hpp"

#include <algorithm>

#include "classify/quantities.hpp"
#include "util/strings.hpp"

namespace ecc::classify {

namespace {

struct Scan {
  const model::RuleTest* first_yes = nullptr;
  std::vector<TestText> first_yes_tests;
  std::vector<std::string> also_meets;
  std::vector<std::string> unknown_before;  // unknown paragraphs before the first yes
  std::vector<std::string> failures;        // "a.1 (TPP < 4800)"
  std::vector<TestText> failed_tests;
  std::vector<model::Parameter> missing;
};

void add_missing(std::vector<model::Parameter>& to, const std::vector<model::Parameter>& from) {
  for (model::Parameter p : from) {
    if (std::find(to.begin(), to.end(), p) == to.end()) {
      to.push_back(p);
    }
  }
}

Scan scan_paragraphs(const model::RuleVersion& rule, const Quantities& q) {
  Scan s;
  for (const model::RuleTest& p : rule.paragraphs) {
    Evaluation e = evaluate(p.when, q);
    if (e.truth == Truth::yes) {
      if (s.first_yes == nullptr) {
        s.first_yes = &p;
        s.first_yes_tests = e.holds;
      } else {
        s.also_meets.push_back(p.name);
      }
    } else if (e.truth == Truth::unknown) {
      if (s.first_yes == nullptr) {
        s.unknown_before.push_back(p.name);
      }
      add_missing(s.missing, e.missing);
    } else {
      const TestText& f = e.fails.front();
      s.failures.push_back(p.name + " (" + label(f.parameter) + " " + f.relation + ")");
      s.failed_tests.push_back(f);
    }
  }
  return s;
}

// "TPP = ... = 2,368; PD = ... = 2.91" for the parameters of the failed tests.
std::string failed_values(const std::vector<TestText>& tests, const Quantities& q) {
  std::vector<std::string> parts;
  std::vector<model::Parameter> shown;
  if (q.tpp) {  // TPP first: every paragraph starts from it
    parts.push_back(value_text(model::Parameter::tpp, q));
    shown.push_back(model::Parameter::tpp);
  }
  for (const TestText& t : tests) {
    if (std::find(shown.begin(), shown.end(), t.parameter) != shown.end()) {
      continue;
    }
    shown.push_back(t.parameter);
    std::string text = value_text(t.parameter, q);
    parts.push_back(text.empty() ? t.relation : text);
  }
  return util::join(parts, "; ");
}

std::string missing_text(const std::vector<model::Parameter>& missing) {
  std::vector<std::string> names;
  for (model::Parameter p : missing) {
    names.push_back(missing_figure(p));
  }
  return util::join(names, ", ");
}

Decision decided(const std::string& eccn, const std::string& paragraph,
                 const std::vector<std::string>& also_meets, const std::string& arithmetic) {
  Decision d;
  d.eccn = eccn;
  d.paragraph = paragraph;
  d.also_meets = also_meets;
  d.arithmetic = arithmetic;
  return d;
}

Decision undecided(std::vector<std::string> candidates, std::vector<model::Parameter> missing,
                   const std::string& citation) {
  Decision d;
  d.eccn = "undecided";
  d.candidates = std::move(candidates);
  d.missing = std::move(missing);
  d.arithmetic = "cannot decide between " + util::join(d.candidates, ", ") + ": missing " +
                 missing_text(d.missing) + " (" + citation + ")";
  return d;
}

}  // namespace

std::string citation_of(const model::RuleVersion& rule) {
  return rule.citations.empty() ? rule.id : rule.citations.front();
}

Decision decide(const model::RuleVersion& rule, const Quantities& q, const std::string& negative) {
  std::string citation = citation_of(rule);
  std::vector<model::Parameter> exclusion_missing;
  std::vector<std::string> pending_exclusions;
  for (const model::RuleTest& x : rule.exclusions) {
    Evaluation e = evaluate(x.when, q);
    if (e.truth == Truth::yes) {
      return decided(
          negative, "", {},
          render_tests(e.holds, q) + " → " + x.name + ": " + negative + " (" + citation + ")");
    }
    if (e.truth == Truth::unknown) {
      pending_exclusions.push_back(negative + " by " + x.name);
      add_missing(exclusion_missing, e.missing);
    }
  }
  Scan s = scan_paragraphs(rule, q);
  if (!s.unknown_before.empty()) {
    std::vector<std::string> candidates = s.unknown_before;
    candidates.push_back(s.first_yes != nullptr ? s.first_yes->name : negative);
    add_missing(s.missing, exclusion_missing);
    return undecided(candidates, s.missing, citation);
  }
  if (s.first_yes == nullptr) {
    return decided(negative, "", {},
                   failed_values(s.failed_tests, q) + "; fails " + util::join(s.failures, ", ") +
                       " → " + negative + " (" + citation + ")");
  }
  if (!pending_exclusions.empty()) {
    pending_exclusions.insert(pending_exclusions.begin(), s.first_yes->name);
    return undecided(pending_exclusions, exclusion_missing, citation);
  }
  return decided(
      s.first_yes->eccn, s.first_yes->name, s.also_meets,
      render_tests(s.first_yes_tests, q) + " → " + s.first_yes->name + " (" + citation + ")");
}

}  // namespace ecc::classify
