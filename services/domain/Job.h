// Job: one unit of background work in the workspace's persistent queue (services/jobs), as stored.
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace tessera::domain {

// queued → running → succeeded | failed | cancelled; a failed attempt with attempts left goes back to
// queued with a later next run time; retry (replay) puts a failed or cancelled job back to queued.
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled };

inline QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

inline std::optional<JobState> jobStateFromName(const QString& name)
{
    for (JobState s :
         {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed, JobState::Cancelled}) {
        if (jobStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

inline bool isFinished(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

struct Job {
    QString id;
    QString queue;    // "pretranslate", "import", "export", "mt", "sync", "report"
    QString kind;     // which handler runs it
    QString payload;  // JSON object text: the handler's input
    int priority = 5; // 1–10, higher first
    JobState state = JobState::Queued;
    int attempts = 0;    // runs started (a run killed with its process counts)
    int maxAttempts = 5; // after this many failed runs the job is failed for good
    QDateTime nextRunAt; // not claimed before this time
    QString lastError;
    int progress = 0; // percent
    QString message;  // what the running job is doing
    bool cancelRequested = false;
    qint64 ownerPid = 0;   // running: the process that claimed it
    QString ownerToken;    // running: that process's start token (tells a reused pid apart)
    QDateTime heartbeatAt; // running: last sign of life
    QString checkpoint;    // handler-defined text, written in the transaction that commits each chunk
    QString result;        // JSON object text the handler returned on success
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// A queue's settings; a queue without a row is not paused and runs one job at a time.
struct JobQueueSettings {
    QString name;
    bool paused = false;
    int concurrency = 1;
};

} // namespace tessera::domain
