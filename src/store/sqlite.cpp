#include "store/sqlite.hpp"

#include <cstdio>
#include <filesystem>

#include "util/error.hpp"

namespace ecc::store {

namespace {

// "file:PATH" with the characters a URI gives a meaning escaped.
std::string file_uri(const std::string& path) {
  std::string out = path.rfind('/', 0) == 0 ? "file://" : "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

// True when the WAL file beside `path` holds frames not yet in the database
// file: reading without it (immutable) would miss committed changes.
bool has_wal_content(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path + "-wal", ec);
  return !ec && size > 0;
}

}  // namespace

Database::Database(const std::string& path, Access access) : m_path(path) {
  int flags = SQLITE_OPEN_READONLY;
  std::string name = path;
  if (access == Access::read_write) {
    flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  } else if (access == Access::immutable) {
    flags |= SQLITE_OPEN_URI;
    name = file_uri(path) + "?immutable=1";
  }
  int rc = sqlite3_open_v2(name.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close(m_db);
    m_db = nullptr;
    throw DataError("cannot open database " + std::string("'") + path + "': " + msg);
  }
  sqlite3_extended_result_codes(m_db, 1);
  sqlite3_busy_timeout(m_db, 5000);
}

std::unique_ptr<Database> Database::open_snapshot(const std::string& path) {
  auto db = std::make_unique<Database>(path, Access::read_only);
  int rc = db->begin_read();
  const int primary = rc & 0xff;
  if (rc != SQLITE_OK && (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY)) {
    // SQLite could not create or lock the WAL index beside the file.
    if (has_wal_content(path)) {
      throw DataError("database '" + path + "' cannot be read here: this process cannot write " +
                      "its directory, and '" + path + "-wal' holds changes not yet in the " +
                      "database file; open it once where it can be written (any exportcheck " +
                      "command), or copy it together with its -wal and -shm files");
    }
    db = std::make_unique<Database>(path, Access::immutable);
    rc = db->begin_read();
  }
  if (rc != SQLITE_OK) {
    throw DataError("database '" + path + "': query failed: " + db->m_read_error);
  }
  return db;
}

int Database::begin_read() {
  // Memory-mapped reads (the match index blob without a copy per page); set
  // before the transaction starts, where it takes effect.
  sqlite3_exec(m_db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
  int rc = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      m_read_error = sqlite3_errmsg(m_db);  // before ROLLBACK resets it
      sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  } else {
    m_read_error = sqlite3_errmsg(m_db);
  }
  m_reading = rc == SQLITE_OK;
  return rc;
}

void Database::end_read() noexcept {
  if (m_reading && m_db) {
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    m_reading = false;
  }
}

Database::~Database() {
  m_cached.clear();  // finalized before the read transaction ends and the connection closes
  end_read();
  if (m_db) {
    sqlite3_close_v2(m_db);
  }
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_reading(other.m_reading) {
  // Cached statements stay with `other` (they point to it) and are finalized there.
  other.m_db = nullptr;
  other.m_reading = false;
}

void Database::fail(const std::string& what) const {
  throw DataError("database '" + m_path + "': " + what + ": " + sqlite3_errmsg(m_db));
}

std::string Database::read_blob(const char* table, const char* column, long long rowid) {
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
    sqlite3_blob_close(blob);
    fail(std::string("reading ") + table + "." + column);
  }
  std::string out(static_cast<size_t>(sqlite3_blob_bytes(blob)), '\0');
  int rc = sqlite3_blob_read(blob, out.data(), static_cast<int>(out.size()), 0);
  sqlite3_blob_close(blob);
  if (rc != SQLITE_OK) {
    fail(std::string("reading ") + table + "." + column);
  }
  return out;
}

std::string Database::read_blob(const char* table, const char* column, long long rowid,
                                uint64_t offset, uint64_t size) {
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
    sqlite3_blob_close(blob);
    fail(std::string("reading ") + table + "." + column);
  }
  const auto total = static_cast<uint64_t>(sqlite3_blob_bytes(blob));
  if (offset > total || size > total - offset) {
    sqlite3_blob_close(blob);
    throw DataError("database '" + m_path + "': " + table + "." + column + " is shorter than " +
                    "its index says (" + std::to_string(total) + " bytes)");
  }
  std::string out(size, '\0');
  int rc = sqlite3_blob_read(blob, out.data(), static_cast<int>(size), static_cast<int>(offset));
  sqlite3_blob_close(blob);
  if (rc != SQLITE_OK) {
    fail(std::string("reading ") + table + "." + column);
  }
  return out;
}

void Database::exec(std::string_view sql) {
  std::string copy(sql);
  char* err = nullptr;
  if (sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw DataError("database '" + m_path + "': " + msg);
  }
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    fail("cannot prepare statement");
  }
  return Statement(*this, stmt);
}

Statement& Database::cached(const std::string& sql) {
  auto it = m_cached.find(sql);
  if (it == m_cached.end()) {
    it = m_cached.emplace(sql, std::make_unique<Statement>(prepare(sql))).first;
  }
  it->second->reset();
  return *it->second;
}

long long Database::last_insert_id() const {
  return sqlite3_last_insert_rowid(m_db);
}

Statement::~Statement() {
  if (m_stmt) {
    sqlite3_finalize(m_stmt);
  }
}

Statement& Statement::bind(int index, std::string_view value) {
  sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view value) {
  sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind_blob_static(int index, std::string_view bytes) {
  sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, long long value) {
  sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  m_db->fail("query failed");
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

std::string Statement::text(int column) const {
  const unsigned char* t = sqlite3_column_text(m_stmt, column);
  return t ? std::string(reinterpret_cast<const char*>(t),
                         static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
           : std::string();
}

std::string_view Statement::blob(int column) const {
  const void* b = sqlite3_column_blob(m_stmt, column);
  return b ? std::string_view(static_cast<const char*>(b),
                              static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
           : std::string_view();
}

long long Statement::integer(int column) const {
  return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
  return sqlite3_column_double(m_stmt, column);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : m_db(db) {
  m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!m_done) {
    try {
      m_db.exec("ROLLBACK");
    } catch (...) {  // nothing more to do: SQLite rolls back an open transaction on close
    }
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_done = true;
}

}  // namespace ecc::store
