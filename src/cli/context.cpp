#include "cli/context.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <istream>
#include <ostream>
#include <sstream>

#include "util/error.hpp"
#include "util/output_file.hpp"

namespace ecc::cli {

std::string Context::env(const char* name) const {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

bool Context::db_path_is_default() const {
  return global.db_path.empty() && env("EXPORTCHECK_DB").empty();
}

std::string Context::read_stdin() {
  std::ostringstream text;
  text << m_in.rdbuf();
  if (m_in.bad()) {
    throw DataError(std::string(k_stdin_name) + ": cannot read standard input");
  }
  return text.str();
}

void Context::check_out() {
  if (m_checked_out != nullptr) {
    m_checked_out->check();
    return;
  }
  m_out->flush();
  if (!m_out->good()) {
    throw DataError(m_out_name.empty() ? "writing standard output: the output stream failed"
                                       : m_out_name + ": cannot write");
  }
}

void Context::redirect_out(std::ostream& file, const std::string& name) {
  m_out = &file;
  m_out_name = name;
  m_checked_out = nullptr;
}

void Context::warn(const std::string& message) {
  if (!global.quiet) {
    m_err << "exportcheck: warning: " << message << "\n";
  }
}

std::string Context::db_path() const {
  if (!global.db_path.empty()) {
    return global.db_path;
  }
  if (std::string p = env("EXPORTCHECK_DB"); !p.empty()) {
    return p;
  }
  if (std::string xdg = env("XDG_DATA_HOME"); !xdg.empty()) {
    return xdg + "/exportcheck/exportcheck.db";
  }
  if (std::string home = env("HOME"); !home.empty()) {
    return home + "/.local/share/exportcheck/exportcheck.db";
  }
  throw DataError("no database path: pass --db PATH or set EXPORTCHECK_DB");
}

namespace {

bool holds_rules(const std::filesystem::path& dir) {
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_directory(dir / "rules", ec);
}

// <directory of the running executable>/../share/exportcheck, or "" when unknown.
std::filesystem::path installed_share_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) {
    return {};
  }
  return (exe.parent_path() / ".." / "share" / "exportcheck").lexically_normal();
}

}  // namespace

std::string Context::resource_dir() const {
  const std::filesystem::path installed = installed_share_dir();
  if (holds_rules(installed)) {
    return installed.string();
  }
  if (std::string home = env("EXPORTCHECK_HOME"); !home.empty()) {
    return home;
  }
  const std::filesystem::path source = ECC_RESOURCE_DIR;  // "" without ECC_SOURCE_RESOURCES
  if (holds_rules(source)) {
    return source.string();
  }
  throw DataError("no rules/ and data/ folder: none at " +
                  (installed.empty() ? std::string("../share/exportcheck beside the executable")
                                     : installed.string()) +
                  (source.empty() ? "" : " or in the source tree " + source.string()) +
                  "; set EXPORTCHECK_HOME to the folder that holds rules/ and data/ (or pass "
                  "--rules DIR for the rules)");
}

std::string Context::rules_dir() const {
  return global.rules_dir.empty() ? resource_dir() + "/rules" : global.rules_dir;
}

std::string Context::now_iso() const {
  if (std::string fixed = env("EXPORTCHECK_NOW"); !fixed.empty()) {
    return fixed;
  }
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

util::Date Context::today() const {
  std::string now = now_iso();
  auto d = util::parse_iso_date(now.substr(0, 10));
  if (!d) {
    throw UsageError("EXPORTCHECK_NOW must start with a date YYYY-MM-DD, got '" + now + "'");
  }
  return *d;
}

}  // namespace ecc::cli
