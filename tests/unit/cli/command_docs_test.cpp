#include "cli/command_docs.hpp"

#include <doctest/doctest.h>

#include <CLI/CLI.hpp>

#include "cli/option_checks.hpp"

namespace {

struct Tree {
  CLI::App app{"exportcheck: test tool", "exportcheck"};
  std::string db, format, file;
  bool json = false;
  Tree() {
    app.add_option("--db", db, "the database")->type_name("PATH");
    CLI::App* audit = app.add_subcommand("audit", "audit a customer file");
    audit->add_option("CUSTOMERS", file, "customer file")->required();
    audit->add_option("--format", format, "output format")
        ->check(ecc::cli::one_of({"csv", "json"}));
    audit->add_flag("--keep-going", json, "go on");
    app.add_subcommand("man", "hidden")->group("");
  }
};

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("cli::describe_commands") {
    Tree t;
    ecc::cli::CommandDoc root = ecc::cli::describe_commands(t.app);
    REQUIRE(root.subcommands.size() == 1);  // the hidden `man` is left out
    const ecc::cli::CommandDoc& audit = root.subcommands[0];
    CHECK(audit.path == "exportcheck audit");
    REQUIRE(audit.options.size() == 4);  // --help, CUSTOMERS, --format, --keep-going
    CHECK(audit.options[1].positional);
    CHECK(audit.options[1].value == "CUSTOMERS");
    CHECK(audit.options[1].required);
    CHECK(audit.options[2].names == std::vector<std::string>{"--format"});
    CHECK(audit.options[2].value == "TEXT");
    CHECK(audit.options[2].choices == std::vector<std::string>{"csv", "json"});
    CHECK(audit.options[3].value.empty());
  }

  TEST_CASE("cli::render_man_page") {
    Tree t;
    std::string man =
        ecc::cli::render_man_page(ecc::cli::describe_commands(t.app), "exportcheck 9");
    CHECK(man.find(".TH EXPORTCHECK 1 \"\" \"\\&exportcheck 9\"") == 0);
    CHECK(man.find("exportcheck \\- \\&test tool") != std::string::npos);
    CHECK(man.find("\\fB\\&\\-\\-db\\fR \\fI\\&PATH\\fR") != std::string::npos);
    CHECK(man.find("\\fB\\&\\-\\-format\\fR") != std::string::npos);
    CHECK(man.find(".br\nOne of: \\&csv, json.") != std::string::npos);
    CHECK(man.find("\\-\\-keep\\-going") != std::string::npos);
    CHECK(man.find("hidden") == std::string::npos);
  }

  TEST_CASE("cli::render_completion") {
    Tree t;
    ecc::cli::CommandDoc root = ecc::cli::describe_commands(t.app);
    std::string bash = ecc::cli::render_completion(root, "bash");
    CHECK(bash.find("'') echo 'audit' ;;") != std::string::npos);
    CHECK(bash.find("'audit|--format') echo choices ;;") != std::string::npos);
    CHECK(bash.find("'audit|--db') echo file ;;") != std::string::npos);  // inherited
    CHECK(bash.find("'audit|--format') echo 'csv json' ;;") != std::string::npos);
    CHECK(bash.find("complete -o filenames -F _exportcheck exportcheck") != std::string::npos);
    std::string zsh = ecc::cli::render_completion(root, "zsh");
    CHECK(zsh.find("#compdef exportcheck\n") == 0);
    std::string fish = ecc::cli::render_completion(root, "fish");
    CHECK(fish.find("complete -c exportcheck -n '__exportcheck_at \\'audit\\'' -l format -x -a "
                    "'csv json' -d 'output format'") != std::string::npos);
  }
}
