// The walk mirrors CLI11's reading of a command line closely enough to name
// the first word it could not place: a word where a subcommand is required
// must be one of them; a word starting with '-' must be an option of the
// current subcommand or of one above it; an option with a value takes the
// next word (a list option takes every word up to the next option). It runs
// only after CLI11 has refused the command line, to explain why.
#include "cli/usage_hints.hpp"

#include <CLI/CLI.hpp>

#include "util/strings.hpp"

namespace ecc::cli {

namespace {

constexpr size_t k_max_typo_distance = 2;

// The closest of `names` to `word` within k_max_typo_distance, else "".
std::string closest(const std::string& word, const std::vector<std::string>& names) {
  std::string best;
  size_t best_distance = k_max_typo_distance + 1;
  for (const std::string& n : names) {
    size_t d = util::edit_distance(word, n);
    if (d < best_distance && d < n.size()) {
      best_distance = d;
      best = n;
    }
  }
  return best;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::App* sub : app.get_subcommands(
           [](const CLI::App* a) { return !a->get_group().empty() && !a->get_name().empty(); })) {
    out.push_back(sub->get_name());
  }
  return out;
}

const CLI::App* find_subcommand(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == name) {
      return sub;
    }
  }
  return nullptr;
}

// The option NAME ("--format", "-o") of `app` or of a command above it.
const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
  for (; app != nullptr; app = app->get_parent()) {
    if (const CLI::Option* o = app->get_option_no_throw(name)) {
      return o;
    }
  }
  return nullptr;
}

std::vector<std::string> option_names(const CLI::App* app, bool long_names) {
  std::vector<std::string> out;
  for (; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* o : app->get_options({})) {
      for (const std::string& n : long_names ? o->get_lnames() : o->get_snames()) {
        out.push_back((long_names ? "--" : "-") + n);
      }
    }
  }
  return out;
}

std::string with_hint(const std::string& what, const std::string& hint) {
  return what + (hint.empty() ? "" : " (did you mean " + util::quote(hint) + "?)");
}

// The words after the program name of `command` ("db status"), for messages.
std::string words_after_program(const std::string& command, const std::string& word) {
  size_t space = command.find(' ');
  return space == std::string::npos ? word : command.substr(space + 1) + " " + word;
}

struct Walk {
  const CLI::App* app;
  UsageHint hint;

  void enter(const CLI::App* sub) {
    app = sub;
    hint.command += " " + sub->get_name();
  }

  // An option word; returns how many following words it takes as values.
  size_t option(const std::string& arg, const std::vector<std::string>& rest) {
    bool is_long = util::starts_with(arg, "--");
    std::string name = is_long ? arg.substr(0, arg.find('=')) : arg.substr(0, 2);
    const CLI::Option* o = find_option(app, name);
    if (o == nullptr) {
      hint.problem = with_hint("unknown option " + util::quote(name),
                               closest(name, option_names(app, is_long)));
      return 0;
    }
    bool inline_value = is_long ? arg.find('=') != std::string::npos : arg.size() > 2;
    if (o->get_type_size_max() == 0 || inline_value) {
      return 0;
    }
    if (o->get_items_expected_max() <= 1) {
      return 1;
    }
    size_t n = 0;
    while (n < rest.size() && !util::starts_with(rest[n], "-")) {
      ++n;
    }
    return n;
  }

  // A word that is not an option: a subcommand, or a positional.
  void word(const std::string& w) {
    if (const CLI::App* sub = find_subcommand(*app, w)) {
      enter(sub);
      return;
    }
    if (app->get_require_subcommand_min() > 0) {
      std::string near = closest(w, subcommand_names(*app));
      hint.problem =
          with_hint("unknown command " + util::quote(words_after_program(hint.command, w)),
                    near.empty() ? "" : words_after_program(hint.command, near));
    }
  }
};

}  // namespace

UsageHint usage_hint(const CLI::App& root, const std::vector<std::string>& args) {
  Walk walk{&root, {"", root.get_name()}};
  for (size_t i = 0; i < args.size() && walk.hint.problem.empty(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      break;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::vector<std::string> rest(args.begin() + static_cast<long>(i) + 1, args.end());
      i += walk.option(arg, rest);
    } else {
      walk.word(arg);
    }
  }
  if (walk.hint.problem.empty() && walk.app->get_require_subcommand_min() > 0) {
    walk.hint.problem = "'" + walk.hint.command +
                        "' needs a command: " + util::join(subcommand_names(*walk.app), ", ");
  }
  return walk.hint;
}

}  // namespace ecc::cli
