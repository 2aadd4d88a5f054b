// SegmentBrowser: the reads behind the editor grid: a document's SegmentIndex (one compact row per
// segment), the rows a filter selects from it (text searched in SQL, the rest in memory), and full rows
// fetched a page at a time by rowid.
#pragma once

#include <span>
#include <vector>

#include <QList>

#include "SegmentFilter.h"
#include "SegmentIndex.h"
#include "domain/Result.h"

namespace tessera::store {

class Database;

class SegmentBrowser {
public:
    // Rows fetched by one statement; rows() splits longer requests.
    static constexpr int pageSize = 64;

    explicit SegmentBrowser(Database& db);

    // The compact index of every segment of the document, in document order.
    domain::Result<SegmentIndex> loadIndex(const QString& documentId);
    // Positions in `index` of the segments that pass `filter`, in its order. An invalid regular
    // expression fails with InvalidInput naming the field "text" and the column (1-based) where the
    // pattern goes wrong.
    domain::Result<QList<int>> select(const QString& documentId, const SegmentIndex& index,
                                      const SegmentFilter& filter);
    // The segments with these rowids, in the same sequence; rowids no longer there are left out.
    domain::Result<QList<SegmentRow>> rows(std::span<const qint64> rowIds);
    // The rowid of a segment; NotFound if there is none.
    domain::Result<qint64> rowIdOf(const QString& segmentId);

    // Which texts of a segment a search looks in.
    enum class TextFields { Sources, Targets, Both };
    // The document's segments, full rows in document order, whose sources (singular and plural),
    // targets or both contain `pattern` (TextMatch semantics, `mode` its Mode bits); only matching rows
    // are read. An invalid regular expression fails as select() does.
    domain::Result<QList<SegmentRow>> rowsMatching(const QString& documentId, const QString& pattern, int mode,
                                                   TextFields fields);

private:
    // Orders (ascending) of the document's segments whose source or targets contain the text.
    domain::Result<std::vector<int>> findText(const QString& documentId, std::pair<qint64, qint64> rowIdRange,
                                              const SegmentFilter& filter);
    domain::Result<std::vector<int>> ordersOfIds(const QString& documentId, const QSet<QString>& ids);
    domain::Result<void> fetchPage(std::span<const qint64> rowIds, QList<SegmentRow>& out);

    Database& m_db;
};

} // namespace tessera::store
