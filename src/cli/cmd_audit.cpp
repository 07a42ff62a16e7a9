// `exportcheck audit CUSTOMERS.(csv|jsonl) [--format csv|json|html|sarif|junit]
// [--jobs N] [--threshold X] [-o FILE] [--keep-going] [--fail-on review|match]
// [--ignore FILE] [--max-data-age DAYS] [--log FILE] [--changed-since DATASET|DATE]`:
// matches every customer of a file against the active lists on all cores and
// writes one result per customer in input order (with --changed-since: only
// the customers with a hit on an entry added or changed since then). Exit 0
// when all are clear after suppressions, 1 when any reaches --fail-on, 3 for
// bad input or data (with --keep-going: after the whole file, when any row
// was bad). docs/matching.md ("Audit") and docs/ci.md.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>
#include <thread>

#include "cli/audit_ci.hpp"
#include "cli/audit_pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/output.hpp"
#include "cli/ownership_inputs.hpp"
#include "cli/run_settings.hpp"
#include "cli/version.hpp"
#include "import/customer_reader.hpp"
#include "import/file_digest.hpp"
#include "match/matcher.hpp"
#include "report/audit_report.hpp"
#include "rules/screening_rules.hpp"
#include "screen/audit_findings.hpp"
#include "screen/changed_since.hpp"
#include "screen/freshness.hpp"
#include "screen/ownership.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/hashing_streambuf.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct AuditOptions {
  std::string input;
  std::string format = "csv";
  unsigned jobs = 0;
  double threshold = -1.0;
  std::string output;
  bool keep_going = false;
  std::string fail_on = "review";
  std::string name_column, country_column, id_column;
  size_t hits = 3;
  ScreenCiOptions ci;      // --ignore, --max-data-age, --allow-stale, --log, --changed-since
  std::string affiliates;  // --affiliates-rule active|stayed
};

report::AuditFormat parsed_format(const std::string& f) {
  if (f == "json")
    return report::AuditFormat::json;
  if (f == "html")
    return report::AuditFormat::html;
  if (f == "sarif")
    return report::AuditFormat::sarif;
  if (f == "junit")
    return report::AuditFormat::junit;
  return report::AuditFormat::csv;
}

match::MatchOptions match_options(const AuditOptions& o) {
  match::MatchOptions opt;
  opt.max_results = std::max<size_t>(o.hits, 10);
  if (o.threshold >= 0.0) {
    opt.review_threshold = o.threshold;
    opt.match_threshold = std::max(opt.match_threshold, o.threshold);
    opt.min_score = std::min(opt.min_score, o.threshold);
  }
  return opt;
}

// The matchers of a run: the full one, and for --changed-since the prefilter
// over the changed entries (screen/changed_since.hpp).
struct AuditMatchers {
  std::unique_ptr<match::Matcher> full;
  std::unique_ptr<screen::ChangedPrefilter> prefilter;
  const AuditDelta* delta = nullptr;
  std::unique_ptr<std::atomic<size_t>> rescored;           // customers the full matcher re-scored
  const std::vector<model::ListEntry>* entries = nullptr;  // what the results index
};

// The response to one query: the full matcher's, or with --changed-since
// only its results on changed entries.
match::MatchResponse response_for(const AuditMatchers& m, const match::Query& q) {
  if (m.delta) {
    if (!m.prefilter)
      return {};  // nothing was added or changed
    bool rescored = false;
    match::MatchResponse r =
        screen::changed_hits(q, *m.prefilter, *m.full, m.delta->is_changed, &rescored);
    if (rescored)
      ++*m.rescored;
    return r;
  }
  return m.full->match(q);
}

// What ownership data the rows are checked against (null source: none imported).
struct AuditOwnership {
  const screen::OwnershipSource* source = nullptr;
  util::Date as_of;
};

