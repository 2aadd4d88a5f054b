#include "BackgroundCheckpoint.h"

#include <sqlite3.h>

#include "StoreLog.h"

namespace tessera::store {

BackgroundCheckpoint::BackgroundCheckpoint(const QString& path)
    : m_thread([path] { run(path); })
{}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    m_thread.join();
}

void BackgroundCheckpoint::run(const QString& path)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        // A new connection reads the file's header (and learns it is in WAL mode) at its first
        // statement; before that the checkpoint would do nothing.
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        qCWarning(lcStore) << "background checkpoint of" << path
                           << "failed:" << (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
}

} // namespace tessera::store
