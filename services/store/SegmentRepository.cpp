#include "SegmentRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include "Database.h"
#include "Json.h"
#include "OutboxRepository.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

const std::string s_columnList = "s.id, s.document_id, s.key, s.ord, s.source, s.source_plural, s.targets, s.state, "
                                 "s.note, s.locations, s.max_length, s.screenshot, s.flags, s.rev, s.updated_by, "
                                 "s.updated_at, s.previous_source, s.translator_comment, s.origin";
const std::string s_segmentColumns = "SELECT " + s_columnList + " FROM segments s ";

bool hasText(const QStringList& targets)
{
    return std::any_of(targets.begin(), targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

} // namespace

SegmentRepository::SegmentRepository(Database& db, const domain::Clock& clock, OutboxRepository& outbox)
    : m_db(db)
    , m_clock(clock)
    , m_outbox(outbox)
{}

const std::string& SegmentRepository::columns()
{
    return s_columnList;
}

Segment SegmentRepository::read(const Statement& row)
{
    Segment s;
    s.id = row.text(0);
    s.documentId = row.text(1);
    s.key = row.text(2);
    s.order = int(row.int64(3));
    s.source = row.text(4);
    s.sourcePlural = row.text(5);
    s.targets = json::toList(row.text(6));
    s.state = static_cast<SegmentState>(row.int64(7));
    s.context.note = row.text(8);
    s.context.locations = json::toList(row.text(9));
    s.context.maxLength = int(row.int64(10));
    s.context.screenshot = row.text(11);
    s.flags = domain::SegmentFlags::fromInt(int(row.int64(12)));
    s.rev = row.int64(13);
    s.updatedBy = row.text(14);
    s.updatedAt = json::toDateTime(row.text(15));
    s.previousSource = row.text(16);
    s.translatorComment = row.text(17);
    s.origin = row.text(18);
    return s;
}

Result<void> SegmentRepository::insertAll(const QString& documentId, QList<Segment>& segments)
{
    const QString now = json::fromDateTime(m_clock.now());
    return m_db.bulk([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO segments(id, document_id, key, ord, source, source_plural, targets, "
                                 "state, note, locations, max_length, screenshot, flags, rev, updated_by, updated_at, "
                                 "previous_source, translator_comment, origin) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        for (Segment& s : segments) {
            if (s.id.isEmpty())
                s.id = domain::newId();
            s.documentId = documentId;
            const QString updatedAt = s.updatedAt.isValid() ? json::fromDateTime(s.updatedAt) : now;
            auto done = (*stmt)
                            ->bindAll(s.id, documentId, s.key, s.order, s.source, OrNull{s.sourcePlural},
                                      json::fromList(s.targets), int(s.state), s.context.note,
                                      json::fromList(s.context.locations), s.context.maxLength, s.context.screenshot,
                                      int(s.flags.toInt()), s.rev, s.updatedBy, updatedAt, s.previousSource,
                                      s.translatorComment, s.origin)
                            .run();
            if (!done)
                return done;
        }
        return {};
    });
}

Result<void> SegmentRepository::moveOrdersAside(const QList<Segment>& segments)
{
    // Orders count from 1, so their negatives collide with neither each other nor the new orders.
    auto statement = m_db.prepare("UPDATE segments SET ord = -ord WHERE id = ? AND ord > 0");
    if (!statement)
        return std::unexpected(statement.error());
    for (const Segment& segment : segments) {
        if (auto moved = (*statement)->bindAll(segment.id).run(); !moved)
            return moved;
    }
    return {};
}

Result<void> SegmentRepository::restoreNegatedOrders(const QString& documentId)
{
    return m_db.prepare("UPDATE segments SET ord = -ord WHERE document_id = ? AND ord < 0").and_then([&](Statement* s) {
        return s->bindAll(documentId).run();
    });
}

Result<QList<SegmentKey>> SegmentRepository::keys(const QString& documentId)
{
    return m_db.prepare("SELECT id, key, ord FROM segments WHERE document_id = ? ORDER BY ord")
        .and_then([&](Statement* s) {
            return s->bindAll(documentId).collect([](const Statement& row) {
                return SegmentKey{row.text(0), row.text(1), int(row.int64(2))};
            });
        });
}

Result<void> SegmentRepository::updateFromImport(const Segment& segment)
{
    const QString updatedAt = json::fromDateTime(segment.updatedAt.isValid() ? segment.updatedAt : m_clock.now());
    return m_db
        .prepare("UPDATE segments SET ord = ?, source = ?, source_plural = ?, previous_source = ?, targets = ?, "
                 "state = ?, note = ?, locations = ?, max_length = ?, translator_comment = ?, flags = ?, rev = ?, "
                 "updated_at = ? WHERE id = ?")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(segment.order, segment.source, OrNull{segment.sourcePlural}, segment.previousSource,
                          json::fromList(segment.targets), int(segment.state), segment.context.note,
                          json::fromList(segment.context.locations), segment.context.maxLength,
                          segment.translatorComment, int(segment.flags.toInt()), segment.rev, updatedAt, segment.id)
                .run();
        });
}

