#include "TmImporter.h"

#include "TranslationMemory.h"
#include "store/Database.h"

namespace tessera::tm {

using domain::Result;

TmImporter::TmImporter(store::Database& database, TranslationMemory& tm, qsizetype batchSize)
    : m_database(database)
    , m_tm(tm)
    , m_batchSize(batchSize)
{}

Result<void> TmImporter::flush(Summary& summary)
{
    if (m_batch.isEmpty())
        return {};
    store::TmRepository::BatchCounts counts;
    auto done = m_tm.addBatch(m_batch, counts);
    summary.added += counts.added;
    summary.updated += counts.updated;
    m_batch.clear();
    return done;
}

Result<TmImporter::Summary> TmImporter::run(const Producer& produce)
{
    if (auto begun = m_tm.beginBulk(); !begun)
        return std::unexpected(begun.error());
    m_batch.clear();
    m_batch.reserve(m_batchSize);
    // The (TM, languages, source, target) index takes each unit at a random place: with the 64 MiB
    // page cache the workspace opens with, a large import spills and re-reads pages all the time. A
    // bigger cache for the import only (pages are allocated as used: a small import costs no more).
    (void)m_database.exec("PRAGMA cache_size = -524288");
    auto result = m_database.transaction([&]() -> Result<Summary> {
        Summary summary;
        auto produced = produce([&](domain::TmUnit&& unit) -> Result<void> {
            ++summary.read;
            m_batch.append(std::move(unit));
            if (m_batch.size() >= m_batchSize)
                return flush(summary);
            return {};
        });
        if (!produced)
            return std::unexpected(produced.error());
        if (auto last = flush(summary); !last)
            return std::unexpected(last.error());
        return summary;
    });
    m_batch.clear();
    (void)m_database.exec("PRAGMA cache_size = -65536");
    m_tm.endBulk(result.has_value());
    return result;
}

} // namespace tessera::tm
