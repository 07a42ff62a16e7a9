#pragma once
// Plain explanations of a command line that CLI11 refused, at every level of
// subcommands: "unknown command 'db statsu' (did you mean 'db status'?)",
// "unknown option '--formt' (did you mean '--format'?)", and which help to
// read ("exportcheck db --help"), so that a typo is never answered with
// CLI11's "A subcommand is required".

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ecc::cli {

struct UsageHint {
  std::string problem;  // empty when every word of the command line is known
  std::string command;  // the deepest subcommand named, e.g. "exportcheck db status"
};

// Walks `args` (without the program name) through the command tree under
// `root` the way CLI11 reads it: subcommands, options of a subcommand and of
// the commands above it (fallthrough), option values and positionals. The
// first unknown subcommand or option becomes `problem` with the closest
// known name; a command that needs a subcommand and got none says which.
UsageHint usage_hint(const CLI::App& root, const std::vector<std::string>& args);

}  // namespace ecc::cli
