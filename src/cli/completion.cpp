// Shell completion scripts rendered from the command tree. Each script walks
// the words before the cursor the way usage_hints.cpp does (subcommands,
// options and the values they take) to find the command being typed, then
// offers its subcommands, its options (with those of the commands above
// it), an option's choices, or file names where a value is a file. bash and
// zsh share one set of table functions; fish gets native `complete` lines.
#include <algorithm>
#include <sstream>

#include "cli/command_docs.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

// One command of the tree with everything a completion needs at that point.
struct Level {
  std::string key;  // the words after the program name: "", "db", "db status"
  const CommandDoc* doc = nullptr;
  std::vector<const OptionDoc*> options;  // its own and the inherited ones
};

bool shares_a_name(const OptionDoc& a, const OptionDoc& b) {
  for (const std::string& n : a.names) {
    if (std::find(b.names.begin(), b.names.end(), n) != b.names.end()) {
      return true;
    }
  }
  return false;
}

// The options valid at `c`: its own, and those of the commands above it that
// it does not redefine (every level has its own --help).
void collect(const CommandDoc& c, const std::string& key, std::vector<const OptionDoc*> inherited,
             std::vector<Level>& out) {
  for (const OptionDoc& o : c.options) {
    if (o.positional) {
      continue;
    }
    std::erase_if(inherited, [&](const OptionDoc* up) { return shares_a_name(*up, o); });
    inherited.push_back(&o);
  }
  out.push_back({key, &c, inherited});
  for (const CommandDoc& sub : c.subcommands) {
    collect(sub, key.empty() ? sub.name : key + " " + sub.name, inherited, out);
  }
}

std::vector<Level> levels(const CommandDoc& root) {
  std::vector<Level> out;
  collect(root, "", {}, out);
  return out;
}

// What a value is: "choices", "dir", "file", or "text" (no completion).
std::string value_kind(const OptionDoc& o) {
  if (!o.choices.empty()) {
    return "choices";
  }
  const std::string& v = o.value;
  if (v == "DIR") {
    return "dir";
  }
  for (const char* word : {"FILE", "PATH", "ORDER", "CUSTOMERS"}) {
    if (v.find(word) != std::string::npos) {
      return "file";
    }
  }
  return "text";
}

// The command's first positional argument, or null.
const OptionDoc* positional(const CommandDoc& c) {
  for (const OptionDoc& o : c.options) {
    if (o.positional) {
      return &o;
    }
  }
  return nullptr;
}

// The kind of the command's positional arguments ("" when it has none).
std::string positional_kind(const CommandDoc& c) {
  const OptionDoc* p = positional(c);
  return p ? value_kind(*p) : "";
}

std::string subcommand_names(const CommandDoc& c) {
  std::vector<std::string> names;
  for (const CommandDoc& s : c.subcommands) {
    names.push_back(s.name);
  }
  return util::join(names, " ");
}

// The walk over the words typed so far (bash and zsh).
const char* const k_shell_command_walk =
    R"sh(# The command being typed, from the words after the program name before the cursor.
_exportcheck_command() {
  local cmd='' skip=0 w
  for w in "$@"; do
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case "$w" in
      --*=*) ;;
      -?*) [ -n "$(_exportcheck_value_kind "$cmd" "$w")" ] && skip=1 ;;
      *) case " $(_exportcheck_subcommands "$cmd") " in *" $w "*) cmd="${cmd:+$cmd }$w" ;; esac ;;
    esac
  done
  echo "$cmd"
}
)sh";

// The table functions bash and zsh share (POSIX shell syntax): subcommands
// and options of each command.
void shell_command_tables(std::ostream& out, const std::vector<Level>& all) {
  out << "_exportcheck_subcommands() {\n  case \"$1\" in\n";
  for (const Level& l : all) {
    if (!l.doc->subcommands.empty()) {
      out << "    '" << l.key << "') echo '" << subcommand_names(*l.doc) << "' ;;\n";
    }
  }
  out << "  esac\n}\n_exportcheck_options() {\n  case \"$1\" in\n";
  for (const Level& l : all) {
    std::vector<std::string> names;
    for (const OptionDoc* o : l.options) {
      names.insert(names.end(), o->names.begin(), o->names.end());
    }
    out << "    '" << l.key << "') echo '" << util::join(names, " ") << "' ;;\n";
  }
  out << "  esac\n}\n";
}

