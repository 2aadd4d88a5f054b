// JobContext: the commit runs the handler's work and the owner-checked checkpoint update together.
#include "JobContext.h"

#include <QJsonDocument>

#include "JobQueue.h"
#include "JobsLog.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/Workspace.h"

namespace tessera::jobs {

using domain::Result;

JobContext::JobContext(store::Workspace& workspace, JobQueue& queue, domain::Job job, store::JobOwner owner,
                       const std::atomic<bool>* shuttingDown, ProgressSink sink, qint64 throttleMs)
    : m_workspace(workspace)
    , m_queue(queue)
    , m_job(std::move(job))
    , m_owner(std::move(owner))
    , m_shuttingDown(shuttingDown)
    , m_sink(std::move(sink))
    , m_throttleMs(throttleMs)
{}

QJsonObject JobContext::payload() const
{
    return QJsonDocument::fromJson(m_job.payload.toUtf8()).object();
}

Result<void> JobContext::commit(const std::function<Result<QString>()>& work)
{
    QString checkpoint;
    auto done = m_workspace.database().transaction([&]() -> Result<void> {
        auto worked = work();
        if (!worked)
            return std::unexpected(worked.error());
        checkpoint = *worked;
        return m_queue.repository().checkpoint(m_job.id, m_owner, checkpoint, m_queue.clock().now());
    });
    if (done) {
        m_job.checkpoint = checkpoint;
        return done;
    }
    if (done.error().code == domain::ErrorCode::Conflict)
        stopRequested();
    return done;
}

void JobContext::progress(int percent, const QString& message)
{
    const bool due = !m_sinceWrite.isValid() || m_sinceWrite.elapsed() >= m_throttleMs || percent >= 100;
    m_job.progress = percent;
    m_job.message = message;
    if (!due)
        return;
    m_sinceWrite.start();
    if (auto written = m_queue.repository().progress(m_job.id, m_owner, percent, message, m_queue.clock().now());
        !written)
        qCWarning(lcJobs) << "progress of job" << m_job.id << "not written:" << written.error().message;
    if (m_sink)
        m_sink(m_job, percent, message);
}

bool JobContext::stopRequested()
{
    if (m_shuttingDown && m_shuttingDown->load())
        return true;
    if (!m_cancelSeen) {
        auto asked = m_queue.repository().cancelRequested(m_job.id);
        m_cancelSeen = asked && *asked;
    }
    return m_cancelSeen;
}

} // namespace tessera::jobs
