#include "cli/context.hpp"

#include <cstdlib>
#include <ctime>
#include <ostream>

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

void Context::check_out() {
  if (m_checked_out != nullptr) {
    m_checked_out->check();
    return;
  }
  m_out.flush();
  if (!m_out.good()) {
    throw DataError("writing standard output: the output stream failed");
  }
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

std::string Context::resource_dir() const {
  if (std::string home = env("EXPORTCHECK_HOME"); !home.empty()) {
    return home;
  }
  return ECC_RESOURCE_DIR;
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
