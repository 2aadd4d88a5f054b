#include "Database.h"

#include <array>

#include <sqlite3.h>

#include "BackgroundCheckpoint.h"
#include "Statement.h"
#include "StoreLog.h"
#include "TextMatch.h"
#include "TmUnitKey.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Result;

Database::Database(sqlite3* db, QString path, Access access)
    : m_db(db)
    , m_path(std::move(path))
    , m_access(access)
{}

Database::~Database()
{
    m_checkpoint.reset(); // waits for the copy
    m_statements.clear(); // finalize before closing
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    sqlite3* handle = nullptr;
    const int flags =
        (access == Access::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString message = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(handle);
        return domain::fail(ErrorCode::Database, message);
    }
    std::unique_ptr<Database> db(new Database(handle, path, access));
    sqlite3_extended_result_codes(handle, 1);
    // tessera_tm_key(tm, source language, target language, source, target): the 64-bit dedupe key
    // of a TM unit (TmUnitKey). Only Tessera's own SQL calls it (migrations), so other tools can
    // still read and write the file.
    sqlite3_create_function_v2(
        handle, "tessera_tm_key", TmUnitKey::s_fields, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        [](sqlite3_context* context, int argc, sqlite3_value** argv) {
            std::array<QByteArrayView, TmUnitKey::s_fields> fields;
            for (int i = 0; i < argc && i < TmUnitKey::s_fields; ++i)
                fields[std::size_t(i)] = QByteArrayView(reinterpret_cast<const char*>(sqlite3_value_text(argv[i])),
                                                        sqlite3_value_bytes(argv[i]));
            sqlite3_result_int64(context, sqlite3_int64(TmUnitKey::hash(fields)));
        },
        nullptr, nullptr, nullptr);
    TextMatch::registerFunctions(handle);
    sqlite3_busy_timeout(handle, 5000);
    // This file holds the only copy of unsynced work: durable commits, enforced references. The
    // writer's page cache is 64 MiB (SQLite's default 2 MiB halves bulk-import speed; see
    // docs/ARCHITECTURE.md); pages are only allocated as they are used.
    const char* pragmas = access == Access::ReadWrite ? "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
                                                        "PRAGMA journal_mode=WAL; PRAGMA cache_size=-65536;"
                                                      : "PRAGMA foreign_keys=ON;";
    if (auto done = db->exec(pragmas); !done)
        return std::unexpected(done.error());
    return db;
}

Result<void> Database::exec(std::string_view sql)
{
    if (consumeInjectedFailure())
        return std::unexpected(sqliteError(SQLITE_IOERR, sql));
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        domain::Error error = sqliteError(rc, sql);
        if (message)
            error.message = QStringLiteral("%1 (in: %2)")
                                .arg(QString::fromUtf8(message), QString::fromUtf8(sql.data(), qsizetype(sql.size())));
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return {};
}

Result<Statement*> Database::prepare(const std::string& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(rc, sql));
    auto owned = std::make_unique<Statement>(*this, stmt);
    Statement* raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Result<std::unique_ptr<Statement>> Database::prepareOwned(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(rc, sql));
    return std::make_unique<Statement>(*this, stmt);
}

Result<void> Database::beginTransaction()
{
    auto begun = m_depth == 0 ? exec("BEGIN IMMEDIATE") : exec("SAVEPOINT tx" + std::to_string(m_depth));
    if (begun)
        ++m_depth;
    return begun;
}

Result<void> Database::beginRead()
{
    auto begun = exec("BEGIN DEFERRED");
    if (begun)
        ++m_depth;
    return begun;
}

Result<void> Database::commitTransaction()
{
    auto done = m_depth == 1 ? exec("COMMIT") : exec("RELEASE tx" + std::to_string(m_depth - 1));
    if (done)
        --m_depth;
    return done;
}

void Database::rollbackTransaction()
{
    --m_depth;
    if (sqlite3_get_autocommit(m_db)) {
        m_depth = 0; // SQLite already rolled the whole transaction back (e.g. after SQLITE_FULL)
        return;
    }
    const std::string sql = m_depth == 0
                                ? std::string("ROLLBACK")
                                : "ROLLBACK TO tx" + std::to_string(m_depth) + "; RELEASE tx" + std::to_string(m_depth);
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK)
        qCCritical(lcStore) << "rollback failed:" << message;
    sqlite3_free(message);
}

void Database::setAutoCheckpoint(bool on)
{
    sqlite3_wal_autocheckpoint(m_db, on ? 1000 : 0); // 1000 pages: SQLite's default
}

void Database::checkpointInBackground()
{
    m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_path);
}

void Database::waitForCheckpoint()
{
    m_checkpoint.reset();
}

int Database::userVersion()
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

std::pair<qint64, qint64> Database::changeStamp()
{
    sqlite3_stmt* stmt = nullptr;
    qint64 others = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        others = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return {sqlite3_total_changes64(m_db), others};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void Database::failStatement(int n)
{
    m_failAt = n;
    m_executed = 0;
}

bool Database::consumeInjectedFailure()
{
    ++m_executed;
    return m_failAt > 0 && m_executed == m_failAt;
}

domain::Error Database::sqliteError(int code, std::string_view what) const
{
    const char* text =
        (code == SQLITE_IOERR && m_failAt > 0 && m_executed == m_failAt) ? "injected failure" : sqlite3_errmsg(m_db);
    auto message = QStringLiteral("%1 (SQLite %2) in: %3")
                       .arg(QString::fromUtf8(text))
                       .arg(code)
                       .arg(QString::fromUtf8(what.data(), qsizetype(what.size())).simplified().left(160));
    return domain::Error{ErrorCode::Database, message, m_path, 0, 0, {}};
}

} // namespace tessera::store
