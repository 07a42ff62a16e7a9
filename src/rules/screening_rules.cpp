// Screening rules as data. A rule's "when" is a predicate tree:
//   {"all": [P...]} | {"any": [P...]} | {"not": P} |
//   {"fact": NAME, OP: VALUE}   with OP one of eq ne in not_in in_group
//   not_in_group contains not_contains lt le gt ge known.
// Facts and their types come from model::screening_facts(); a misspelt fact,
// operator or group is a load error, never a silently false condition.
#include "rules/screening_rules.hpp"

#include <algorithm>
#include <filesystem>

#include "rules/json_fields.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::rules {

namespace fs = std::filesystem;
using model::Predicate;
using nlohmann::json;

namespace {

struct OpName {
  Predicate::Op op;
  const char* name;
};
constexpr OpName k_ops[] = {
    {Predicate::Op::eq, "eq"},
    {Predicate::Op::ne, "ne"},
    {Predicate::Op::in, "in"},
    {Predicate::Op::not_in, "not_in"},
    {Predicate::Op::in_group, "in_group"},
    {Predicate::Op::not_in_group, "not_in_group"},
    {Predicate::Op::contains, "contains"},
    {Predicate::Op::not_contains, "not_contains"},
    {Predicate::Op::lt, "lt"},
    {Predicate::Op::le, "le"},
    {Predicate::Op::gt, "gt"},
    {Predicate::Op::ge, "ge"},
    {Predicate::Op::known, "known"},
};

[[noreturn]] void fail(const std::string& file, const std::string& path, const std::string& msg) {
  throw DataError(file + ": " + path + ": " + msg);
}

std::vector<std::string> string_values(const json& v, const std::string& file,
                                       const std::string& path) {
  if (std::optional<std::string> one = string_of(v)) {
    return {*one};
  }
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const json& item : v) {
      std::optional<std::string> s = string_of(item);
      if (!s) {
        fail(file, path, "expected strings");
      }
      out.push_back(*s);
    }
    return out;
  }
  fail(file, path, "expected a string or an array of strings");
}

void check_groups(const std::vector<std::string>& names, const model::CountryGroups& groups,
                  const std::string& file, const std::string& path) {
  for (const std::string& g : names) {
    if (!groups.groups.count(g)) {
      fail(file, path, "unknown country group " + util::quote(g));
    }
  }
}

Predicate parse_test(const json& j, const std::string& file, const std::string& path,
                     const model::CountryGroups& groups) {
  Predicate p;
  p.kind = Predicate::Kind::test;
  const json* fact = member_of(j, "fact");
  p.fact = fact ? string_of(*fact).value_or("") : "";
  const model::FactInfo* info = model::find_fact(p.fact);
  if (!info) {
    fail(file, path + ".fact",
         "unknown fact " + util::quote(p.fact) + " (docs/rules.md lists them)");
  }
  const OpName* found = nullptr;
  for (auto member = j.begin(); member != j.end(); ++member) {
    const std::string& key = member.key();  // not a structured binding: lambdas capture it
    const json& value = *member;
    if (key == "fact") {
      continue;
    }
    auto it = std::find_if(std::begin(k_ops), std::end(k_ops),
                           [&](const OpName& o) { return key == o.name; });
    if (it == std::end(k_ops) || found) {
      fail(file, path, found ? "one operator per test" : "unknown operator " + util::quote(key));
    }
    found = &*it;
    p.op = it->op;
    std::string vpath = path + "." + key;
    if (p.op == Predicate::Op::lt || p.op == Predicate::Op::le || p.op == Predicate::Op::gt ||
        p.op == Predicate::Op::ge) {
      std::optional<double> number = number_of(value);
      if (!number || info->type != model::FactType::number) {
        fail(file, vpath, "needs a number and a numeric fact");
      }
      p.number = *number;
    } else if (p.op == Predicate::Op::known) {
      std::optional<bool> known = bool_of(value);
      if (!known) {
        fail(file, vpath, "expected true or false");
      }
      p.boolean = *known;
    } else if (std::optional<bool> flag = bool_of(value)) {
      if (info->type != model::FactType::boolean ||
          (p.op != Predicate::Op::eq && p.op != Predicate::Op::ne)) {
        fail(file, vpath, "true/false compares only a boolean fact with eq or ne");
      }
      p.boolean = *flag;
      p.compares_boolean = true;
    } else {
      p.values = string_values(value, file, vpath);
      if (p.op == Predicate::Op::in_group || p.op == Predicate::Op::not_in_group) {
        check_groups(p.values, groups, file, vpath);
      }
    }
  }
  if (!found) {
    fail(file, path, "a test needs an operator");
  }
  return p;
}

