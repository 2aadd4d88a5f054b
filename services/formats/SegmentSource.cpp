#include "SegmentSource.h"

namespace tessera::formats {

SegmentList::SegmentList(const QList<domain::Segment>& segments)
    : m_segments(segments)
{
    m_byKey.reserve(segments.size());
    for (const domain::Segment& segment : segments)
        m_byKey.insert(segment.key, &segment); // the last of equal keys, as the writers took it
}

domain::Result<const domain::Segment*> SegmentList::find(const QString& key)
{
    return m_byKey.value(key);
}

domain::Result<QList<domain::Segment>> SegmentList::all()
{
    return m_segments;
}

} // namespace tessera::formats