Result<QList<Segment>> SegmentRepository::listForDocument(const QString& documentId)
{
    return m_db.prepare(s_segmentColumns + "WHERE s.document_id = ? ORDER BY s.ord").and_then([&](Statement* s) {
        return s->bindAll(documentId).collect(read);
    });
}

Result<QList<Segment>> SegmentRepository::listTranslations(const QString& documentId)
{
    return m_db
        .prepare("SELECT key, ord, targets, state, flags, translator_comment FROM segments WHERE document_id = ? "
                 "ORDER BY ord")
        .and_then([&](Statement* s) {
            return s->bindAll(documentId).collect([](const Statement& row) {
                Segment segment;
                segment.key = row.text(0);
                segment.order = int(row.int64(1));
                segment.targets = json::toList(row.text(2));
                segment.state = static_cast<SegmentState>(row.int64(3));
                segment.flags = domain::SegmentFlags::fromInt(int(row.int64(4)));
                segment.translatorComment = row.text(5);
                return segment;
            });
        });
}

Result<std::array<int, 6>> SegmentRepository::stateCounts(const QString& documentId)
{
    return m_db.prepare("SELECT state, count(*) FROM segments WHERE document_id = ? AND (flags & ?) = 0 GROUP BY state")
        .and_then([&](Statement* s) {
            return s->bindAll(documentId, int(domain::SegmentFlag::Obsolete)).collect([](const Statement& row) {
                return std::pair{row.int64(0), int(row.int64(1))};
            });
        })
        .transform([](const QList<std::pair<qint64, int>>& rows) {
            std::array<int, 6> counts{};
            for (const auto& [state, count] : rows) {
                if (state >= 0 && state < qint64(counts.size()))
                    counts[std::size_t(state)] = count;
            }
            return counts;
        });
}

Result<QList<Segment>> SegmentRepository::list(const SegmentQuery& query)
{
    std::string sql =
        s_segmentColumns + "JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?1 AND d.target_lang = ?2";
    if (query.state)
        sql += " AND s.state = ?3";
    if (!query.document.isEmpty())
        sql += " AND (d.id = ?4 OR d.name = ?4)";
    sql += " ORDER BY d.name, s.ord";
    return m_db.prepare(sql).and_then([&](Statement* s) {
        s->bind(1, query.projectId).bind(2, query.language);
        if (query.state)
            s->bind(3, int(*query.state));
        if (!query.document.isEmpty())
            s->bind(4, query.document);
        return s->collect(read);
    });
}

Result<Segment> SegmentRepository::find(const QString& id)
{
    return m_db.prepare(s_segmentColumns + "WHERE s.id = ?").and_then([&](Statement* s) {
        return s->bindAll(id).one(read, QStringLiteral("no segment with id %1").arg(id));
    });
}

