#include "cli/version.hpp"

#include "cli/context.hpp"
#include "ecc_build_commit.hpp"  // generated at build time by cmake/WriteBuildCommit.cmake
#include "rules/screening_rules.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

namespace ecc::cli {

std::string build_commit() {
  return ECC_BUILD_COMMIT;
}

std::string version_text(const Context& ctx) {
  std::string text = std::string("exportcheck ") + ECC_VERSION + " (commit " + build_commit() +
                     ")\ndatabase schema " + std::to_string(store::k_schema_version) + "\n";
  try {
    const std::string dir = ctx.rules_dir();
    text += "rules " + rules::load_rule_book(dir).version + " (" + dir + ")";
  } catch (const Error& e) {
    text += std::string("rules: not loaded: ") + e.what();
  }
  return text;
}

}  // namespace ecc::cli
