// ConsistencyIndex: the translations of a project (one target language) by source and by target,
// so that one segment can be compared with all the others: the same source translated differently,
// the same translation given to different sources.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "ConsistencySource.h"
#include "domain/Segment.h"

namespace tessera::qa {

class ConsistencyIndex : public ConsistencySource {
public:
    // Translated segments only (a target and not New); obsolete ones are left out. Adding a segment
    // again (by id) replaces what it said before, so the editor can keep the index current.
    void add(const domain::Segment& segment);
    void remove(const QString& segmentId);

    QList<Other> otherTranslations(const domain::Segment& segment) const override;
    QList<Other> otherSources(const domain::Segment& segment) const override;

    qsizetype size() const { return m_entries.size(); }

    // The comparison forms: the source with its context; a text folded for "same translation, other
    // source"; a translation as "same source, other translation" compares it (white space simplified).
    static QString sourceKey(const domain::Segment& segment);
    static QString sourceKey(const QString& key, const QString& source, const QString& sourcePlural);
    static QString normalized(const QString& text);
    static QString translationForm(const QStringList& targets);

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
