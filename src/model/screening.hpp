#pragma once
// The rules engine's vocabulary: verdict levels, rules as data (a condition in
// a small predicate language plus the outcome it sets), country groups, and
// the findings a screening produces. docs/rules.md describes the language.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/country_groups.hpp"
#include "util/date.hpp"

namespace ecc::model {

// The facts a rule may test, with their types; the loader rejects others.
enum class FactType { text, number, boolean, list };
struct FactInfo {
  std::string_view name;
  FactType type;
  std::string_view description;
};
const std::vector<FactInfo>& screening_facts();
const FactInfo* find_fact(std::string_view name);

// Ordered: a worse verdict compares greater.
enum class Verdict { clear, review, notify, license_required, prohibited };
std::string_view to_string(Verdict v);
std::optional<Verdict> parse_verdict(std::string_view s);

// A condition. Leaves test one fact; all/any/not combine. Evaluation is
// three-valued: a test on an unknown fact is unknown, and a rule whose
// condition is unknown yields a `review` finding, never silence.
struct Predicate {
  enum class Kind { all, any, not_, test };
  enum class Op {
    eq,
    ne,
    in,
    not_in,
    in_group,
    not_in_group,
    contains,
    not_contains,
    lt,
    le,
    gt,
    ge,
    known
  };
  Kind kind = Kind::test;
  std::vector<Predicate> children;  // all / any / not (one child)
  std::string fact;                 // e.g. "item.eccn", "order.destination", "party.lists"
  Op op = Op::eq;
  std::vector<std::string> values;  // strings to compare with (one for eq/contains/groups...)
  double number = 0;                // for lt/le/gt/ge
  bool boolean = false;             // for eq on a boolean fact
  bool compares_boolean = false;
};

// Where a rule is evaluated: once per order line, once per party, per
// (party, line) pair, or once per run (facts about the data only: `match` and
// `audit` evaluate these too; a screening once per order, touching every line).
enum class ScreeningScope { line, party, party_line, run };

struct DateWindow {
  util::Date from;
  std::optional<util::Date> to;  // last day, inclusive
  std::string citation;
  std::string note;
};

struct ScreeningRule {
  std::string id;
  std::string title;
  std::vector<std::string> citations;  // "88 FR 73458", "15 CFR 744.23(a)(3)"
  util::Date effective_from;
  std::optional<util::Date> effective_to;  // last day in force
  std::vector<DateWindow> suspended;       // stays: the rule does not apply inside these
  // "windows": the file (under rules/) whose dated windows give the dates
  // above (the Affiliates Rule); `assumed` are its windows whose state is an
  // assumption, in force as the compliance team's setting says.
  std::string windows_file;
  std::vector<DateWindow> assumed;
  std::vector<std::string> confidence;
  ScreeningScope scope = ScreeningScope::line;
  Predicate when;
  Verdict verdict = Verdict::review;
  std::string policy;  // licence review policy or exception, e.g. "presumption of denial"
  std::string
      explanation;  // one plain sentence; {destination}, {item}, {party}, {list} ... filled in
  std::string source_file;
};

struct RuleBook {
  std::vector<ScreeningRule> rules;
  CountryGroups country_groups;
  std::string version;  // a digest of every rule file read, for reports and audit trails
};

// Something a result rests on that the fact base could not confirm, set by
// the compliance team (the Affiliates Rule after its stay): `id` is what the
// data.assumptions fact holds, `text` says what was assumed and by whom.
struct Assumption {
  std::string id;  // "affiliates-rule-after-stay"
  std::string text;
};

// One finding of a screening: a rule that fired (or could not be decided).
struct Finding {
  const ScreeningRule* rule = nullptr;
  Verdict verdict = Verdict::clear;
  std::string policy;
  std::string explanation;
  int line = -1;                      // order line index, -1 when the finding concerns every line
  int party = -1;                     // order party index, -1 when none
  bool undecided = false;             // the condition was unknown: verdict is review
  std::vector<std::string> evidence;  // list match, TPP arithmetic, ownership path ...
};

}  // namespace ecc::model
