// Stale lists. A dataset is stale on an as-of date when its data date is
// more than the maximum data age before it, or when it has no data date at
// all (fail closed: an undated list cannot be shown to be current). The
// run-scope rules test data.stale and data.stale_accepted; this file gives
// their evidence and placeholders, and evaluates them for a whole run.
#include "screen/freshness.hpp"

#include "screen/facts.hpp"
#include "screen/screen.hpp"
#include "screen/screen_internal.hpp"
#include "util/strings.hpp"

namespace ecc::screen {

namespace {

std::string dataset_name(const model::DatasetLists& d) {
  return "#" + std::to_string(d.dataset.id) + " " + d.dataset.file_name;
}

}  // namespace

std::vector<StaleDataset> stale_datasets(const model::DataFreshness& f, util::Date as_of) {
  std::vector<StaleDataset> out;
  for (const model::DatasetLists& d : f.datasets) {
    std::optional<util::Date> date = util::parse_iso_date(d.dataset.data_date);
    if (!date) {
      out.push_back({&d, std::nullopt});
      continue;
    }
    long age = util::days_between(*date, as_of);
    if (age > f.policy.max_age_days) {
      out.push_back({&d, age});
    }
  }
  return out;
}

std::vector<std::string> stale_evidence(const model::DataFreshness& f, util::Date as_of) {
  std::vector<std::string> out;
  for (const StaleDataset& s : stale_datasets(f, as_of)) {
    const model::DatasetInfo& d = s.data->dataset;
    std::string lists =
        s.data->list_codes.empty() ? "" : " (lists " + util::join(s.data->list_codes, ", ") + ")";
    std::string age = s.age_days ? "data date " + d.data_date + " (" + d.data_date_basis + "), " +
                                       std::to_string(*s.age_days) +
                                       " days before the as-of date " + as_of.iso()
                                 : "no data date";
    out.push_back(dataset_name(*s.data) + lists + ": " + age + " (maximum " +
                  std::to_string(f.policy.max_age_days) + ")");
  }
  return out;
}

std::string fill_freshness(std::string text, const model::DataFreshness& f, util::Date as_of) {
  std::vector<std::string> names;
  for (const StaleDataset& s : stale_datasets(f, as_of)) {
    names.push_back(dataset_name(*s.data) + " (" +
                    (s.data->dataset.data_date.empty() ? "no data date"
                                                       : "data of " + s.data->dataset.data_date) +
                    ")");
  }
  replace_all(text, "{stale_lists}", util::join(names, ", "));
  replace_all(text, "{max_age}", std::to_string(f.policy.max_age_days));
  replace_all(text, "{as_of}", as_of.iso());
  replace_all(text, "{allowed_by}", f.policy.allowed_by);
  return text;
}

std::string fill_assumptions(std::string text, const std::vector<model::Assumption>& assumptions) {
  std::vector<std::string> texts;
  for (const model::Assumption& a : assumptions) {
    texts.push_back(a.text);
  }
  replace_all(text, "{assumption}", util::join(texts, "; "));
  return text;
}

std::vector<model::Finding> run_findings(const model::RuleBook& book, const model::DataFreshness& f,
                                         util::Date as_of,
                                         const std::vector<model::Assumption>& assumptions) {
  const model::Order no_order;
  FactContext ctx{&no_order, nullptr, nullptr, nullptr, as_of, &f, &assumptions};
  std::vector<model::Finding> out;
  for (const model::ScreeningRule& rule : book.rules) {
    if (rule.scope == model::ScreeningScope::run && in_force(rule, as_of)) {
      evaluate_rule(rule, ctx, -1, -1, book, out);
    }
  }
  return out;
}

}  // namespace ecc::screen
