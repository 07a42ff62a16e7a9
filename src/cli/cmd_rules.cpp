// `exportcheck rules list|show`: what the engine will apply, with citations.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/run_settings.hpp"
#include "report/rules_report.hpp"
#include "rules/screening_rules.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct RulesOpts {
  std::string as_of;
  std::string format;
  std::string id;
};

int run_list(Context& ctx, const RulesOpts& opts) {
  std::optional<util::Date> as_of;
  if (!opts.as_of.empty()) {
    as_of = util::parse_iso_date(opts.as_of);
    if (!as_of) {
      throw UsageError("invalid --as-of " + util::quote(opts.as_of) + " (expected YYYY-MM-DD)");
    }
  }
  model::RuleBook book = rules::load_rule_book(ctx.rules_dir(), affiliates_assumption(ctx, ""));
  if (opts.format == "json") {
    report::print_rules_json(ctx.out(), book, as_of);
  } else {
    report::print_rules_table(ctx.out(), book, as_of);
  }
  return 0;
}

int run_show(Context& ctx, const RulesOpts& opts) {
  model::RuleBook book = rules::load_rule_book(ctx.rules_dir(), affiliates_assumption(ctx, ""));
  std::string best;
  size_t best_distance = 4;
  for (const model::ScreeningRule& r : book.rules) {
    if (r.id == opts.id) {
      opts.format == "json" ? report::print_rule_json(ctx.out(), r)
                            : report::print_rule(ctx.out(), r);
      return 0;
    }
    size_t d = util::edit_distance(opts.id, r.id);
    if (d < best_distance) {
      best_distance = d;
      best = r.id;
    }
  }
  throw DataError("no rule " + util::quote(opts.id) +
                  (best.empty() ? "" : " (did you mean " + util::quote(best) + "?)") +
                  "; 'exportcheck rules list' shows them");
}

}  // namespace

void setup_rules(CLI::App& app, Context& ctx, const CommandEntry& self) {
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->require_subcommand(1);
  auto opts = std::make_shared<RulesOpts>();
  CLI::App* list =
      cmd->add_subcommand("list", "every screening rule with its dates, verdict and citations");
  list->add_option("--as-of", opts->as_of, "mark the rules in force on this date")
      ->type_name("YYYY-MM-DD");
  add_format_option(list, opts->format, {"table", "json"});
  add_output_option(list, ctx.output_path);
  list->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_list(ctx, *opts); }; });
  CLI::App* show =
      cmd->add_subcommand("show", "one rule in full: condition, outcome, citations, confidence");
  show->add_option("id", opts->id, "rule id")->required()->type_name("ID");
  add_format_option(show, opts->format, {"table", "json"});
  add_output_option(show, ctx.output_path);
  show->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_show(ctx, *opts); }; });
}

}  // namespace ecc::cli
