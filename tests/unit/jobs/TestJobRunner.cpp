// TestJobRunner: handlers run on worker threads with their own connections; chunks commit with their
// checkpoint (a resumed run goes on after it and writes no item twice); a running job cancelled
// stops at a chunk boundary with nothing half-written; a failing handler is retried, then failed.
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Clock.h"
#include "jobs/JobContext.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Workspace.h"

using tessera::domain::Job;
using tessera::domain::JobState;
using tessera::domain::Result;
using tessera::jobs::JobContext;
using tessera::jobs::JobQueue;
using tessera::jobs::JobRunner;
using tessera::jobs::JobSpec;
using tessera::testsupport::errorText;
using tessera::testsupport::TempWorkspace;

namespace {

// Writes items 0 … count−1 into work_items, `chunk` per commit, the next item as the checkpoint.
// With "block_after": N it waits (between chunks) until stopped once N items are committed.
class ItemsHandler final : public tessera::jobs::JobHandler {
public:
    QString kind() const override { return QStringLiteral("items"); }
    Result<QJsonObject> run(JobContext& context) override
    {
        threads.storeRelaxed(QThread::currentThread() == qApp->thread() ? 1 : threads.loadRelaxed());
        const QJsonObject payload = context.payload();
        const int count = payload.value(QStringLiteral("count")).toInt();
        const int chunk = payload.value(QStringLiteral("chunk")).toInt(1);
        const int blockAfter = payload.value(QStringLiteral("block_after")).toInt(-1);
        int next = context.checkpoint().isEmpty() ? 0 : context.checkpoint().toInt();
        auto& db = context.workspace().database();
        while (next < count) {
            if (next >= blockAfter && blockAfter >= 0) {
                while (!context.stopRequested())
                    QThread::msleep(1);
            }
            if (context.stopRequested())
                return tessera::domain::fail(tessera::domain::ErrorCode::Internal, QStringLiteral("stopped"));
            const int end = std::min(count, next + chunk);
            auto committed = context.commit([&]() -> Result<QString> {
                auto insert = db.prepare("INSERT INTO work_items(n) VALUES (?)");
                if (!insert)
                    return std::unexpected(insert.error());
                for (int n = next; n < end; ++n) {
                    if (auto done = (*insert)->bindAll(n).run(); !done)
                        return std::unexpected(done.error());
                }
                return QString::number(end);
            });
            if (!committed)
                return std::unexpected(committed.error());
            next = end;
            context.progress(next * 100 / count, QStringLiteral("item %1 of %2").arg(next).arg(count));
        }
        return QJsonObject{{QStringLiteral("items"), count}};
    }
    QAtomicInt threads{0}; // 1 when a run happened on the GUI thread
};

// Fails every attempt.
class FailingHandler final : public tessera::jobs::JobHandler {
public:
    QString kind() const override { return QStringLiteral("failing"); }
    Result<QJsonObject> run(JobContext&) override
    {
        return tessera::domain::fail(tessera::domain::ErrorCode::Io, QStringLiteral("the server hung up"));
    }
};

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runsJobsOnWorkerThreadsToSuccess();
    void resumedJobGoesOnAfterItsCheckpoint();
    void cancelledRunningJobStopsAtAChunkBoundary();
    void failingJobIsRetriedThenFailed();
    void stopHandsTheRunningJobBack();

private:
    int itemCount();
    int checkpointOf(const QString& id);
    Job enqueue(const QString& kind, const QJsonObject& payload, int maxAttempts = 3);

    std::unique_ptr<TempWorkspace> m_ws;
    tessera::domain::SystemClock m_clock;
};

void TestJobRunner::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QVERIFY((*m_ws)->database().exec("CREATE TABLE work_items (n INTEGER PRIMARY KEY)"));
}

int TestJobRunner::itemCount()
{
    auto stmt = (*m_ws)->database().prepare("SELECT COUNT(*) FROM work_items");
    if (!stmt)
        return -1;
    auto n = (*stmt)->one([](const tessera::store::Statement& row) { return int(row.int64(0)); }, QString());
    return n ? *n : -1;
}

int TestJobRunner::checkpointOf(const QString& id)
{
    auto job = (*m_ws)->jobs().find(id);
    return job ? job->checkpoint.toInt() : -1;
}

Job TestJobRunner::enqueue(const QString& kind, const QJsonObject& payload, int maxAttempts)
{
    JobQueue queue((*m_ws)->jobs(), m_clock);
    auto job = queue.enqueue(JobSpec{QStringLiteral("import"), kind, payload, 5, maxAttempts});
    [&] { QVERIFY2(job, qPrintable(errorText(job))); }();
    return job ? *job : Job{};
}

