// TranslationLookup: the confirmed translations of a project in one target language, read for the
// live consistency checks: every one once, streamed (to build an index of hashes off the GUI thread),
// then the few segments that index names, by rowid, with where they are (document and key).
#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::store {

class Database;

struct TranslationRow {
    qint64 rowId = 0;
    QString segmentId;
    QString documentName;
    QString key;
    int order = 0; // the segment's place in its document (1-based, as the grid numbers it)
    QString source;
    QString sourcePlural;
    QStringList targets;
    domain::SegmentState state = domain::SegmentState::New;
    domain::SegmentFlags flags;

    // Translated, Reviewed or Approved, not obsolete, with text: what the other segments are compared with.
    bool isConfirmed() const;
};

class TranslationLookup {
public:
    explicit TranslationLookup(Database& db);

    // Every confirmed, non-obsolete segment of the project's documents in `language`, in rowid order,
    // one row at a time (the row is only valid during the call).
    domain::Result<void> forEachConfirmed(const QString& projectId, const QString& language,
                                          const std::function<void(const TranslationRow&)>& visit);
    // The segments with these rowids as they are now (rowids gone are left out), in rowid order.
    domain::Result<QList<TranslationRow>> rows(const QList<qint64>& rowIds);
    // A segment's rowid, 0 when there is none with that id.
    domain::Result<qint64> rowIdOf(const QString& segmentId);

private:
    Database& m_db;
};

} // namespace tessera::store
