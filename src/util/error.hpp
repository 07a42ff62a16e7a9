#pragma once
// The one exception hierarchy of exportcheck. Each error carries the exit
// code that cli::run returns for it (docs/cli.md, "Exit codes").

#include <stdexcept>
#include <string>

namespace ecc {

// The documented exit-code contract of the exportcheck binary.
enum class ExitCode : int {
  ok = 0,         // success; for screening: below --fail-on
  findings = 1,   // screening found something at or above --fail-on
  usage = 2,      // the command line was wrong
  bad_input = 3,  // bad input file, bad data, missing or unusable database
  internal = 4,   // a bug: please report it
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
  ExitCode code() const { return m_code; }

 private:
  ExitCode m_code;
};

// The user called a command wrongly (exit 2).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

// Input or data could not be used: a bad file, an unknown country code, a
// database that cannot be opened (exit 3). The message starts with the
// location when there is one: "customers.csv:812: unknown country code 'XZ'".
class DataError : public Error {
 public:
  explicit DataError(const std::string& message) : Error(ExitCode::bad_input, message) {}
};

}  // namespace ecc