void TestJobRunner::runsJobsOnWorkerThreadsToSuccess()
{
    auto handler = std::make_shared<ItemsHandler>();
    JobQueue((*m_ws)->jobs(), m_clock).setConcurrency(QStringLiteral("import"), 2);
    const Job a = enqueue(QStringLiteral("items"), {{QStringLiteral("count"), 40}, {QStringLiteral("chunk"), 7}});
    const Job b = enqueue(QStringLiteral("items"), {{QStringLiteral("count"), 0}});
    JobRunner runner(**m_ws, m_clock);
    runner.addHandler(handler);
    QList<int> seen;
    std::mutex mutex;
    runner.setProgressSink([&](const Job& job, int percent, const QString&) {
        std::lock_guard lock(mutex);
        if (job.id == a.id)
            seen.append(percent);
    });
    runner.start();
    auto ended = runner.waitUntilFinished(a.id);
    QVERIFY2(ended, qPrintable(errorText(ended)));
    QCOMPARE(ended->state, JobState::Succeeded);
    QCOMPARE(ended->result, QStringLiteral("{\"items\":40}"));
    QCOMPARE(ended->progress, 100);
    QCOMPARE(runner.waitUntilFinished(b.id)->state, JobState::Succeeded);
    runner.stop();
    QCOMPARE(itemCount(), 40);
    QCOMPARE(checkpointOf(a.id), 40);
    QCOMPARE(handler->threads.loadRelaxed(), 0);
    std::lock_guard lock(mutex);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestJobRunner::resumedJobGoesOnAfterItsCheckpoint()
{
    // An earlier run committed items 0–9 with checkpoint 10 and was then lost (its process died).
    const Job job = enqueue(QStringLiteral("items"), {{QStringLiteral("count"), 25}, {QStringLiteral("chunk"), 5}});
    const tessera::store::JobOwner dead{qint64(999999), QStringLiteral("gone")};
    JobQueue queue((*m_ws)->jobs(), m_clock);
    QVERIFY(*queue.claim(dead));
    QVERIFY((*m_ws)->database().transaction([&]() -> Result<void> {
        for (int n = 0; n < 10; ++n) {
            if (auto done = (*m_ws)->database().exec("INSERT INTO work_items(n) VALUES (" + std::to_string(n) + ")");
                !done)
                return done;
        }
        return (*m_ws)->jobs().checkpoint(job.id, dead, QStringLiteral("10"), m_clock.now());
    }));
    JobRunner runner(**m_ws, m_clock);
    runner.addHandler(std::make_shared<ItemsHandler>());
    auto recovered = runner.recover();
    QVERIFY(recovered);
    QCOMPARE(*recovered, 1);
    runner.start();
    auto ended = runner.waitUntilFinished(job.id);
    runner.stop();
    QVERIFY(ended);
    // A second insert of an item would have failed the PRIMARY KEY and the job with it.
    QCOMPARE(ended->state, JobState::Succeeded);
    QCOMPARE(ended->attempts, 2);
    QCOMPARE(itemCount(), 25);
}

void TestJobRunner::cancelledRunningJobStopsAtAChunkBoundary()
{
    const Job job =
        enqueue(QStringLiteral("items"),
                {{QStringLiteral("count"), 100}, {QStringLiteral("chunk"), 4}, {QStringLiteral("block_after"), 12}});
    JobRunner runner(**m_ws, m_clock);
    runner.addHandler(std::make_shared<ItemsHandler>());
    runner.start();
    QTRY_COMPARE(checkpointOf(job.id), 12);
    auto asked = JobQueue((*m_ws)->jobs(), m_clock).cancel(job.id);
    QVERIFY(asked);
    QCOMPARE(asked->state, JobState::Running);
    auto ended = runner.waitUntilFinished(job.id);
    runner.stop();
    QVERIFY(ended);
    QCOMPARE(ended->state, JobState::Cancelled);
    QCOMPARE(itemCount(), 12);
    QCOMPARE(checkpointOf(job.id), 12);
}

void TestJobRunner::failingJobIsRetriedThenFailed()
{
    JobRunner::Options options;
    options.retry.baseDelayMs = 1;
    options.retry.maxDelayMs = 1;
    options.pollMs = 5;
    const Job job = enqueue(QStringLiteral("failing"), {}, 3);
    JobRunner runner(**m_ws, m_clock, options);
    runner.addHandler(std::make_shared<FailingHandler>());
    runner.start();
    auto ended = runner.waitUntilFinished(job.id);
    runner.stop();
    QVERIFY(ended);
    QCOMPARE(ended->state, JobState::Failed);
    QCOMPARE(ended->attempts, 3);
    QVERIFY(ended->lastError.contains(QStringLiteral("the server hung up")));
}

void TestJobRunner::stopHandsTheRunningJobBack()
{
    const Job job =
        enqueue(QStringLiteral("items"),
                {{QStringLiteral("count"), 100}, {QStringLiteral("chunk"), 4}, {QStringLiteral("block_after"), 8}});
    {
        JobRunner runner(**m_ws, m_clock);
        runner.addHandler(std::make_shared<ItemsHandler>());
        runner.start();
        QTRY_COMPARE(checkpointOf(job.id), 8);
        runner.stop();
    }
    auto stored = (*m_ws)->jobs().find(job.id);
    QCOMPARE(stored->state, JobState::Queued);
    QCOMPARE(stored->attempts, 0);
    QCOMPARE(itemCount(), 8);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "TestJobRunner.moc"
