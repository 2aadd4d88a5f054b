// Batcher: splits segments into requests that respect a provider's limits.
#pragma once

#include <QList>

#include "MtTypes.h"

namespace tessera::mt {

class Batcher {
public:
    // Groups of segment indexes in order; each group holds at most `maxSegments` segments and at
    // most `maxChars` characters of text, except that a segment longer than maxChars goes alone.
    static QList<QList<int>> split(const QList<MtSegment>& segments, const ProviderLimits& limits);
};

} // namespace tessera::mt