Result<Segment> SegmentRepository::findByKey(const QString& documentId, const QString& key)
{
    return m_db.prepare(s_segmentColumns + "WHERE s.document_id = ? AND s.key = ?").and_then([&](Statement* s) {
        return s->bindAll(documentId, key).one(read, QStringLiteral("no segment with key \"%1\"").arg(key));
    });
}

Result<Segment> SegmentRepository::restoreRevision(const QString& revisionId, const QString& author, qint64 baseRev)
{
    return m_db.transaction([&]() -> Result<Segment> {
        auto revision =
            m_db.prepare("SELECT segment_id, targets, state, translator_comment, origin FROM segment_revisions "
                         "WHERE id = ?")
                .and_then([&](Statement* s) {
                    return s->bindAll(revisionId)
                        .one(
                            [](const Statement& row) {
                                domain::SegmentRevision r;
                                r.segmentId = row.text(0);
                                r.targets = json::toList(row.text(1));
                                r.state = static_cast<SegmentState>(row.int64(2));
                                r.translatorComment = row.text(3);
                                r.origin = row.text(4);
                                return r;
                            },
                            QStringLiteral("no segment revision with id %1").arg(revisionId));
                });
        if (!revision)
            return std::unexpected(revision.error());
        auto current = find(revision->segmentId);
        if (!current)
            return current;
        SegmentState state = revision->state;
        if (!domain::canTransition(current->state, state))
            state = hasText(revision->targets) ? SegmentState::Draft : current->state;
        return applyEdit(SegmentEdit{revision->segmentId, revision->targets, state, baseRev, author,
                                     revision->translatorComment, revision->origin});
    });
}

Result<SegmentNeighbours> SegmentRepository::neighbours(const domain::Segment& segment)
{
    SegmentNeighbours around;
    const auto nearest = [&](const std::string& sql, std::optional<Segment>& into) -> Result<void> {
        auto stmt = m_db.prepare(s_segmentColumns + sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        auto found = (*stmt)->bindAll(segment.documentId, segment.order).collect(read);
        if (!found)
            return std::unexpected(found.error());
        if (!found->isEmpty())
            into = found->front();
        return {};
    };
    if (auto done = nearest("WHERE s.document_id = ? AND s.ord < ? ORDER BY s.ord DESC LIMIT 1", around.previous);
        !done)
        return std::unexpected(done.error());
    if (auto done = nearest("WHERE s.document_id = ? AND s.ord > ? ORDER BY s.ord LIMIT 1", around.next); !done)
        return std::unexpected(done.error());
    return around;
}

Result<QList<Segment>> SegmentRepository::untranslatedWithSource(const QString& documentId, const QString& source,
                                                                 const QString& sourcePlural, const QString& exceptId)
{
    return m_db
        .prepare(s_segmentColumns + "WHERE s.document_id = ? AND s.source = ? AND COALESCE(s.source_plural, '') = ? "
                                    "AND s.id <> ? AND (s.state = ? OR (s.state = ? AND s.targets = '[]')) "
                                    "AND (s.flags & ?) = 0 ORDER BY s.ord")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(documentId, source, sourcePlural, exceptId, int(SegmentState::New), int(SegmentState::Draft),
                          int(domain::SegmentFlag::Locked) | int(domain::SegmentFlag::Obsolete))
                .collect(read);
        });
}

Result<void> SegmentRepository::validate(const Segment& current, const SegmentEdit& edit, SegmentState next) const
{
    if (current.flags.testFlag(domain::SegmentFlag::Locked))
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("segment %1 is locked").arg(current.key));
    if (edit.baseRev >= 0 && edit.baseRev != current.rev)
        return domain::fail(ErrorCode::Conflict,
                            QStringLiteral("segment %1 changed meanwhile (now rev %2, edited rev %3)")
                                .arg(current.key)
                                .arg(current.rev)
                                .arg(edit.baseRev));
    if (!domain::canTransition(current.state, next))
        return domain::fail(ErrorCode::InvalidTransition,
                            QStringLiteral("segment %1 cannot go from %2 to %3")
                                .arg(current.key, stateName(current.state), stateName(next)));
    const bool confirmed =
        next == SegmentState::Translated || next == SegmentState::Reviewed || next == SegmentState::Approved;
    if (confirmed && !hasText(edit.targets))
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("segment %1: an empty translation cannot be %2").arg(current.key, stateName(next)));
    return {};
}

