#pragma once
// What `exportcheck --version` says: the tool version and the commit it was
// built from, the database schema it writes and the rules it would apply.

#include <string>

namespace ecc::cli {

class Context;

// The commit of the source tree at build time ("95f9faf1c2ab", with
// "-modified" when tracked files had changes), or "unknown" outside git.
std::string build_commit();

// Three lines: "exportcheck 0.1.0 (commit C)", "database schema N", and
// "rules VERSION (DIR)" or "rules: not loaded: REASON" when they do not load.
std::string version_text(const Context& ctx);

}  // namespace ecc::cli