// The tables of option values: what kind each takes, and the choices.
void shell_value_tables(std::ostream& out, const std::vector<Level>& all) {
  out << "_exportcheck_value_kind() {\n  case \"$1|$2\" in\n";
  for (const Level& l : all) {
    for (const OptionDoc* o : l.options) {
      for (const std::string& n : o->value.empty() ? std::vector<std::string>{} : o->names) {
        out << "    '" << l.key << "|" << n << "') echo " << value_kind(*o) << " ;;\n";
      }
    }
  }
  out << "  esac\n}\n_exportcheck_choices() {  # of option $2, or of the positional when $2 is ''\n"
      << "  case \"$1|$2\" in\n";
  for (const Level& l : all) {
    if (const OptionDoc* p = positional(*l.doc); p && !p->choices.empty()) {
      out << "    '" << l.key << "|') echo '" << util::join(p->choices, " ") << "' ;;\n";
    }
    for (const OptionDoc* o : l.options) {
      for (const std::string& n : o->choices.empty() ? std::vector<std::string>{} : o->names) {
        out << "    '" << l.key << "|" << n << "') echo '" << util::join(o->choices, " ")
            << "' ;;\n";
      }
    }
  }
  out << "  esac\n}\n_exportcheck_positional_kind() {\n  case \"$1\" in\n";
  for (const Level& l : all) {
    if (std::string k = positional_kind(*l.doc); !k.empty()) {
      out << "    '" << l.key << "') echo " << k << " ;;\n";
    }
  }
  out << "  esac\n}\n" << k_shell_command_walk;
}

const char* const k_bash_main = R"sh(_exportcheck() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd kind
  cmd=$(_exportcheck_command "${COMP_WORDS[@]:1:COMP_CWORD-1}")
  COMPREPLY=()
  kind=''
  [ "$COMP_CWORD" -gt 1 ] && kind=$(_exportcheck_value_kind "$cmd" "$prev")
  case "$kind" in
    choices) COMPREPLY=($(compgen -W "$(_exportcheck_choices "$cmd" "$prev")" -- "$cur")); return 0 ;;
    dir) COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
    file) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
    text) return 0 ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_exportcheck_options "$cmd")" -- "$cur"))
  elif [ -n "$(_exportcheck_subcommands "$cmd")" ]; then
    COMPREPLY=($(compgen -W "$(_exportcheck_subcommands "$cmd")" -- "$cur"))
  elif [ "$(_exportcheck_positional_kind "$cmd")" = file ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  elif [ "$(_exportcheck_positional_kind "$cmd")" = choices ]; then
    COMPREPLY=($(compgen -W "$(_exportcheck_choices "$cmd" '')" -- "$cur"))
  fi
}
complete -o filenames -F _exportcheck exportcheck
)sh";

const char* const k_zsh_main = R"sh(_exportcheck() {
  local cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd kind=''
  cmd=$(_exportcheck_command "${(@)words[2,CURRENT-1]}")
  (( CURRENT > 2 )) && kind=$(_exportcheck_value_kind "$cmd" "$prev")
  case "$kind" in
    choices) compadd -- ${=$(_exportcheck_choices "$cmd" "$prev")}; return ;;
    dir) _files -/; return ;;
    file) _files; return ;;
    text) return ;;
  esac
  if [[ $cur == -* ]]; then
    compadd -- ${=$(_exportcheck_options "$cmd")}
  elif [[ -n $(_exportcheck_subcommands "$cmd") ]]; then
    compadd -- ${=$(_exportcheck_subcommands "$cmd")}
  elif [[ $(_exportcheck_positional_kind "$cmd") == file ]]; then
    _files
  elif [[ $(_exportcheck_positional_kind "$cmd") == choices ]]; then
    compadd -- ${=$(_exportcheck_choices "$cmd" '')}
  fi
}
if [[ ${funcstack[1]} == _exportcheck ]]; then
  _exportcheck "$@"
