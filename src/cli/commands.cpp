#include "cli/commands.hpp"

#include <array>

namespace ecc::cli {

namespace {

constexpr std::array k_commands = {
    CommandEntry{"db", "import restricted-party lists and inspect the database", setup_db},
    CommandEntry{"match", "match one party name against the restricted-party lists", setup_match},
    CommandEntry{"classify", "classify an AI chip, board or server under ECCN 3A090/4A090", setup_classify},
    CommandEntry{"products", "list and show the chip catalog", setup_products},
};

}  // namespace

std::span<const CommandEntry> commands() { return k_commands; }

}  // namespace ecc::cli
