// Table and JSON output of one classification. Numbers are printed from the
// classifier's exact values: TPP in full, PD to 2 decimals (4 in JSON).
#include "report/classification_report.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "classify/exact.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::json;

std::string tpp_text(const std::optional<double>& v) {
  return v ? classify::format(classify::from_decimal(*v), 6, true, true) : "unknown";
}

std::string pd_text(const std::optional<double>& v) {
  return v ? classify::format(classify::from_decimal(*v), 2, false, true) : "unknown";
}

std::string yes_no(const std::optional<bool>& v) {
  return v ? (*v ? "yes" : "no") : "unknown";
}

std::string rule_line(const model::RuleVersion& r) {
  return r.id + ": " + util::join(r.citations, ", ") + " (effective " + r.effective_from.iso() +
         (r.effective_to ? " to " + r.effective_to->iso() : "") + ")";
}

void row(std::ostream& out, const std::string& key, const std::string& value) {
  std::string label = key + ":";
  label.resize(std::max<size_t>(label.size() + 1, 15), ' ');
  out << label << value << "\n";
}

std::string paragraph_text(const model::Classification& c) {
  if (c.paragraph.empty()) {
    return c.candidates.empty() ? "-" : "one of " + util::join(c.candidates, ", ");
  }
  return c.also_meets.empty()
             ? c.paragraph
             : c.paragraph + " (also meets " + util::join(c.also_meets, ", ") + ")";
}

std::string overlay_text(const model::OverlayHit& h) {
  const model::Overlay& o = *h.overlay;
  return o.id + ": " + o.requirement + " from " + o.effective_from.iso() + " for " +
         util::join(o.destinations, ", ") + " (" + h.reason + "; " + util::join(o.citations, ", ") +
         ")";
}

double rounded(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

json optional_number(const std::optional<double>& v, int decimals) {
  return v ? json(rounded(*v, decimals)) : json(nullptr);
}

json optional_bool(const std::optional<bool>& v) {
  return v ? json(*v) : json(nullptr);
}

json rule_json(const model::RuleVersion& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"scope", std::string(model::json_name(r.scope))},
          {"citations", r.citations},
          {"effective_from", r.effective_from.iso()},
          {"effective_to", r.effective_to ? json(r.effective_to->iso()) : json(nullptr)}};
}

json overlays_json(const model::Classification& c) {
  json out = json::array();
  for (const model::OverlayHit& h : c.overlays) {
    const model::Overlay& o = *h.overlay;
    out.push_back({{"id", o.id},
                   {"title", o.title},
                   {"citations", o.citations},
                   {"effective_from", o.effective_from.iso()},
                   {"effective_to", o.effective_to ? json(o.effective_to->iso()) : json(nullptr)},
                   {"requirement", o.requirement},
                   {"destinations", o.destinations},
                   {"match", h.named ? "named" : "equivalent"},
                   {"reason", h.reason}});
  }
  return out;
}

json china_json(const model::Classification& c) {
  if (!c.china_review) {
    return nullptr;
  }
  const model::ReviewPolicyResult& r = *c.china_review;
  return {{"rule", r.rule->id},
          {"citation", r.rule->citations.front()},
          {"case_by_case_eligible", optional_bool(r.eligible)},
          {"arithmetic", r.arithmetic}};
}

}  // namespace

void print_classification_table(std::ostream& out, const model::Classification& c) {
  const model::ProductSpec& p = *c.product;
  row(out, "product",
      model::display_name(p) + " (" + p.id + ", " + std::string(model::to_string(p.kind)) + ")");
  if (!c.variants.empty()) {
    row(out, "variants", util::join(c.variants, ", ") + " (the name fits each; see the note)");
  }
  row(out, "as of", c.as_of.iso());
  row(out, "eccn", c.eccn);
  row(out, "paragraph", paragraph_text(c));
  row(out, "arithmetic", c.arithmetic);
  row(out, "tpp",
      tpp_text(c.tpp) + (c.board_tpp ? " per chip; " + tpp_text(c.board_tpp) + " per " +
                                           std::string(model::to_string(p.kind))
                                     : ""));
  row(out, "pd", pd_text(c.performance_density));
  row(out, "nac eligible", yes_no(c.nac_eligible));
  row(out, "rule", c.rule ? rule_line(*c.rule) : "none in force");
  for (const model::RuleVersion* r : c.rules_applied) {
    if (r != c.rule && r->scope != model::RuleScope::china_review) {
      row(out, "also applied", rule_line(*r));
    }
  }
  if (c.china_review) {
    row(out, "china 2026", c.china_review->arithmetic);
  }
  if (c.overlays.empty()) {
    row(out, "overlays", "none");
  }
  for (const model::OverlayHit& h : c.overlays) {
    row(out, "overlay", overlay_text(h));
  }
  if (!c.missing.empty()) {
    row(out, "missing", util::join(c.missing, "; "));
  }
  for (const std::string& n : c.notes) {
    row(out, "note", n);
  }
}

void print_classification_json(std::ostream& out, const model::Classification& c) {
  const model::ProductSpec& p = *c.product;
  json rules = json::array();
  for (const model::RuleVersion* r : c.rules_applied) {
    rules.push_back(rule_json(*r));
  }
  json j = {{"product", model::display_name(p)},
            {"product_id", p.id},
            {"kind", std::string(model::to_string(p.kind))},
            {"as_of", c.as_of.iso()},
            {"eccn", c.eccn},
            {"paragraph", c.paragraph.empty() ? json(nullptr) : json(c.paragraph)},
            {"also_meets", c.also_meets},
            {"candidates", c.candidates},
            {"tpp", optional_number(c.tpp, 6)},
            {"board_tpp", optional_number(c.board_tpp, 6)},
            {"performance_density", optional_number(c.performance_density, 4)},
            {"arithmetic", c.arithmetic},
            {"nac_eligible", optional_bool(c.nac_eligible)},
            {"rule", c.rule ? json(c.rule->id) : json(nullptr)},
            {"citation", c.rule ? json(c.rule->citations.front()) : json(nullptr)},
            {"rules", rules},
            {"china_review_2026", china_json(c)},
            {"overlays", overlays_json(c)},
            {"missing", c.missing},
            {"notes", c.notes},
            {"variants", c.variants}};
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
