#include "report/rules_report.hpp"

#include <algorithm>
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
  return s == model::ScreeningScope::line         ? "line"
         : s == model::ScreeningScope::party      ? "party"
         : s == model::ScreeningScope::party_line ? "party_line"
                                                  : "run";
}

// "yes", "no", or "assumed" when the date is in a window whose state is a
// setting (the Affiliates Rule after its stay), with the state the setting gives.
std::string in_force_text(const model::ScreeningRule& r, util::Date as_of) {
  bool in = screen::in_force(r, as_of);
  for (const model::DateWindow& w : r.assumed) {
    if (w.from <= as_of && (!w.to || as_of <= *w.to)) {
      return in ? "assumed yes" : "assumed no";
    }
  }
  return in ? "yes" : "no";
}

std::string member_dates(const model::GroupMember& m) {
  return (m.from ? m.from->iso() : std::string()) + ".." + (m.to ? m.to->iso() : std::string());
}

// Where a dated membership stands on `as_of`: in force, ended or not yet.
std::string member_state(const model::GroupMember& m, util::Date as_of) {
  if (model::holds_on(m, as_of)) {
    return "in force";
  }
  return m.to && *m.to < as_of ? "ended" : "not yet";
}

bool dated(const model::GroupMember& m) {
  return m.from || m.to || !m.citation.empty();
}

// The groups' members on `as_of`, each dated membership fact with its state,
// citation and confidence, and what a derived group is made of.
void print_groups_on(std::ostream& out, const model::CountryGroups& cg, util::Date as_of) {
  out << "country groups on " << as_of.iso() << " (rules/country_groups.json):\n";
  for (const auto& [name, g] : cg.groups) {
    out << "  " << std::left << std::setw(22) << name << util::join(cg.members_on(name, as_of), " ")
        << "\n";
    if (!g.include.empty()) {
      out << "      = " << util::join(g.include, " + ") << (g.members.empty() ? "" : " + members")
          << (g.exclude.empty() ? "" : " - " + util::join(g.exclude, " - ")) << "\n";
    }
    for (const model::GroupMember& m : g.members) {
      if (dated(m)) {
        out << "      " << m.country << " " << member_dates(m) << " " << member_state(m, as_of)
            << (m.citation.empty() ? "" : ": " + m.citation)
            << (m.confidence.empty() ? "" : "; " + m.confidence) << "\n";
      }
    }
  }
}

ordered_json groups_json(const model::CountryGroups& cg, util::Date as_of) {
  ordered_json out = ordered_json::object();
  for (const auto& [name, g] : cg.groups) {
    ordered_json facts = ordered_json::array();
    for (const model::GroupMember& m : g.members) {
      if (dated(m)) {
        facts.push_back({{"country", m.country},
                         {"from", m.from ? ordered_json(m.from->iso()) : ordered_json(nullptr)},
                         {"to", m.to ? ordered_json(m.to->iso()) : ordered_json(nullptr)},
                         {"state", member_state(m, as_of)},
                         {"citation", m.citation},
                         {"confidence", m.confidence}});
      }
    }
    out[name] = {{"members", cg.members_on(name, as_of)},
                 {"include", g.include},
                 {"exclude", g.exclude},
                 {"dated_members", facts}};
  }
  return out;
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
      out << std::setw(15) << in_force_text(r, *as_of);
    }
    out << util::join(r.citations, "; ") << "\n";
  }
  out << book.rules.size() << " rules; rules version " << book.version << "; "
      << book.country_groups.groups.size() << " country groups"
      << (as_of ? "" : " ('rules list --as-of DATE' shows their members on a date)") << "\n";
  if (as_of) {
    print_groups_on(out, book.country_groups, *as_of);
  }
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
  if (as_of) {
    j["country_groups"] = groups_json(book.country_groups, *as_of);
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
  for (const model::DateWindow& w : r.assumed) {
    bool stayed = std::any_of(r.suspended.begin(), r.suspended.end(),
                              [&](const model::DateWindow& s) { return s.from == w.from; });
    out << "  assumed      " << w.from.iso() << ".." << (w.to ? w.to->iso() : "") << " "
        << (stayed ? "stayed" : "active") << ": an assumption, not a fact (" << w.note << ")\n";
  }
  if (!r.windows_file.empty()) {
    out << "  windows      rules/" << r.windows_file << "\n";
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
