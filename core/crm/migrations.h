#pragma once
// Versioned schema migrations of the workspace database. The schema version is SQLite's
// user_version; each migration runs in its own transaction, so a failed upgrade leaves the
// workspace at the previous version. Migrations are only ever appended.

#include "crm/sqlite.h"

namespace ll::crm {

// Highest schema version this build knows.
int latestSchemaVersion();

// Brings the database up to latestSchemaVersion(). Throws SqlError; throws std::runtime_error
// when the database is newer than this build (a message the caller shows as is).
void migrate(sql::Database& db);

}  // namespace ll::crm
