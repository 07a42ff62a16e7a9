// Rule files -> model::RuleVersion / model::Overlay. Thresholds are written as
// conditions: {"tpp_min": 4800, "pd_below": 5.92, "datacenter": false}, where
// the suffix gives the bound (_min >=, _below <, _above >, _max <=). Every
// key is checked, so a misspelt threshold stops the load instead of vanishing.
#include "rules/classification_rules.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/json_fields.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::rules {

namespace {

namespace fs = std::filesystem;

const std::vector<std::pair<std::string, model::Bound>> k_suffixes = {
    {"_min", model::Bound::min},
    {"_below", model::Bound::below},
    {"_above", model::Bound::above},
    {"_max", model::Bound::max},
};

void parse_threshold(const Fields& f, const std::string& key, model::Condition& c) {
  const nlohmann::json& v = *member_of(f.json(), key);  // `key` is one of its members
  for (const auto& [suffix, bound] : k_suffixes) {
    if (!util::ends_with(key, suffix)) {
      continue;
    }
    std::optional<model::Parameter> p =
        model::parse_parameter(key.substr(0, key.size() - suffix.size()));
    if (!p || model::is_boolean(*p)) {
      break;
    }
    std::optional<double> x = number_of(v);
    if (!x) {
      f.fail(key, "expected a number");
    }
    c.thresholds.push_back({*p, bound, *x});
    return;
  }
  f.fail(key, "unknown parameter (expected e.g. tpp_min, pd_below, datacenter)");
}

model::Condition parse_condition(const Fields& f) {
  model::Condition c;
  for (auto it = f.json().begin(); it != f.json().end(); ++it) {
    std::optional<model::Parameter> p = model::parse_parameter(it.key());
    if (p && model::is_boolean(*p)) {
      std::optional<bool> b = bool_of(*it);
      if (!b) {
        f.fail(it.key(), "expected true or false");
      }
      c.flags.push_back({*p, *b});
      continue;
    }
    parse_threshold(f, it.key(), c);
  }
  // JSON objects come back sorted by key; show TPP before PD before bandwidths.
  std::stable_sort(c.thresholds.begin(), c.thresholds.end(), [](const auto& a, const auto& b) {
    return a.parameter != b.parameter ? a.parameter < b.parameter : a.bound < b.bound;
  });
  if (c.thresholds.empty() && c.flags.empty()) {
    throw DataError(f.where("") + ": condition must not be empty");
  }
  return c;
}

model::RuleTest parse_test(const Fields& f, bool needs_eccn) {
  f.only({"name", "eccn", "when", "note"});
  model::RuleTest t;
  t.name = f.string("name");
  t.eccn = needs_eccn ? f.string("eccn") : f.optional_string("eccn");
  std::optional<Fields> when = f.optional_object("when");
  if (!when) {
    f.fail("when", "missing");
  }
  t.when = parse_condition(*when);
  return t;
}

std::vector<model::RuleTest> parse_tests(const Fields& f, const std::string& key, bool needs_eccn) {
  std::vector<model::RuleTest> out;
  for (const Fields& item : f.objects(key)) {
    out.push_back(parse_test(item, needs_eccn));
  }
  return out;
}

std::map<std::string, std::string> parse_string_map(const Fields& f, const std::string& key) {
  std::map<std::string, std::string> out;
  std::optional<Fields> m = f.optional_object(key);
  if (!m) {
    return out;
  }
  for (auto it = m->json().begin(); it != m->json().end(); ++it) {
    std::optional<std::string> text = string_of(*it);
    if (!text) {
      m->fail(it.key(), "expected a string");
    }
    out[it.key()] = *text;
  }
  return out;
}

void check_scope_parts(const Fields& f, const model::RuleVersion& r) {
  if (r.scope == model::RuleScope::china_review) {
    if (!r.case_by_case) {
      f.fail("case_by_case", "missing (required for scope china_review_policy)");
    }
  } else if (r.paragraphs.empty()) {
    f.fail("paragraphs", "missing or empty");
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path.string() + ": cannot read file");
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> json_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".json") {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

model::RuleVersion parse_rule_version(const std::string& text, const std::string& file) {
  nlohmann::json j = parse_json(text, file);
  Fields f(j, file, "");
  f.only({"id", "title", "citations", "effective_from", "effective_to", "confidence", "scope",
          "paragraphs", "exclusions", "nac", "assembly_eccns", "z_eccns", "license_exception",
          "case_by_case", "destinations", "notes"});
  model::RuleVersion r;
  r.id = f.string("id");
  r.title = f.string("title");
  r.citations = f.strings("citations", true);
  r.effective_from = f.date("effective_from");
  r.effective_to = f.optional_date("effective_to");
  r.confidence = f.strings("confidence", true);
  std::string scope = f.string("scope");
  std::optional<model::RuleScope> s = model::parse_rule_scope(scope);
  if (!s) {
    f.fail("scope", "unknown scope " + util::quote(scope) +
                        " (expected 3a090_parameters, 3a090_hbm or china_review_policy)");
  }
  r.scope = *s;
  r.paragraphs = parse_tests(f, "paragraphs", true);
  r.exclusions = parse_tests(f, "exclusions", false);
  r.nac = parse_tests(f, "nac", true);
  r.assembly_eccns = parse_string_map(f, "assembly_eccns");
  r.z_eccns = f.strings("z_eccns", false);
  if (std::optional<Fields> le = f.optional_object("license_exception")) {
    r.license_exception = parse_test(*le, false);
  }
  if (std::optional<Fields> cbc = f.optional_object("case_by_case")) {
    r.case_by_case = parse_test(*cbc, false);
  }
  check_scope_parts(f, r);
  r.source_file = file;
  return r;
}

model::Overlay parse_overlay(const std::string& text, const std::string& file) {
  nlohmann::json j = parse_json(text, file);
  Fields f(j, file, "");
  f.only({"id", "title", "citations", "effective_from", "effective_to", "confidence", "requirement",
          "vendor", "products", "named_in_source", "equivalents", "destinations", "notes"});
  model::Overlay o;
  o.id = f.string("id");
  o.title = f.string("title");
  o.citations = f.strings("citations", true);
  o.effective_from = f.date("effective_from");
  o.effective_to = f.optional_date("effective_to");
  o.confidence = f.strings("confidence", true);
  o.requirement = f.string("requirement");
  o.vendor = f.optional_string("vendor");
  o.products = f.strings("products", true);
  o.named_in_source = f.strings("named_in_source", false);
  for (const Fields& e : f.objects("equivalents")) {
    o.equivalents.push_back(parse_condition(e));
  }
  o.destinations = f.strings("destinations", true);
  o.source_file = file;
  return o;
}

void validate(const model::RuleSet& rules) {
  std::vector<std::string> ids;
  auto check_id = [&ids](const std::string& id, const std::string& file) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
      throw DataError(file + ": id: duplicate id " + util::quote(id));
    }
    ids.push_back(id);
  };
  for (const model::RuleVersion& r : rules.versions) {
    check_id(r.id, r.source_file);
    if (r.effective_to && *r.effective_to < r.effective_from) {
      throw DataError(r.source_file + ": effective_to: before effective_from");
    }
    for (const model::RuleVersion& other : rules.versions) {
      if (&other != &r && other.scope == r.scope && other.effective_from == r.effective_from) {
        throw DataError(r.source_file + ": effective_from: same scope and start date as " +
                        other.source_file);
      }
    }
  }
  for (const model::Overlay& o : rules.overlays) {
    check_id(o.id, o.source_file);
  }
}

model::RuleSet load_classification_rules(const std::string& rules_dir) {
  model::RuleSet set;
  fs::path dir = fs::path(rules_dir) / "classification";
  for (const fs::path& p : json_files(dir)) {
    set.versions.push_back(parse_rule_version(read_file(p), p.string()));
  }
  if (set.versions.empty()) {
    throw DataError(dir.string() + ": no classification rule files (folder missing or empty)");
  }
  for (const fs::path& p : json_files(fs::path(rules_dir) / "overlays")) {
    set.overlays.push_back(parse_overlay(read_file(p), p.string()));
  }
  validate(set);
  return set;
}

}  // namespace ecc::rules
