// Parses the command line, runs the chosen command, and turns every failure
// into "exportcheck: error: ..." on stderr plus the documented exit code.
#include "cli/cli.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "util/error.hpp"
#include "util/output_file.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

// "did you mean" for an unknown first word that looks like a command.
std::string suggest_command(const std::string& word) {
  std::string best;
  size_t best_distance = 3;
  for (const CommandEntry& c : commands()) {
    size_t d = util::edit_distance(word, c.name);
    if (d < best_distance) {
      best_distance = d;
      best = c.name;
    }
  }
  return best;
}

bool is_known_command(const std::string& word) {
  for (const CommandEntry& c : commands()) {
    if (word == c.name) {
      return true;
    }
  }
  return false;
}

int report(const std::string& message, ExitCode code) {
  std::cerr << "exportcheck: error: " << message << "\n";
  return static_cast<int>(code);
}

}  // namespace

int run(int argc, char** argv) {
  // Standard output is checked: a failed write is exit 3 with its reason,
  // never a short report with a normal exit code.
  util::FdStream out(STDOUT_FILENO, "writing standard output");
  Context ctx(out.stream(), std::cerr, &out);
  CLI::App app{"exportcheck: may this order of AI chips ship? Offline export-control screening.",
               "exportcheck"};
  app.set_version_flag("--version", std::string("exportcheck ") + ECC_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--db", ctx.global.db_path,
                 "SQLite database (default: $EXPORTCHECK_DB or per-user)")
      ->type_name("PATH");
  app.add_option("--rules", ctx.global.rules_dir, "Rules folder (default: the shipped rules/)")
      ->type_name("DIR");
  app.add_flag("-q,--quiet", ctx.global.quiet, "No warnings or progress on stderr");
  for (const CommandEntry& c : commands()) {
    c.setup(app, ctx, c);
  }

  if (argc >= 2) {
    std::string first = argv[1];
    if (!first.empty() && first[0] != '-' && !is_known_command(first)) {
      std::string hint = suggest_command(first);
      return report("unknown command " + util::quote(first) +
                        (hint.empty() ? "" : " (did you mean " + util::quote(hint) + "?)") +
                        "; see 'exportcheck --help'",
                    ExitCode::usage);
    }
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
    std::string what = e.what();
    if (!what.empty() && what.back() == '\n') {
      what.pop_back();
    }
    return report(what + "; see 'exportcheck --help'", ExitCode::usage);
  } catch (const Error& e) {
    return report(e.what(), e.code());
  }

  try {
    if (!ctx.action) {
      return report("no command given; see 'exportcheck --help'", ExitCode::usage);
    }
    const int code = ctx.action();
    ctx.check_out();
    return code;
  } catch (const Error& e) {
    return report(e.what(), e.code());
  } catch (const std::bad_alloc&) {
    return report("out of memory", ExitCode::internal);
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what(), ExitCode::internal);
  }
}

}  // namespace ecc::cli
