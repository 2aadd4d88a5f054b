// TestJobQueue: the persistent queue on a real workspace database with a fake clock: claim order by
// priority then age, per-queue concurrency and pause, exponential backoff with jitter, the failed list
// and replay, cancel of queued and running jobs, and recovery of jobs whose process died.
#include <QJsonObject>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Job.h"
#include "jobs/JobQueue.h"
#include "jobs/ProcessIdentity.h"
#include "store/JobRepository.h"

using tessera::domain::Job;
using tessera::domain::JobState;
using tessera::jobs::JobQueue;
using tessera::jobs::JobSpec;
using tessera::jobs::RetryPolicy;
using tessera::store::JobOwner;
using tessera::testsupport::errorText;
using tessera::testsupport::TempWorkspace;

class TestJobQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void higherPriorityFirstThenOlder();
    void concurrencyLimitsRunningJobsPerQueue();
    void pausedQueueIsSkippedUntilResumed();
    void onlyHandledKindsAreClaimed();
    void badSpecIsRefusedNamingTheField();
    void backoffGrowsExponentiallyWithJitter_data();
    void backoffGrowsExponentiallyWithJitter();
    void failedJobWaitsForItsBackoff();
    void exhaustedJobIsFailedAndReplayable();
    void cancelQueuedJobAtOnce();
    void cancelRunningJobAsksItToStop();
    void finishedJobCannotBeCancelled();
    void lostJobCannotBeWritten();
    void deadOwnersJobIsRequeuedWithItsAttemptCounted();
    void deadOwnersLastAttemptFailsTheJob();
    void currentProcessIsAliveAndAnotherTokenIsNot();
    void jobsSurviveReopening();

private:
    JobQueue queue(std::function<double()> random = [] { return 0.5; })
    {
        return JobQueue((*m_ws)->jobs(), m_ws->clock(), m_policy, std::move(random));
    }
    Job enqueue(const QString& queueName, int priority, const QString& kind = QStringLiteral("test"))
    {
        auto job = queue().enqueue(JobSpec{queueName, kind, QJsonObject{{QStringLiteral("n"), 1}}, priority, 3});
        [&] { QVERIFY2(job, qPrintable(errorText(job))); }();
        return job ? *job : Job{};
    }
    QString claimId(const QStringList& kinds = {})
    {
        auto claimed = queue().claim(m_owner, kinds);
        if (!claimed || !*claimed)
            return {};
        return (*claimed)->id;
    }

    std::unique_ptr<TempWorkspace> m_ws;
    RetryPolicy m_policy;
    const JobOwner m_owner{qint64(42), QStringLiteral("boot/123")};
};

void TestJobQueue::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_policy = RetryPolicy{};
}

void TestJobQueue::higherPriorityFirstThenOlder()
{
    const Job low = enqueue(QStringLiteral("import"), 2);
    m_ws->clock().advance(1);
    const Job high1 = enqueue(QStringLiteral("export"), 9);
    m_ws->clock().advance(1);
    const Job mid = enqueue(QStringLiteral("report"), 5);
    m_ws->clock().advance(1);
    const Job high2 = enqueue(QStringLiteral("sync"), 9);
    QCOMPARE(claimId(), high1.id);
    QCOMPARE(claimId(), high2.id);
    QCOMPARE(claimId(), mid.id);
    QCOMPARE(claimId(), low.id);
    QCOMPARE(claimId(), QString());
    auto running = (*m_ws)->jobs().find(high1.id);
    QVERIFY(running);
    QCOMPARE(running->state, JobState::Running);
    QCOMPARE(running->attempts, 1);
    QCOMPARE(running->ownerPid, qint64(42));
    QCOMPARE(running->ownerToken, QStringLiteral("boot/123"));
}