// Ownership: the customer as a graph entity (LEI, exact name, or one of the
// list entries `keys` it matches) and what it inherits from listed owners.
void add_ownership(const AuditOwnership& own, const screen::AuditRules& rules,
                   const std::vector<std::string>& keys, report::CustomerResult& r) {
  model::OrderParty party;
  party.name = r.customer.name;
  party.country = r.customer.country;
  party.ids = r.customer.ids;
  r.ownership_evaluated = true;
  for (screen::CustomerRestriction& cr :
       screen::customer_restrictions(*own.source, party, keys, own.as_of)) {
    r.ownership.push_back({std::move(cr.text), &rules.ownership_rule(cr.regime, cr.status)});
  }
  if (!r.ownership.empty()) {
    r.ownership_decision = match::Decision::review;
    r.decision = std::max(r.decision, r.ownership_decision);
  }
}

// Matches one customer; ranks the results most restrictive first (one copy
// per entry listed by two sources), keeps the best `hits` (best name only)
// and a finding for every result that is not clear.
report::CustomerResult audit_customer(const AuditMatchers& m, const screen::AuditRules& rules,
                                      const AuditOwnership& own, model::Customer&& c, size_t hits) {
  report::CustomerResult r;
  r.customer = std::move(c);
  if (!r.customer.error.empty())
    return r;
  const match::Query q{r.customer.name, r.customer.country, r.customer.ids};
  match::MatchResponse resp = response_for(m, q);
  r.decision = resp.decision();
  r.guards = std::move(resp.notes);
  std::vector<match::MatchResult>& results = resp.results;
  std::vector<std::string> keys;  // every matched copy, before copies are merged
  for (const auto& h : results) {
    if (h.decision == match::Decision::match)
      keys.push_back(h.list_code + "|" + h.entry_key);
  }
  r.regimes = screen::rank_hits(results, *m.entries, rules);
  r.findings = screen::audit_findings(results, rules);
  // A delta report lists only customers that hit a changed entry: only they are looked up.
  const bool reported = !m.delta || !r.findings.empty();
  if (own.source && !own.source->empty() && reported)
    add_ownership(own, rules, keys, r);
  r.effective = std::max(screen::effective_decision(r.findings), r.ownership_decision);
  if (results.size() > hits) {
    results.resize(hits);
    r.regimes.resize(hits);
  }
  for (auto& h : results)
    h.aliases.resize(1);
  r.hits = std::move(results);
  return r;
}

unsigned job_count(unsigned jobs) {
  if (jobs > 0)
    return jobs;
  return std::max(1U, std::thread::hardware_concurrency());
}

// The input's name in messages and reports.
std::string input_name(const AuditOptions& o) {
  return o.input == "-" ? k_stdin_name : o.input;
}

// The customer file (or standard input, hashed as it is read), opened and its header checked.
struct AuditInput {
  std::string name;  // o.input, or k_stdin_name
  std::ifstream file;
  std::unique_ptr<util::HashingIstream> piped;  // "-": standard input, hashed as it is read
  std::istream* in = nullptr;
  double size = 0.0;  // bytes, 0 when unknown
  std::unique_ptr<import::CustomerReader> reader;
  // Share of the file read so far, for the progress bar.
  double fraction() {
    if (in->eof())
      return 1.0;
    const auto pos = static_cast<double>(in->tellg());
    return size > 0 && pos >= 0 ? std::min(1.0, pos / size) : 0.0;
  }
  // SHA-256 of the input, for the audit record.
  std::string sha256() { return piped ? piped->hex_digest() : import::file_sha256(name); }
};

void open_input(Context& ctx, const AuditOptions& o, AuditInput& input) {
  input.name = input_name(o);
  auto format = import::CustomerFormat::csv;
  if (o.input == "-") {
    input.piped = std::make_unique<util::HashingIstream>(ctx.in().rdbuf());
    input.in = input.piped.get();
    if (input.in->peek() == '{')  // JSON Lines; anything else is read as CSV
      format = import::CustomerFormat::jsonl;
  } else {
    input.file.open(o.input, std::ios::binary);
    if (!input.file)
      throw DataError(o.input + ": cannot open the customer file");
    std::error_code ec;
    const auto size = std::filesystem::file_size(o.input, ec);
    input.size = ec ? 0.0 : static_cast<double>(size);
    input.in = &input.file;
    format = import::customer_format_for(o.input);
  }
  input.reader = std::make_unique<import::CustomerReader>(
      *input.in, input.name,
      import::CustomerReaderOptions{format, o.name_column, o.country_column, o.id_column,
                                    o.keep_going});
}

