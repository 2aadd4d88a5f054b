// ConnectionTest: sends a provider's probe through the engine's transport and turns the reply into the
// message the settings page shows.
#include "ConnectionTest.h"

#include <QTimer>

#include "HttpTransport.h"
#include "ProviderProtocol.h"

namespace tessera::mt {

ConnectionTest::ConnectionTest(HttpTransport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::cancel()
{
    if (m_request != 0)
        m_transport.cancel(m_request);
    m_request = 0;
}

void ConnectionTest::start(const ProviderProtocol& protocol, const ProviderSettings& settings,
                           const ResilienceSettings& resilience)
{
    cancel();
    const auto probe = protocol.buildProbe(settings);
    if (!probe) {
        const QString message = tr("Cannot test: %1").arg(probe.error().message);
        QTimer::singleShot(0, this, [this, message] { Q_EMIT finished(false, message); });
        return;
    }
    const TransportTimeouts timeouts{resilience.connectTimeoutMs, resilience.totalTimeoutMs};
    const ProviderProtocol* answering = &protocol;
    const quint64 id = m_transport.send(*probe, timeouts, this, [this, answering](const HttpResponse& response) {
        m_request = 0;
        if (response.status >= 200 && response.status < 300)
            Q_EMIT finished(true, tr("Connected: %1 answered.").arg(answering->displayName()));
        else if (response.status == 0)
            Q_EMIT finished(false, tr("No answer: %1").arg(response.transportError));
        else
            Q_EMIT finished(false, answering->describeFailure(response));
    });
    m_request = id;
}

} // namespace tessera::mt
