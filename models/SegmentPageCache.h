// SegmentPageCache: the few pages of full segment rows a grid has shown lately, least recently used
// dropped first, so memory stays flat however long the document is.
#pragma once

#include <vector>

#include <QList>

#include "store/SegmentFilter.h"

namespace tessera::models {

class SegmentPageCache {
public:
    SegmentPageCache(int pageSize, int capacity);

    int pageSize() const { return m_pageSize; }
    int capacity() const { return m_capacity; }
    int pageCount() const { return int(m_pages.size()); }

    // The row at this view row, or null when its page is not cached; a hit makes the page the most
    // recently used.
    store::SegmentRow* find(int viewRow);
    // Keeps page `page` (rows page * pageSize … in view order), dropping the least recently used
    // page when full. Returns the row at `viewRow` (null if the page is shorter).
    store::SegmentRow* insert(int page, QList<store::SegmentRow> rows, int viewRow);
    void clear();

private:
    struct Page {
        int number = 0;
        quint64 lastUse = 0;
        QList<store::SegmentRow> rows;
    };

    int m_pageSize;
    int m_capacity;
    quint64 m_clock = 0;
    std::vector<Page> m_pages; // a handful: a linear search beats hashing
};

} // namespace tessera::models
