// ConsistencyIndex: the translations of a project (one target language) by source and by target,
// so that one segment can be compared with all the others: the same source translated differently,
// the same translation given to different sources.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "domain/Segment.h"

namespace tessera::qa {

class ConsistencyIndex {
public:
    struct Other {
        QString segmentId;
        QString key;
        QString text; // the other translation, or the other source
    };

    // Translated segments only (a target and not New); obsolete ones are left out. Adding a segment
    // again (by id) replaces what it said before, so the editor can keep the index current.
    void add(const domain::Segment& segment);
    void remove(const QString& segmentId);

    // Other segments with the same source (and context) whose translation differs from this one's,
    // one per distinct translation.
    QList<Other> otherTranslations(const domain::Segment& segment) const;
    // Other segments whose translation is this one's but whose source differs (beyond case,
    // accelerators, trailing punctuation and white space), one per distinct source.
    QList<Other> otherSources(const domain::Segment& segment) const;

    qsizetype size() const { return m_entries.size(); }

    // The comparison forms.
    static QString sourceKey(const domain::Segment& segment);
    static QString normalized(const QString& text);

private:
    struct Entry {
        QString key;
        QString sourceKey;
        QString source;
        QString normalizedSource;
        QString target;
        QString normalizedTarget;
    };
    static bool counts(const domain::Segment& segment);
    static QString targetText(const domain::Segment& segment);

    QHash<QString, Entry> m_entries;           // by segment id
    QHash<QString, QList<QString>> m_bySource; // source key → segment ids
    QHash<QString, QList<QString>> m_byTarget; // normalized target → segment ids
};

} // namespace tessera::qa
