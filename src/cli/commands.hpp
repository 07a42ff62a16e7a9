#pragma once
// The table of subcommands. Each command lives in its own file cmd_<name>.cpp
// and provides a setup function that adds its CLI11 subcommand and sets
// ctx.action when that subcommand is chosen. To add a command: write the file,
// declare its setup here, add it to k_commands in commands.cpp.

#include <span>

namespace CLI {
class App;
}

namespace ecc::cli {

class Context;

struct CommandEntry {
  const char* name;
  const char* summary;
  void (*setup)(CLI::App& app, Context& ctx, const CommandEntry& self);
};

// All commands, in the order `exportcheck --help` lists them.
std::span<const CommandEntry> commands();

void setup_db(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_match(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_audit(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_classify(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_products(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_screen(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_rules(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_log(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_owners(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_completion(CLI::App& app, Context& ctx, const CommandEntry& self);
void setup_man(CLI::App& app, Context& ctx, const CommandEntry& self);

}  // namespace ecc::cli
