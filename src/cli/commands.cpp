#include "cli/commands.hpp"

#include <array>

namespace ecc::cli {

namespace {

constexpr std::array k_commands = {
    CommandEntry{"screen", "screen orders: a cited verdict per line and per order", setup_screen},
    CommandEntry{"rules", "list and show the screening rules with their citations", setup_rules},
    CommandEntry{"db", "import restricted-party lists and inspect the database", setup_db},
    CommandEntry{"match", "match one party name against the restricted-party lists", setup_match},
    CommandEntry{"audit", "match a whole customer file against the restricted-party lists",
                 setup_audit},
    CommandEntry{"classify", "classify an AI chip, board or server under ECCN 3A090/4A090",
                 setup_classify},
    CommandEntry{"products", "list and show the chip catalog", setup_products},
    CommandEntry{"log", "verify and show the hash-chained audit log of 'screen --log'", setup_log},
    CommandEntry{"owners", "ownership of a party: inherited restrictions, paths, ultimate parent",
                 setup_owners},
    CommandEntry{"completion", "print a shell completion script for bash, zsh or fish",
                 setup_completion},
    CommandEntry{"man", "print the man page exportcheck(1) in roff (hidden; the build runs it)",
                 setup_man},
};

}  // namespace

std::span<const CommandEntry> commands() {
  return k_commands;
}

}  // namespace ecc::cli
