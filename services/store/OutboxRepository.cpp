#include "OutboxRepository.h"

#include <QJsonDocument>

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;

OutboxRepository::OutboxRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<OutboxOp> OutboxRepository::append(const QString& projectId, const QString& type, const QString& entityId,
                                          qint64 baseRev, const QJsonObject& payload)
{
    OutboxOp op{
        0, domain::newId(), projectId, type, entityId, baseRev, payload, m_clock.now(), QStringLiteral("pending")};
    const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return m_db
        .prepare("INSERT INTO outbox(op_id, project_id, type, entity_id, base_rev, payload, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(op.opId, projectId, type, entityId, baseRev, payloadText, json::fromDateTime(op.createdAt))
                .run();
        })
        .transform([&] {
            op.seq = m_db.lastInsertRowId();
            return op;
        });
}

Result<QList<OutboxOp>> OutboxRepository::pending(int limit)
{
    return m_db
        .prepare("SELECT seq, op_id, project_id, type, entity_id, base_rev, payload, created_at, status FROM outbox "
                 "WHERE status = 'pending' ORDER BY seq LIMIT ?")
        .and_then([&](Statement* s) {
            return s->bindAll(limit).collect([](const Statement& row) {
                return OutboxOp{row.int64(0),
                                row.text(1),
                                row.text(2),
                                row.text(3),
                                row.text(4),
                                row.int64(5),
                                QJsonDocument::fromJson(row.text(6).toUtf8()).object(),
                                json::toDateTime(row.text(7)),
                                row.text(8)};
            });
        });
}

Result<qint64> OutboxRepository::pendingCount()
{
    return m_db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").and_then([](Statement* s) {
        return s->one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

} // namespace tessera::store
