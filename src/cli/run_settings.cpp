// Run settings: options and environment variables turned into the plain
// policies the pure core takes (model::FreshnessPolicy). The environment is
// read only through Context::env.
#include "cli/run_settings.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "screen/freshness.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

void add_freshness_options(CLI::App* cmd, FreshnessOptions& opts) {
  cmd->add_option("--max-data-age", opts.max_data_age,
                  "lists whose data date is more than DAYS before the as-of date are stale: "
                  "nothing is cleared (default 30)")
      ->type_name("DAYS")
      ->check(whole_number(0, 100000));
  cmd->add_flag("--allow-stale", opts.allow_stale,
                "accept stale lists for a historical or demo run (the output says so; also "
                "EXPORTCHECK_ALLOW_STALE=1)");
}

model::FreshnessPolicy freshness_policy(const Context& ctx, const FreshnessOptions& opts) {
  model::FreshnessPolicy p;
  p.max_age_days = opts.max_data_age;
  std::string env = ctx.env("EXPORTCHECK_ALLOW_STALE");
  if (!env.empty() && env != "0" && env != "1") {
    throw UsageError("EXPORTCHECK_ALLOW_STALE must be 1 (accept stale lists) or 0, got " +
                     util::quote(env));
  }
  if (opts.allow_stale) {
    p.allow_stale = true;
    p.allowed_by = "--allow-stale";
  } else if (env == "1") {
    p.allow_stale = true;
    p.allowed_by = "EXPORTCHECK_ALLOW_STALE=1";
  }
  return p;
}

model::DataFreshness data_freshness(const store::Store& db,
                                    const std::vector<model::DatasetInfo>& datasets,
                                    model::FreshnessPolicy policy, util::Date latest_as_of) {
  model::DataFreshness f;
  f.policy = std::move(policy);
  for (const model::DatasetInfo& d : datasets) {
    if (!model::is_ownership_format(d.format)) {
      f.datasets.push_back({d, {}});
    }
  }
  if (screen::stale_datasets(f, latest_as_of).empty()) {
    return f;
  }
  for (const auto& [dataset_id, list_code] : db.dataset_list_codes()) {
    for (model::DatasetLists& d : f.datasets) {
      if (d.dataset.id == dataset_id) {
        d.list_codes.push_back(list_code);
      }
    }
  }
  return f;
}

void add_affiliates_option(CLI::App* cmd, std::string& value) {
  cmd->add_option("--affiliates-rule", value,
                  "the BIS Affiliates Rule's state after its stay ended on 2026-11-09, which the "
                  "fact base could not confirm: active (default) or stayed; also "
                  "EXPORTCHECK_AFFILIATES_RULE")
      ->check(one_of({"active", "stayed"}))
      ->type_name("active|stayed");
}

model::AffiliatesAssumption affiliates_assumption(const Context& ctx, const std::string& option) {
  std::string env = ctx.env("EXPORTCHECK_AFFILIATES_RULE");
  if (!env.empty() && env != "active" && env != "stayed") {
    throw UsageError("EXPORTCHECK_AFFILIATES_RULE must be active or stayed, got " +
                     util::quote(env));
  }
  model::AffiliatesAssumption a;
  std::string value = !option.empty() ? option : env;
  if (value.empty()) {
    a.source =
        "the default, the rule's own text; set EXPORTCHECK_AFFILIATES_RULE=stayed if BIS extended "
        "the stay";
    return a;
  }
  a.state = value == "stayed" ? model::RuleState::stayed : model::RuleState::active;
  a.source = !option.empty() ? "set by --affiliates-rule " + value
                             : "set by EXPORTCHECK_AFFILIATES_RULE=" + value;
  return a;
}

}  // namespace ecc::cli
