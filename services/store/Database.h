// Database: the one owner of a SQLite connection: pragmas, cached prepared statements,
// transactions, and a failure-injection hook that makes the i-th statement fail.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <QString>

#include "domain/Result.h"

struct sqlite3;

namespace tessera::store {

class BackgroundCheckpoint;
class Statement;

class Database {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens (ReadWrite: creating if missing) the file with WAL, foreign keys, busy timeout and
    // synchronous=FULL. The schema is not touched here.
    static domain::Result<std::unique_ptr<Database>> open(const QString& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without parameters.
    domain::Result<void> exec(std::string_view sql);
    // A cached, reset statement; valid as long as the database.
    domain::Result<Statement*> prepare(const std::string& sql);
    // A statement of the caller's own, not cached: for a cursor that keeps its rows open while
    // another one runs the same query (the statement must go before the database).
    domain::Result<std::unique_ptr<Statement>> prepareOwned(const std::string& sql);

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; any error (or a failed commit) rolls back whole.
    // Nested calls become savepoints, so a bulk step can join a larger transaction.
    template <typename F> auto transaction(F&& work) -> decltype(work())
    {
        if (auto begun = beginTransaction(); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (!result) {
            rollbackTransaction();
            return result;
        }
        if (auto committed = commitTransaction(); !committed) {
            rollbackTransaction();
            return std::unexpected(committed.error());
        }
        return result;
    }
    // A bulk step (many rows): in a transaction of its own when called alone; inside a transaction,
    // part of it with no savepoint, so that a failure leaves the rows before it to the caller's
    // rollback. A savepoint would make SQLite copy every page the step changes that the transaction
    // had changed already into a statement journal: 17 MB of temporary file for 20k segments.
    template <typename F> auto bulk(F&& work) -> decltype(work())
    {
        if (inTransaction())
            return work();
        return transaction(std::forward<F>(work));
    }
    bool inTransaction() const { return m_depth > 0; }
    // Runs `work` (a large write: an import in one transaction) with SQLite's automatic checkpoint
    // off, so that its commit only writes and syncs the WAL; once it has succeeded, the WAL is copied
    // into the database file in the background (BackgroundCheckpoint) while this connection goes on.
    // The next call, and closing, wait for that copy.
    template <typename F> auto deferringCheckpoint(F&& work) -> decltype(work())
    {
        waitForCheckpoint();
        setAutoCheckpoint(false);
        auto result = work();
        setAutoCheckpoint(true);
        if (result && !inTransaction())
            checkpointInBackground();
        return result;
    }
    // Waits for a background checkpoint if one runs.
    void waitForCheckpoint();
    // Runs `work` in one read transaction (BEGIN DEFERRED … COMMIT), so that all its queries see the
    // database as it was when the first of them ran, whatever other connections commit meanwhile
    // (an export that reads the segments one by one); inside a transaction, as part of it.
    template <typename F> auto snapshot(F&& work) -> decltype(work())
    {
        if (inTransaction())
            return work();
        if (auto begun = beginRead(); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (auto committed = commitTransaction(); !committed) {
            rollbackTransaction();
            if (result)
                return std::unexpected(committed.error());
        }
        return result;
    }

    int userVersion();
    // Changes whenever this connection changes a row or another connection commits: a cache of query
    // results is still right while the stamp stays the same.
    std::pair<qint64, qint64> changeStamp();
    qint64 lastInsertRowId() const;
    QString path() const { return m_path; }
    Access access() const { return m_access; }
    sqlite3* handle() const { return m_db; }

    // Failure injection for tests: the n-th statement executed from now (1-based) fails with
    // SQLITE_IOERR as if the disk had refused; 0 turns it off. ROLLBACK is never failed.
    void failStatement(int n);
    // Statements executed since the last failStatement() call, to size an injection sweep.
    int statementsExecuted() const { return m_executed; }

    // Counts an execution and says whether it must fail (used by Statement and exec()).
    bool consumeInjectedFailure();
    domain::Error sqliteError(int code, std::string_view what) const;

private:
    Database(sqlite3* db, QString path, Access access);
    domain::Result<void> beginTransaction();
    domain::Result<void> beginRead();
    domain::Result<void> commitTransaction();
    void rollbackTransaction();
    void setAutoCheckpoint(bool on);
    void checkpointInBackground();

    sqlite3* m_db;
    QString m_path;
    Access m_access;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    int m_failAt = 0;
    int m_executed = 0;
    int m_depth = 0;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
};

} // namespace tessera::store
