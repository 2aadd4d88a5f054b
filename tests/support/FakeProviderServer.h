// FakeProviderServer: a fake cloud MT provider for tests: raw HTTP/1.1 on 127.0.0.1 (free port, a
// LoopbackHttpServer) on its own thread, speaking one provider's documented protocol, injecting scripted
// faults, recording requests.
#pragma once

#include <memory>

#include <QObject>
#include <QUrl>

#include "FakeProviderTypes.h"
#include "mt/MtTypes.h"

class QThread;

namespace tessera::testsupport {
class LoopbackHttpServer;
}

namespace tessera::test {

struct FakeProviderState;

// Works with any client on any thread (QNetworkAccessManager in the test's thread, a blocking libcurl
// transport on a worker): the sockets live on the server's own thread.
class FakeProviderServer final : public QObject {
    Q_OBJECT

public:
    // `protocolId` as in ProviderSettings::id; requests must present `key` the provider's way (an
    // empty key: no key required, like a local LLM server).
    FakeProviderServer(const QString& protocolId, const QString& key, QObject* parent = nullptr);
    ~FakeProviderServer() override;

    bool start();
    void stop();
    QUrl url() const; // http://127.0.0.1:PORT
    // What a client needs to talk to a fake `protocolId` provider at `endpoint` with `key` (and the
    // project or model the protocol requires).
    static mt::ProviderSettings settingsFor(const QString& protocolId, const QUrl& endpoint, const QString& key);
    // Data rows (columns "id", "refusal") of the keyed providers and the message a client shows when
    // the fake refuses a wrong key the provider's way.
    static void addWrongKeyRows();
    void setKey(const QString& key);

    // The next `times` requests get `fault`; steps queue up behind those already scripted.
    void inject(FakeFault fault, int times = 1, int retryAfterSeconds = 1);
    int scriptedStepsLeft() const;

    QList<FakeRequest> requests() const;
    int requestCount() const;

Q_SIGNALS:
    void requestSeen(int index);

private:
    std::shared_ptr<FakeProviderState> m_state;
    QThread* m_thread = nullptr;
    testsupport::LoopbackHttpServer* m_http = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace tessera::test
