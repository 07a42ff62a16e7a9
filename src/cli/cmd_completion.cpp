// `exportcheck completion bash|zsh|fish` and the hidden `exportcheck man`:
// the shell completions and the man page exportcheck(1), both rendered from
// the CLI11 tree the command table built (command_docs.hpp), so they name
// exactly the commands and options this binary accepts. The build runs both
// to install them (src/CMakeLists.txt).
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/command_docs.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"

namespace ecc::cli {

void setup_completion(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("SHELL", *shell, "the shell: bash, zsh or fish")
      ->required()
      ->check(one_of({"bash", "zsh", "fish"}));
  cmd->footer(
      "bash: source <(exportcheck completion bash)\n"
      "zsh:  exportcheck completion zsh > \"${fpath[1]}/_exportcheck\"\n"
      "fish: exportcheck completion fish > ~/.config/fish/completions/exportcheck.fish");
  cmd->callback([&app, &ctx, shell] {
    ctx.action = [&app, &ctx, shell] {
      ctx.out() << render_completion(describe_commands(app), *shell);
      return 0;
    };
  });
}

void setup_man(CLI::App& app, Context& ctx, const CommandEntry& self) {
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->group("");  // hidden: the build calls it, users read `man exportcheck`
  cmd->callback([&app, &ctx] {
    ctx.action = [&app, &ctx] {
      ctx.out() << render_man_page(describe_commands(app),
                                   std::string("exportcheck ") + ECC_VERSION);
      return 0;
    };
  });
}

}  // namespace ecc::cli
