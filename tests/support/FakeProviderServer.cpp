// FakeProviderServer: a fake cloud MT provider for tests: raw HTTP/1.1 on 127.0.0.1 (free port, a
// LoopbackHttpServer) on its own thread, speaking one provider's documented protocol, injecting scripted
// faults, recording requests.
#include "FakeProviderServer.h"

#include <chrono>

#include <QTest>
#include <QThread>

#include "FakeProviderResponder.h"
#include "FakeProviderState.h"
#include "LoopbackHttpServer.h"

namespace tessera::test {

namespace {

using testsupport::LoopbackHttpServer;

// Answers one request from the script's next step (on the server's thread); records it in `state`.
LoopbackHttpServer::Reply fakeProviderAnswer(FakeProviderState& state, const LoopbackHttpServer::Request& raw,
                                             int& index)
{
    FakeRequest request;
    request.method = raw.method;
    request.target = raw.path;
    request.headers = raw.headers;
    request.body = raw.body;
    request.receivedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();

    FakeStep step;
    QString protocol;
    QString key;
    {
        QMutexLocker lock(&state.mutex);
        if (!state.script.isEmpty())
            step = state.script.takeFirst();
        protocol = state.protocol;
        key = state.key;
    }
    request.fault = step.fault;
    const bool silent = step.fault == FakeFault::Hang || step.fault == FakeFault::DropConnection;
    // A silent step still checks the request's shape (request.problem).
    const FakeReply fake = FakeProviderResponder(protocol, key).respond(request, silent ? FakeFault::None : step.fault);
    {
        QMutexLocker lock(&state.mutex);
        state.requests.append(request);
        index = int(state.requests.size()) - 1;
    }

    LoopbackHttpServer::Reply reply;
    reply.hang = step.fault == FakeFault::Hang;
    reply.drop = step.fault == FakeFault::DropConnection;
    reply.closeAfter = true; // one request per connection, as a dropped one must not be retried by the client
    reply.status = fake.status;
    reply.body = fake.body;
    reply.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    if (step.fault == FakeFault::TooManyRequests)
        reply.headers.append({QByteArray("Retry-After"), QByteArray::number(step.retryAfterSeconds)});
    reply.headers.append(fake.headers);
    return reply;
}

} // namespace

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
    m_http = new LoopbackHttpServer([this, state = m_state](const LoopbackHttpServer::Request& request) {
        int index = 0;
        LoopbackHttpServer::Reply reply = fakeProviderAnswer(*state, request, index);
        // Emitted on the test's thread, after the reply has been written.
        QMetaObject::invokeMethod(this, [this, index] { Q_EMIT requestSeen(index); }, Qt::QueuedConnection);
        return reply;
    });
    m_http->moveToThread(m_thread); // its sockets and handler live on the server's thread
    m_thread->start();
    QMetaObject::invokeMethod(
        m_http, [http = m_http] { return http->listen() ? http->port() : quint16(0); }, Qt::BlockingQueuedConnection,
        qReturnArg(m_port));
    return m_port != 0;
}

void FakeProviderServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_http,
        [http = m_http] {
            http->close();
            delete http;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_http = nullptr;
    m_port = 0;
}

mt::ProviderSettings FakeProviderServer::settingsFor(const QString& protocolId, const QUrl& endpoint,
                                                     const QString& key)
{
    mt::ProviderSettings settings;
    settings.id = protocolId;
    settings.endpoint = endpoint;
    settings.apiKey = key;
    if (protocolId == u"google-v3")
        settings.extra.insert(QStringLiteral("project"), QStringLiteral("tessera-test"));
    if (protocolId == u"openai")
        settings.model = QStringLiteral("fake-model");
    if (protocolId == u"anthropic")
        settings.model = QStringLiteral("claude-fake");
    return settings;
}

void FakeProviderServer::addWrongKeyRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("deepl 403") << "deepl" << "DeepL: Wrong auth key (HTTP 403)";
    QTest::newRow("openai 401") << "openai"
                                << "OpenAI-compatible: Incorrect API key provided. [invalid_api_key] (HTTP 401)";
    QTest::newRow("anthropic 401") << "anthropic" << "Anthropic: invalid x-api-key [authentication_error] (HTTP 401)";
    QTest::newRow("google-v3 401") << "google-v3"
                                   << "Google Cloud Translation v3: Request had invalid authentication "
                                      "credentials. [UNAUTHENTICATED] (HTTP 401)";
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
