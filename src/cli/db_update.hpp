#pragma once
// `exportcheck db update` and `db check`, subcommands of `db` (cmd_db.cpp adds them).

namespace CLI {
class App;
}

namespace ecc::cli {

class Context;

// Adds `update` under the `db` subcommand (db_update.cpp).
void setup_db_update(CLI::App* db, Context& ctx);

// Adds `check` under the `db` subcommand (db_check.cpp).
void setup_db_check(CLI::App* db, Context& ctx);

}  // namespace ecc::cli
