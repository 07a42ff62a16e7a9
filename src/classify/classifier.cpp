// The classification pipeline for one product on one date: pick the rule
// versions in force, measure the chip, decide the 3A090.a/.b paragraph, add
// 3A090.c for stand-alone HBM, lift to 4A090 for boards and servers and to
// ".z" for items with another base ECCN, then NAC, the 2026 China review test
// and the overlays. Every threshold comes from the RuleSet (rules/*.json).
#include "classify/classifier.hpp"

#include <algorithm>

#include "classify/overlays.hpp"
#include "classify/paragraphs.hpp"
#include "classify/quantities.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::classify {

namespace {

using model::Classification;
using model::ProductSpec;
using model::RuleScope;
using model::RuleVersion;

const std::string k_not_3a090 = "not 3A090";

void add_missing(Classification& c, const std::vector<model::Parameter>& missing) {
  for (model::Parameter p : missing) {
    std::string name = missing_figure(p);
    if (std::find(c.missing.begin(), c.missing.end(), name) == c.missing.end()) {
      c.missing.push_back(name);
    }
  }
}

void apply(Classification& c, const Decision& d) {
  c.eccn = d.eccn;
  c.paragraph = d.paragraph;
  c.also_meets = d.also_meets;
  c.candidates = d.candidates;
  c.arithmetic = d.arithmetic;
  add_missing(c, d.missing);
}

// 3A090.c for HBM stacks, combined with the 3A090.a/.b decision already in `c`.
void apply_hbm(Classification& c, const RuleVersion& rule, const Quantities& q) {
  Decision d = decide(rule, q, "not 3A090.c");
  c.rules_applied.push_back(&rule);
  if (c.eccn.rfind("3A090.", 0) == 0) {
    if (d.eccn == "3A090.c") {
      c.also_meets.push_back(d.paragraph);
    }
    return;
  }
  if (d.eccn == "3A090.c" || (d.eccn == "undecided" && c.eccn == k_not_3a090)) {
    apply(c, d);
    if (d.eccn == "undecided") {
      c.candidates.push_back(k_not_3a090);
    }
    return;
  }
  c.notes.push_back("HBM: " + d.arithmetic);
}

// NAC/ACA eligibility of a 3A090 chip: one of the rule's NAC lines for its ECCN holds.
std::optional<bool> nac_eligible(const RuleVersion& rule, const std::string& chip_eccn,
                                 const Quantities& q, Classification& c) {
  if (chip_eccn == "undecided") {
    return std::nullopt;
  }
  bool unknown = false;
  for (const model::RuleTest& t : rule.nac) {
    if (t.eccn != chip_eccn) {
      continue;
    }
    Evaluation e = evaluate(t.when, q);
    if (e.truth == Truth::yes) {
      return true;
    }
    if (e.truth == Truth::unknown) {
      unknown = true;
      add_missing(c, e.missing);
    }
  }
  return unknown ? std::nullopt : std::optional<bool>(false);
}

model::ReviewPolicyResult china_review(const RuleVersion& rule, const Quantities& q,
                                       Classification& c) {
  model::ReviewPolicyResult r;
  r.rule = &rule;
  std::string cite = " (" + citation_of(rule) + ")";
  if (!rule.case_by_case) {
    return r;
  }
  Evaluation e = evaluate(rule.case_by_case->when, q);
  std::vector<TestText> tests = e.holds;
  tests.insert(tests.end(), e.fails.begin(), e.fails.end());
  std::string shown = render_tests(tests, q);
  if (e.truth == Truth::unknown) {
    add_missing(c, e.missing);
    std::vector<std::string> names;
    for (model::Parameter p : e.missing) {
      names.push_back(missing_figure(p));
    }
    r.arithmetic = (shown.empty() ? "" : shown + "; ") + "missing " + util::join(names, ", ") +
                   " → undecided" + cite;
    return r;
  }
  r.eligible = e.truth == Truth::yes;
  r.arithmetic =
      shown + (*r.eligible ? " → " + rule.case_by_case->name : " → presumption of denial") + cite;
  return r;
}

const ProductSpec& contained_chip(const ProductSpec& product,
                                  const std::vector<ProductSpec>& catalog) {
  for (const ProductSpec& p : catalog) {
    if (p.id == product.contains->product_id) {
      if (p.kind != model::ProductKind::chip) {
        throw DataError(product.id + ": contains " + util::quote(p.id) + ", which is not a chip");
      }
      return p;
    }
  }
  throw DataError(product.id + ": contains unknown product " +
                  util::quote(product.contains->product_id));
}

// A board or server: 4A090.a/.b by the 3A090 paragraph of the chips it carries.
void lift_to_assembly(Classification& c, const RuleVersion& rule, const ProductSpec& chip,
                      int count) {
  if (c.tpp) {
    c.board_tpp = *c.tpp * count;
  }
  c.notes.push_back("TPP and PD are those of each contained " + model::display_name(chip) +
                    "; the aggregated TPP over the " + std::to_string(count) +
                    " chips is shown as board_tpp (per-board vs per-chip reading unverified, "
                    "regulations.md §3 note 2)");
  std::string prefix = std::to_string(count) + " × " + model::display_name(chip) + ": ";
  auto it = rule.assembly_eccns.find(c.eccn);
  if (it != rule.assembly_eccns.end()) {
    c.arithmetic = prefix + c.arithmetic + "; contains " + c.eccn + " ICs → " + it->second;
    c.eccn = it->second;
  } else if (c.eccn.rfind("not ", 0) == 0) {
    c.arithmetic = prefix + c.arithmetic + " → not 4A090";
    c.eccn = "not 4A090";
  } else {
    c.arithmetic = prefix + c.arithmetic;
  }
}

// ".z": an item otherwise classified under e.g. 5A992 that meets or contains 3A090 parameters.
void apply_base_eccn(Classification& c, const RuleVersion* rule, const std::string& base) {
  if (base.empty() || c.eccn == "undecided") {
    return;
  }
  if (!is_controlled(c.eccn)) {
    c.notes.push_back("does not meet or contain 3A090 parameters: keeps its base ECCN " + base);
    c.eccn = base;
    return;
  }
  if (rule != nullptr &&
      std::find(rule->z_eccns.begin(), rule->z_eccns.end(), base) != rule->z_eccns.end()) {
    c.notes.push_back("base ECCN " + base + " with " + c.eccn + " parameters → " + base + ".z");
    c.eccn = base + ".z";
    return;
  }
  c.notes.push_back("base ECCN " + base + " has no .z paragraph under this rule version");
}

// The 3A090.a/.b decision for the chip's quantities under the version in force.
Classification classify_chip(const ProductSpec& product, const Quantities& q,
                             const model::RuleSet& rules, util::Date as_of) {
  Classification c;
  c.product = &product;
  c.as_of = as_of;
  if (q.tpp) {
    c.tpp = to_double(*q.tpp);
  }
  if (q.performance_density) {
    c.performance_density = to_double(*q.performance_density);
  }
  c.rule = version_in_force(rules, RuleScope::parameters, as_of);
  if (c.rule != nullptr) {
    c.rules_applied.push_back(c.rule);
    apply(c, decide(*c.rule, q, k_not_3a090));
    return c;
  }
  c.eccn = k_not_3a090;
  c.arithmetic = "no 3A090 rule version in force on " + as_of.iso() + " → " + k_not_3a090;
  c.notes.push_back("ECCN 3A090 did not exist on " + as_of.iso() +
                    " (the earliest rule version in rules/ starts later)");
  return c;
}

// NAC/ACA eligibility of the chip ECCN in `c`: unknown when undecided, false when not controlled.
std::optional<bool> nac_of(Classification& c, const Quantities& q) {
  if (c.rule == nullptr) {
    return false;
  }
  if (c.eccn == "undecided") {
    return std::nullopt;
  }
  std::string chip_eccn = c.eccn;
  return is_controlled(chip_eccn) ? nac_eligible(*c.rule, chip_eccn, q, c)
                                  : std::optional<bool>(false);
}

}  // namespace

