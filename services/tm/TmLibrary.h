// TmLibrary: the translation memories of a workspace, opened together and asked together.
#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QString>

#include "TmMatch.h"
#include "TranslationMemory.h"
#include "domain/Result.h"

namespace tessera::store {
class TmRepository;
}

namespace tessera::tm {

class TmLibrary {
public:
    // Opens (and indexes) every TM listed in the workspace. With the workspace's `databasePath`, each
    // TM's index is kept in its index file beside it (TmIndexFile, TranslationMemory::open).
    static domain::Result<std::unique_ptr<TmLibrary>> open(store::TmRepository& repository,
                                                           const QString& databasePath = {});
    ~TmLibrary();

    // Highest priority first, then by name.
    QList<TranslationMemory*> memories() const;
    TranslationMemory* memory(const QString& name) const;
    // The TM named `name`, created (empty, default settings) and opened if there is none.
    domain::Result<TranslationMemory*> create(const QString& name);

    // Every TM's matches, merged: score descending (penalties applied), then TM priority, then the
    // newer unit; at most options.maxResults.
    domain::Result<QList<TmMatch>> lookup(const QString& query, const QString& sourceLanguage,
                                          const QString& targetLanguage, const LookupOptions& options = {});

private:
    explicit TmLibrary(store::TmRepository& repository);

    QString indexFile(const QString& name) const;

    store::TmRepository& m_repository;
    QString m_databasePath;
    std::vector<std::unique_ptr<TranslationMemory>> m_memories;
};

} // namespace tessera::tm
