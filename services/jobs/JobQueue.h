// JobQueue: the persistent job queue of a workspace: enqueue, claim, complete, fail with backoff,
// the failed list and replay, cancel, pause/resume and concurrency per queue, crash recovery.
// Works on one connection (one thread); each worker thread has its own JobQueue.
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "RetryPolicy.h"
#include "domain/Job.h"
#include "domain/Result.h"
#include "store/JobRepository.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::jobs {

struct JobSpec {
    QString queue;
    QString kind;
    QJsonObject payload;
    int priority = 5;    // 1–10
    int maxAttempts = 5; // ≥ 1
};

class JobQueue {
public:
    // `random` draws from [0, 1) for the jitter; default: QRandomGenerator::global().
    JobQueue(store::JobRepository& jobs, const domain::Clock& clock, RetryPolicy policy = {},
             std::function<double()> random = {});

    domain::Result<domain::Job> enqueue(const JobSpec& spec);
    domain::Result<domain::Job> find(const QString& id);
    domain::Result<QList<domain::Job>> list(const store::JobListQuery& query = {});
    domain::Result<QList<domain::Job>> failed();

    // The next runnable job (priority, then age; queue not paused, under its concurrency; due), marked
    // running by `owner`.
    domain::Result<std::optional<domain::Job>> claim(const store::JobOwner& owner, const QStringList& kinds = {});
    domain::Result<void> complete(const domain::Job& job, const store::JobOwner& owner, const QJsonObject& result);
    // A failed attempt: queued again after the policy's backoff while attempts remain (and
    // `permanent` is false), else failed for good. Returns the state the job went to.
    domain::Result<domain::JobState> fail(const domain::Job& job, const store::JobOwner& owner, const QString& error,
                                          bool permanent = false);
    domain::Result<void> markCancelled(const domain::Job& job, const store::JobOwner& owner);

    domain::Result<domain::Job> cancel(const QString& id);
    // Replays a failed or cancelled job: queued now, attempts reset, checkpoint kept.
    domain::Result<domain::Job> retry(const QString& id);
    domain::Result<void> pause(const QString& queue);
    domain::Result<void> resume(const QString& queue);
    domain::Result<void> setConcurrency(const QString& queue, int concurrency);
    domain::Result<QList<domain::JobQueueSettings>> queues();

    // Crash recovery, run at start: each job left running by an owner that `alive` says is dead goes
    // back to queued (the attempt it used counts; failed when none is left; cancelled when a cancel
    // was asked). Returns how many were recovered.
    domain::Result<int> recover(const std::function<bool(const store::JobOwner&)>& alive);

    const RetryPolicy& policy() const { return m_policy; }
    store::JobRepository& repository() { return m_jobs; }
    const domain::Clock& clock() const { return m_clock; }

private:
    store::JobRepository& m_jobs;
    const domain::Clock& m_clock;
    RetryPolicy m_policy;
    std::function<double()> m_random;
};

} // namespace tessera::jobs
