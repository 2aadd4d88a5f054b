#include "CApiStoreBench.h"

#include <QElapsedTimer>

#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "SegmentCorpus.h"
#include "store/Database.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"
#include "store/Workspace.h"

namespace tessera::bench {

using domain::Result;

namespace {

Result<qint64> count(store::Database& db, const std::string& sql)
{
    return db.prepare(sql).and_then(
        [](store::Statement* s) { return s->one([](const store::Statement& row) { return row.int64(0); }, {}); });
}

} // namespace

CApiStoreBench::CApiStoreBench(const BenchConfig& config, const SegmentCorpus& corpus)
    : m_config(config)
    , m_corpus(corpus)
{}

CApiStoreBench::~CApiStoreBench() = default;

Result<void> CApiStoreBench::create(const QString& folder)
{
    auto made = createBenchWorkspace(folder, m_clock);
    if (!made)
        return std::unexpected(made.error());
    m_folder = folder;
    m_workspace = std::move(made->workspace);
    m_documentId = made->documentId;
    m_databasePath = made->databasePath;
    return setCache();
}

void CApiStoreBench::attach(const QString& folder)
{
    m_folder = folder;
    m_databasePath = store::Workspace::databasePath(folder);
}

Result<void> CApiStoreBench::setCache()
{
    const QString pragma = cachePragma(m_config);
    return pragma.isEmpty() ? Result<void>() : m_workspace->database().exec(pragma.toStdString());
}

QString CApiStoreBench::sqliteVersion()
{
    auto version = m_workspace->database().prepare("SELECT sqlite_version()").and_then([](store::Statement* s) {
        return s->one([](const store::Statement& row) { return row.text(0); }, {});
    });
    return version.value_or(QStringLiteral("?"));
}

Result<InsertFigures> CApiStoreBench::bulkInsert()
{
    store::Database& db = m_workspace->database();
    QList<domain::Segment> batch;
    SegmentCorpus::GenerationTime generation;
    QElapsedTimer total;
    total.start();
    const qint64 cpuStart = ProcessClock::cpuNs();
    // One transaction; insertAll joins it as a savepoint per generated batch.
    auto loaded = db.transaction([&]() -> Result<void> {
        for (qint64 first = 0; first < m_config.segments; first += m_config.batch) {
            m_corpus.fill(batch, first, std::min(m_config.batch, m_config.segments - first), generation);
            if (auto done = m_workspace->segments().insertAll(m_documentId, batch); !done)
                return done;
        }
        return {};
    });
    const qint64 loadNs = total.nsecsElapsed() - generation.wallNs;
    const qint64 loadCpuNs = ProcessClock::cpuNs() - cpuStart - generation.cpuNs;
    if (!loaded)
        return std::unexpected(loaded.error());
    return InsertFigures{m_config.segments, double(loadNs) / 1e9, double(loadCpuNs) / 1e9, ProcessMemory::peakKiB()};
}

Result<void> CApiStoreBench::edit(const QString& segmentId, const QStringList& targets)
{
    const store::SegmentEdit edit{segmentId, targets, std::nullopt, -1, QStringLiteral("bench")};
    return m_workspace->segments().applyEdit(edit).transform([](const domain::Segment&) {});
}

Result<void> CApiStoreBench::verify(qint64 edits)
{
    store::Database& db = m_workspace->database();
    auto segments = count(db, "SELECT count(*) FROM segments");
    auto revisions = count(db, "SELECT count(*) FROM segment_revisions");
    auto ops = count(db, "SELECT count(*) FROM outbox");
    if (!segments || !revisions || !ops || *segments != m_config.segments || *revisions != edits || *ops != edits)
        return domain::fail(domain::ErrorCode::Internal,
                            QStringLiteral("C API side: the database does not hold what was written"));
    return {};
}

void CApiStoreBench::close()
{
    m_workspace.reset();
}

Result<void> CApiStoreBench::reopen()
{
    auto opened = store::Workspace::open(m_folder, store::Workspace::Access::ReadWrite, m_clock);
    if (!opened)
        return std::unexpected(opened.error());
    m_workspace = std::move(*opened);
    return setCache();
}

} // namespace tessera::bench