Predicate parse_predicate(const json& j, const std::string& file, const std::string& path,
                          const model::CountryGroups& groups) {
  if (!j.is_object() || j.empty()) {
    fail(file, path, "expected a condition object");
  }
  Predicate p;
  if (j.contains("all") || j.contains("any")) {
    p.kind = j.contains("all") ? Predicate::Kind::all : Predicate::Kind::any;
    const char* key = j.contains("all") ? "all" : "any";
    const json* list = member_of(j, key);
    if (j.size() != 1 || !list->is_array() || list->empty()) {
      fail(file, path, std::string("'") + key + "' takes a non-empty array and nothing beside it");
    }
    for (size_t i = 0; i < list->size(); ++i) {
      p.children.push_back(parse_predicate(
          (*list)[i], file, path + "." + key + "[" + std::to_string(i) + "]", groups));
    }
    return p;
  }
  if (j.contains("not")) {
    if (j.size() != 1) {
      fail(file, path, "'not' takes one condition and nothing beside it");
    }
    p.kind = Predicate::Kind::not_;
    p.children.push_back(parse_predicate(*member_of(j, "not"), file, path + ".not", groups));
    return p;
  }
  if (!j.contains("fact")) {
    fail(file, path, "expected 'all', 'any', 'not' or 'fact'");
  }
  return parse_test(j, file, path, groups);
}

model::ScreeningScope parse_scope(const Fields& f) {
  std::string s = f.string("scope");
  if (s == "line")
    return model::ScreeningScope::line;
  if (s == "party")
    return model::ScreeningScope::party;
  if (s == "party_line")
    return model::ScreeningScope::party_line;
  f.fail("scope", "expected line, party or party_line, got " + util::quote(s));
}

}  // namespace

model::CountryGroups parse_country_groups(const std::string& text, const std::string& file) {
  json doc = parse_json(text, file);
  Fields f(doc, file, "");
  f.only({"as_of", "citations", "confidence", "groups", "notes"});
  model::CountryGroups cg;
  cg.as_of = f.string("as_of");
  cg.citations = f.strings("citations", true);
  cg.confidence = f.strings("confidence", false);
  auto groups = f.optional_object("groups");
  if (!groups) {
    f.fail("groups", "missing");
  }
  for (const auto& [name, members] : groups->json().items()) {
    for (const std::string& c : string_values(members, file, "groups." + name)) {
      cg.groups[name].insert(c);
    }
  }
  return cg;
}

model::ScreeningRule parse_screening_rule(const std::string& text, const std::string& file,
                                          const model::CountryGroups& groups) {
  json doc = parse_json(text, file);
  Fields f(doc, file, "");
  f.only({"id", "title", "citations", "effective_from", "effective_to", "suspended", "confidence",
          "scope", "when", "verdict", "policy", "explanation", "notes"});
  model::ScreeningRule r;
  r.id = f.string("id");
  r.title = f.string("title");
  r.citations = f.strings("citations", true);
  r.effective_from = f.date("effective_from");
  r.effective_to = f.optional_date("effective_to");
  for (const Fields& w : f.objects("suspended")) {
    r.suspended.push_back({w.date("from"), w.optional_date("to"), w.optional_string("citation"),
                           w.optional_string("note")});
  }
  r.confidence = f.strings("confidence", false);
  r.scope = parse_scope(f);
  const json* when = member_of(doc, "when");
  if (when == nullptr) {
    f.fail("when", "missing");
  }
  r.when = parse_predicate(*when, file, "when", groups);
  auto verdict = model::parse_verdict(f.string("verdict"));
  if (!verdict) {
    f.fail("verdict", "expected clear, review, notify, license_required or prohibited");
  }
  r.verdict = *verdict;
  r.policy = f.optional_string("policy");
  r.explanation = f.string("explanation");
  r.source_file = file;
  if (r.effective_to && *r.effective_to < r.effective_from) {
    f.fail("effective_to", "is before effective_from");
  }
  return r;
}

model::RuleBook load_rule_book(const std::string& rules_dir) {
  fs::path dir = fs::path(rules_dir) / "screening";
  fs::path groups_file = fs::path(rules_dir) / "country_groups.json";
  if (!fs::is_directory(dir)) {
    throw DataError(dir.string() + ": no screening rules folder; cannot screen without rules");
  }
  model::RuleBook book;
  util::Sha256 digest;
  std::string groups_text = util::read_file(groups_file.string());
  digest.update(groups_text);
  book.country_groups = parse_country_groups(groups_text, groups_file.string());
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".json") {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string text = util::read_file(p.string());
    digest.update(p.filename().string());
    digest.update(text);
    book.rules.push_back(parse_screening_rule(text, p.string(), book.country_groups));
  }
  if (book.rules.empty()) {
    throw DataError(dir.string() + ": no rule files; cannot screen without rules");
  }
  for (size_t i = 0; i < book.rules.size(); ++i) {
    for (size_t k = i + 1; k < book.rules.size(); ++k) {
      if (book.rules[i].id == book.rules[k].id) {
        throw DataError(book.rules[k].source_file + ": duplicate rule id " +
                        util::quote(book.rules[k].id));
      }
    }
  }
  book.version = digest.hex_digest().substr(0, 16);
  return book;
}

}  // namespace ecc::rules
