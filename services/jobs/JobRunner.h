// JobRunner: runs the queue's jobs on worker threads (never the GUI thread), each worker with its own
// database connection, dispatching by kind to the registered handlers; recovers the jobs of dead
// processes at start.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "JobContext.h"
#include "RetryPolicy.h"
#include "domain/Job.h"
#include "domain/Result.h"
#include "store/JobRepository.h"

namespace tessera::domain {
class Clock;
}
namespace tessera::store {
class Workspace;
}

namespace tessera::jobs {

class JobHandler;

class JobRunner {
public:
    struct Options {
        int workers = 2;
        qint64 pollMs = 250; // how often idle workers look for due jobs
        qint64 progressThrottleMs = 250;
        RetryPolicy retry;
    };
    // A new connection for a worker: by default Workspace::openConnection(writer).
    using Connect = std::function<domain::Result<std::unique_ptr<store::Workspace>>()>;

    // `writer` is the process's read-write workspace, used only by the thread that calls recover() and
    // waitUntilFinished() (the GUI or main thread); workers never touch it.
    JobRunner(store::Workspace& writer, const domain::Clock& clock, Options options);
    JobRunner(store::Workspace& writer, const domain::Clock& clock);
    ~JobRunner();

    void addHandler(std::shared_ptr<JobHandler> handler);
    void setProgressSink(JobContext::ProgressSink sink) { m_sink = std::move(sink); }
    void setConnect(Connect connect) { m_connect = std::move(connect); }
    const store::JobOwner& owner() const { return m_owner; }

    // Requeues the jobs left running by processes that died (see JobQueue::recover).
    domain::Result<int> recover();
    void start();
    // Asks running handlers to stop at their next chunk boundary, hands their jobs back to the queue
    // and joins the workers.
    void stop();
    // Wakes idle workers (after an enqueue or a resume).
    void wake();
    // Blocks the calling thread until job `id` is finished (succeeded, failed or cancelled), read
    // through the writer connection; returns it as it ended.
    domain::Result<domain::Job> waitUntilFinished(const QString& id);
    // The same until `done(job)` holds (e.g. "finished, or an attempt failed").
    domain::Result<domain::Job> waitUntil(const QString& id, const std::function<bool(const domain::Job&)>& done);

private:
    void work();
    void runOne(const domain::Job& job, store::Workspace& workspace, class JobQueue& queue);
    void idle(qint64 ms);

    store::Workspace& m_writer;
    const domain::Clock& m_clock;
    Options m_options;
    store::JobOwner m_owner;
    Connect m_connect;
    JobContext::ProgressSink m_sink;
    std::map<QString, std::shared_ptr<JobHandler>> m_handlers;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wakeup;   // idle workers
    std::condition_variable m_finished; // a job ended
    quint64 m_generation = 0;           // bumped when a job ends
};

} // namespace tessera::jobs
