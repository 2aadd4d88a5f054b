// LiveConsistency: the consistency checks as the editor runs them, against the whole project in the
// workspace. Built once per document (project + target language) from the store, off the GUI
// thread: it keeps only hashes (of each confirmed segment's source with its context, and of its
// folded translation) by rowid; a lookup reads the few segments a hash names through the workspace
// it is attached to and compares their texts, so a hash collision never reports anything.
#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include "ConsistencySource.h"
#include "domain/Result.h"
#include "store/TranslationLookup.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::qa {

class LiveConsistency : public ConsistencySource {
public:
    struct Built {
        QString projectId;
        QString language;
        std::shared_ptr<LiveConsistency> index; // null when it could not be read
        QString error;
    };

    // Reads every confirmed, non-obsolete translation of the project in `language` through `workspace`.
    static domain::Result<std::shared_ptr<LiveConsistency>> build(store::Workspace& workspace, const QString& projectId,
                                                                  const QString& language);
    // The same on a pool thread with its own read-only connection to the workspace at `workspacePath`.
    static QFuture<Built> buildInBackground(const QString& workspacePath, const QString& projectId,
                                            const QString& language);

    // The workspace lookups read through (the caller's thread's connection); null detaches. Lookups
    // before attaching find nothing. Not thread-safe: one thread looks up and updates.
    void attach(store::Workspace* workspace);

    // After a segment of this project and language was saved: indexes it as it is now (or drops it
    // when it is no longer a confirmed translation).
    void update(const domain::Segment& segment);

    // The segment as typed against the other confirmed segments (only its text needs to be there; its
    // state does not matter, so a translation is checked before it is confirmed).
    QList<Other> otherTranslations(const domain::Segment& segment) const override;
    QList<Other> otherSources(const domain::Segment& segment) const override;

    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        std::size_t source = 0;
        std::size_t target = 0;
    };
    static std::size_t hashOf(const QString& text);
    static bool counts(const domain::Segment& segment);
    void add(qint64 rowId, const QString& sourceKey, const QString& normalizedTarget);
    void remove(qint64 rowId);
    QList<store::TranslationRow> read(const QList<qint64>& rowIds) const;

    QHash<qint64, Entry> m_entries;               // by rowid
    QHash<std::size_t, QList<qint64>> m_bySource; // hash of the source key → rowids
    QHash<std::size_t, QList<qint64>> m_byTarget; // hash of the normalized translation → rowids
    store::Workspace* m_workspace = nullptr;
    std::unique_ptr<store::TranslationLookup> m_lookup;

    // The rows with the same source as the segment last checked: typing does not change the source,
    // so they are read once per segment (and again after any update()).
    mutable QString m_cachedSegment;
    mutable QList<store::TranslationRow> m_cachedSameSource;
};

} // namespace tessera::qa