void TestJobQueue::concurrencyLimitsRunningJobsPerQueue()
{
    const Job a = enqueue(QStringLiteral("mt"), 5);
    const Job b = enqueue(QStringLiteral("mt"), 5);
    const Job c = enqueue(QStringLiteral("mt"), 5);
    const Job other = enqueue(QStringLiteral("export"), 1);
    // Default: one at a time per queue, so the low-priority job of another queue goes next.
    QCOMPARE(claimId(), a.id);
    QCOMPARE(claimId(), other.id);
    QCOMPARE(claimId(), QString());
    QVERIFY(queue().setConcurrency(QStringLiteral("mt"), 2));
    QCOMPARE(claimId(), b.id);
    QCOMPARE(claimId(), QString());
    QVERIFY(queue().complete(*(*m_ws)->jobs().find(a.id), m_owner, {}));
    QCOMPARE(claimId(), c.id);
    const auto bad = queue().setConcurrency(QStringLiteral("mt"), 0);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("concurrency"));
}

void TestJobQueue::pausedQueueIsSkippedUntilResumed()
{
    const Job paused = enqueue(QStringLiteral("pretranslate"), 10);
    const Job other = enqueue(QStringLiteral("export"), 1);
    QVERIFY(queue().pause(QStringLiteral("pretranslate")));
    QCOMPARE(claimId(), other.id);
    QCOMPARE(claimId(), QString());
    auto settings = (*m_ws)->jobs().queueSettings(QStringLiteral("pretranslate"));
    QVERIFY(settings && settings->paused);
    QVERIFY(queue().resume(QStringLiteral("pretranslate")));
    QCOMPARE(claimId(), paused.id);
}

void TestJobQueue::onlyHandledKindsAreClaimed()
{
    const Job mt = enqueue(QStringLiteral("mt"), 10, QStringLiteral("mt-pretranslate"));
    const Job tm = enqueue(QStringLiteral("pretranslate"), 1, QStringLiteral("pretranslate"));
    QCOMPARE(claimId({QStringLiteral("pretranslate")}), tm.id);
    QCOMPARE(claimId({QStringLiteral("pretranslate")}), QString());
    QCOMPARE(claimId(), mt.id);
}

void TestJobQueue::badSpecIsRefusedNamingTheField()
{
    auto tooHigh = queue().enqueue(JobSpec{QStringLiteral("import"), QStringLiteral("x"), {}, 11, 3});
    QVERIFY(!tooHigh);
    QCOMPARE(tooHigh.error().field, QStringLiteral("priority"));
    auto noQueue = queue().enqueue(JobSpec{QString(), QStringLiteral("x"), {}, 5, 3});
    QVERIFY(!noQueue);
    QCOMPARE(noQueue.error().field, QStringLiteral("queue"));
    auto noAttempts = queue().enqueue(JobSpec{QStringLiteral("import"), QStringLiteral("x"), {}, 5, 0});
    QVERIFY(!noAttempts);
    QCOMPARE(noAttempts.error().field, QStringLiteral("max_attempts"));
}

void TestJobQueue::backoffGrowsExponentiallyWithJitter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("unit");
    QTest::addColumn<qint64>("expected");
    // base 2 s, factor 2, half of it jitter: [d/2, d].
    QTest::newRow("1st, no draw") << 1 << 0.0 << qint64(1000);
    QTest::newRow("1st, top draw") << 1 << 1.0 << qint64(2000);
    QTest::newRow("2nd, middle") << 2 << 0.5 << qint64(3000);
    QTest::newRow("3rd, middle") << 3 << 0.5 << qint64(6000);
    QTest::newRow("5th, top") << 5 << 1.0 << qint64(32000);
    QTest::newRow("capped at 15 min") << 20 << 1.0 << qint64(15 * 60 * 1000);
}

void TestJobQueue::backoffGrowsExponentiallyWithJitter()
{
    QFETCH(int, attempt);
    QFETCH(double, unit);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy{}.delayMs(attempt, unit), expected);
}

