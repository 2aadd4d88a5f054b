// JobMonitor: reads the job queue off the GUI thread: a worker thread with its own read-only
// connection polls the jobs and queues and hands each snapshot to a callback on the receiver's thread.
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>

#include "domain/Job.h"

class QThread;
class QTimer;

namespace tessera::domain {
class Clock;
}

namespace tessera::models {

class JobMonitor final : public QObject {
    Q_OBJECT

public:
    using Snapshot = std::function<void(const QList<domain::Job>& jobs, const QList<domain::JobQueueSettings>& queues)>;

    // `onSnapshot` runs on `receiver`'s thread (the GUI thread) after each poll.
    JobMonitor(const QString& workspacePath, const domain::Clock& clock, QObject* receiver, Snapshot onSnapshot,
               int intervalMs = 500);
    ~JobMonitor() override;

    // Polls now (on the worker thread), without waiting for the interval.
    void refresh();

private:
    class Reader;
    QThread* m_thread = nullptr;
    Reader* m_reader = nullptr;
};

} // namespace tessera::models
