#pragma once
// `exportcheck db verify [FILE...]`, a subcommand of `db` (cmd_db.cpp adds it).

namespace CLI {
class App;
}

namespace ecc::cli {

class Context;

// Adds `verify` under the `db` subcommand.
void setup_db_verify(CLI::App* db, Context& ctx);

}  // namespace ecc::cli
