// JobRepository: the rows of the persistent job queue (jobs, job_queues): insert, the claim query
// that respects priority, per-queue concurrency and pause, and the owner-checked state changes.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <QList>
#include <QStringList>

#include "domain/Job.h"
#include "domain/Result.h"

namespace tessera::store {

class Database;
class Statement;

// Who runs a job: a process id and that process's start token.
struct JobOwner {
    qint64 pid = 0;
    QString token;
};

struct JobListQuery {
    std::optional<domain::JobState> state;
    QString queue; // empty: all queues
    int limit = 1000;
};

class JobRepository {
public:
    explicit JobRepository(Database& db);

    // Inserts a queued job (id made here when empty; created_at and next_run_at must be set).
    domain::Result<domain::Job> insert(domain::Job job);
    domain::Result<domain::Job> find(const QString& id);
    // Newest first.
    domain::Result<QList<domain::Job>> list(const JobListQuery& query = {});
    domain::Result<QList<domain::Job>> running();

    // In one transaction: the next queued job due at `now` of one of `kinds` (all kinds when empty), of
    // a queue neither paused nor at its concurrency, highest priority first then oldest; marked running
    // by `owner` with its attempt counted. Nothing when none is runnable.
    domain::Result<std::optional<domain::Job>> claim(const QDateTime& now, const JobOwner& owner,
                                                     const QStringList& kinds = {});
    // The earliest next run time of a queued job of a queue that is not paused (nothing when none).
    domain::Result<std::optional<QDateTime>> nextDue(const QStringList& kinds = {});

    // State changes of a running job; each applies only while `owner` still holds it (else Conflict),
    // so a run that lost its job (cancelled and replayed, or recovered) writes nothing.
    domain::Result<void> succeed(const QString& id, const JobOwner& owner, const QString& result, const QDateTime& now);
    // Back to queued for another attempt at `retryAt`, or failed for good when `retryAt` is empty.
    domain::Result<void> failAttempt(const QString& id, const JobOwner& owner, const QString& error,
                                     const std::optional<QDateTime>& retryAt, const QDateTime& now);
    // Hands a running job back to the queue without counting the attempt (the runner is shutting down).
    domain::Result<void> release(const QString& id, const JobOwner& owner, const QDateTime& now);
    domain::Result<void> markCancelled(const QString& id, const JobOwner& owner, const QDateTime& now);
    domain::Result<void> progress(const QString& id, const JobOwner& owner, int percent, const QString& message,
                                  const QDateTime& now);
    // Meant to run inside the transaction that commits the chunk the checkpoint stands for.
    domain::Result<void> checkpoint(const QString& id, const JobOwner& owner, const QString& checkpoint,
                                    const QDateTime& now);
    domain::Result<bool> cancelRequested(const QString& id);

    // A running job whose owner died: back to queued at `now`, or failed when its attempts are used up.
    domain::Result<domain::JobState> recover(const QString& id, const QString& ownerToken, const QString& reason,
                                             const QDateTime& now);
    // Queued: cancelled at once. Running: asked to stop (the run marks it cancelled). Finished:
    // InvalidTransition. Returns the job as it is now.
    domain::Result<domain::Job> cancel(const QString& id, const QDateTime& now);
    // Failed or cancelled → queued now with its attempts reset; the checkpoint is kept so the work
    // goes on where it stopped. Other states: InvalidTransition.
    domain::Result<domain::Job> retry(const QString& id, const QDateTime& now);

    domain::Result<domain::JobQueueSettings> queueSettings(const QString& queue);
    domain::Result<QList<domain::JobQueueSettings>> queues();
    domain::Result<void> setPaused(const QString& queue, bool paused);
    domain::Result<void> setConcurrency(const QString& queue, int concurrency);

private:
    static domain::Job read(const Statement& row);
    domain::Result<void> ownedUpdate(const std::string& sql, const QString& id, const JobOwner& owner,
                                     const std::function<void(Statement&)>& bind);
    Database& m_db;
};

} // namespace tessera::store
