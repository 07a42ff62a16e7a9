#pragma once
// The command line as data: every subcommand with its summary, options,
// value names and choices, read from the CLI11 tree that the command table
// (commands.cpp) builds. The man page and the shell completions are rendered
// from it, so they always show the options the binary really accepts.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ecc::cli {

struct OptionDoc {
  std::vector<std::string> names;    // "-o", "--output"; empty for a positional
  std::string value;                 // "FILE", "DAYS"; empty for a flag
  std::string help;                  // the --help text
  std::vector<std::string> choices;  // the allowed values, when the option has a fixed set
  bool positional = false;
  bool required = false;
  bool many = false;  // takes several values (FILE...)
};

struct CommandDoc {
  std::string name;     // "status"; "exportcheck" for the root
  std::string path;     // "exportcheck db status"
  std::string summary;  // the --help description
  std::vector<OptionDoc> options;
  std::vector<CommandDoc> subcommands;  // hidden ones (e.g. `man`) left out
  bool needs_subcommand = false;
};

// The documented tree under `app` (CLI11 is not needed to read the result).
CommandDoc describe_commands(const CLI::App& app);

// The man page exportcheck(1) in roff, for `exportcheck man`.
std::string render_man_page(const CommandDoc& root, const std::string& version);

// A completion script for `shell` (bash, zsh or fish), for `exportcheck
// completion SHELL`; the caller checks the name.
std::string render_completion(const CommandDoc& root, const std::string& shell);

}  // namespace ecc::cli
