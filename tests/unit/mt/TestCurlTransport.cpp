// TestCurlTransport: the libcurl transport against a loopback server: replies with status, headers and
// body, many requests in flight, the total and connect timeouts, a refused connection, cancellation.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "LoopbackHttpServer.h"
#include "mt/CurlTransport.h"

using tessera::mt::CurlTransport;
using tessera::mt::HttpRequest;
using tessera::mt::HttpResponse;
using tessera::mt::TransportTimeouts;
using tessera::testsupport::LoopbackHttpServer;

class TestCurlTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversStatusHeadersAndBodyOnTheCallersThread();
    void manyRequestsInFlightAtOnce();
    void aHangingReplyEndsAtTheTotalTimeout();
    void aRefusedConnectionIsStatusZero();
    void cancelClosesTheConnectionAndNothingIsDelivered();
};

void TestCurlTransport::deliversStatusHeadersAndBodyOnTheCallersThread()
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request& request) {
        LoopbackHttpServer::Reply reply;
        reply.status = 429;
        reply.headers.append(std::pair(QByteArray("Retry-After"), QByteArray("3")));
        reply.body = request.method + ' ' + request.path + ' ' + request.body;
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    HttpRequest request;
    request.url = QUrl(server.url().toString() + QStringLiteral("/translate?x=1"));
    request.body = "q=hello";
    request.headers.append(std::pair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    std::optional<HttpResponse> got;
    QThread* deliveredOn = nullptr;
    transport.send(request, TransportTimeouts{}, this, [&](const HttpResponse& response) {
        got = response;
        deliveredOn = QThread::currentThread();
    });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(got->status, 429);
    QCOMPARE(got->header("retry-after"), QByteArray("3"));
    QCOMPARE(got->body, QByteArray("POST /translate?x=1 q=hello"));
    QVERIFY(got->transportError.isEmpty());
}

void TestCurlTransport::manyRequestsInFlightAtOnce()
{
    // The server never answers: all requests reach it only if they are on the wire at once.
    constexpr int count = 6;
    LoopbackHttpServer server([](const LoopbackHttpServer::Request& request) {
        LoopbackHttpServer::Reply reply;
        reply.body = request.body;
        reply.hang = true;
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport(count);
    int answered = 0;
    for (int i = 0; i < count; ++i) {
        HttpRequest request;
        request.url = server.url();
        request.body = QByteArray::number(i);
        transport.send(request, TransportTimeouts{5000, 60000}, this, [&](const HttpResponse&) { ++answered; });
    }
    QTRY_COMPARE(server.requestCount(), count);
    QCOMPARE(server.connectionCount(), count);
    QCOMPARE(answered, 0);
    QCOMPARE(transport.inFlight(), count);
}

void TestCurlTransport::aHangingReplyEndsAtTheTotalTimeout()
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Reply reply;
        reply.hang = true;
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    HttpRequest request;
    request.url = server.url();
    std::optional<HttpResponse> got;
    transport.send(request, TransportTimeouts{1000, 300}, this, [&](const HttpResponse& response) { got = response; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->status, 0);
    QVERIFY2(got->transportError.contains(QStringLiteral("timed out"), Qt::CaseInsensitive),
             qPrintable(got->transportError));
    QCOMPARE(transport.inFlight(), 0);
}

void TestCurlTransport::aRefusedConnectionIsStatusZero()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    CurlTransport transport;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    std::optional<HttpResponse> got;
    transport.send(request, TransportTimeouts{}, this, [&](const HttpResponse& response) { got = response; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->status, 0);
    QVERIFY(!got->transportError.isEmpty());
}

void TestCurlTransport::cancelClosesTheConnectionAndNothingIsDelivered()
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Reply reply;
        reply.delayMs = 300;
        reply.body = "late";
        return reply;
    });
    QVERIFY(server.listen());
    CurlTransport transport;
    HttpRequest request;
    request.url = server.url();
    int delivered = 0;
    const quint64 cancelled =
        transport.send(request, TransportTimeouts{}, this, [&](const HttpResponse&) { ++delivered; });
    QTRY_COMPARE(server.requestCount(), 1);
    transport.cancel(cancelled);
    QTRY_COMPARE(server.closedConnectionCount(), 1);
    // A second request afterwards is answered, so the first one's reply would have had time too.
    std::optional<HttpResponse> second;
    transport.send(request, TransportTimeouts{}, this, [&](const HttpResponse& response) { second = response; });
    QTRY_VERIFY(second.has_value());
    QCOMPARE(second->body, QByteArray("late"));
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestCurlTransport)
#include "TestCurlTransport.moc"
