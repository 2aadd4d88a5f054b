// SegmentIndex: a compact row (32 bytes) per segment of one document, in document order: what the
// editor grid filters by state, comments and date and sorts by order, key, length or state in
// memory, without reading the segments' text.
#pragma once

#include <array>
#include <utility>
#include <vector>

#include <QList>

#include "SegmentFilter.h"

namespace tessera::store {

struct SegmentIndexEntry {
    qint64 rowId = 0;       // the segment's SQLite rowid, how its full row is fetched
    qint64 updatedAtMs = 0; // Segment::updatedAt, milliseconds since the epoch (UTC)
    int order = 0;          // Segment::order
    int sourceLength = 0;   // characters (code points) of the source
    int keyRank = 0;        // the segment's place when the document is sorted by key
    quint8 state = 0;       // a domain::SegmentState
    quint8 flags = 0;       // domain::SegmentFlags
    bool hasComments = false;
};

class SegmentIndex {
public:
    SegmentIndex() = default;
    // `entries` in document order (ascending order).
    explicit SegmentIndex(std::vector<SegmentIndexEntry> entries);

    int size() const { return int(m_entries.size()); }
    // The lowest and highest rowid of the document's segments ({0, -1} when empty).
    std::pair<qint64, qint64> rowIdRange() const { return m_rowIdRange; }
    const SegmentIndexEntry& at(int position) const { return m_entries[std::size_t(position)]; }
    // The position (0-based, in document order) of a segment by its order or rowid; -1 if absent.
    int positionOfOrder(int order) const;
    int positionOfRowId(qint64 rowId) const;
    // Bytes held, for the benchmark.
    std::size_t bytes() const { return m_entries.capacity() * sizeof(SegmentIndexEntry); }

    // Positions of the entries that pass the filter's state, comments and date parts, sorted as it
    // asks. `textOrders` and `idOrders`, when given, are the orders (ascending) of the segments the
    // text search found and of the segments filter.onlyIds names; only those pass.
    QList<int> select(const SegmentFilter& filter, const std::vector<int>* textOrders = nullptr,
                      const std::vector<int>* idOrders = nullptr) const;

    // Segments in each state, obsolete ones not counted, indexed by domain::SegmentState.
    std::array<int, 6> stateCounts() const;
    // After an edit: the segment's new state and time.
    void update(int position, domain::SegmentState state, const QDateTime& updatedAt);

private:
    std::vector<SegmentIndexEntry> m_entries;
    std::pair<qint64, qint64> m_rowIdRange{0, -1};
};

} // namespace tessera::store

Q_DECLARE_TYPEINFO(tessera::store::SegmentIndexEntry, Q_PRIMITIVE_TYPE);