// What the rows are audited with, besides the matchers.
struct AuditRun {
  const screen::AuditRules* rules = nullptr;
  screen::AuditSuppressor* suppressor = nullptr;
  AuditOwnership ownership;
  ResultsDigest digest;
  report::AuditSummary summary;
};

// Matches every row on the workers and writes the results (suppressions are
// applied on this thread, in input order); fills run.summary. A failed write
// stops the run at once (CommandOutput::check). The caller ends the writer.
void audit_rows(Context& ctx, const AuditOptions& o, AuditInput& input, const AuditMatchers& m,
                AuditRun& run, report::AuditWriter& writer, CommandOutput& output) {
  PipelineSteps steps;
  steps.read = [&](model::Customer& c) { return input.reader->next(c); };
  steps.audit = [&](model::Customer&& c) {
    return audit_customer(m, *run.rules, run.ownership, std::move(c), o.hits);
  };
  steps.write = [&](report::CustomerResult& r) {
    run.suppressor->apply(r.customer, r.findings);
    r.effective = std::max(screen::effective_decision(r.findings), r.ownership_decision);
    run.summary.add(r);
    run.digest.add(r);
    if (!m.delta || !r.findings.empty() || !r.customer.error.empty())
      writer.write(r);
    output.check();
  };
  steps.progress_fraction = [&input] { return input.fraction(); };
  const bool tty = !ctx.global.quiet && &ctx.err() == &std::cerr && isatty(STDERR_FILENO);
  writer.begin();
  run_audit_pipeline(steps, {job_count(o.jobs), 256, tty ? &ctx.err() : nullptr});
}

// What a delta audit did, and what its report is not.
void warn_delta(Context& ctx, const AuditDelta& d, const report::AuditSummary& s, size_t rescored) {
  ctx.warn("--changed-since " + d.since + ": delta report: " +
           std::to_string(s.customers - s.clear - s.errors) + " of " + std::to_string(s.customers) +
           " customers hit one of the " + std::to_string(d.changed.size()) +
           " added or changed entries (" + std::to_string(rescored) +
           " re-scored by the full matcher); customers without such a hit are not listed, and "
           "removed entries cannot create hits");
}

// 1 when a customer (after suppressions) or, with --fail-on review, a run
// finding (stale lists) is at or above --fail-on.
int exit_code(Context& ctx, const AuditOptions& o, const report::AuditSummary& s,
              const std::vector<model::Finding>& run_findings) {
  const std::string input = input_name(o);
  if (s.customers == 0)
    ctx.warn(input + ": no customer rows");
  if (s.errors > 0) {
    throw DataError(input + ": " + std::to_string(s.errors) +
                    " row(s) could not be audited; see their error records");
  }
  const auto fail_on = o.fail_on == "match" ? match::Decision::match : match::Decision::review;
  const bool run_review =
      std::any_of(run_findings.begin(), run_findings.end(),
                  [](const model::Finding& f) { return f.verdict != model::Verdict::clear; });
  return s.failing(fail_on) > 0 || (run_review && fail_on == match::Decision::review) ? 1 : 0;
}

// The matchers: the full one (keeping every result in a delta audit, whose
// hits are then filtered to the changed entries) and the delta's prefilter.
AuditMatchers build_matchers(const AuditLists& lists, const match::MatchOptions& opt,
                             const std::optional<AuditDelta>& delta) {
  AuditMatchers m;
  m.rescored = std::make_unique<std::atomic<size_t>>(0);
  m.entries = &lists.entries;
  match::MatchOptions full = opt;
  if (delta)
    full.max_results = std::numeric_limits<size_t>::max();
  m.full = std::make_unique<match::Matcher>(lists.entries, full);
  if (delta) {
    m.delta = &*delta;
    if (!delta->changed.empty())
      m.prefilter = std::make_unique<screen::ChangedPrefilter>(delta->changed, *m.full);
  }
  return m;
}