void TestJobQueue::failedJobWaitsForItsBackoff()
{
    m_policy.baseDelayMs = 10000;
    m_policy.jitter = 0.0;
    auto q = queue();
    auto job = q.enqueue(JobSpec{QStringLiteral("sync"), QStringLiteral("x"), {}, 5, 4});
    QVERIFY(job);
    QList<qint64> waits;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto claimed = q.claim(m_owner);
        QVERIFY(claimed && *claimed);
        QCOMPARE((*claimed)->attempts, attempt);
        const QDateTime failedAt = m_ws->clock().now();
        auto state = q.fail(**claimed, m_owner, QStringLiteral("server said 503"));
        QVERIFY(state);
        QCOMPARE(*state, JobState::Queued);
        auto stored = q.find(job->id);
        QVERIFY(stored);
        QCOMPARE(stored->lastError, QStringLiteral("server said 503"));
        waits.append(failedAt.msecsTo(stored->nextRunAt));
        // Not claimable a second before the backoff ends, claimable at its end.
        m_ws->clock().set(stored->nextRunAt.addSecs(-1));
        QCOMPARE(claimId(), QString());
        m_ws->clock().set(stored->nextRunAt);
    }
    QCOMPARE(waits, (QList<qint64>{10000, 20000, 40000}));
}

void TestJobQueue::exhaustedJobIsFailedAndReplayable()
{
    auto q = queue();
    auto job = q.enqueue(JobSpec{QStringLiteral("export"), QStringLiteral("x"), {}, 5, 2});
    QVERIFY(job);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        m_ws->clock().advance(3600);
        auto claimed = q.claim(m_owner);
        QVERIFY(claimed && *claimed);
        auto state = q.fail(**claimed, m_owner, QStringLiteral("disk full"));
        QVERIFY(state);
        QCOMPARE(*state, attempt == 2 ? JobState::Failed : JobState::Queued);
    }
    auto failed = q.failed();
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().id, job->id);
    QCOMPARE(failed->first().attempts, 2);
    m_ws->clock().advance(3600);
    QCOMPARE(claimId(), QString());

    auto replayed = q.retry(job->id);
    QVERIFY2(replayed, qPrintable(errorText(replayed)));
    QCOMPARE(replayed->state, JobState::Queued);
    QCOMPARE(replayed->attempts, 0);
    QCOMPARE(claimId(), job->id);
    QVERIFY(q.failed()->isEmpty());
    // Only failed or cancelled jobs are replayed.
    auto again = q.retry(job->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, tessera::domain::ErrorCode::InvalidTransition);
}

void TestJobQueue::cancelQueuedJobAtOnce()
{
    const Job job = enqueue(QStringLiteral("import"), 5);
    auto cancelled = queue().cancel(job.id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, JobState::Cancelled);
    QCOMPARE(claimId(), QString());
    auto replayed = queue().retry(job.id);
    QVERIFY(replayed);
    QCOMPARE(claimId(), job.id);
}

void TestJobQueue::cancelRunningJobAsksItToStop()
{
    const Job job = enqueue(QStringLiteral("import"), 5);
    QCOMPARE(claimId(), job.id);
    auto asked = queue().cancel(job.id);
    QVERIFY(asked);
    QCOMPARE(asked->state, JobState::Running);
    QVERIFY(asked->cancelRequested);
    QVERIFY(*(*m_ws)->jobs().cancelRequested(job.id));
    // The run can no longer commit a checkpoint; it records the cancel.
    auto checkpoint = (*m_ws)->jobs().checkpoint(job.id, m_owner, QStringLiteral("{}"), m_ws->clock().now());
    QVERIFY(!checkpoint);
    QVERIFY(queue().markCancelled(*asked, m_owner));
    QCOMPARE((*m_ws)->jobs().find(job.id)->state, JobState::Cancelled);
}

void TestJobQueue::finishedJobCannotBeCancelled()
{
    const Job job = enqueue(QStringLiteral("import"), 5);
    QCOMPARE(claimId(), job.id);
    QVERIFY(queue().complete(job, m_owner, QJsonObject{{QStringLiteral("rows"), 3}}));
    auto stored = (*m_ws)->jobs().find(job.id);
    QCOMPARE(stored->state, JobState::Succeeded);
    QCOMPARE(stored->progress, 100);
    QCOMPARE(stored->result, QStringLiteral("{\"rows\":3}"));
    auto cancelled = queue().cancel(job.id);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, tessera::domain::ErrorCode::InvalidTransition);
    auto missing = queue().cancel(QStringLiteral("no-such-job"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, tessera::domain::ErrorCode::NotFound);
}

