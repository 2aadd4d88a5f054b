// JobRunner: std::threads with one Workspace connection each; a claim loop that sleeps on a
// condition variable while nothing is due.
#include "JobRunner.h"

#include <QStringList>

#include "JobHandler.h"
#include "JobQueue.h"
#include "JobsLog.h"
#include "ProcessIdentity.h"
#include "domain/Clock.h"
#include "store/Workspace.h"

namespace tessera::jobs {

using domain::ErrorCode;
using domain::Job;
using domain::Result;

JobRunner::JobRunner(store::Workspace& writer, const domain::Clock& clock, Options options)
    : m_writer(writer)
    , m_clock(clock)
    , m_options(options)
    , m_owner(ProcessIdentity::current())
    , m_connect([&writer] { return store::Workspace::openConnection(writer); })
{}

JobRunner::JobRunner(store::Workspace& writer, const domain::Clock& clock)
    : JobRunner(writer, clock, Options{})
{}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::addHandler(std::shared_ptr<JobHandler> handler)
{
    m_handlers[handler->kind()] = std::move(handler);
}

Result<int> JobRunner::recover()
{
    JobQueue queue(m_writer.jobs(), m_clock, m_options.retry);
    const store::JobOwner self = m_owner;
    return queue.recover([self](const store::JobOwner& owner) {
        return owner.token == self.token ? true : ProcessIdentity::isAlive(owner);
    });
}

void JobRunner::start()
{
    if (!m_threads.empty())
        return;
    m_stopping = false;
    for (int i = 0; i < std::max(1, m_options.workers); ++i)
        m_threads.emplace_back([this] { work(); });
}

void JobRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeup.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
    m_threads.clear();
    m_finished.notify_all();
}

void JobRunner::wake()
{
    m_wakeup.notify_all();
}

void JobRunner::idle(qint64 ms)
{
    std::unique_lock lock(m_mutex);
    m_wakeup.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
}

void JobRunner::work()
{
    auto workspace = m_connect();
    if (!workspace) {
        qCCritical(lcJobs) << "a job worker cannot open the workspace:" << workspace.error().describe();
        return;
    }
    JobQueue queue((*workspace)->jobs(), m_clock, m_options.retry);
    QStringList kinds;
    for (const auto& [kind, handler] : m_handlers)
        kinds.append(kind);
    while (!m_stopping) {
        auto claimed = queue.claim(m_owner, kinds);
        if (!claimed) {
            qCWarning(lcJobs) << "claiming a job failed:" << claimed.error().describe();
            idle(m_options.pollMs);
            continue;
        }
        if (!*claimed) {
            idle(m_options.pollMs);
            continue;
        }
        runOne(**claimed, **workspace, queue);
        {
            std::lock_guard lock(m_mutex);
            ++m_generation;
        }
        m_finished.notify_all();
    }
}

void JobRunner::runOne(const Job& job, store::Workspace& workspace, JobQueue& queue)
{
    const auto found = m_handlers.find(job.kind);
    if (found == m_handlers.end()) {
        (void)queue.fail(job, m_owner, QStringLiteral("no handler for jobs of kind %1").arg(job.kind), true);
        return;
    }
    qCDebug(lcJobs) << "running job" << job.id << job.kind << "attempt" << job.attempts;
    JobContext context(workspace, queue, job, m_owner, &m_stopping, m_sink, m_options.progressThrottleMs);
    auto result = found->second->run(context);
    Result<void> recorded;
    if (result) {
        // complete() writes 100% with the state; the sink hears it here.
        recorded = queue.complete(job, m_owner, *result);
        if (recorded && m_sink)
            m_sink(job, 100, QStringLiteral("done"));
    } else if (context.cancelSeen() || (!m_stopping && context.stopRequested())) {
        recorded = queue.markCancelled(job, m_owner);
    } else if (m_stopping) {
        recorded = queue.repository().release(job.id, m_owner, m_clock.now());
    } else {
        const ErrorCode code = result.error().code;
        const bool permanent = code == ErrorCode::InvalidInput || code == ErrorCode::NotFound;
        auto state = queue.fail(job, m_owner, result.error().describe(), permanent);
        if (!state)
            recorded = std::unexpected(state.error());
    }
    if (!recorded)
        qCWarning(lcJobs) << "the end of job" << job.id << "was not recorded:" << recorded.error().describe();
}

Result<Job> JobRunner::waitUntilFinished(const QString& id)
{
    return waitUntil(id, [](const Job& job) { return domain::isFinished(job.state); });
}

Result<Job> JobRunner::waitUntil(const QString& id, const std::function<bool(const Job&)>& done)
{
    for (;;) {
        quint64 seen = 0;
        {
            std::lock_guard lock(m_mutex);
            seen = m_generation;
        }
        auto job = m_writer.jobs().find(id);
        if (!job)
            return job;
        if (done(*job))
            return job;
        std::unique_lock lock(m_mutex);
        if (m_threads.empty() && m_stopping)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("the job runner stopped before job %1 ended").arg(id));
        // A job waiting for its backoff is due without any worker finishing: look again at the poll interval.
        m_finished.wait_for(lock, std::chrono::milliseconds(m_options.pollMs), [&] { return m_generation != seen; });
    }
}

} // namespace tessera::jobs
