// SegmentBrowser: the reads behind the editor grid: a compact index (rowid, order) of one document's
// segments filtered and sorted in SQL, and full rows fetched a page at a time by rowid.
#pragma once

#include <span>
#include <vector>

#include <QList>

#include "SegmentFilter.h"
#include "domain/Result.h"

namespace tessera::store {

class Database;

class SegmentBrowser {
public:
    // Rows fetched by one statement; rows() splits longer requests.
    static constexpr int pageSize = 64;

    explicit SegmentBrowser(Database& db);

    // The document's segments that pass `filter`, in its order. An invalid regular expression fails
    // with InvalidInput naming the field "text" and the column (1-based) where the pattern goes wrong.
    domain::Result<QList<SegmentIndexEntry>> index(const QString& documentId, const SegmentFilter& filter);
    // Every segment order of the document, ascending: a segment's number is its order's rank here.
    domain::Result<std::vector<int>> orders(const QString& documentId);
    // The segments with these rowids, in the same sequence; rowids no longer there are left out.
    domain::Result<QList<SegmentRow>> rows(std::span<const qint64> rowIds);
    // The rowid of a segment; NotFound if there is none.
    domain::Result<qint64> rowIdOf(const QString& segmentId);

private:
    domain::Result<void> fetchPage(std::span<const qint64> rowIds, QList<SegmentRow>& out);

    Database& m_db;
};

} // namespace tessera::store
