#include "SegmentPageCache.h"

#include <algorithm>

namespace tessera::models {

SegmentPageCache::SegmentPageCache(int pageSize, int capacity)
    : m_pageSize(std::max(1, pageSize))
    , m_capacity(std::max(1, capacity))
{
    m_pages.reserve(std::size_t(m_capacity));
}

store::SegmentRow* SegmentPageCache::find(int viewRow)
{
    if (viewRow < 0)
        return nullptr;
    const int number = viewRow / m_pageSize;
    for (Page& page : m_pages) {
        if (page.number != number)
            continue;
        page.lastUse = ++m_clock;
        const int offset = viewRow - number * m_pageSize;
        return offset < page.rows.size() ? &page.rows[offset] : nullptr;
    }
    return nullptr;
}

store::SegmentRow* SegmentPageCache::insert(int page, QList<store::SegmentRow> rows, int viewRow)
{
    auto existing = std::find_if(m_pages.begin(), m_pages.end(), [&](const Page& p) { return p.number == page; });
    if (existing == m_pages.end() && int(m_pages.size()) >= m_capacity)
        existing = std::min_element(m_pages.begin(), m_pages.end(),
                                    [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; });
    if (existing == m_pages.end()) {
        m_pages.push_back({});
        existing = std::prev(m_pages.end());
    }
    existing->number = page;
    existing->lastUse = ++m_clock;
    existing->rows = std::move(rows);
    const int offset = viewRow - page * m_pageSize;
    return offset >= 0 && offset < existing->rows.size() ? &existing->rows[offset] : nullptr;
}

void SegmentPageCache::clear()
{
    m_pages.clear();
}

} // namespace tessera::models
