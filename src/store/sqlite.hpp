#pragma once
// A thin RAII layer over the SQLite C API, private to store/. Every failure
// becomes a DataError that names the database file.

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ecc::store {

class Statement;

// How a Database is opened. immutable: read-only without any locking or WAL
// index (SQLite's immutable=1), for a database in a place this process cannot
// write that has no pending WAL content (open_snapshot decides).
enum class Access { read_write, read_only, immutable };

class Database {
 public:
  // Opens (read_write: creates) the database file; throws DataError.
  Database(const std::string& path, Access access);
  // Opens `path` for reading and starts one read transaction, so every later
  // read sees the database as it was at this moment, whatever imports commit
  // meanwhile. Where SQLite cannot create the WAL index (a read-only directory
  // or mount) and no WAL file holds changes, the file is opened immutable.
  // DataError when it cannot be read.
  static std::unique_ptr<Database> open_snapshot(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept;
  Database& operator=(Database&&) = delete;

  // Runs SQL with no results (may hold several statements).
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  // The same, prepared once per connection and reset for each use (queries
  // run many times per command, such as one node of the ownership index).
  Statement& cached(const std::string& sql);
  long long last_insert_id() const;
  // The BLOB in table.column of row `rowid`, read straight into one buffer
  // (no intermediate copy: for large values such as the match index).
  std::string read_blob(const char* table, const char* column, long long rowid);
  // `size` bytes of it from `offset` (DataError when the BLOB is shorter).
  std::string read_blob(const char* table, const char* column, long long rowid, uint64_t offset,
                        uint64_t size);
  const std::string& path() const { return m_path; }
  [[noreturn]] void fail(const std::string& what) const;
  // Ends the read transaction of open_snapshot (no-op otherwise); never throws.
  void end_read() noexcept;

 private:
  // BEGIN and a first read (the snapshot starts there); the SQLite result code.
  int begin_read();

  sqlite3* m_db = nullptr;
  std::string m_path;
  bool m_reading = false;    // inside open_snapshot's read transaction
  std::string m_read_error;  // why begin_read() failed
  std::unordered_map<std::string, std::unique_ptr<Statement>> m_cached;
};

class Statement {
 public:
  Statement(Database& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
  }
  Statement& operator=(Statement&&) = delete;

  // Binds by 1-based index. Empty strings bind as '' (not NULL).
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, long long value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  // Binds `value` without copying it: the bytes must stay valid until the
  // statement is run (bulk inserts of millions of rows, issue 17).
  Statement& bind_static(int index, std::string_view value);
  Statement& bind_blob_static(int index, std::string_view bytes);
  // Steps once: true when a row is available.
  bool step();
  // Resets for the next use with new bindings.
  void reset();
  // Runs to completion and resets (for INSERT/UPDATE).
  void run();

  std::string text(int column) const;
  // The bytes of a BLOB column; valid until the next step() or reset().
  std::string_view blob(int column) const;
  Statement& bind_blob(int index, std::string_view bytes);
  long long integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  Database* m_db;
  sqlite3_stmt* m_stmt;
};

// Commits on commit(), rolls back when destroyed without it (also on throw).
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& m_db;
  bool m_done = false;
};

}  // namespace ecc::store