else
  compdef _exportcheck exportcheck
fi
)sh";

// A fish single-quoted string.
std::string fish_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') {
      out += '\\';
    }
    out += c;
  }
  return out + "'";
}

const char* const k_fish_functions =
    R"sh(# The command being typed, from the words after the program name before the cursor.
function __exportcheck_command
    set -l cmd ''
    set -l skip 0
    for w in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
        else if string match -q -- '--*=*' $w
        else if string match -q -- '-?*' $w
            contains -- "$cmd|$w" $__exportcheck_value_options; and set skip 1
        else if contains -- "$cmd|$w" $__exportcheck_subcommands
            set cmd (string trim -- "$cmd $w")
        end
    end
    echo $cmd
end
function __exportcheck_at
    set -l c (__exportcheck_command)
    test "$c" = "$argv[1]"
end
complete -c exportcheck -e
)sh";

void fish_option(std::ostream& out, const Level& l, const OptionDoc& o) {
  out << "complete -c exportcheck -n " << fish_quote("__exportcheck_at '" + l.key + "'");
  for (const std::string& n : o.names) {
    out << (util::starts_with(n, "--") ? " -l " + n.substr(2) : " -s " + n.substr(1));
  }
  const std::string kind = o.value.empty() ? "" : value_kind(o);
  if (kind == "choices") {
    out << " -x -a " << fish_quote(util::join(o.choices, " "));
  } else if (kind == "file" || kind == "dir") {
    out << " -r -F";
  } else if (kind == "text") {
    out << " -x";
  }
  out << " -d " << fish_quote(o.help) << "\n";
}

void fish_script(std::ostream& out, const std::vector<Level>& all) {
  std::vector<std::string> subs;
  std::vector<std::string> values;
  for (const Level& l : all) {
    for (const CommandDoc& s : l.doc->subcommands) {
      subs.push_back(fish_quote(l.key + "|" + s.name));
    }
    for (const OptionDoc* o : l.options) {
      for (const std::string& n : o->value.empty() ? std::vector<std::string>{} : o->names) {
        values.push_back(fish_quote(l.key + "|" + n));
      }
    }
  }
  out << "set -g __exportcheck_subcommands " << util::join(subs, " ") << "\n"
      << "set -g __exportcheck_value_options " << util::join(values, " ") << "\n"
      << k_fish_functions;
  for (const Level& l : all) {
    const std::string at = fish_quote("__exportcheck_at '" + l.key + "'");
    if (positional_kind(*l.doc) != "file") {
      out << "complete -c exportcheck -n " << at << " -f\n";
    }
    for (const CommandDoc& s : l.doc->subcommands) {
      out << "complete -c exportcheck -n " << at << " -f -a " << fish_quote(s.name) << " -d "
          << fish_quote(s.summary) << "\n";
    }
    if (const OptionDoc* p = positional(*l.doc); p && !p->choices.empty()) {
      out << "complete -c exportcheck -n " << at << " -f -a "
          << fish_quote(util::join(p->choices, " ")) << " -d " << fish_quote(p->help) << "\n";
    }
    for (const OptionDoc* o : l.options) {
      fish_option(out, l, *o);
    }
  }
}

}  // namespace

std::string render_completion(const CommandDoc& root, const std::string& shell) {
  std::ostringstream out;
  const std::vector<Level> all = levels(root);
  out << (shell == "zsh" ? "#compdef exportcheck\n" : "") << "# " << shell
      << " completion for exportcheck, generated by 'exportcheck completion " << shell
      << "' from its command table\n";
  if (shell == "fish") {
    fish_script(out, all);
    return out.str();
  }
  shell_command_tables(out, all);
  shell_value_tables(out, all);
  out << (shell == "zsh" ? k_zsh_main : k_bash_main);
  return out.str();
}

}  // namespace ecc::cli