Result<Segment> SegmentRepository::applyEdit(const SegmentEdit& edit)
{
    return m_db.transaction([&]() -> Result<Segment> {
        auto current = find(edit.segmentId);
        if (!current)
            return current;
        Segment next = *current;
        next.targets = edit.targets;
        const bool typedIntoNew = current->state == SegmentState::New && hasText(edit.targets);
        next.state = edit.state.value_or(typedIntoNew ? SegmentState::Draft : current->state);
        if (auto valid = validate(*current, edit, next.state); !valid)
            return std::unexpected(valid.error());
        if (edit.translatorComment)
            next.translatorComment = *edit.translatorComment;
        next.origin = edit.origin;
        next.rev = current->rev + 1;
        next.updatedBy = edit.author;
        next.updatedAt = m_clock.now();
        const QString targetsText = json::fromList(next.targets);
        const QString updatedAt = json::fromDateTime(next.updatedAt);

        auto updated = m_db.prepare("UPDATE segments SET targets = ?, state = ?, translator_comment = ?, origin = ?, "
                                    "rev = ?, updated_by = ?, updated_at = ? WHERE id = ? AND rev = ?")
                           .and_then([&](Statement* s) {
                               return s
                                   ->bindAll(targetsText, int(next.state), next.translatorComment, next.origin,
                                             next.rev, next.updatedBy, updatedAt, next.id, current->rev)
                                   .run();
                           });
        if (!updated)
            return std::unexpected(updated.error());
        auto revision = m_db.prepare("INSERT INTO segment_revisions(id, segment_id, rev, targets, state, author, "
                                     "created_at, translator_comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .and_then([&](Statement* s) {
                                return s
                                    ->bindAll(domain::newId(), next.id, next.rev, targetsText, int(next.state),
                                              next.updatedBy, updatedAt, next.translatorComment, next.origin)
                                    .run();
                            });
        if (!revision)
            return std::unexpected(revision.error());
        auto projectId = m_db.prepare("SELECT project_id FROM documents WHERE id = ?").and_then([&](Statement* s) {
            return s->bindAll(next.documentId).one([](const Statement& row) { return row.text(0); }, QString());
        });
        if (!projectId)
            return std::unexpected(projectId.error());
        // translator_comment goes with every edit, as targets do; a reader of an older payload without
        // it keeps the comment it has.
        const QJsonObject payload{{QStringLiteral("targets"), QJsonArray::fromStringList(next.targets)},
                                  {QStringLiteral("state"), stateName(next.state)},
                                  {QStringLiteral("translator_comment"), next.translatorComment},
                                  {QStringLiteral("origin"), next.origin}};
        auto op = m_outbox.append(*projectId, QStringLiteral("segment.update"), next.id, current->rev, payload);
        if (!op)
            return std::unexpected(op.error());
        return next;
    });
}

Result<QList<domain::SegmentRevision>> SegmentRepository::revisions(const QString& segmentId)
{
    return m_db
        .prepare("SELECT id, segment_id, rev, targets, state, author, created_at, translator_comment, origin "
                 "FROM segment_revisions WHERE segment_id = ? ORDER BY rev")
        .and_then([&](Statement* s) {
            return s->bindAll(segmentId).collect([](const Statement& row) {
                return domain::SegmentRevision{row.text(0),
                                               row.text(1),
                                               row.int64(2),
                                               json::toList(row.text(3)),
                                               static_cast<SegmentState>(row.int64(4)),
                                               row.text(5),
                                               json::toDateTime(row.text(6)),
                                               row.text(7),
                                               row.text(8)};
            });
        });
}

} // namespace tessera::store
