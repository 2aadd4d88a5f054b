// JobContext: what a running job's handler gets: the job and its payload, the worker's own workspace
// connection, the checkpointed commit (see JobHandler.h for the contract), throttled progress and the
// cooperative cancellation token.
#pragma once

#include <atomic>
#include <functional>

#include <QElapsedTimer>
#include <QJsonObject>

#include "domain/Job.h"
#include "domain/Result.h"
#include "store/JobRepository.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::jobs {

class JobQueue;

class JobContext {
public:
    // Called on the worker thread after each progress update that was written.
    using ProgressSink = std::function<void(const domain::Job& job, int percent, const QString& message)>;

    JobContext(store::Workspace& workspace, JobQueue& queue, domain::Job job, store::JobOwner owner,
               const std::atomic<bool>* shuttingDown, ProgressSink sink, qint64 throttleMs);

    const domain::Job& job() const { return m_job; }
    QJsonObject payload() const;
    store::Workspace& workspace() { return m_workspace; }
    // The checkpoint the last committed chunk left (empty before the first).
    QString checkpoint() const { return m_job.checkpoint; }

    // Runs `work` and stores the checkpoint it returns in one transaction. Fails (and commits nothing)
    // when `work` fails, when this run no longer owns the job, or when a cancel was asked (then
    // stopRequested()).
    domain::Result<void> commit(const std::function<domain::Result<QString>()>& work);
    // Records progress; written at most once per throttle interval (and always at 0 and 100%).
    void progress(int percent, const QString& message);
    // True when the job was cancelled or the runner is shutting down: stop at the next chunk boundary.
    bool stopRequested();
    bool cancelSeen() const { return m_cancelSeen; }

private:
    store::Workspace& m_workspace;
    JobQueue& m_queue;
    domain::Job m_job;
    store::JobOwner m_owner;
    const std::atomic<bool>* m_shuttingDown;
    ProgressSink m_sink;
    qint64 m_throttleMs;
    QElapsedTimer m_sinceWrite;
    bool m_cancelSeen = false;
};

} // namespace tessera::jobs
