#include "cli/usage_hints.hpp"

#include <doctest/doctest.h>

#include <CLI/CLI.hpp>

namespace {

// A tree shaped like exportcheck's: global options, a command with
// subcommands, a command with a positional and options.
struct Tree {
  CLI::App app{"test", "exportcheck"};
  std::string db, format, file;
  std::vector<std::string> ids;
  bool json = false;
  Tree() {
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--db", db);
    CLI::App* dbc = app.add_subcommand("db", "database");
    dbc->require_subcommand(1);
    dbc->add_subcommand("status", "status")->add_flag("--json", json);
    dbc->add_subcommand("show", "show");
    CLI::App* hidden = app.add_subcommand("man", "man page");
    hidden->group("");
    CLI::App* audit = app.add_subcommand("audit", "audit");
    audit->add_option("CUSTOMERS", file);
    audit->add_option("--format", format);
    audit->add_option("-o,--output", file);
    audit->add_option("--id", ids);
  }
  ecc::cli::UsageHint hint(std::vector<std::string> args) const {
    return ecc::cli::usage_hint(app, args);
  }
};

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("cli::usage_hint") {
    Tree t;
    SUBCASE("an unknown subcommand at the top and one level down") {
      auto top = t.hint({"dbb", "status"});
      CHECK(top.problem == "unknown command 'dbb' (did you mean 'db'?)");
      CHECK(top.command == "exportcheck");
      auto nested = t.hint({"--db", "x.db", "db", "statsu"});
      CHECK(nested.problem == "unknown command 'db statsu' (did you mean 'db status'?)");
      CHECK(nested.command == "exportcheck db");
    }
    SUBCASE("nothing close: no suggestion; hidden commands are not suggested") {
      CHECK(t.hint({"db", "frobnicate"}).problem == "unknown command 'db frobnicate'");
      CHECK(t.hint({"mn"}).problem == "unknown command 'mn'");
    }
    SUBCASE("an unknown option names the subcommand it was given to") {
      auto h = t.hint({"audit", "c.csv", "--formt", "json"});
      CHECK(h.problem == "unknown option '--formt' (did you mean '--format'?)");
      CHECK(h.command == "exportcheck audit");
      CHECK(t.hint({"db", "status", "--jsno"}).problem ==
            "unknown option '--jsno' (did you mean '--json'?)");
    }
    SUBCASE("option values are skipped, inherited options are known") {
      auto h = t.hint({"audit", "--format", "statsu", "--db=x", "-o", "out", "c.csv"});
      CHECK(h.problem.empty());
      CHECK(h.command == "exportcheck audit");
      CHECK(t.hint({"audit", "--id", "A:1", "B:2", "--formt"}).problem ==
            "unknown option '--formt' (did you mean '--format'?)");
    }
    SUBCASE("a command that needs a subcommand and got none") {
      CHECK(t.hint({"db"}).problem == "'exportcheck db' needs a command: status, show");
      CHECK(t.hint({}).problem == "'exportcheck' needs a command: db, audit");
    }
    SUBCASE("everything known, and words after -- are not looked at") {
      CHECK(t.hint({"db", "status", "--json"}).problem.empty());
      CHECK(t.hint({"audit", "--", "--formt"}).problem.empty());
    }
  }
}
