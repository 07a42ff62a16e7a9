#include "report/rules_report.hpp"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "screen/screen.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

const char* op_name(model::Predicate::Op op) {
  using Op = model::Predicate::Op;
  switch (op) {
    case Op::eq:
      return "eq";
    case Op::ne:
      return "ne";
    case Op::in:
      return "in";
    case Op::not_in:
      return "not_in";
    case Op::in_group:
      return "in_group";
    case Op::not_in_group:
      return "not_in_group";
    case Op::contains:
      return "contains";
    case Op::not_contains:
      return "not_contains";
    case Op::lt:
      return "lt";
    case Op::le:
      return "le";
    case Op::gt:
      return "gt";
    case Op::ge:
      return "ge";
    case Op::known:
      return "known";
  }
  return "?";
}

std::string dates(const model::ScreeningRule& r) {
  return r.effective_from.iso() + ".." + (r.effective_to ? r.effective_to->iso() : std::string());
}

std::string scope_name(model::ScreeningScope s) {
  return s == model::ScreeningScope::line    ? "line"
         : s == model::ScreeningScope::party ? "party"
                                             : "party_line";
}

}  // namespace

std::string predicate_text(const model::Predicate& p) {
  using Kind = model::Predicate::Kind;
  if (p.kind != Kind::test) {
    std::string out = p.kind == Kind::all ? "all(" : p.kind == Kind::any ? "any(" : "not(";
    for (size_t i = 0; i < p.children.size(); ++i) {
      out += (i ? ", " : "") + predicate_text(p.children[i]);
    }
    return out + ")";
  }
  std::string value;
  if (p.op == model::Predicate::Op::known || p.compares_boolean) {
    value = p.boolean ? "true" : "false";
  } else if (p.op >= model::Predicate::Op::lt && p.op <= model::Predicate::Op::ge) {
    std::ostringstream s;
    s << p.number;
    value = s.str();
  } else {
    value = p.values.size() == 1 ? p.values[0] : "[" + util::join(p.values, ", ") + "]";
  }
  return p.fact + " " + op_name(p.op) + " " + value;
}

void print_rules_table(std::ostream& out, const model::RuleBook& book,
                       std::optional<util::Date> as_of) {
  out << std::left << std::setw(34) << "RULE" << std::setw(18) << "VERDICT" << std::setw(24)
      << "IN FORCE" << (as_of ? "ON " + as_of->iso() + "  " : "") << "CITATIONS\n";
  for (const model::ScreeningRule& r : book.rules) {
    out << std::left << std::setw(34) << r.id << std::setw(18) << model::to_string(r.verdict)
        << std::setw(24) << dates(r);
    if (as_of) {
      out << std::setw(15) << (screen::in_force(r, *as_of) ? "yes" : "no");
    }
    out << util::join(r.citations, "; ") << "\n";
  }
  out << book.rules.size() << " rules; rules version " << book.version << "; country groups as of "
      << book.country_groups.as_of << "\n";
}

namespace {

// The fields `rules list --format json` gives for each rule.
ordered_json rule_summary_json(const model::ScreeningRule& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"citations", r.citations},
          {"effective_from", r.effective_from.iso()},
          {"effective_to",
           r.effective_to ? ordered_json(r.effective_to->iso()) : ordered_json(nullptr)},
          {"scope", scope_name(r.scope)},
          {"verdict", model::to_string(r.verdict)},
          {"policy", r.policy},
          {"when", predicate_text(r.when)}};
}

// The rule's file from its rules/ folder on ("rules/screening/x.json").
std::string rule_file(const model::ScreeningRule& r) {
  size_t at = r.source_file.rfind("rules/");
  return r.source_file.substr(at == std::string::npos ? 0 : at);
}

}  // namespace

void print_rules_json(std::ostream& out, const model::RuleBook& book,
                      std::optional<util::Date> as_of) {
  ordered_json j;
  j["rules_version"] = book.version;
  j["as_of"] = as_of ? ordered_json(as_of->iso()) : ordered_json(nullptr);
  j["rules"] = ordered_json::array();
  for (const model::ScreeningRule& r : book.rules) {
    ordered_json o = rule_summary_json(r);
    if (as_of) {
      o["in_force"] = screen::in_force(r, *as_of);
    }
    j["rules"].push_back(o);
  }
  out << j.dump(2) << "\n";
}

void print_rule(std::ostream& out, const model::ScreeningRule& r) {
  out << r.id << ": " << r.title << "\n";
  out << "  citations    " << util::join(r.citations, "; ") << "\n";
  out << "  in force     " << dates(r) << "\n";
  for (const model::DateWindow& w : r.suspended) {
    out << "  suspended    " << w.from.iso() << ".." << (w.to ? w.to->iso() : "") << " "
        << w.citation << "\n";
  }
  out << "  scope        " << scope_name(r.scope) << "\n";
  out << "  when         " << predicate_text(r.when) << "\n";
  out << "  verdict      " << model::to_string(r.verdict) << "\n";
  if (!r.policy.empty()) {
    out << "  policy       " << r.policy << "\n";
  }
  out << "  explanation  " << r.explanation << "\n";
  for (const std::string& c : r.confidence) {
    out << "  confidence   " << c << "\n";
  }
  out << "  file         " << rule_file(r) << "\n";
}

void print_rule_json(std::ostream& out, const model::ScreeningRule& r) {
  ordered_json j = rule_summary_json(r);
  j["suspended"] = ordered_json::array();
  for (const model::DateWindow& w : r.suspended) {
    j["suspended"].push_back({{"from", w.from.iso()},
                              {"to", w.to ? ordered_json(w.to->iso()) : ordered_json(nullptr)},
                              {"citation", w.citation}});
  }
  j["explanation"] = r.explanation;
  j["confidence"] = r.confidence;
  j["file"] = rule_file(r);
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
