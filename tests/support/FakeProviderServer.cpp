// FakeProviderServer: a fake cloud MT provider for tests: raw HTTP/1.1 on 127.0.0.1 (free port) on its
// own thread, speaking one provider's documented protocol, injecting scripted faults, recording requests.
#include "FakeProviderServer.h"

#include <QThread>

#include "FakeProviderListener.h"
#include "FakeProviderState.h"

namespace tessera::test {

FakeProviderServer::FakeProviderServer(const QString& protocolId, const QString& key, QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<FakeProviderState>())
{
    m_state->protocol = protocolId;
    m_state->key = key;
}

FakeProviderServer::~FakeProviderServer()
{
    stop();
}

bool FakeProviderServer::start()
{
    if (m_thread)
        return m_port != 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("FakeProviderServer"));
    m_listener = new FakeProviderListener(m_state);
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &FakeProviderListener::requestSeen, this, &FakeProviderServer::requestSeen);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_listener, [this] { return m_listener->listen(); }, Qt::BlockingQueuedConnection, qReturnArg(m_port));
    return m_port != 0;
}

void FakeProviderServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_listener = nullptr;
    m_port = 0;
}

QUrl FakeProviderServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeProviderServer::setKey(const QString& key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->key = key;
}

void FakeProviderServer::inject(FakeFault fault, int times, int retryAfterSeconds)
{
    QMutexLocker lock(&m_state->mutex);
    for (int i = 0; i < times; ++i)
        m_state->script.append(FakeStep{fault, retryAfterSeconds});
}

int FakeProviderServer::scriptedStepsLeft() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->script.size());
}

QList<FakeRequest> FakeProviderServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int FakeProviderServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

} // namespace tessera::test
