// TranslationMemory: one TM of the workspace: its units in the store (TmRepository) and an in-memory
// TmIndex per language pair, built from the stored units when opened.
#pragma once

#include <map>
#include <memory>

#include <QList>
#include <QString>

#include "TmIndex.h"
#include "TmMatch.h"
#include "domain/Result.h"
#include "store/TmRepository.h"

namespace tessera::tm {

class TranslationMemory {
public:
    // Opens the TM named `name`, creating its tm_memories row with the defaults when it has none,
    // and indexes its units (one counting pass per language pair).
    static domain::Result<std::unique_ptr<TranslationMemory>> open(store::TmRepository& repository,
                                                                   const QString& name);
    ~TranslationMemory();

    const store::TmRepository::Memory& info() const { return m_info; }
    QString name() const { return m_info.name; }
    // Priority, penalty and read-only flag, saved in the store.
    domain::Result<void> configure(int priority, int penalty, bool readOnly);

    // Adds a unit (its tmName is set to this TM's); the same source and target again only updates
    // metadata and the usage count (TmRepository::store). Refused for a read-only TM.
    domain::Result<store::TmRepository::Stored> add(domain::TmUnit unit);
    // Counts one use of a suggestion the translator took.
    domain::Result<void> markUsed(const TmMatch& match);

    // The best matches for `query` among the units whose languages are `sourceLanguage` →
    // `targetLanguage`, or regional variants of them (same primary language, with
    // options.regionPenalty per side that differs). Scores include this TM's penalty; the best
    // `options.maxResults` at or above `options.threshold`, best first.
    domain::Result<QList<TmMatch>> lookup(const QString& query, const QString& sourceLanguage,
                                          const QString& targetLanguage, const LookupOptions& options = {});

    // Units indexed (all language pairs), and the index memory in bytes.
    qsizetype size() const;
    qsizetype memoryBytes() const;
    // The language pairs this TM has units for.
    QList<std::pair<QString, QString>> languagePairs() const;

private:
    TranslationMemory(store::TmRepository& repository, store::TmRepository::Memory info);
    TmIndex& indexFor(const QString& sourceLanguage, const QString& targetLanguage);

    store::TmRepository& m_repository;
    store::TmRepository::Memory m_info;
    std::map<std::pair<QString, QString>, std::unique_ptr<TmIndex>> m_indexes;
    std::map<QString, std::unique_ptr<TmTokenizer>> m_targetTokenizers; // for auto-repair
};

} // namespace tessera::tm
