#pragma once
// What every command gets: global options, the standard streams and the clock.
// Commands never read the environment or the clock themselves; they ask here,
// so that tests can pin both (EXPORTCHECK_NOW, EXPORTCHECK_DB).

#include <functional>
#include <iosfwd>
#include <string>

#include "util/date.hpp"

namespace ecc::util {
class FdStream;
}

namespace ecc::cli {

// How standard input (the file name "-") is named in messages and reports.
inline constexpr const char* k_stdin_name = "<stdin>";

struct GlobalOptions {
  std::string db_path;    // --db; empty means $EXPORTCHECK_DB or the per-user default
  bool quiet = false;     // --quiet: no warnings or progress on stderr
  std::string rules_dir;  // --rules; empty means resource_dir()/rules
};

class Context {
 public:
  // `checked_out`, when given, is the checked stream behind `out` (cli::run's
  // standard output), which check_out() asks for the reason of a failed write.
  Context(std::istream& in, std::ostream& out, std::ostream& err,
          util::FdStream* checked_out = nullptr)
      : m_in(in), m_out(&out), m_err(err), m_checked_out(checked_out) {}

  GlobalOptions global;
  // Set by the chosen subcommand's parse callback; run() calls it after parsing.
  std::function<int()> action;
  // -o FILE of a command that prints a result (add_output_option): run()
  // sends out() there and puts FILE in place only when the command returns
  // its result (exit 0 or 1); on an error FILE stays as it was.
  std::string output_path;

  // Standard input, for the file name "-" (audit -, screen -, classify --spec -).
  std::istream& in() { return m_in; }
  // All of standard input; DataError when it cannot be read.
  std::string read_stdin();
  std::ostream& out() { return *m_out; }
  // From now on out() is `file` (named `name` in messages), not standard output.
  void redirect_out(std::ostream& file, const std::string& name);
  std::ostream& err() { return m_err; }
  // Flushes out(); throws DataError "writing standard output: REASON" when any
  // write to it failed. cli::run calls it after every command; a command calls
  // it itself before a step that must come after its output (an audit record).
  void check_out();

  // Prints "exportcheck: warning: MESSAGE" unless --quiet.
  void warn(const std::string& message);

  // The database path: --db, else $EXPORTCHECK_DB, else
  // $XDG_DATA_HOME/exportcheck/exportcheck.db, else ~/.local/share/exportcheck/exportcheck.db.
  std::string db_path() const;
  // True when db_path() is the per-user default (neither --db nor $EXPORTCHECK_DB).
  bool db_path_is_default() const;

  // Where the shipped rules/ and data/ folders are: ../share/exportcheck beside
  // the executable when it holds rules/ (an installed copy), else
  // $EXPORTCHECK_HOME, else the source tree the binary was built from (when
  // built with ECC_SOURCE_RESOURCES). DataError naming EXPORTCHECK_HOME and
  // --rules when there is none.
  std::string resource_dir() const;
  // The rules folder: --rules DIR, else resource_dir()/rules.
  std::string rules_dir() const;

  // Today's date (UTC), or the date of $EXPORTCHECK_NOW when set.
  util::Date today() const;
  // The current UTC time as ISO 8601 ("2026-11-23T08:50:00Z"), or $EXPORTCHECK_NOW.
  std::string now_iso() const;

  // An environment variable, empty when unset: the one door to the
  // environment for settings and test hooks (EXPORTCHECK_TEST_*).
  std::string env(const char* name) const;

 private:
  std::istream& m_in;
  std::ostream* m_out;
  std::ostream& m_err;
  util::FdStream* m_checked_out;
  std::string m_out_name;  // -o FILE once redirected; empty: standard output
};

}  // namespace ecc::cli
