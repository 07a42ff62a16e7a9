// `exportcheck match NAME [--country CC] [--id TYPE:NUMBER] [--format table|json] [--threshold X]`:
// resolves one party name against every entry of the active lists and
// explains each hit. Exit 0 when clear, 1 when anything is review or match
// (stale lists included: a run finding).
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/run_settings.hpp"
#include "cli/screening_lists.hpp"
#include "match/matcher.hpp"
#include "model/country.hpp"
#include "report/match_report.hpp"
#include "rules/screening_rules.hpp"
#include "screen/freshness.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct MatchCmdOptions {
  std::string name;
  std::string country;
  std::vector<std::string> ids;
  std::string format;
  double threshold = -1.0;
  size_t limit = 10;
  FreshnessOptions freshness;  // --max-data-age, --allow-stale
};

// A code or a country name, the way audit reads its country column ("China", "cn").
std::string checked_country(const std::string& country) {
  if (country.empty())
    return country;
  std::optional<std::string> code = model::country_code_for(util::trim(country));
  if (!code) {
    throw UsageError("--country: unknown country " + util::quote(country) +
                     " (an ISO 3166-1 alpha-2 code or an English name)");
  }
  return *code;
}

std::vector<model::Identifier> parsed_ids(const std::vector<std::string>& ids) {
  std::vector<model::Identifier> out;
  for (const auto& id : ids) {
    const size_t colon = id.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == id.size()) {
      throw UsageError("--id: expected TYPE:NUMBER, got " + util::quote(id));
    }
    model::Identifier x;
    x.type = id.substr(0, colon);
    x.number = id.substr(colon + 1);
    out.push_back(x);
  }
  return out;
}

match::MatchOptions options_for(const MatchCmdOptions& o) {
  match::MatchOptions opt;
  opt.max_results = o.limit;
  if (o.threshold >= 0.0) {
    opt.review_threshold = o.threshold;
    opt.match_threshold = std::max(opt.match_threshold, o.threshold);
    opt.min_score = std::min(opt.min_score, o.threshold);
  }
  return opt;
}

int run_match(Context& ctx, const MatchCmdOptions& o) {
  // Steps: check the query, load the rules (the stale-lists finding cites
  // one) and the lists' stored index, match, add the run's findings, render.
  match::Query query{o.name, checked_country(o.country), parsed_ids(o.ids)};
  if (util::trim(query.name).empty())
    throw UsageError("NAME is empty");
  const match::MatchOptions opt = options_for(o);
  model::FreshnessPolicy policy = freshness_policy(ctx, o.freshness);
  const model::RuleBook book = rules::load_rule_book(ctx.rules_dir());
  const store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  const ScreeningLists lists = load_screening_lists(ctx, db, opt);
  const model::DataFreshness freshness =
      data_freshness(db, db.datasets(false), std::move(policy), ctx.today());
  report::MatchView view{query, lists.matcher->match(query), opt,
                         screen::run_findings(book, freshness, ctx.today())};
  o.format == "json" ? report::print_match_json(ctx.out(), view)
                     : report::print_match_text(ctx.out(), view);
  bool review =
      std::any_of(view.run_findings.begin(), view.run_findings.end(),
                  [](const model::Finding& f) { return f.verdict != model::Verdict::clear; });
  return view.response.decision() == match::Decision::clear && !review ? 0 : 1;
}

}  // namespace

void setup_match(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto opts = std::make_shared<MatchCmdOptions>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("NAME", opts->name, "party name, in any script")->required();
  cmd->add_option("--country", opts->country,
                  "the party's country: ISO 3166-1 alpha-2 code or English name")
      ->type_name("CC");
  cmd->add_option("--id", opts->ids, "an identifier TYPE:NUMBER (e.g. LEI:5493...), repeatable")
      ->type_name("TYPE:NUMBER");
  add_format_option(cmd, opts->format, {"table", "json"});
  add_output_option(cmd, ctx.output_path);
  cmd->add_option("--threshold", opts->threshold,
                  "review threshold (default 0.80; match stays >= 0.92)")
      ->type_name("X")
      ->check(decimal(0, 1));
  cmd->add_option("--limit", opts->limit, "most results to show (default 10)")
      ->type_name("N")
      ->check(whole_number(1, 1000));
  add_freshness_options(cmd, opts->freshness);
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_match(ctx, *opts); }; });
}

}  // namespace ecc::cli
