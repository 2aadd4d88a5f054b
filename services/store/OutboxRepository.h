// OutboxRepository: local changes waiting to be pushed to the server, in the order they were made.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;

struct OutboxOp {
    qint64 seq = 0;
    QString opId;
    QString projectId;
    QString type; // e.g. "segment.update"
    QString entityId;
    qint64 baseRev = 0;
    QJsonObject payload;
    QDateTime createdAt;
    QString status; // pending, sent, rejected
};

class OutboxRepository {
public:
    OutboxRepository(Database& db, const domain::Clock& clock);

    // Appends an op; meant to run inside the transaction of the change it records.
    domain::Result<OutboxOp> append(const QString& projectId, const QString& type, const QString& entityId,
                                    qint64 baseRev, const QJsonObject& payload);
    domain::Result<QList<OutboxOp>> pending(int limit);
    domain::Result<qint64> pendingCount();

private:
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
