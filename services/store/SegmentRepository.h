// SegmentRepository: segments, their history, and the one-transaction user edit
// (segment row + revision row + outbox row).
#pragma once

#include <array>
#include <optional>
#include <string>

#include <QList>
#include <QStringList>

#include "domain/Result.h"
#include "domain/Segment.h"
#include "domain/SegmentRevision.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class OutboxRepository;
class Statement;

struct SegmentEdit {
    QString segmentId;
    QStringList targets;
    std::optional<domain::SegmentState> state; // unchanged when empty
    qint64 baseRev = -1;                       // the rev the user edited; -1 accepts any
    QString author;
    std::optional<QString> translatorComment = std::nullopt; // unchanged when empty
    QString origin = QString(); // Segment::origin: empty for a person's edit, else what filled the target
};

struct SegmentQuery {
    QString projectId;
    QString language;
    std::optional<domain::SegmentState> state;
    QString document; // id or name; empty for all
};

struct SegmentKey {
    QString id;
    QString key;
    int order = 0;
};

// The segments before and after one in its document's order (none at either end).
struct SegmentNeighbours {
    std::optional<domain::Segment> previous;
    std::optional<domain::Segment> next;
};

class SegmentRepository {
public:
    SegmentRepository(Database& db, const domain::Clock& clock, OutboxRepository& outbox);

    // Bulk load with one prepared statement (Database::bulk: all or nothing alone, part of the
    // caller's transaction inside one); empty ids are made here.
    domain::Result<void> insertAll(const QString& documentId, QList<domain::Segment>& segments);
    // Re-import, inside the caller's transaction: first move the orders of the segments about to be
    // rewritten aside (orders are unique per document; the new orders of the rewritten segments
    // must not collide with the orders of those left alone), then write each with updateFromImport: order,
    // source, plural source, previous source, targets, state, context (not the screenshot), translator comment, flags,
    // rev and updated_at as given (updated_at: now when invalid). id, key and updated_by stay.
    domain::Result<void> moveOrdersAside(const QList<domain::Segment>& segments);
    // For a streamed re-import, inside the caller's transaction: segments are written with their new
    // orders negated (unique among themselves, apart from every order still positive), and this
    // turns them positive once all are written.
    domain::Result<void> restoreNegatedOrders(const QString& documentId);
    // id, key and order of every segment of a document in order: what a re-import matches the file's
    // keys against without holding the whole segments.
    domain::Result<QList<SegmentKey>> keys(const QString& documentId);
    domain::Result<void> updateFromImport(const domain::Segment& segment);
    domain::Result<QList<domain::Segment>> listForDocument(const QString& documentId);
    // The same with only what Tessera writes back into a bilingual file filled in (key, order,
    // targets, state, flags, translator comment): half the memory and time of a full list.
    domain::Result<QList<domain::Segment>> listTranslations(const QString& documentId);
    // How many segments of the document are in each state, indexed by SegmentState; obsolete ones
    // are not counted.
    domain::Result<std::array<int, 6>> stateCounts(const QString& documentId);
    domain::Result<QList<domain::Segment>> list(const SegmentQuery& query);
    domain::Result<domain::Segment> find(const QString& id);
    domain::Result<domain::Segment> findByKey(const QString& documentId, const QString& key);
    // The segments of a document with exactly this source (and plural source) that nobody has
    // translated yet (New, or Draft with no text), neither locked nor obsolete, in document order,
    // `exceptId` left out: what confirming a translation may propagate to.
    domain::Result<QList<domain::Segment>> untranslatedWithSource(const QString& documentId, const QString& source,
                                                                  const QString& sourcePlural, const QString& exceptId);

    // One user edit, all or nothing; a New segment given text without a state becomes a Draft. Refuses locked segments,
    // a stale base rev (Conflict), a state change the workflow forbids and confirming an empty translation.
    domain::Result<domain::Segment> applyEdit(const SegmentEdit& edit);
    domain::Result<QList<domain::SegmentRevision>> revisions(const QString& segmentId);
    // Writes a revision's targets, translator comment and origin back as a new edit (a new revision;
    // the history stays). Its state too where the workflow allows going there from the current
    // state, else Draft (the current state when the restored text is empty). `baseRev` as in SegmentEdit.
    domain::Result<domain::Segment> restoreRevision(const QString& revisionId, const QString& author,
                                                    qint64 baseRev = -1);
    // The segments just before and after `segment` in its document (by order, obsolete ones included).
    domain::Result<SegmentNeighbours> neighbours(const domain::Segment& segment);

    // The columns read() expects first, for a query over `segments s` (SegmentBrowser's pages).
    static const std::string& columns();
    static domain::Segment read(const Statement& row);

private:
    domain::Result<void> validate(const domain::Segment& current, const SegmentEdit& edit,
                                  domain::SegmentState next) const;

    Database& m_db;
    const domain::Clock& m_clock;
    OutboxRepository& m_outbox;
};

} // namespace tessera::store
