// ConnectionTest: "Test connection" for one provider: sends its protocol's probe request through the
// engine's HttpTransport with the provider's connect and total timeouts and says what came back.
#pragma once

#include <QObject>
#include <QString>

#include "MtTypes.h"
#include "ResilienceSettings.h"

namespace tessera::mt {

class HttpTransport;
class ProviderProtocol;

// One probe at a time; lives on the caller's thread and answers there. No retries, no circuit
// breaker: the user asked for exactly one try and wants its own outcome.
class ConnectionTest final : public QObject {
    Q_OBJECT

public:
    // The transport, and the protocols passed to start(), must outlive this object.
    explicit ConnectionTest(HttpTransport& transport, QObject* parent = nullptr);
    ~ConnectionTest() override; // cancels a probe in flight

    // Starts probing `protocol` with `settings` (the API key included); a probe still running is
    // cancelled first and never reported. finished() follows once, later, never from inside this call.
    void start(const ProviderProtocol& protocol, const ProviderSettings& settings,
               const ResilienceSettings& resilience = {});
    void cancel();
    bool isRunning() const { return m_request != 0; }

Q_SIGNALS:
    // `ok` when the provider answered 2xx; `message` says what the user should know ("Connected: …",
    // the provider's own error, "No answer: …", "Cannot test: …").
    void finished(bool ok, const QString& message);

private:
    HttpTransport& m_transport;
    quint64 m_request = 0;
};

} // namespace tessera::mt
