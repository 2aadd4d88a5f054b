#include "QtSqlStoreBench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "SegmentCorpus.h"
#include "domain/Clock.h"
#include "domain/Id.h"
#include "domain/Segment.h"
#include "store/Json.h"
#include "store/Workspace.h"

namespace tessera::bench {

using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

std::unexpected<domain::Error> failed(const QSqlQuery& query, const char* what)
{
    return domain::fail(ErrorCode::Database,
                        QStringLiteral("Qt Sql side: %1: %2").arg(QLatin1StringView(what), query.lastError().text()));
}

Result<QSqlQuery> prepared(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failed(query, "prepare");
    return query;
}

Result<qint64> count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return failed(query, "count");
    return query.value(0).toLongLong();
}

// Statement::bind stores a null QString as '' and OrNull{} as NULL; QSQLITE binds a null QString as
// NULL, so the values are made explicit to write the same rows.
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

struct QtSqlStoreBench::EditStatements {
    QSqlQuery control;
    QSqlQuery find;
    QSqlQuery update;
    QSqlQuery revision;
    QSqlQuery project;
    QSqlQuery outbox;
};

QtSqlStoreBench::QtSqlStoreBench(const BenchConfig& config, const SegmentCorpus& corpus)
    : m_config(config)
    , m_corpus(corpus)
    , m_connection(QStringLiteral("tessera-bench-%1").arg(quintptr(this)))
{}

QtSqlStoreBench::~QtSqlStoreBench()
{
    close();
}

Result<void> QtSqlStoreBench::create(const QString& folder)
{
    {
        // Same schema, pragmas and rows as the other side; then the store lets go of the file.
        const domain::SystemClock clock;
        auto made = createBenchWorkspace(folder, clock);
        if (!made)
            return std::unexpected(made.error());
        m_documentId = made->documentId;
        m_databasePath = made->databasePath;
    }
    return reopen();
}

void QtSqlStoreBench::attach(const QString& folder)
{
    m_databasePath = store::Workspace::databasePath(folder);
}

