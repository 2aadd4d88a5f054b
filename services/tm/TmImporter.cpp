#include "TmImporter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "TranslationMemory.h"
#include "store/Database.h"

namespace tessera::tm {

using domain::Result;

namespace {

// Batches from the reading thread to the storing one, at most `capacity` waiting.
class BatchQueue {
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    // Waits for room; false once the consumer has stopped.
    bool push(QList<domain::TmUnit>&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The next batch; nothing once the producer has closed the queue and it is empty.
    std::optional<QList<domain::TmUnit>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        QList<domain::TmUnit> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<domain::TmUnit>> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

TmImporter::TmImporter(store::Database& database, TranslationMemory& tm, qsizetype batchSize)
    : m_database(database)
    , m_tm(tm)
    , m_batchSize(batchSize)
{}

Result<void> TmImporter::store(QList<domain::TmUnit>& batch, Summary& summary)
{
    store::TmRepository::BatchCounts counts;
    auto done = m_tm.addBatch(batch, counts);
    summary.added += counts.added;
    summary.updated += counts.updated;
    return done;
}

Result<TmImporter::Summary> TmImporter::run(const Producer& produce)
{
    if (auto begun = m_tm.beginBulk(); !begun)
        return std::unexpected(begun.error());
    // The (TM, languages, source, target) index takes each unit at a random place: with the 64 MiB
    // page cache the workspace opens with, a large import spills and re-reads pages all the time. A
    // bigger cache for the import only (pages are allocated as used: a small import costs no more).
    // Into a store with no units the bulk load drops that index and makes it at the end, and every
    // page is written in order: 128 MiB import as fast as 512 MiB (1M units: 9.98–14.4 s against
    // 10.7–14.6 s, alternated) and peak at 1.28 GB of RSS instead of 1.53 GB.
    const bool emptyStore = m_tm.repository().isEmpty().value_or(false);
    (void)m_database.exec(emptyStore ? "PRAGMA cache_size = -131072" : "PRAGMA cache_size = -524288");
    // The commit writes the import's pages into the WAL and syncs it; copying them into the database
    // file (a third of the commit's time at 100k units) runs afterwards on a thread of its own while
    // the index catches up and the caller saves it.
    auto result = m_database.deferringCheckpoint([&] { return m_database.transaction([&] { return load(produce); }); });
    (void)m_database.exec("PRAGMA cache_size = -65536");
    m_tm.endBulk(result.has_value());
    return result;
}

Result<TmImporter::Summary> TmImporter::load(const Producer& produce)
{
    Summary summary;
    auto loaded = m_tm.bulkLoad([&]() -> Result<void> {
        // Two batches in flight: the reader parses the next while this thread stores one.
        BatchQueue queue(2);
        Result<void> produced;
        qint64 read = 0;
        std::thread reader([&] {
            QList<domain::TmUnit> batch;
            batch.reserve(m_batchSize);
            produced = produce([&](domain::TmUnit&& unit) -> Result<void> {
                ++read;
                batch.append(std::move(unit));
                if (batch.size() < m_batchSize)
                    return {};
                if (!queue.push(std::move(batch)))
                    return domain::fail(domain::ErrorCode::Internal, QStringLiteral("the import stopped"));
                batch = {};
                batch.reserve(m_batchSize);
                return {};
            });
            if (produced && !batch.isEmpty())
                queue.push(std::move(batch));
            queue.close();
        });
        Result<void> stored;
        while (auto batch = queue.pop()) {
            if (stored = store(*batch, summary); !stored) {
                queue.stop(); // the reader's next hand-over fails, and it returns
                break;
            }
        }
        reader.join();
        summary.read = read;
        if (!stored)
            return stored; // the store's error, not the reader's "stopped"
        return produced;
    });
    if (!loaded)
        return std::unexpected(loaded.error());
    return summary;
}

} // namespace tessera::tm
