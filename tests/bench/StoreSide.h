// StoreSide: one way of talking to SQLite that the store benchmark measures; both sides write the
// same rows with the same statements, so only the API in between differs.
#pragma once

#include <QString>
#include <QStringList>

#include "StoreBench.h"

namespace tessera::bench {

class StoreSide {
public:
    virtual ~StoreSide() = default;

    virtual const char* name() const = 0;
    // A fresh workspace in `folder`, opened for writing.
    virtual domain::Result<void> create(const QString& folder) = 0;
    // Takes the workspace another process made in `folder`; reopen() opens it.
    virtual void attach(const QString& folder) = 0;
    // Loads the corpus's segments in one transaction with one prepared statement; times itself,
    // leaving out the time spent generating the rows.
    virtual domain::Result<InsertFigures> bulkInsert() = 0;
    // One user edit in its own transaction: segment update + revision + outbox op.
    virtual domain::Result<void> edit(const QString& segmentId, const QStringList& targets) = 0;
    // The database holds what was written: the segments and one revision and one op per edit.
    virtual domain::Result<void> verify(qint64 edits) = 0;
    virtual QString sqliteVersion() = 0;
    virtual void close() = 0;
    virtual domain::Result<void> reopen() = 0;
    virtual QString databasePath() const = 0;
};

} // namespace tessera::bench
