// `exportcheck log verify|show FILE`: the audit log that `screen --log FILE`
// and `audit --log FILE` append to. verify walks the hash chain and names the
// first bad line (exit 3); show prints each record and the state of the chain.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "import/audit_log.hpp"
#include "report/ci_report.hpp"
#include "util/error.hpp"

namespace ecc::cli {

namespace {

struct LogOpts {
  std::string file;
  std::string format;
};

std::vector<std::string> existing_log(const std::string& file) {
  std::vector<std::string> lines = import::read_audit_log(file);
  if (lines.empty()) {
    throw DataError(file + ": no audit records (missing or empty file)");
  }
  return lines;
}

// Throws DataError naming the first bad line; otherwise returns the check.
ecc::import::ChainCheck checked_chain(const std::string& file,
                                      const std::vector<std::string>& lines) {
  auto c = import::verify_audit_chain(lines);
  if (c.bad_line) {
    throw DataError(file + ":" + std::to_string(*c.bad_line) + ": " + c.problem +
                    " (records before it that verify: " + std::to_string(c.records) + ")");
  }
  return c;
}

int run_verify(Context& ctx, const LogOpts& opts) {
  std::vector<std::string> lines = existing_log(opts.file);
  auto c = checked_chain(opts.file, lines);
  if (opts.format == "json") {
    report::print_log_chain_json(ctx.out(), {opts.file, c.records, c.last_hash}, nullptr);
    return 0;
  }
  ctx.out() << opts.file << ": " << c.records << " records, hash chain intact; last hash "
            << c.last_hash << "\n";
  return 0;
}

int run_show(Context& ctx, const LogOpts& opts) {
  std::vector<std::string> lines = existing_log(opts.file);
  if (opts.format == "json") {  // only a chain that verifies becomes a document
    auto c = checked_chain(opts.file, lines);
    report::print_log_chain_json(ctx.out(), {opts.file, c.records, c.last_hash}, &lines);
    return 0;
  }
  report::print_audit_log(ctx.out(), lines);
  auto c = checked_chain(opts.file, lines);
  ctx.out() << "chain: " << c.records << " records intact; last hash " << c.last_hash << "\n";
  return 0;
}

}  // namespace

void setup_log(CLI::App& app, Context& ctx, const CommandEntry& self) {
  CLI::App* log = app.add_subcommand(self.name, self.summary);
  log->require_subcommand(1);
  auto vo = std::make_shared<LogOpts>();
  CLI::App* verify = log->add_subcommand(
      "verify", "check the hash chain of an audit log (exit 3 at the first bad line)");
  verify->add_option("file", vo->file, "audit log written by 'screen --log' or 'audit --log'")
      ->required()
      ->type_name("FILE");
  add_format_option(verify, vo->format, {"table", "json"});
  add_output_option(verify, ctx.output_path);
  verify->callback([&ctx, vo] { ctx.action = [&ctx, vo] { return run_verify(ctx, *vo); }; });
  auto so = std::make_shared<LogOpts>();
  CLI::App* show =
      log->add_subcommand("show", "print the records of an audit log, then check its chain");
  show->add_option("file", so->file, "audit log written by 'screen --log' or 'audit --log'")
      ->required()
      ->type_name("FILE");
  add_format_option(show, so->format, {"table", "json"});
  add_output_option(show, ctx.output_path);
  show->callback([&ctx, so] { ctx.action = [&ctx, so] { return run_show(ctx, *so); }; });
}

}  // namespace ecc::cli
