// Name matching by key: a name becomes lower-case tokens; ignore words and
// memory sizes are dropped, form-factor tokens (sxm, sxm5, pcie, oam) are set
// aside, and the rest is concatenated into a core key ("rtx4090d"). A query
// matches a name with the same core whose form factors it does not contradict
// ("sxm" fits "sxm5"). Suggestions use edit distance on the core keys.
#include "classify/product_match.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "util/strings.hpp"

namespace ecc::classify {

namespace {

struct Key {
  std::string core;
  std::vector<std::string> forms;
};

bool is_form(const std::string& t) {
  for (std::string_view f : {"sxm", "pcie", "oam"}) {
    if (t.rfind(f, 0) == 0 &&
        std::all_of(t.begin() + static_cast<long>(f.size()), t.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return true;
    }
  }
  return false;
}

bool is_number(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// "80gb", "141gb", "hbm3e": memory descriptions, not part of the model name.
bool is_memory(const std::string& t) {
  if (t.rfind("hbm", 0) == 0 || t.rfind("gddr", 0) == 0) {
    return true;
  }
  return t.size() > 2 && t.compare(t.size() - 2, 2, "gb") == 0 &&
         is_number(t.substr(0, t.size() - 2));
}

// Lower-case alphanumeric words; "h100sxm5" is split into "h100 sxm5".
std::vector<std::string> tokens(std::string_view name) {
  std::string lower = util::to_lower_ascii(name);
  std::string s;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    std::string_view rest = std::string_view(lower).substr(i);
    bool form_start = rest.rfind("sxm", 0) == 0 || rest.rfind("pcie", 0) == 0;
    if (form_start && !s.empty() && s.back() != ' ') {
      s.push_back(' ');
    }
    s.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : ' ');
  }
  return util::split(s, " ");
}

Key key_of(std::string_view name, const std::vector<std::string>& ignore) {
  Key k;
  std::vector<std::string> ts = tokens(name);
  for (size_t i = 0; i < ts.size(); ++i) {
    const std::string& t = ts[i];
    bool gb_after_number = t == "gb" && i > 0 && is_number(ts[i - 1]);
    bool number_before_gb = is_number(t) && i + 1 < ts.size() && ts[i + 1] == "gb";
    if (gb_after_number || number_before_gb || is_memory(t) ||
        std::find(ignore.begin(), ignore.end(), t) != ignore.end()) {
      continue;
    }
    if (is_form(t)) {
      k.forms.push_back(t);
    } else {
      k.core += t;
    }
  }
  return k;
}

// Same core, and every form factor of the query fits one of the product's
// (from any of its names: "H800" is an alias of a product whose model says SXM5).
bool compatible(const Key& query, const Key& name, const std::vector<std::string>& product_forms) {
  if (query.core != name.core || query.core.empty()) {
    return false;
  }
  for (const std::string& f : query.forms) {
    bool fits = std::any_of(product_forms.begin(), product_forms.end(),
                            [&](const std::string& g) { return g.rfind(f, 0) == 0; });
    if (!fits && !product_forms.empty()) {
      return false;
    }
  }
  return true;
}

std::vector<Key> keys_of(const model::ProductSpec& p, const std::vector<std::string>& ignore) {
  std::vector<Key> keys{key_of(p.model, ignore), key_of(p.id, ignore)};
  for (const std::string& a : p.aliases) {
    keys.push_back(key_of(a, ignore));
  }
  return keys;
}

std::vector<const model::ProductSpec*> suggest(const Key& query,
                                               const model::ProductCatalog& catalog) {
  std::vector<std::pair<size_t, const model::ProductSpec*>> scored;
  size_t limit = std::max<size_t>(2, query.core.size() / 3);
  for (const model::ProductSpec& p : catalog.products) {
    size_t best = std::string::npos;
    for (const Key& k : keys_of(p, catalog.ignore_words)) {
      bool contains = !query.core.empty() && !k.core.empty() &&
                      (k.core.find(query.core) != std::string::npos ||
                       query.core.find(k.core) != std::string::npos);
      best = std::min(best, contains ? 0 : util::edit_distance(query.core, k.core));
    }
    if (best <= limit) {
      scored.emplace_back(best, &p);
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const model::ProductSpec*> out;
  for (size_t i = 0; i < scored.size() && i < 5; ++i) {
    out.push_back(scored[i].second);
  }
  return out;
}

}  // namespace

ProductMatch find_product(std::string_view query, const model::ProductCatalog& catalog) {
  Key q = key_of(query, catalog.ignore_words);
  ProductMatch m;
  // A catalog id names one product, even when its key fits others too.
  for (const model::ProductSpec& p : catalog.products) {
    if (util::to_lower_ascii(util::trim(query)) == util::to_lower_ascii(p.id)) {
      m.product = &p;
      return m;
    }
  }
  for (const model::ProductSpec& p : catalog.products) {
    std::vector<Key> keys = keys_of(p, catalog.ignore_words);
    std::vector<std::string> forms;
    for (const Key& k : keys) {
      forms.insert(forms.end(), k.forms.begin(), k.forms.end());
    }
    if (std::any_of(keys.begin(), keys.end(),
                    [&](const Key& k) { return compatible(q, k, forms); })) {
      m.ambiguous.push_back(&p);
    }
  }
  if (m.ambiguous.size() == 1) {
    m.product = m.ambiguous.front();
    m.ambiguous.clear();
  } else if (m.ambiguous.empty()) {
    m.suggestions = suggest(q, catalog);
  }
  return m;
}

}  // namespace ecc::classify
