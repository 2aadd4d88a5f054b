// Schema: the numbered migrations of the workspace database, applied by PRAGMA user_version.
#pragma once

#include <span>

#include "domain/Result.h"

namespace tessera::store {

class Database;

class Schema {
public:
    // 'TSRA': marks a SQLite file as a Tessera workspace database.
    static constexpr int applicationId = 0x54535241;

    // The SQL of migration n (1-based) takes the schema from version n-1 to n.
    static std::span<const char* const> migrations();
    static int currentVersion() { return int(migrations().size()); }

    // Brings the schema up to `target` (default: current), each migration in its own transaction.
    // A database from a newer Tessera is refused untouched.
    static domain::Result<void> migrate(Database& db, int target = currentVersion());
};

} // namespace tessera::store
