#include "SegmentIndex.h"

#include <algorithm>

namespace tessera::store {

using Sort = SegmentFilter::Sort;

namespace {

// Keeps the positions whose order is in `orders` (both ascending): one merge, no lookups.
void keepOrders(QList<int>& positions, const std::vector<SegmentIndexEntry>& entries, const std::vector<int>& orders)
{
    auto next = orders.begin();
    positions.removeIf([&](int position) {
        const int order = entries[std::size_t(position)].order;
        next = std::lower_bound(next, orders.end(), order);
        return next == orders.end() || *next != order;
    });
}

} // namespace

SegmentIndex::SegmentIndex(std::vector<SegmentIndexEntry> entries)
    : m_entries(std::move(entries))
{
    for (const SegmentIndexEntry& e : m_entries) {
        if (m_rowIdRange.second < m_rowIdRange.first)
            m_rowIdRange = {e.rowId, e.rowId};
        m_rowIdRange = {std::min(m_rowIdRange.first, e.rowId), std::max(m_rowIdRange.second, e.rowId)};
    }
}

int SegmentIndex::positionOfOrder(int order) const
{
    const auto found = std::lower_bound(m_entries.begin(), m_entries.end(), order,
                                        [](const SegmentIndexEntry& e, int o) { return e.order < o; });
    return found != m_entries.end() && found->order == order ? int(found - m_entries.begin()) : -1;
}

int SegmentIndex::positionOfRowId(qint64 rowId) const
{
    const auto found =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const SegmentIndexEntry& e) { return e.rowId == rowId; });
    return found != m_entries.end() ? int(found - m_entries.begin()) : -1;
}

QList<int> SegmentIndex::select(const SegmentFilter& filter, const std::vector<int>* textOrders,
                                const std::vector<int>* idOrders) const
{
    int stateMask = 0;
    for (domain::SegmentState state : filter.states)
        stateMask |= 1 << int(state);
    const qint64 since = filter.changedSince.isValid() ? filter.changedSince.toMSecsSinceEpoch() : 0;
    QList<int> positions;
    positions.reserve(qsizetype(m_entries.size()));
    for (int position = 0; position < int(m_entries.size()); ++position) {
        const SegmentIndexEntry& e = m_entries[std::size_t(position)];
        if ((stateMask && !(stateMask & (1 << e.state))) || (filter.withComments && !e.hasComments) ||
            (since && e.updatedAtMs < since))
            continue;
        positions.append(position);
    }
    if (textOrders)
        keepOrders(positions, m_entries, *textOrders);
    if (idOrders)
        keepOrders(positions, m_entries, *idOrders);

    const auto key = [&](int position) -> qint64 {
        const SegmentIndexEntry& e = m_entries[std::size_t(position)];
        switch (filter.sort) {
        case Sort::Order:
            return position;
        case Sort::Key:
            return e.keyRank;
        case Sort::Length:
            return qint64(e.sourceLength) << 32 | position; // ties in document order
        case Sort::State:
            return qint64(e.state) << 32 | position;
        }
        return position;
    };
    if (filter.sort != Sort::Order)
        std::sort(positions.begin(), positions.end(), [&](int a, int b) { return key(a) < key(b); });
    if (filter.descending)
        std::reverse(positions.begin(), positions.end());
    positions.squeeze();
    return positions;
}

std::array<int, 6> SegmentIndex::stateCounts() const
{
    std::array<int, 6> counts{};
    for (const SegmentIndexEntry& e : m_entries) {
        if (!(e.flags & int(domain::SegmentFlag::Obsolete)) && e.state < counts.size())
            ++counts[e.state];
    }
    return counts;
}

void SegmentIndex::update(int position, domain::SegmentState state, const QDateTime& updatedAt)
{
    if (position < 0 || position >= int(m_entries.size()))
        return;
    m_entries[std::size_t(position)].state = quint8(state);
    m_entries[std::size_t(position)].updatedAtMs = updatedAt.toMSecsSinceEpoch();
}

} // namespace tessera::store