report::AuditHeader audit_header(Context& ctx, const AuditOptions& o,
                                 const match::MatchOptions& opt, const AuditMatchers& m,
                                 const report::DataProvenance& data,
                                 const std::vector<screen::SuppressionStatus>& statuses,
                                 const std::vector<model::Finding>& run_findings) {
  report::AuditHeader h;
  h.input = input_name(o);
  h.generated = ctx.now_iso();
  h.review_threshold = opt.review_threshold;
  h.match_threshold = opt.match_threshold;
  h.data = &data;
  h.fail_on = o.fail_on;
  h.delta = m.delta ? m.delta->since : "";
  h.suppressions = &statuses;
  h.run_findings = &run_findings;
  return h;
}

// The report's provenance block. The input's hash is known up front for a
// file; for standard input only once it is read (run_audit fills it in then).
report::RunProvenance run_provenance(Context& ctx, const AuditOptions& o,
                                     const match::MatchOptions& opt, const model::RuleBook& book,
                                     const AuditLists& lists) {
  report::RunProvenance p;
  p.tool_version = ECC_VERSION;
  p.commit = build_commit();
  p.rules_version = book.version;
  p.as_of = ctx.today();
  p.generated = ctx.now_iso();
  p.input = input_name(o);
  p.input_sha256 = o.input == "-" ? "" : import::file_sha256(o.input);
  p.review_threshold = opt.review_threshold;
  p.match_threshold = opt.match_threshold;
  p.stale_after_days = freshness_policy(ctx, o.ci.freshness).max_age_days;  // as stale-lists
  p.datasets = lists.datasets;
  return p;
}

// The last line on stderr: "3 of 200 customers at or above review (2 after
// suppressions); report: out.html".
void print_run_summary(Context& ctx, const AuditOptions& o, const report::AuditSummary& s) {
  if (ctx.global.quiet)
    return;
  const auto fail_on = o.fail_on == "match" ? match::Decision::match : match::Decision::review;
  const size_t before = fail_on == match::Decision::match ? s.match : s.review + s.match;
  std::string line = "exportcheck: audit: " + std::to_string(before) + " of " +
                     std::to_string(s.customers) + " customers at or above " + o.fail_on;
  if (s.failing(fail_on) != before)
    line += " (" + std::to_string(s.failing(fail_on)) + " after suppressions)";
  if (s.errors > 0)
    line += ", " + std::to_string(s.errors) + " bad row(s)";
  line += "; report: " + (o.output.empty() ? std::string("standard output") : o.output);
  ctx.err() << line << "\n";
}

