#pragma once
// Schema creation and migrations, keyed by PRAGMA user_version.

namespace ecc::store {

class Database;

// Brings the schema to k_schema_version, in one transaction per step.
// Throws DataError when the file is not an exportcheck database or is newer.
void migrate(Database& db);

// The same steps inside the caller's open transaction, none committed.
void migrate_uncommitted(Database& db);

// Checks (read-only) that the database has the current schema.
void check_schema(Database& db);

}  // namespace ecc::store
