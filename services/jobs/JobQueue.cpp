// JobQueue: the policy on top of JobRepository's rows: validation, backoff, recovery.
#include "JobQueue.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include "JobsLog.h"
#include "domain/Clock.h"

namespace tessera::jobs {

using domain::ErrorCode;
using domain::Job;
using domain::JobState;
using domain::Result;

namespace {

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

JobQueue::JobQueue(store::JobRepository& jobs, const domain::Clock& clock, RetryPolicy policy,
                   std::function<double()> random)
    : m_jobs(jobs)
    , m_clock(clock)
    , m_policy(policy)
    , m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{}

Result<Job> JobQueue::enqueue(const JobSpec& spec)
{
    Job job;
    job.queue = spec.queue;
    job.kind = spec.kind;
    job.payload = toText(spec.payload);
    job.priority = spec.priority;
    job.maxAttempts = spec.maxAttempts;
    job.createdAt = m_clock.now();
    job.nextRunAt = job.createdAt;
    auto inserted = m_jobs.insert(job);
    if (inserted)
        qCDebug(lcJobs) << "queued job" << inserted->id << inserted->kind << "in" << inserted->queue;
    return inserted;
}

Result<Job> JobQueue::find(const QString& id)
{
    return m_jobs.find(id);
}

Result<QList<Job>> JobQueue::list(const store::JobListQuery& query)
{
    return m_jobs.list(query);
}

Result<QList<Job>> JobQueue::failed()
{
    store::JobListQuery query;
    query.state = JobState::Failed;
    return m_jobs.list(query);
}

Result<std::optional<Job>> JobQueue::claim(const store::JobOwner& owner, const QStringList& kinds)
{
    return m_jobs.claim(m_clock.now(), owner, kinds);
}

Result<void> JobQueue::complete(const Job& job, const store::JobOwner& owner, const QJsonObject& result)
{
    return m_jobs.succeed(job.id, owner, toText(result), m_clock.now());
}

Result<JobState> JobQueue::fail(const Job& job, const store::JobOwner& owner, const QString& error, bool permanent)
{
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> retryAt;
    if (!permanent && job.attempts < job.maxAttempts)
        retryAt = now.addMSecs(m_policy.delayMs(job.attempts, m_random()));
    if (auto done = m_jobs.failAttempt(job.id, owner, error, retryAt, now); !done)
        return std::unexpected(done.error());
    qCWarning(lcJobs) << "job" << job.id << "attempt" << job.attempts << "failed:" << error
                      << (retryAt ? "retry at " + retryAt->toString(Qt::ISODateWithMs) : QStringLiteral("for good"));
    return retryAt ? JobState::Queued : JobState::Failed;
}

Result<void> JobQueue::markCancelled(const Job& job, const store::JobOwner& owner)
{
    return m_jobs.markCancelled(job.id, owner, m_clock.now());
}

Result<Job> JobQueue::cancel(const QString& id)
{
    return m_jobs.cancel(id, m_clock.now());
}

Result<Job> JobQueue::retry(const QString& id)
{
    return m_jobs.retry(id, m_clock.now());
}

Result<void> JobQueue::pause(const QString& queue)
{
    return m_jobs.setPaused(queue, true);
}

Result<void> JobQueue::resume(const QString& queue)
{
    return m_jobs.setPaused(queue, false);
}

Result<void> JobQueue::setConcurrency(const QString& queue, int concurrency)
{
    return m_jobs.setConcurrency(queue, concurrency);
}

Result<QList<domain::JobQueueSettings>> JobQueue::queues()
{
    return m_jobs.queues();
}

Result<int> JobQueue::recover(const std::function<bool(const store::JobOwner&)>& alive)
{
    auto running = m_jobs.running();
    if (!running)
        return std::unexpected(running.error());
    int recovered = 0;
    for (const Job& job : *running) {
        const store::JobOwner owner{job.ownerPid, job.ownerToken};
        if (alive(owner))
            continue;
        const QString reason = QStringLiteral("the process running it (pid %1) ended during attempt %2")
                                   .arg(job.ownerPid)
                                   .arg(job.attempts);
        auto state = m_jobs.recover(job.id, job.ownerToken, reason, m_clock.now());
        if (!state)
            return std::unexpected(state.error());
        qCWarning(lcJobs) << "recovered job" << job.id << "of dead process" << job.ownerPid << "→"
                          << domain::jobStateName(*state);
        ++recovered;
    }
    return recovered;
}

} // namespace tessera::jobs
