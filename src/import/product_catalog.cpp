// JSON -> ProductSpec. A figure is either null/absent (unknown), a number (spec
// files only), or {"value", "source", "confidence"}. Numbers may have at most
// six decimals because the classifier compares them exactly as decimals.
#include "import/product_catalog.hpp"

#include <cmath>

#include "import/json_input.hpp"
#include "import/product_json.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace {

using json = Json;

// Where we are in the file, for messages: "FILE: products[3].bits".
struct Path {
  std::string file;
  std::string at;
  Path operator/(const std::string& key) const { return {file, at.empty() ? key : at + "." + key}; }
  Path operator[](size_t i) const { return {file, at + "[" + std::to_string(i) + "]"}; }
  [[noreturn]] void fail(const std::string& message) const {
    throw DataError(file + ": " + (at.empty() ? "top level" : at) + ": " + message);
  }
};

const json* member(const json& j, const std::string& key) {
  return json_member(j, key);
}

std::string text(const json& j, const std::string& key, const Path& p, bool required) {
  const json* v = member(j, key);
  if (v == nullptr) {
    if (required) {
      (p / key).fail("missing");
    }
    return "";
  }
  std::optional<std::string> s = json_string(*v);
  if (!s || (required && util::trim(*s).empty())) {
    (p / key).fail("expected a non-empty string");
  }
  return *s;
}

std::vector<std::string> texts(const json& j, const std::string& key, const Path& p) {
  const json* v = member(j, key);
  std::vector<std::string> out;
  if (v == nullptr) {
    return out;
  }
  if (!v->is_array()) {
    (p / key).fail("expected an array of strings");
  }
  for (size_t i = 0; i < v->size(); ++i) {
    std::optional<std::string> s = json_string((*v)[i]);
    if (!s) {
      (p / key)[i].fail("expected a string");
    }
    out.push_back(*s);
  }
  return out;
}

double number(const json& v, const Path& p, double min_exclusive) {
  std::optional<double> n = json_number(v);
  if (!n) {
    p.fail("expected a number, got " + util::quote(v.dump()));
  }
  double x = *n;
  if (!(x > min_exclusive) || x > 1e9) {
    p.fail("out of range: " + v.dump());
  }
  if (std::fabs(x * 1e6 - std::round(x * 1e6)) > 1e-3) {
    p.fail("more than 6 decimals: " + v.dump());
  }
  return x;
}

int integer(const json& j, const std::string& key, const Path& p, int lo, int hi, int fallback) {
  const json* v = member(j, key);
  if (v == nullptr) {
    return fallback;
  }
  std::optional<long long> n = json_integer(*v);
  if (!n || *n < lo || *n > hi) {
    (p / key).fail("expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi) +
                   ", got " + util::quote(v->dump()));
  }
  return static_cast<int>(*n);
}

model::Provenance provenance(const json& j, const Path& p, bool strict) {
  return {text(j, "source", p, strict), text(j, "confidence", p, strict)};
}

model::Figure figure(const json& j, const std::string& key, const Path& parent, bool strict) {
  Path p = parent / key;
  const json* v = member(j, key);
  model::Figure f;
  if (v == nullptr) {
    return f;
  }
  if (v->is_number() && !strict) {
    f.value = number(*v, p, -1e-12);
    f.provenance = {"spec", ""};
    return f;
  }
  if (!v->is_object()) {
    p.fail(strict ? "expected {\"value\", \"source\", \"confidence\"}"
                  : "expected a number or an object");
  }
  const json* value = member(*v, "value");
  if (value != nullptr) {
    f.value = number(*value, p / "value", -1e-12);
  }
  f.provenance = provenance(*v, p, strict);
  return f;
}

model::Flag flag(const json& j, const std::string& key, const Path& parent, bool strict) {
  Path p = parent / key;
  const json* v = member(j, key);
  model::Flag f;
  if (v == nullptr) {
    return f;
  }
  if (v->is_boolean() && !strict) {
    return {json_bool(*v), {"spec", ""}};
  }
  if (!v->is_object()) {
    p.fail(strict ? "expected {\"value\", \"source\", \"confidence\"}"
                  : "expected true, false or an object");
  }
  const json* value = member(*v, "value");
  if (value != nullptr && !value->is_boolean()) {
    (p / "value").fail("expected true, false or null");
  }
  f.value = value ? json_bool(*value) : std::nullopt;
  f.provenance = provenance(*v, p, strict);
  return f;
}

std::optional<std::vector<model::Throughput>> throughput(const json& j, const Path& parent,
                                                         bool strict) {
  Path p = parent / "throughput";
  const json* v = member(j, "throughput");
  if (v == nullptr) {
    return std::nullopt;
  }
  if (!v->is_array()) {
    p.fail("expected an array of {format, bits, dense_tops} or null");
  }
  std::vector<model::Throughput> out;
  for (size_t i = 0; i < v->size(); ++i) {
    const json& t = (*v)[i];
    Path at = p[i];
    if (!t.is_object()) {
      at.fail("expected an object");
    }
    const json* tops = member(t, "dense_tops");
    if (tops == nullptr) {
      (at / "dense_tops").fail("missing");
    }
    out.push_back({text(t, "format", at, true), integer(t, "bits", at, 1, 64, 0),
                   number(*tops, at / "dense_tops", 0), provenance(t, at, strict)});
    if (out.back().bits == 0) {
      (at / "bits").fail("missing");
    }
  }
  return out;
}

