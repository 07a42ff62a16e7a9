// `exportcheck db ...`: import lists, show their status, diff two imports.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "util/error.hpp"

namespace ecc::cli {

void setup_db(CLI::App& app, Context& ctx, const CommandEntry& self) {
  CLI::App* db = app.add_subcommand(self.name, self.summary);
  db->require_subcommand(1);
  CLI::App* status = db->add_subcommand("status", "show each list's entries, data date and age");
  status->callback([&ctx] { ctx.action = [] { return 0; }; });
}

}  // namespace ecc::cli
