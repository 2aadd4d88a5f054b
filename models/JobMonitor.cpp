// JobMonitor: a Reader object moved to its own QThread, a QTimer there, snapshots posted back with
// QMetaObject::invokeMethod on the receiver.
#include "JobMonitor.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include "ModelsLog.h"
#include "store/JobRepository.h"
#include "store/Workspace.h"

namespace tessera::models {

class JobMonitor::Reader final : public QObject {
public:
    Reader(QString path, const domain::Clock& clock, QObject* receiver, Snapshot onSnapshot, int intervalMs)
        : m_path(std::move(path))
        , m_clock(clock)
        , m_receiver(receiver)
        , m_onSnapshot(std::move(onSnapshot))
        , m_intervalMs(intervalMs)
    {}

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Reader::poll);
        m_timer->start();
        poll();
    }

    void poll()
    {
        if (!m_workspace) {
            auto opened = store::Workspace::open(m_path, store::Workspace::Access::ReadOnly, m_clock);
            if (!opened) {
                qCWarning(lcModels) << "the job monitor cannot read" << m_path << ":" << opened.error().describe();
                return;
            }
            m_workspace = std::move(*opened);
        }
        auto jobs = m_workspace->jobs().list();
        auto queues = m_workspace->jobs().queues();
        if (!jobs || !queues) {
            qCWarning(lcModels) << "the job monitor cannot list the jobs";
            return;
        }
        if (!m_receiver)
            return;
        QMetaObject::invokeMethod(
            m_receiver.data(),
            [callback = m_onSnapshot, list = *jobs, settings = *queues] { callback(list, settings); },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    const domain::Clock& m_clock;
    QPointer<QObject> m_receiver;
    Snapshot m_onSnapshot;
    int m_intervalMs;
    QTimer* m_timer = nullptr;
    std::unique_ptr<store::Workspace> m_workspace;
};

JobMonitor::JobMonitor(const QString& workspacePath, const domain::Clock& clock, QObject* receiver, Snapshot onSnapshot,
                       int intervalMs)
    : QObject(receiver)
    , m_thread(new QThread)
    , m_reader(new Reader(workspacePath, clock, receiver, std::move(onSnapshot), intervalMs))
{
    m_thread->setObjectName(QStringLiteral("JobMonitor"));
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_reader, [reader = m_reader] { reader->begin(); }, Qt::QueuedConnection);
}

JobMonitor::~JobMonitor()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void JobMonitor::refresh()
{
    QMetaObject::invokeMethod(m_reader, [reader = m_reader] { reader->poll(); }, Qt::QueuedConnection);
}

} // namespace tessera::models
