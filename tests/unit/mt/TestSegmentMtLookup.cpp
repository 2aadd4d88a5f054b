// TestSegmentMtLookup: the editor's lookup delivers the current segment's translation only; a slow
// answer for a segment the user has left is dropped.
#include <QTest>
#include <QUrlQuery>

#include "LoopbackHttpServer.h"
#include "domain/Clock.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/MtService.h"
#include "mt/SegmentMtLookup.h"

using namespace tessera;
using testsupport::LoopbackHttpServer;

class TestSegmentMtLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLeftSegmentsAnswerIsDropped();
};

void TestSegmentMtLookup::aLeftSegmentsAnswerIsDropped()
{
    // "slow" is answered after 300 ms, "later" after 600 ms: were the left segment's answer not
    // dropped, it would arrive first.
    LoopbackHttpServer server([](const LoopbackHttpServer::Request& request) {
        const QString q =
            QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        LoopbackHttpServer::Reply reply;
        reply.body = R"({"responseData": {"translatedText": "ES )" + q.toUtf8() + R"("}, "responseStatus": 200})";
        if (q == QLatin1String("slow"))
            reply.delayMs = 300;
        if (q == QLatin1String("later"))
            reply.delayMs = 600;
        return reply;
    });
    QVERIFY(server.listen());
    domain::SystemClock clock;
    mt::CurlTransport transport;
    mt::MtService service(transport, clock, nullptr);
    QVERIFY(service
                .addProvider(std::make_unique<mt::ApertiumProtocol>(),
                             mt::ProviderSettings{QStringLiteral("apertium"), server.url(), {}, {}, {}})
                .has_value());
    mt::SegmentMtLookup lookup(service, QStringLiteral("apertium"));
    QList<std::pair<QString, QString>> delivered;
    connect(&lookup, &mt::SegmentMtLookup::translated, this,
            [&](const QString& segment, const mt::MtResult& r) { delivered.append({segment, r.text}); });

    lookup.request(QStringLiteral("s1"), QStringLiteral("slow"), QStringLiteral("en"), QStringLiteral("es"));
    QTRY_COMPARE(server.requestCount(), 1);
    lookup.request(QStringLiteral("s2"), QStringLiteral("later"), QStringLiteral("en"), QStringLiteral("es"));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.constFirst(), std::pair(QStringLiteral("s2"), QStringLiteral("ES later")));
    // A third segment, whose answer the slow one would precede if it were still coming.
    lookup.request(QStringLiteral("s3"), QStringLiteral("third"), QStringLiteral("en"), QStringLiteral("es"));
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered.constLast(), std::pair(QStringLiteral("s3"), QStringLiteral("ES third")));
    QTRY_VERIFY(server.closedConnectionCount() >= 1); // the slow request was cancelled, its connection closed
}

QTEST_GUILESS_MAIN(TestSegmentMtLookup)
#include "TestSegmentMtLookup.moc"