bool is_controlled(const std::string& eccn) {
  return eccn.rfind("3A090", 0) == 0 || eccn.rfind("4A090", 0) == 0 ||
         (eccn.size() > 2 && eccn.compare(eccn.size() - 2, 2, ".z") == 0);
}

const RuleVersion* version_in_force(const model::RuleSet& rules, RuleScope scope, util::Date date) {
  const RuleVersion* best = nullptr;
  for (const RuleVersion& v : rules.versions) {
    bool in_force = v.scope == scope && v.effective_from <= date &&
                    (!v.effective_to || date <= *v.effective_to);
    if (in_force && (best == nullptr || best->effective_from < v.effective_from)) {
      best = &v;
    }
  }
  return best;
}

Classification classify(const ProductSpec& product, const std::vector<ProductSpec>& catalog,
                        const model::RuleSet& rules, util::Date as_of) {
  const ProductSpec& chip = product.contains ? contained_chip(product, catalog) : product;
  Quantities q = measure(chip);
  Classification c = classify_chip(product, q, rules, as_of);
  if (const RuleVersion* hbm = version_in_force(rules, RuleScope::hbm, as_of); hbm && chip.hbm) {
    apply_hbm(c, *hbm, q);
  }
  c.nac_eligible = nac_of(c, q);
  if (product.contains && c.rule != nullptr) {
    lift_to_assembly(c, *c.rule, chip, product.contains->count);
  }
  apply_base_eccn(c, c.rule, product.base_eccn);
  if (const RuleVersion* review = version_in_force(rules, RuleScope::china_review, as_of)) {
    c.rules_applied.push_back(review);
    c.china_review = china_review(*review, q, c);
  }
  c.overlays = match_overlays(product, chip, q, is_controlled(c.eccn), rules, as_of, c.notes);
  return c;
}

}  // namespace ecc::classify