std::optional<model::HbmStack> hbm(const json& j, const Path& parent, bool strict) {
  const json* v = member(j, "hbm");
  if (v == nullptr) {
    return std::nullopt;
  }
  Path p = parent / "hbm";
  if (!v->is_object()) {
    p.fail("expected an object");
  }
  model::HbmStack h;
  h.stack_bandwidth_gbps = figure(*v, "stack_bandwidth_gbps", p, strict);
  h.stack_area_mm2 = figure(*v, "stack_area_mm2", p, strict);
  const json* packaged = member(*v, "co_packaged_with_logic");
  std::optional<bool> co_packaged = packaged ? json_bool(*packaged) : std::nullopt;
  if (!co_packaged) {
    (p / "co_packaged_with_logic").fail("expected true or false");
  }
  h.co_packaged_with_logic = *co_packaged;
  return h;
}

void kind_and_contents(const json& j, const Path& p, model::ProductSpec& s) {
  std::string kind = text(j, "kind", p, false);
  std::optional<model::ProductKind> k = model::parse_product_kind(kind.empty() ? "chip" : kind);
  if (!k) {
    (p / "kind").fail("expected chip, board or server, got " + util::quote(kind));
  }
  s.kind = *k;
  const json* c = member(j, "contains");
  if ((s.kind == model::ProductKind::chip) != (c == nullptr)) {
    (p / "contains")
        .fail(c ? "only boards and servers contain chips" : "missing for a board or server");
  }
  if (c != nullptr) {
    if (!c->is_object()) {
      (p / "contains").fail("expected {\"product\", \"count\"}");
    }
    s.contains = model::Component{text(*c, "product", p / "contains", true),
                                  integer(*c, "count", p / "contains", 1, 100000, 1)};
  }
}

model::ProductSpec product(const json& j, const Path& p, bool strict) {
  if (!j.is_object()) {
    p.fail("expected an object");
  }
  model::ProductSpec s;
  s.id = strict ? text(j, "id", p, true) : text(j, "id", p, false);
  s.vendor = strict ? text(j, "vendor", p, true) : text(j, "vendor", p, false);
  s.model = text(j, "model", p, true);
  s.aliases = texts(j, "aliases", p);
  kind_and_contents(j, p, s);
  s.throughput = throughput(j, p, strict);
  const json* per_die = member(j, "throughput_per_die");
  if (per_die != nullptr && !per_die->is_boolean()) {
    (p / "throughput_per_die").fail("expected true or false");
  }
  s.throughput_per_die = per_die != nullptr && json_bool(*per_die).value_or(false);
  s.dies = integer(j, "dies", p, 1, 64, 1);
  s.die_area_mm2 = figure(j, "die_area_mm2", p, strict);
  s.memory_bandwidth_gbps = figure(j, "memory_bandwidth_gbps", p, strict);
  s.interconnect_gbps = figure(j, "interconnect_gbps", p, strict);
  s.datacenter = flag(j, "datacenter", p, strict);
  s.hbm = hbm(j, p, strict);
  s.base_eccn = text(j, "base_eccn", p, false);
  s.notes = texts(j, "notes", p);
  return s;
}

void check_catalog(const model::ProductCatalog& c, const Path& p) {
  for (size_t i = 0; i < c.products.size(); ++i) {
    const model::ProductSpec& s = c.products[i];
    for (size_t k = 0; k < i; ++k) {
      if (c.products[k].id == s.id) {
        (p / "products")[i].fail("duplicate id " + util::quote(s.id));
      }
    }
    if (!s.contains) {
      continue;
    }
    bool found = false;
    for (const model::ProductSpec& other : c.products) {
      found =
          found || (other.id == s.contains->product_id && other.kind == model::ProductKind::chip);
    }
    if (!found) {
      ((p / "products")[i] / "contains")
          .fail("no chip with id " + util::quote(s.contains->product_id));
    }
  }
}

}  // namespace

model::ProductCatalog parse_product_catalog(const std::string& text_, const std::string& file) {
  const json j = parse_json(text_, file);
  Path root{file, ""};
  const json* products = member(j, "products");
  if (products == nullptr || !products->is_array()) {
    (root / "products").fail("expected an array of products");
  }
  model::ProductCatalog c;
  c.ignore_words = texts(j, "match_ignore_words", root);
  for (std::string& w : c.ignore_words) {
    w = util::to_lower_ascii(w);
  }
  for (size_t i = 0; i < products->size(); ++i) {
    c.products.push_back(product((*products)[i], (root / "products")[i], true));
  }
  check_catalog(c, root);
  return c;
}

model::ProductCatalog load_product_catalog(const std::string& path) {
  return parse_product_catalog(util::read_file(path), path);
}

model::ProductSpec parse_product_spec(const std::string& text_, const std::string& file) {
  return product_spec_from_json(parse_json(text_, file), file);
}

model::ProductSpec product_spec_from_json(const Json& j, const std::string& where) {
  model::ProductSpec s = product(j, Path{where, ""}, false);
  if (s.id.empty()) {
    s.id = "spec";
  }
  return s;
}

}  // namespace ecc::import