int run_audit(Context& ctx, const AuditOptions& o) {
  // 1. Options, input (its header is checked first), suppressions, the audit log's chain.
  const match::MatchOptions opt = match_options(o);
  AuditInput input;
  open_input(ctx, o, input);
  const std::vector<model::Suppression> suppressions = load_suppressions(o.ci);
  model::FreshnessPolicy policy = freshness_policy(ctx, o.ci.freshness);
  const model::AffiliatesAssumption affiliates = affiliates_assumption(ctx, o.affiliates);
  if (!o.ci.log_file.empty())
    checked_log_chain(o.ci.log_file);
  // 2. Rules (each finding cites one), lists (fail closed), the delta and the matchers.
  const model::RuleBook book = rules::load_rule_book(ctx.rules_dir(), affiliates);
  const store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  const AuditLists lists = load_audit_lists(db, o.ci);
  const std::optional<AuditDelta> delta = audit_delta(ctx, db, lists.entries, o.ci.changed_since);
  const AuditMatchers matchers = build_matchers(lists, opt, delta);
  const screen::AuditRules rules(book, ctx.today());
  screen::AuditSuppressor suppressor(suppressions, lists.entries, ctx.today());
  // Ownership: for a whole file the graph is analysed once for today, then only read by the
  // workers; a delta report looks up its few customers' ancestry in the ownership index.
  const OwnershipInputs ownership =
      load_ownership(db, ctx.rules_dir(),
                     delta ? OwnershipMode::per_party : OwnershipMode::whole_graph, affiliates);
  std::vector<model::Assumption> assumptions;
  if (!ownership.empty()) {
    ownership.source->prepare(ctx.today());
    if (auto a = screen::affiliates_assumption(ownership.source->rules(), ctx.today()))
      assumptions.push_back(*a);
  }
  // The run's findings (screen/freshness.hpp), never each row's: stale lists,
  // and the assumed Affiliates Rule state when ownership data is audited.
  const std::vector<model::Finding> run_findings =
      screen::run_findings(book, data_freshness(db, lists.datasets, std::move(policy), ctx.today()),
                           ctx.today(), assumptions);
  // 3. Output: stdout or -o FILE, written all or nothing (a bad row without
  // --keep-going leaves no report, and an old FILE as it was).
  CommandOutput output(ctx, o.output);
  const report::DataProvenance data{lists.datasets, book.version, ECC_VERSION};
  report::RunProvenance provenance = run_provenance(ctx, o, opt, book, lists);
  report::AuditHeader header =
      audit_header(ctx, o, opt, matchers, data, suppressor.statuses(), run_findings);
  header.provenance = &provenance;
  auto writer = report::make_audit_writer(parsed_format(o.format), output.stream(), header);
  // 4. Match in parallel, write in input order; 5. suppressions, exit code, audit record.
  AuditRun run{&rules, &suppressor, {ownership.source.get(), ctx.today()}, {}, {}};
  audit_rows(ctx, o, input, matchers, run, *writer, output);
  if (provenance.input_sha256.empty())
    provenance.input_sha256 = input.sha256();
  writer->end(run.summary);
  output.commit();  // complete (with --keep-going: with its error records) before the exit code
  warn_suppressions(ctx, suppressor.statuses());
  if (delta)
    warn_delta(ctx, *delta, run.summary, *matchers.rescored);
  run.digest.add_run(run_findings);
  print_run_summary(ctx, o, run.summary);
  const int code = exit_code(ctx, o, run.summary, run_findings);
  if (!o.ci.log_file.empty()) {
    append_audit_run_record(ctx, o.ci.log_file, input.name, provenance.input_sha256,
                            {&data, o.fail_on, opt.review_threshold, opt.match_threshold,
                             header.delta, run.summary, &suppressor.statuses(), run.digest.hex()},
                            code);
  }
  return code;
}

}  // namespace

void setup_audit(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("CUSTOMERS", o->input,
                  "customer file: .csv (with a header; ',', ';' or tab) or .jsonl; - for standard "
                  "input")
      ->required();
  add_format_option(cmd, o->format, {"csv", "json", "html", "sarif", "junit"});
  cmd->add_option("--jobs,-j", o->jobs, "worker threads (default: all hardware threads)")
      ->type_name("N")
      ->check(whole_number(1, 256));
  cmd->add_option("--threshold", o->threshold,
                  "review threshold (default 0.80; match stays >= 0.92)")
      ->type_name("X")
      ->check(decimal(0, 1));
  cmd->add_option("-o,--output", o->output, "write the report to FILE instead of stdout");
  cmd->add_flag("--keep-going", o->keep_going,
                "report a bad row as an error record and go on (exit 3 at the end)");
  cmd->add_option("--fail-on", o->fail_on,
                  "exit 1 when any customer (after suppressions) is review (default) or match")
      ->check(one_of({"review", "match"}));
  cmd->add_option("--name-column", o->name_column, "header (or JSON key) of the customer name");
  cmd->add_option("--country-column", o->country_column, "header (or JSON key) of the country");
  cmd->add_option("--id-column", o->id_column, "header (or JSON key) of the customer id");
  cmd->add_option("--hits", o->hits, "best hits to report per customer (default 3)")
      ->type_name("N")
      ->check(whole_number(1, 10));
  add_affiliates_option(cmd, o->affiliates);
  add_ci_options(cmd, o->ci,
                 "re-screen only against entries added or changed since dataset N (3 or #3) or "
                 "since the lists active on a date; report only customers that hit them",
                 "DATASET|DATE");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { return run_audit(ctx, *o); }; });
}

}  // namespace ecc::cli
