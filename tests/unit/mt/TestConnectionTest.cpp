// TestConnectionTest: "Test connection" through the engine's curl transport against the fake cloud providers:
// success, the provider's own words for a bad key, a port nobody listens on, a hanging server cut off at the
// configured total timeout, and a probe cancelled by a newer one.
#include <QSignalSpy>
#include <QTest>

#include "FakeProviderServer.h"
#include "mt/ConnectionTest.h"
#include "mt/CurlTransport.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"

using namespace tessera;
using test::FakeFault;
using test::FakeProviderServer;

namespace {

const QString s_probeKey = QStringLiteral("planted-key-probe-5e21");

} // namespace

class TestConnectionTest : public QObject {
    Q_OBJECT

    mt::ProtocolRegistry m_registry = mt::ProtocolRegistry::withAllProtocols();
    mt::CurlTransport m_transport;

    // Runs one probe and returns (ok, message); fails the test when no answer comes.
    std::pair<bool, QString> probe(const mt::ProviderProtocol& protocol, const mt::ProviderSettings& settings,
                                   const mt::ResilienceSettings& resilience = {})
    {
        mt::ConnectionTest connection(m_transport);
        QSignalSpy finished(&connection, &mt::ConnectionTest::finished);
        connection.start(protocol, settings, resilience);
        if (finished.isEmpty() && !finished.wait(10000))
            return {false, QStringLiteral("(no finished signal)")};
        QTest::qWait(20); // nothing more follows
        if (finished.size() != 1)
            return {false, QStringLiteral("(finished %1 times)").arg(finished.size())};
        return {finished.at(0).at(0).toBool(), finished.at(0).at(1).toString()};
    }

private Q_SLOTS:
    void successAndWrongKey_data() { FakeProviderServer::addWrongKeyRows(); }
    void successAndWrongKey()
    {
        QFETCH(QString, id);
        QFETCH(QString, refusal);
        FakeProviderServer server(id, s_probeKey);
        QVERIFY(server.start());
        const mt::ProviderProtocol& protocol = *m_registry.find(id);

        const auto [ok, message] = probe(protocol, FakeProviderServer::settingsFor(id, server.url(), s_probeKey));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, QStringLiteral("Connected: %1 answered.").arg(protocol.displayName()));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().constFirst().problem, QString()); // the provider's documented probe

        const auto [refused, why] =
            probe(protocol, FakeProviderServer::settingsFor(id, server.url(), QStringLiteral("not-the-key")));
        QVERIFY(!refused);
        QCOMPARE(why, refusal);
        QCOMPARE(server.requestCount(), 2); // one try, no retries
    }

    void unreachablePortSaysNoAnswer()
    {
        FakeProviderServer gone(QStringLiteral("deepl"), s_probeKey);
        QVERIFY(gone.start());
        const QUrl url = gone.url();
        gone.stop(); // nobody listens there now
        const auto [ok, message] = probe(*m_registry.find(QStringLiteral("deepl")),
                                         FakeProviderServer::settingsFor(QStringLiteral("deepl"), url, s_probeKey));
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(QStringLiteral("No answer: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("onnect")), qPrintable(message));
    }

    void hangingServerEndsAtTheTotalTimeout()
    {
        FakeProviderServer server(QStringLiteral("deepl"), s_probeKey);
        QVERIFY(server.start());
        server.inject(FakeFault::Hang);
        mt::ResilienceSettings resilience;
        resilience.totalTimeoutMs = 300;
        const auto [ok, message] =
            probe(*m_registry.find(QStringLiteral("deepl")),
                  FakeProviderServer::settingsFor(QStringLiteral("deepl"), server.url(), s_probeKey), resilience);
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(QStringLiteral("No answer: ")) && message.contains(QStringLiteral("timed out")),
                 qPrintable(message));
        QCOMPARE(m_transport.inFlight(), 0);
    }

    void missingKeyIsNamedWithoutARequest()
    {
        FakeProviderServer server(QStringLiteral("deepl"), s_probeKey);
        QVERIFY(server.start());
        const auto [ok, message] =
            probe(*m_registry.find(QStringLiteral("deepl")),
                  FakeProviderServer::settingsFor(QStringLiteral("deepl"), server.url(), QString()));
        QVERIFY(!ok);
        QCOMPARE(message, QStringLiteral("Cannot test: DeepL needs an API key"));
        QCOMPARE(server.requestCount(), 0);
    }

    void aNewProbeCancelsTheRunningOne()
    {
        FakeProviderServer server(QStringLiteral("deepl"), s_probeKey);
        QVERIFY(server.start());
        server.inject(FakeFault::Hang);
        const mt::ProviderProtocol& protocol = *m_registry.find(QStringLiteral("deepl"));
        const mt::ProviderSettings settings =
            FakeProviderServer::settingsFor(QStringLiteral("deepl"), server.url(), s_probeKey);
        mt::ConnectionTest connection(m_transport);
        QSignalSpy finished(&connection, &mt::ConnectionTest::finished);
        QSignalSpy seen(&server, &FakeProviderServer::requestSeen);
        connection.start(protocol, settings);
        QVERIFY(seen.wait(5000)); // hanging
        QVERIFY(connection.isRunning());
        connection.start(protocol, settings); // the user clicks again
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool()); // the second probe's answer, the first never reported
        QVERIFY(!connection.isRunning());
        QTRY_COMPARE(m_transport.inFlight(), 0);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
