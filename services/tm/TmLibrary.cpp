#include "TmLibrary.h"

#include <algorithm>

#include "TmIndexFile.h"
#include "store/TmRepository.h"

namespace tessera::tm {

using domain::Result;

TmLibrary::TmLibrary(store::TmRepository& repository)
    : m_repository(repository)
{}

TmLibrary::~TmLibrary() = default;

Result<std::unique_ptr<TmLibrary>> TmLibrary::open(store::TmRepository& repository, const QString& databasePath)
{
    auto listed = repository.memories();
    if (!listed)
        return std::unexpected(listed.error());
    std::unique_ptr<TmLibrary> library(new TmLibrary(repository));
    library->m_databasePath = databasePath;
    for (const auto& info : *listed) {
        auto tm = TranslationMemory::open(repository, info.name, library->indexFile(info.name));
        if (!tm)
            return std::unexpected(tm.error());
        library->m_memories.push_back(std::move(*tm));
    }
    return library;
}

QString TmLibrary::indexFile(const QString& name) const
{
    return m_databasePath.isEmpty() ? QString() : TmIndexFile::pathFor(m_databasePath, name);
}

QList<TranslationMemory*> TmLibrary::memories() const
{
    QList<TranslationMemory*> out;
    for (const auto& tm : m_memories)
        out.append(tm.get());
    // Sorted when asked: a TM's priority can change after it was opened (TranslationMemory::configure).
    std::stable_sort(out.begin(), out.end(), [](const TranslationMemory* a, const TranslationMemory* b) {
        if (a->info().priority != b->info().priority)
            return a->info().priority > b->info().priority;
        return a->name() < b->name();
    });
    return out;
}

TranslationMemory* TmLibrary::memory(const QString& name) const
{
    for (const auto& tm : m_memories)
        if (tm->name() == name)
            return tm.get();
    return nullptr;
}

Result<TranslationMemory*> TmLibrary::create(const QString& name)
{
    if (TranslationMemory* existing = memory(name))
        return existing;
    if (name.trimmed().isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("a translation memory needs a name"));
    auto tm = TranslationMemory::open(m_repository, name, indexFile(name));
    if (!tm)
        return std::unexpected(tm.error());
    TranslationMemory* made = tm->get();
    m_memories.push_back(std::move(*tm));
    return made;
}

Result<QList<TmMatch>> TmLibrary::lookup(const QString& query, const QString& sourceLanguage,
                                         const QString& targetLanguage, const LookupOptions& options)
{
    QList<TmMatch> all;
    for (const auto& tm : m_memories) {
        auto matches = tm->lookup(query, sourceLanguage, targetLanguage, options);
        if (!matches)
            return std::unexpected(matches.error());
        all.append(std::move(*matches));
    }
    std::stable_sort(all.begin(), all.end(), [](const TmMatch& a, const TmMatch& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.unit.changedAt > b.unit.changedAt;
    });
    if (all.size() > options.maxResults)
        all.resize(options.maxResults);
    return all;
}

} // namespace tessera::tm
