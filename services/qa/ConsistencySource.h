// ConsistencySource: where the project-scope checks (inconsistent-translation, inconsistent-source)
// find the project's other translations: ConsistencyIndex over a batch in memory, LiveConsistency
// over the workspace for the editor.
#pragma once

#include <QList>
#include <QString>

#include "domain/Segment.h"

namespace tessera::qa {

class ConsistencySource {
public:
    struct Other {
        QString segmentId;
        QString key;
        QString text;     // the other translation, or the other source
        QString document; // the other segment's document; empty when not known (batch)
        int order = 0;    // its place in that document; 0 when not known
    };

    virtual ~ConsistencySource() = default;

    // Other segments with the same source (and context) whose translation differs from this one's
    // (beyond white space), one per distinct translation.
    virtual QList<Other> otherTranslations(const domain::Segment& segment) const = 0;
    // Other segments whose translation is this one's but whose source differs (beyond case,
    // accelerators, trailing punctuation and white space), one per distinct source.
    virtual QList<Other> otherSources(const domain::Segment& segment) const = 0;

    // Where another segment is, for a message: " (ui.po #12)", or empty when not known.
    static QString where(const Other& other)
    {
        if (other.document.isEmpty())
            return {};
        return other.order > 0 ? QStringLiteral(" (%1 #%2)").arg(other.document).arg(other.order)
                               : QStringLiteral(" (%1)").arg(other.document);
    }
};

} // namespace tessera::qa
