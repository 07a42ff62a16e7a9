// Reads the CLI11 tree into CommandDoc values and renders exportcheck(1).
// Only what CLI11 was told is shown: option names, value names, help texts,
// the choices of one_of checks. The static sections (exit status,
// environment, files) repeat docs/cli.md's contract.
#include "cli/command_docs.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <sstream>

#include "cli/option_checks.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

bool is_default_type_name(const std::string& t) {
  return t.empty() || t == "TEXT" || t == "INT" || t == "UINT" || t == "FLOAT" || t == "NUMBER";
}

// The value name without CLI11's ":{a,b}" suffix; for a positional with a
// default type name, its own name in capitals ("text" -> "TEXT").
std::string value_name(const CLI::Option& o) {
  std::string t = o.get_type_name();
  if (size_t brace = t.rfind(":{"); brace != std::string::npos && util::ends_with(t, "}")) {
    t.erase(brace);
  }
  if (o.nonpositional() || !is_default_type_name(t)) {
    return t;
  }
  std::string upper = o.get_name();
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return upper;
}

OptionDoc option_doc(const CLI::Option& o) {
  OptionDoc d;
  for (const std::string& s : o.get_snames()) {
    d.names.push_back("-" + s);
  }
  for (const std::string& l : o.get_lnames()) {
    d.names.push_back("--" + l);
  }
  d.positional = !o.nonpositional();
  d.help = o.get_description();
  d.choices = option_choices(o);
  d.required = o.get_required();
  d.many = o.get_items_expected_max() > 1;
  if (o.get_type_size_max() != 0) {
    d.value = value_name(o);
  }
  return d;
}

CommandDoc describe(const CLI::App& app, const std::string& path) {
  CommandDoc d;
  d.name = app.get_name();
  d.path = path;
  d.summary = app.get_description();
  d.needs_subcommand = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* o : app.get_options({})) {
    if (!o->get_group().empty()) {
      d.options.push_back(option_doc(*o));
    }
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (!sub->get_group().empty()) {
      d.subcommands.push_back(describe(*sub, path + " " + sub->get_name()));
    }
  }
  return d;
}

// roff text: backslashes and hyphens escaped, no line taken for a request.
std::string roff(std::string_view text) {
  std::string out = "\\&";
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  return out;
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR", or "\fIORDER\fR..." for a positional.
std::string option_term(const OptionDoc& o) {
  std::string term;
  for (const std::string& n : o.names) {
    term += (term.empty() ? "" : ", ") + std::string("\\fB") + roff(n) + "\\fR";
  }
  if (!o.value.empty()) {
    term += (term.empty() ? "" : " ") + std::string("\\fI") + roff(o.value) + "\\fR";
  }
  return term + (o.many ? "..." : "");
}

std::string synopsis(const CommandDoc& c) {
  std::string s = "\\fB" + roff(c.path) + "\\fR";
  for (const OptionDoc& o : c.options) {
    if (o.positional) {
      s += o.required ? " " + option_term(o) : " [" + option_term(o) + "]";
    }
  }
  if (!c.subcommands.empty()) {
    s += " \\fICOMMAND\\fR";
  }
  return s + " [\\fIOPTIONS\\fR]";
}

void render_command(std::ostream& out, const CommandDoc& c) {
  out << ".SS \"" << roff(c.path.substr(c.path.find(' ') + 1)) << "\"\n"
      << synopsis(c) << "\n.PP\n"
      << roff(c.summary) << "\n";
  for (const OptionDoc& o : c.options) {
    out << ".TP\n" << option_term(o) << "\n" << roff(o.help) << "\n";
    if (!o.choices.empty()) {
      out << ".br\nOne of: " << roff(util::join(o.choices, ", ")) << ".\n";
    }
  }
  for (const CommandDoc& sub : c.subcommands) {
    render_command(out, sub);
  }
}

// "exportcheck: may this order ship?" -> "may this order ship?"
std::string without_program_name(const std::string& summary) {
  return util::starts_with(summary, "exportcheck: ") ? summary.substr(13) : summary;
}

const char* const k_static_sections = R"(.SH EXIT STATUS
.TP
0
success (screening: every verdict below \-\-fail\-on)
.TP
1
screening or matching found a result at or above \-\-fail\-on
.TP
2
usage error: unknown command or option, bad option value
.TP
3
bad input or data: unreadable or malformed file, missing database or rules
.TP
4
internal error
.SH ENVIRONMENT
.TP
EXPORTCHECK_DB
the database, when \-\-db is not given
.TP
EXPORTCHECK_HOME
the folder holding rules/ and data/ when there is none at ../share/exportcheck beside the binary
.TP
EXPORTCHECK_NOW
an ISO timestamp that fixes "now", for reproducible runs
.SH FILES
.TP
\fI../share/exportcheck/\fR
the shipped rules/ and data/, found relative to the executable
.TP
\fI~/.local/share/exportcheck/exportcheck.db\fR
the default database (\fI$XDG_DATA_HOME/exportcheck/exportcheck.db\fR when set)
.SH NOTES
Not legal advice: exportcheck applies rules transcribed from the Federal Register, each citing
its source. Load current lists before relying on a result.
.SH SEE ALSO
The full documentation is installed in \fIshare/doc/exportcheck\fR under the installation prefix
(cli.md, rules.md, ...).
)";

}  // namespace

CommandDoc describe_commands(const CLI::App& app) {
  return describe(app, app.get_name());
}

std::string render_man_page(const CommandDoc& root, const std::string& version) {
  std::ostringstream out;
  out << ".TH EXPORTCHECK 1 \"\" \"" << roff(version) << "\" \"User Commands\"\n"
      << ".SH NAME\nexportcheck \\- " << roff(without_program_name(root.summary)) << "\n"
      << ".SH SYNOPSIS\n"
      << synopsis(root) << "\n"
      << ".SH DESCRIPTION\n"
      << roff(
             "Every command and option below is generated from the command table of the "
             "binary; 'exportcheck COMMAND --help' prints the same.")
      << "\n.SH GLOBAL OPTIONS\n";
  for (const OptionDoc& o : root.options) {
    out << ".TP\n" << option_term(o) << "\n" << roff(o.help) << "\n";
  }
  out << ".SH COMMANDS\n";
  for (const CommandDoc& c : root.subcommands) {
    render_command(out, c);
  }
  out << k_static_sections;
  return out.str();
}

}  // namespace ecc::cli
