#pragma once
// Settings that change what a verdict assumes, read once per run through
// cli::Context: the maximum data age and whether stale data is accepted
// (screen, match, audit; docs/rules.md "Stale lists"), and the state of the
// BIS Affiliates Rule after its stay (screen, audit, owners, rules; docs/rules.md
// "Settings"). A run names them in its output, so nobody mistakes a
// historical run for a current one or an assumption for a fact.

#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/freshness.hpp"
#include "model/ownership_rules.hpp"
#include "util/date.hpp"

namespace CLI {
class App;
}

namespace ecc::store {
class Store;
}

namespace ecc::cli {

class Context;

struct FreshnessOptions {
  long max_data_age = model::k_default_max_data_age;  // --max-data-age DAYS
  bool allow_stale = false;                           // --allow-stale
};

// Adds --max-data-age DAYS and --allow-stale to `cmd`.
void add_freshness_options(CLI::App* cmd, FreshnessOptions& opts);

// The policy of this run: --max-data-age, and stale data accepted by
// --allow-stale or EXPORTCHECK_ALLOW_STALE=1. UsageError (exit 2) when the
// variable is set to anything but 1 or 0.
model::FreshnessPolicy freshness_policy(const Context& ctx, const FreshnessOptions& opts);

// The active list datasets of `datasets` (ownership files are not lists)
// with the policy. The list codes of each dataset are read from the database
// only when one is stale on `latest_as_of` (they are named in the finding).
model::DataFreshness data_freshness(const store::Store& db,
                                    const std::vector<model::DatasetInfo>& datasets,
                                    model::FreshnessPolicy policy, util::Date latest_as_of);

// Adds --affiliates-rule active|stayed to `cmd` (the value goes to `value`).
void add_affiliates_option(CLI::App* cmd, std::string& value);

// The assumed state of the Affiliates Rule after 2026-11-09: --affiliates-rule
// (`option`, when not empty), else EXPORTCHECK_AFFILIATES_RULE, else active
// (the default: the rule's own text). UsageError for another value.
model::AffiliatesAssumption affiliates_assumption(const Context& ctx, const std::string& option);

}  // namespace ecc::cli
