// Parses the command line, runs the chosen command, and turns every failure
// into "exportcheck: error: ..." on stderr plus the documented exit code.
#include "cli/cli.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/usage_hints.hpp"
#include "cli/version.hpp"
#include "util/error.hpp"
#include "util/output_file.hpp"

namespace ecc::cli {

namespace {

int report(const std::string& message, ExitCode code) {
  std::cerr << "exportcheck: error: " << message << "\n";
  return static_cast<int>(code);
}

// A refused command line: the first unknown word with a did-you-mean when
// there is one (usage_hints.hpp), else CLI11's message, and the help of the
// subcommand it was meant for.
int usage_error(const CLI::App& app, int argc, char** argv, std::string what) {
  if (!what.empty() && what.back() == '\n') {
    what.pop_back();
  }
  const UsageHint hint = usage_hint(app, std::vector<std::string>(argv + 1, argv + argc));
  return report(
      (hint.problem.empty() ? what : hint.problem) + "; see '" + hint.command + " --help'",
      ExitCode::usage);
}

}  // namespace

int run(int argc, char** argv) {
  // Standard output is checked: a failed write is exit 3 with its reason,
  // never a short report with a normal exit code.
  util::FdStream out(STDOUT_FILENO, "writing standard output");
  Context ctx(std::cin, out.stream(), std::cerr, &out);
  CLI::App app{"exportcheck: may this order of AI chips ship? Offline export-control screening.",
               "exportcheck"};
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--db", ctx.global.db_path,
                 "SQLite database (default: $EXPORTCHECK_DB or per-user)")
      ->type_name("PATH");
  app.add_option("--rules", ctx.global.rules_dir,
                 "Rules folder (default: rules/ of ../share/exportcheck or $EXPORTCHECK_HOME)")
      ->type_name("DIR");
  app.add_flag("-q,--quiet", ctx.global.quiet, "No warnings or progress on stderr");
  // After --rules, so that its value is set when the version text is made.
  app.set_version_flag(
      "--version", [&ctx] { return version_text(ctx); },
      "Print the version, commit, database schema and rules version");
  for (const CommandEntry& c : commands()) {
    c.setup(app, ctx, c);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    const int code = app.exit(e, out.stream(), std::cerr);
    try {
      ctx.check_out();
    } catch (const Error& failed) {
      return report(failed.what(), failed.code());
    }
    return code;
  } catch (const CLI::ParseError& e) {
    return usage_error(app, argc, argv, e.what());
  } catch (const Error& e) {
    return report(e.what(), e.code());
  }

  try {
    if (!ctx.action) {
      return report("no command given; see 'exportcheck --help'", ExitCode::usage);
    }
    // -o FILE: the result goes to a temporary file renamed over FILE only
    // when the command returns one; an error leaves FILE as it was.
    std::unique_ptr<util::OutputFile> file;
    if (!ctx.output_path.empty()) {
      file = std::make_unique<util::OutputFile>(ctx.output_path);
      ctx.redirect_out(file->stream(), ctx.output_path);
    }
    const int code = ctx.action();
    ctx.check_out();
    if (file) {
      file->commit();
    }
    return code;
  } catch (const Error& e) {
    return report(e.what(), e.code());
  } catch (const std::filesystem::filesystem_error& e) {
    // The system refused a file operation (permissions, a full disk, a
    // vanished folder): a problem of the place, not a bug.
    return report(e.what(), ExitCode::bad_input);
  } catch (const std::bad_alloc&) {
    return report("out of memory", ExitCode::internal);
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what(), ExitCode::internal);
  }
}

}  // namespace ecc::cli
