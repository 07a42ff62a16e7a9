#include "cli/commands.hpp"

#include <array>

namespace ecc::cli {

namespace {

constexpr std::array k_commands = {
    CommandEntry{"db", "import restricted-party lists and inspect the database", setup_db},
};

}  // namespace

std::span<const CommandEntry> commands() { return k_commands; }

}  // namespace ecc::cli