void TestJobQueue::lostJobCannotBeWritten()
{
    const Job job = enqueue(QStringLiteral("import"), 5);
    QCOMPARE(claimId(), job.id);
    const JobOwner other{qint64(43), QStringLiteral("boot/999")};
    QVERIFY(!(*m_ws)->jobs().progress(job.id, other, 50, QStringLiteral("half"), m_ws->clock().now()));
    QVERIFY(!queue().complete(job, other, {}));
    QVERIFY((*m_ws)->jobs().progress(job.id, m_owner, 50, QStringLiteral("half"), m_ws->clock().now()));
    auto stored = (*m_ws)->jobs().find(job.id);
    QCOMPARE(stored->progress, 50);
    QCOMPARE(stored->message, QStringLiteral("half"));
}

void TestJobQueue::deadOwnersJobIsRequeuedWithItsAttemptCounted()
{
    const Job job = enqueue(QStringLiteral("pretranslate"), 5);
    QCOMPARE(claimId(), job.id);
    const Job alive = enqueue(QStringLiteral("export"), 5);
    const JobOwner living{qint64(7), QStringLiteral("boot/7")};
    QVERIFY(*queue().claim(living));
    auto recovered = queue().recover([&](const JobOwner& owner) { return owner.token == living.token; });
    QVERIFY2(recovered, qPrintable(errorText(recovered)));
    QCOMPARE(*recovered, 1);
    auto stored = (*m_ws)->jobs().find(job.id);
    QCOMPARE(stored->state, JobState::Queued);
    QCOMPARE(stored->attempts, 1);
    QVERIFY(stored->lastError.contains(QStringLiteral("pid 42")));
    QCOMPARE((*m_ws)->jobs().find(alive.id)->state, JobState::Running);
    // The next claim is the second attempt.
    auto claimed = queue().claim(m_owner);
    QVERIFY(claimed && *claimed);
    QCOMPARE((*claimed)->id, job.id);
    QCOMPARE((*claimed)->attempts, 2);
}

void TestJobQueue::deadOwnersLastAttemptFailsTheJob()
{
    auto job = queue().enqueue(JobSpec{QStringLiteral("import"), QStringLiteral("x"), {}, 5, 1});
    QVERIFY(job);
    QCOMPARE(claimId(), job->id);
    auto recovered = queue().recover([](const JobOwner&) { return false; });
    QVERIFY(recovered);
    QCOMPARE((*m_ws)->jobs().find(job->id)->state, JobState::Failed);
}

void TestJobQueue::currentProcessIsAliveAndAnotherTokenIsNot()
{
    const JobOwner self = tessera::jobs::ProcessIdentity::current();
    QVERIFY(self.pid > 0);
    QVERIFY(!self.token.isEmpty());
    QVERIFY(tessera::jobs::ProcessIdentity::isAlive(self));
    QVERIFY(!tessera::jobs::ProcessIdentity::isAlive(JobOwner{self.pid, self.token + QStringLiteral("0")}));
    QVERIFY(!tessera::jobs::ProcessIdentity::isAlive(JobOwner{0, self.token}));
}

void TestJobQueue::jobsSurviveReopening()
{
    const Job job = enqueue(QStringLiteral("report"), 7);
    QVERIFY(queue().pause(QStringLiteral("report")));
    QVERIFY(m_ws->reopen());
    auto stored = (*m_ws)->jobs().find(job.id);
    QVERIFY(stored);
    QCOMPARE(stored->priority, 7);
    QCOMPARE(stored->payload, QStringLiteral("{\"n\":1}"));
    QVERIFY((*m_ws)->jobs().queueSettings(QStringLiteral("report"))->paused);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "TestJobQueue.moc"