Result<void> QtSqlStoreBench::reopen()
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return domain::fail(
            ErrorCode::Database,
            QStringLiteral("Qt Sql side: cannot open %1: %2").arg(m_databasePath, db.lastError().text()));
    // The per-connection settings store::Database::open makes (journal_mode=WAL is also kept in the file).
    QSqlQuery query(db);
    for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA journal_mode=WAL"})
        if (!query.exec(QLatin1StringView(pragma)))
            return failed(query, pragma);
    if (const QString pragma = cachePragma(m_config); !pragma.isEmpty() && !query.exec(pragma))
        return failed(query, "cache_size");

    auto find = prepared(db, QStringLiteral("SELECT s.id, s.document_id, s.key, s.ord, s.source, s.source_plural, "
                                            "s.targets, s.state, s.note, s.locations, s.max_length, s.screenshot, "
                                            "s.flags, s.rev, s.updated_by, s.updated_at FROM segments s "
                                            "WHERE s.id = ?"));
    auto update = prepared(db, QStringLiteral("UPDATE segments SET targets = ?, state = ?, rev = ?, updated_by = ?, "
                                              "updated_at = ? WHERE id = ? AND rev = ?"));
    auto revision = prepared(db, QStringLiteral("INSERT INTO segment_revisions(id, segment_id, rev, targets, state, "
                                                "author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto project = prepared(db, QStringLiteral("SELECT project_id FROM documents WHERE id = ?"));
    auto outbox = prepared(db, QStringLiteral("INSERT INTO outbox(op_id, project_id, type, entity_id, base_rev, "
                                              "payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!find || !update || !revision || !project || !outbox)
        return domain::fail(ErrorCode::Database, QStringLiteral("Qt Sql side: cannot prepare the edit statements"));
    m_edit.reset(new EditStatements{QSqlQuery(db), std::move(*find), std::move(*update), std::move(*revision),
                                    std::move(*project), std::move(*outbox)});
    return {};
}

void QtSqlStoreBench::close()
{
    m_edit.reset(); // queries first: a connection is removed only when nothing uses it
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString QtSqlStoreBench::sqliteVersion()
{
    QSqlQuery version(QSqlDatabase::database(m_connection, false));
    return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next() ? version.value(0).toString()
                                                                                     : QStringLiteral("?");
}

Result<InsertFigures> QtSqlStoreBench::bulkInsert()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto insert = prepared(db, QStringLiteral("INSERT INTO segments(id, document_id, key, ord, source, source_plural, "
                                              "targets, state, note, locations, max_length, screenshot, flags, rev, "
                                              "updated_by, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    QSqlQuery control(db);
    QList<Segment> batch;
    SegmentCorpus::GenerationTime generation;
    QElapsedTimer total;
    total.start();
    const qint64 cpuStart = ProcessClock::cpuNs();
    const QString now = store::json::fromDateTime(QDateTime::currentDateTimeUtc());
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(control, "BEGIN");
    for (qint64 first = 0; first < m_config.segments; first += m_config.batch) {
        m_corpus.fill(batch, first, std::min(m_config.batch, m_config.segments - first), generation);
        for (const Segment& s : batch) {
            insert->bindValue(0, s.id);
            insert->bindValue(1, m_documentId);
            insert->bindValue(2, text(s.key));
            insert->bindValue(3, s.order);
            insert->bindValue(4, text(s.source));
            insert->bindValue(5, orNull(s.sourcePlural));
            insert->bindValue(6, store::json::fromList(s.targets));
            insert->bindValue(7, int(s.state));
            insert->bindValue(8, text(s.context.note));
            insert->bindValue(9, store::json::fromList(s.context.locations));
            insert->bindValue(10, s.context.maxLength);
            insert->bindValue(11, text(s.context.screenshot));
            insert->bindValue(12, int(s.flags.toInt()));
            insert->bindValue(13, s.rev);
            insert->bindValue(14, text(s.updatedBy));
            insert->bindValue(15, s.updatedAt.isValid() ? store::json::fromDateTime(s.updatedAt) : now);
            if (!insert->exec()) {
                auto error = failed(*insert, "insert segment");
                control.exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
    }
    if (!control.exec(QStringLiteral("COMMIT"))) {
        auto error = failed(control, "COMMIT");
        control.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    const qint64 loadNs = total.nsecsElapsed() - generation.wallNs;
    const qint64 loadCpuNs = ProcessClock::cpuNs() - cpuStart - generation.cpuNs;
    return InsertFigures{m_config.segments, double(loadNs) / 1e9, double(loadCpuNs) / 1e9, ProcessMemory::peakKiB()};
}

Result<void> QtSqlStoreBench::edit(const QString& segmentId, const QStringList& targets)
{
    QSqlQuery& control = m_edit->control;
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(control, "BEGIN");
    auto applied = applyEdit(segmentId, targets);
    if (applied && !control.exec(QStringLiteral("COMMIT")))
        applied = failed(control, "COMMIT");
    if (!applied)
        control.exec(QStringLiteral("ROLLBACK"));
    return applied;
}

// The statements of SegmentRepository::applyEdit in the same order: read the segment, check it,
// update it, add the revision, look up the project, append the outbox op.
Result<void> QtSqlStoreBench::applyEdit(const QString& segmentId, const QStringList& targets)
{
    EditStatements& q = *m_edit;
    q.find.bindValue(0, segmentId);
    if (!q.find.exec())
        return failed(q.find, "find segment");
    if (!q.find.next())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no segment with id %1").arg(segmentId));
    Segment current;
    current.id = q.find.value(0).toString();
    current.documentId = q.find.value(1).toString();
    current.key = q.find.value(2).toString();
    current.order = q.find.value(3).toInt();
    current.source = q.find.value(4).toString();
    current.sourcePlural = q.find.value(5).toString();
    current.targets = store::json::toList(q.find.value(6).toString());
    current.state = static_cast<SegmentState>(q.find.value(7).toInt());
    current.context.note = q.find.value(8).toString();
    current.context.locations = store::json::toList(q.find.value(9).toString());
    current.context.maxLength = q.find.value(10).toInt();
    current.context.screenshot = q.find.value(11).toString();
    current.flags = domain::SegmentFlags::fromInt(q.find.value(12).toInt());
    current.rev = q.find.value(13).toLongLong();
    current.updatedBy = q.find.value(14).toString();
    current.updatedAt = store::json::toDateTime(q.find.value(15).toString());
    q.find.finish();
    if (current.flags.testFlag(domain::SegmentFlag::Locked) || !domain::canTransition(current.state, current.state))
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("segment %1 is locked").arg(current.key));

    const qint64 rev = current.rev + 1;
    const QString targetsText = store::json::fromList(targets);
    const QString updatedAt = store::json::fromDateTime(QDateTime::currentDateTimeUtc());
    const QString author = QStringLiteral("bench");
    q.update.bindValue(0, targetsText);
    q.update.bindValue(1, int(current.state));
    q.update.bindValue(2, rev);
    q.update.bindValue(3, author);
    q.update.bindValue(4, updatedAt);
    q.update.bindValue(5, current.id);
    q.update.bindValue(6, current.rev);
    if (!q.update.exec())
        return failed(q.update, "update segment");
    q.revision.bindValue(0, domain::newId());
    q.revision.bindValue(1, current.id);
    q.revision.bindValue(2, rev);
    q.revision.bindValue(3, targetsText);
    q.revision.bindValue(4, int(current.state));
    q.revision.bindValue(5, author);
    q.revision.bindValue(6, updatedAt);
    if (!q.revision.exec())
        return failed(q.revision, "insert revision");
    q.project.bindValue(0, current.documentId);
    if (!q.project.exec() || !q.project.next())
        return failed(q.project, "find project");
    const QString projectId = q.project.value(0).toString();
    q.project.finish();
    const QJsonObject payload{{QStringLiteral("targets"), QJsonArray::fromStringList(targets)},
                              {QStringLiteral("state"), domain::stateName(current.state)}};
    q.outbox.bindValue(0, domain::newId());
    q.outbox.bindValue(1, projectId);
    q.outbox.bindValue(2, QStringLiteral("segment.update"));
    q.outbox.bindValue(3, current.id);
    q.outbox.bindValue(4, current.rev);
    q.outbox.bindValue(5, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.outbox.bindValue(6, store::json::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!q.outbox.exec())
        return failed(q.outbox, "insert outbox op");
    return {};
}

Result<void> QtSqlStoreBench::verify(qint64 edits)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto segments = count(db, QStringLiteral("SELECT count(*) FROM segments"));
    auto revisions = count(db, QStringLiteral("SELECT count(*) FROM segment_revisions"));
    auto ops = count(db, QStringLiteral("SELECT count(*) FROM outbox"));
    if (!segments || !revisions || !ops || *segments != m_config.segments || *revisions != edits || *ops != edits)
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("Qt Sql side: the database does not hold what was written"));
    return {};
}

} // namespace tessera::bench
