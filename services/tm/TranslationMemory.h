// TranslationMemory: one TM of the workspace: its units in the store (TmRepository), an in-memory
// TmIndex per language pair and a ConcordanceIndex of all its units, built from the stored units or
// loaded from its index file when opened.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <vector>

#include <QHash>

#include <QList>
#include <QString>

#include "ConcordanceIndex.h"
#include "TmIndex.h"
#include "TmMatch.h"
#include "domain/Result.h"
#include "store/TmRepository.h"

namespace tessera::tm {

class TranslationMemory {
public:
    // How open() came by the index.
    enum class IndexOrigin {
        Built,    // tokenized every unit from the store
        Loaded,   // read from the index file, which matched the store
        CaughtUp, // read from the index file, then the units added since were indexed
    };

    // Opens the TM named `name`, creating its tm_memories row with the defaults when it has none,
    // and indexes its units (one counting pass per language pair). With `indexFile`
    // (TmIndexFile::pathFor), the index is loaded from that file when it is current; when only
    // units were added since, those are indexed on top; else (missing, stale, damaged) it is built
    // from the store and the file written again (a file that cannot be written is only logged).
    static domain::Result<std::unique_ptr<TranslationMemory>> open(store::TmRepository& repository, const QString& name,
                                                                   const QString& indexFile = {});
    ~TranslationMemory();

    IndexOrigin indexOrigin() const { return m_origin; }
    // Writes the index file (nothing without one), stamped with the store's current units revision:
    // call it while holding the workspace's writer lock, after the adds were committed.
    domain::Result<void> saveIndex();

    const store::TmRepository::Memory& info() const { return m_info; }
    store::TmRepository& repository() const { return m_repository; }
    QString name() const { return m_info.name; }
    // Priority, penalty and read-only flag, saved in the store.
    domain::Result<void> configure(int priority, int penalty, bool readOnly);

    // Adds a unit (its tmName is set to this TM's); the same source and target again only updates
    // metadata and the usage count (TmRepository::store). Refused for a read-only TM.
    domain::Result<store::TmRepository::Stored> add(domain::TmUnit unit);
    // Bulk adds for imports: beginBulk(), then inside the caller's transaction bulkLoad() around
    // the addBatch() calls, then endBulk() once that transaction has ended. addBatch() stores the
    // units (TmRepository::storeBatch) and hands the new ones to two worker threads that index them
    // while the caller reads and stores the next batch; bulkLoad() is the store's bulk load
    // (TmRepository::bulkLoad: counts and full-text index brought up to date once, at its end).
    // endBulk(false), after the caller's transaction rolled back, takes the units out of the index
    // again.
    domain::Result<void> beginBulk();
    domain::Result<void> bulkLoad(const std::function<domain::Result<void>()>& work);
    domain::Result<void> addBatch(QList<domain::TmUnit>& units, store::TmRepository::BatchCounts& counts);
    void endBulk(bool committed);

    // Indexes the units another connection added to this TM's store since this one read it (row ids
    // above the greatest indexed): what a reader calls after a writer added units, instead of opening
    // the whole TM again. Returns how many units it indexed.
    domain::Result<qsizetype> catchUp();

    // Counts one use of a suggestion the translator took.
    domain::Result<void> markUsed(const TmMatch& match);

    // The best matches for `query` among the units whose languages are `sourceLanguage` →
    // `targetLanguage`, or regional variants of them (same primary language, with
    // options.regionPenalty per side that differs). Scores include this TM's penalty; the best
    // `options.maxResults` at or above `options.threshold`, best first.
    domain::Result<QList<TmMatch>> lookup(const QString& query, const QString& sourceLanguage,
                                          const QString& targetLanguage, const LookupOptions& options = {});

    // The word index of every unit's source and target (all language pairs), for Concordance.
    const ConcordanceIndex& concordanceIndex();

    // Units indexed (all language pairs), and the index memory in bytes.
    qsizetype size() const;
    qsizetype memoryBytes() const;
    // The language pairs this TM has units for.
    QList<std::pair<QString, QString>> languagePairs() const;

private:
    TranslationMemory(store::TmRepository& repository, store::TmRepository::Memory info);
    TmIndex& indexFor(const QString& sourceLanguage, const QString& targetLanguage);
    domain::Result<void> buildIndex(qint64 afterRowId);
    domain::Result<void> saveIndex(qint64 unitsRev);
    domain::Result<QString> canonicalTag(const QString& tag);
    void waitForIndexing();
    // After the last batch: the fuzzy indexes merged on the indexing thread once it is indexed.
    void mergeWhenIndexed();

    store::TmRepository& m_repository;
    store::TmRepository::Memory m_info;
    std::map<std::pair<QString, QString>, std::unique_ptr<TmIndex>> m_indexes;
    ConcordanceIndex m_concordance;
    std::map<QString, std::unique_ptr<TmTokenizer>> m_targetTokenizers; // for auto-repair
    QString m_indexFile;
    IndexOrigin m_origin = IndexOrigin::Built;
    QHash<QString, QString> m_canonicalTags; // as given → canonical, for bulk adds

    // Bulk adds: the units indexed since beginBulk() (to take out again), and the batch being indexed.
    struct Pending {
        TmIndex* index = nullptr;
        QString source;
        QString target;
        qint64 rowId = 0;
    };
    bool m_bulk = false;
    std::vector<std::pair<TmIndex*, quint32>> m_bulkAdded;
    std::vector<quint32> m_bulkAddedWords; // in the concordance index
    std::future<void> m_indexing;          // fuzzy indexes (and their last merge)
    std::future<void> m_indexingWords;     // concordance index
};

} // namespace tessera::tm
