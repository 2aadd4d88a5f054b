// TestProviderClient: retries, Retry-After, the circuit breaker, cancellation and unreadable replies,
// through the real curl transport against a loopback server speaking Apertium APy's JSON.
#include <QTest>

#include "LoopbackHttpServer.h"
#include "domain/Clock.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/ProviderClient.h"

using tessera::domain::Result;
using tessera::mt::ApertiumProtocol;
using tessera::mt::CircuitBreaker;
using tessera::mt::CurlTransport;
using tessera::mt::MtBatch;
using tessera::mt::MtSegment;
using tessera::mt::ProviderClient;
using tessera::mt::ProviderSettings;
using tessera::mt::ResilienceSettings;
using tessera::testsupport::LoopbackHttpServer;
using Reply = LoopbackHttpServer::Reply;

namespace {

Reply translated(const QByteArray& text)
{
    Reply reply;
    reply.body = R"({"responseData": {"translatedText": ")" + text + R"("}, "responseStatus": 200})";
    return reply;
}

Reply status(int code, const QByteArray& body = "{}")
{
    Reply reply;
    reply.status = code;
    reply.body = body;
    return reply;
}

MtBatch batch(const QString& text)
{
    return MtBatch{QStringLiteral("en"), QStringLiteral("es"), {MtSegment{text, {}, {}, {}}}};
}

ResilienceSettings quick()
{
    ResilienceSettings r;
    r.retry.baseDelayMs = 10;
    r.retry.maxDelayMs = 50;
    r.connectTimeoutMs = 2000;
    r.totalTimeoutMs = 10000;
    return r;
}

} // namespace

class TestProviderClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverErrorsAreRetriedUntilOneSucceeds();
    void a429IsRetriedAfterItsRetryAfter();
    void aClientErrorIsNotRetriedAndSaysWhy();
    void anUnreadableReplyIsRetriedThenFailsNamingTheProblem();
    void theCircuitOpensFailsFastAndRecoversThroughAProbe();
    void aCancelledBatchIsNeverAnswered();

private:
    tessera::domain::SystemClock m_clock;
    ApertiumProtocol m_protocol;
};

void TestProviderClient::serverErrorsAreRetriedUntilOneSucceeds()
{
    int calls = 0;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request& request) {
        ++calls;
        if (calls <= 2)
            return status(calls == 1 ? 500 : 503);
        return request.body.contains("q=Hello") ? translated("Hola") : status(400);
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, quick(),
                          transport, m_clock);
    std::optional<Result<QStringList>> got;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->has_value());
    QCOMPARE(**got, QStringList{QStringLiteral("Hola")});
    QCOMPARE(calls, 3);
    QCOMPARE(client.stats().retried, 2);
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Closed);
}

void TestProviderClient::a429IsRetriedAfterItsRetryAfter()
{
    // The backoff alone would wait ten minutes; Retry-After says one second.
    int calls = 0;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) {
        if (++calls == 1) {
            Reply reply = status(429);
            reply.headers.append(std::pair(QByteArray("Retry-After"), QByteArray("1")));
            return reply;
        }
        return translated("Hola");
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ResilienceSettings r = quick();
    r.retry.baseDelayMs = 600000;
    r.retry.maxDelayMs = 600000;
    r.retry.jitter = 0;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, r,
                          transport, m_clock);
    std::optional<Result<QStringList>> got;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> r2) { got = std::move(r2); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY(got->has_value());
    QCOMPARE(calls, 2);
}

void TestProviderClient::aClientErrorIsNotRetriedAndSaysWhy()
{
    int calls = 0;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) {
        ++calls;
        return status(
            400,
            R"({"status": "error", "code": 400, "message": "Bad Request", "explanation": "That pair is not installed"})");
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, quick(),
                          transport, m_clock);
    std::optional<Result<QStringList>> got;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->has_value());
    QVERIFY2(got->error().message.contains(QStringLiteral("That pair is not installed")),
             qPrintable(got->error().message));
    QCOMPARE(calls, 1);
}

void TestProviderClient::anUnreadableReplyIsRetriedThenFailsNamingTheProblem()
{
    int calls = 0;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) {
        ++calls;
        Reply reply;
        reply.body = R"({"responseData": {"translatedTe)"; // truncated
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ResilienceSettings r = quick();
    r.retry.maxAttempts = 2;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, r,
                          transport, m_clock);
    std::optional<Result<QStringList>> got;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> r2) { got = std::move(r2); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->has_value());
    QVERIFY2(got->error().message.contains(QStringLiteral("not valid JSON")), qPrintable(got->error().message));
    QCOMPARE(calls, 2);
}

void TestProviderClient::theCircuitOpensFailsFastAndRecoversThroughAProbe()
{
    bool down = true;
    int calls = 0;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) {
        ++calls;
        return down ? status(500) : translated("Hola");
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ResilienceSettings r = quick();
    r.retry.maxAttempts = 1;
    r.breaker.failureThreshold = 2;
    r.breaker.openDurationMs = 300;
    r.maxInFlight = 1;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, r,
                          transport, m_clock);
    QList<Result<QStringList>> results;
    for (int i = 0; i < 3; ++i)
        client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> x) { results.append(std::move(x)); });
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(calls, 2); // the third was refused without a request
    QCOMPARE(client.stats().rejected, 1);
    QVERIFY(!results.at(2).has_value());
    QVERIFY2(results.at(2).error().message.contains(QStringLiteral("circuit open")),
             qPrintable(results.at(2).error().message));
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Open);

    down = false;
    QTRY_COMPARE(client.circuitState(), CircuitBreaker::State::HalfOpen);
    std::optional<Result<QStringList>> probe;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> x) { probe = std::move(x); });
    QTRY_VERIFY(probe.has_value());
    QVERIFY(probe->has_value());
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Closed);
    QCOMPARE(calls, 3);
}

void TestProviderClient::aCancelledBatchIsNeverAnswered()
{
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request&) {
        Reply reply = translated("Hola");
        reply.delayMs = 200;
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    ProviderClient client(m_protocol, ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}}, quick(),
                          transport, m_clock);
    int answered = 0;
    const quint64 ticket = client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList>) { ++answered; });
    QTRY_COMPARE(server.requestCount(), 1);
    client.cancel(ticket);
    QTRY_COMPARE(server.closedConnectionCount(), 1);
    std::optional<Result<QStringList>> after;
    client.submit(batch(QStringLiteral("Hello")), [&](Result<QStringList> x) { after = std::move(x); });
    QTRY_VERIFY(after.has_value());
    QCOMPARE(answered, 0);
    QCOMPARE(client.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestProviderClient)
#include "TestProviderClient.moc"
