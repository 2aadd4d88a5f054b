// Batcher: greedy packing in segment order.
#include "Batcher.h"

#include <algorithm>

namespace tessera::mt {

QList<QList<int>> Batcher::split(const QList<MtSegment>& segments, const ProviderLimits& limits)
{
    const int maxSegments = std::max(1, limits.maxSegments);
    const qsizetype maxChars = std::max(1, limits.maxChars);
    QList<QList<int>> groups;
    QList<int> current;
    qsizetype chars = 0;
    for (int i = 0; i < segments.size(); ++i) {
        const qsizetype length = segments.at(i).text.size();
        if (!current.isEmpty() && (current.size() >= maxSegments || chars + length > maxChars)) {
            groups.append(current);
            current.clear();
            chars = 0;
        }
        current.append(i);
        chars += length;
    }
    if (!current.isEmpty())
        groups.append(current);
    return groups;
}

} // namespace tessera::mt
