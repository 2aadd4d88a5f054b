// TestMtRoundTrip: every cloud protocol over real loopback HTTP against the fake provider server, with each
// injected fault seen the way the engine will see it.
#include <thread>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "FakeProviderResponder.h"
#include "FakeProviderServer.h"
#include "LoopbackHttp.h"
#include "mt/ProtocolRegistry.h"

using namespace tessera::mt;
using tessera::test::FakeFault;
using tessera::test::FakeProviderResponder;
using tessera::test::FakeProviderServer;
using tessera::test::LoopbackHttp;

namespace {

const QString s_key = QStringLiteral("planted-key-7f3a");

MtBatch batchFor(const ProviderProtocol& protocol, const ProviderSettings& settings)
{
    const bool xml = protocol.limits(settings).maskStyle == MaskStyle::XmlTags;
    MtBatch batch;
    batch.sourceLanguage = QStringLiteral("en");
    batch.targetLanguage = QStringLiteral("de-DE");
    batch.segments = {MtSegment{xml ? QStringLiteral("Open <x id=\"1\"/> now") : QStringLiteral("Open [[1]] now"),
                                QStringLiteral("menu.open"),
                                QStringLiteral("verb"),
                                {}},
                      MtSegment{QStringLiteral("Save all"), {}, {}, {}},
                      MtSegment{QStringLiteral("Größe"), {}, {}, {}}};
    return batch;
}

} // namespace

class TestMtRoundTrip : public QObject {
    Q_OBJECT

    // The cloud providers, which the fake server speaks (Apertium is tested against the real APy).
    QStringList cloudIds() const
    {
        QStringList ids = m_registry.ids();
        ids.removeAll(QStringLiteral("apertium"));
        return ids;
    }
    ProtocolRegistry m_registry = ProtocolRegistry::withAllProtocols();
    QNetworkAccessManager m_manager;

    void addProtocolRows()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : cloudIds())
            QTest::newRow(qPrintable(id)) << id;
    }

private Q_SLOTS:
    void translate_data() { addProtocolRows(); }

    void translate()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_key);
        QVERIFY(server.start());
        const ProviderProtocol& protocol = *m_registry.find(id);
        const ProviderSettings settings = FakeProviderServer::settingsFor(id, server.url(), s_key);
        const MtBatch batch = batchFor(protocol, settings);

        const auto request = protocol.buildRequest(batch, settings);
        QVERIFY(request);
        const HttpResponse reply = LoopbackHttp::send(m_manager, *request);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().problem, QString()); // the fake found the documented shape
        QCOMPARE(reply.status, 200);
        const auto translations = protocol.parseResponse(reply, batch);
        QVERIFY2(translations, qPrintable(translations ? QString() : translations.error().describe()));
        QCOMPARE(translations->size(), 3);
        // Masked tokens come back untouched, the text around them "translated".
        const bool xml = protocol.limits(settings).maskStyle == MaskStyle::XmlTags;
        QCOMPARE(translations->at(0),
                 xml ? QStringLiteral("OPEN <x id=\"1\"/> NOW") : QStringLiteral("OPEN [[1]] NOW"));
        QCOMPARE(translations->at(1), QStringLiteral("SAVE ALL"));
        QCOMPARE(translations->at(2), QStringLiteral("GRÖSSE"));
    }

    void probe_data() { addProtocolRows(); }

    void probe()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_key);
        QVERIFY(server.start());
        const ProviderProtocol& protocol = *m_registry.find(id);
        const auto good = protocol.buildProbe(FakeProviderServer::settingsFor(id, server.url(), s_key));
        QVERIFY(good);
        QCOMPARE(LoopbackHttp::send(m_manager, *good).status, 200);
        QCOMPARE(server.requests().last().problem, QString());

        if (!protocol.needsApiKey())
            return; // LibreTranslate's /languages and local LLM servers' /v1/models take no key
        const auto bad =
            protocol.buildProbe(FakeProviderServer::settingsFor(id, server.url(), QStringLiteral("wrong")));
        QVERIFY(bad);
        const HttpResponse refused = LoopbackHttp::send(m_manager, *bad);
        QVERIFY(refused.status == 400 || refused.status == 401 || refused.status == 403);
        const QString message = protocol.describeFailure(refused);
        QVERIFY2(message.contains(QStringLiteral("key")) || message.contains(QStringLiteral("credentials")),
                 qPrintable(message));
    }

    void faults_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<FakeFault>("fault");
        const QList<std::pair<const char*, FakeFault>> faults{{"500", FakeFault::ServerError},
                                                              {"429", FakeFault::TooManyRequests},
                                                              {"hang", FakeFault::Hang},
                                                              {"truncated", FakeFault::TruncatedBody},
                                                              {"malformed", FakeFault::MalformedJson},
                                                              {"dropped", FakeFault::DropConnection},
                                                              {"wrong count", FakeFault::WrongCount}};
        for (const QString& id : cloudIds())
            for (const auto& [name, fault] : faults)
                QTest::newRow(qPrintable(id + QLatin1Char(' ') + QLatin1String(name))) << id << fault;
    }

    void faults()
    {
        QFETCH(QString, id);
        QFETCH(FakeFault, fault);
        FakeProviderServer server(id, s_key);
        QVERIFY(server.start());
        // QNetworkAccessManager resends a request once when the connection closes before any reply byte,
        // so a dropped connection is scripted twice to reach the client (libcurl does not resend).
        const int times = fault == FakeFault::DropConnection ? 2 : 1;
        server.inject(fault, times, 7);
        const ProviderProtocol& protocol = *m_registry.find(id);
        const ProviderSettings settings = FakeProviderServer::settingsFor(id, server.url(), s_key);
        const MtBatch batch = batchFor(protocol, settings);
        const HttpResponse reply = LoopbackHttp::send(m_manager, *protocol.buildRequest(batch, settings), 500);
        QCOMPARE(server.requestCount(), times);
        QCOMPARE(server.requests().first().problem, QString());

        switch (fault) {
        case FakeFault::ServerError:
            QCOMPARE(reply.status, 500);
            QVERIFY2(protocol.describeFailure(reply).contains(QStringLiteral("injected by the test")),
                     qPrintable(protocol.describeFailure(reply)));
            break;
        case FakeFault::TooManyRequests:
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.header("retry-after"), QByteArray("7"));
            QVERIFY(protocol.describeFailure(reply).contains(QStringLiteral("Too many requests")));
            break;
        case FakeFault::Hang:
        case FakeFault::DropConnection:
            QCOMPARE(reply.status, 0);
            QVERIFY(!reply.transportError.isEmpty());
            break;
        case FakeFault::TruncatedBody:
        case FakeFault::MalformedJson: {
            QCOMPARE(reply.status, 200);
            const auto parsed = protocol.parseResponse(reply, batch);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().field, QStringLiteral("body"));
            break;
        }
        case FakeFault::WrongCount: {
            QCOMPARE(reply.status, 200);
            const auto parsed = protocol.parseResponse(reply, batch);
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.contains(QStringLiteral("2 translations for 3 segments")),
                     qPrintable(parsed.error().describe()));
            break;
        }
        default:
            QFAIL("unexpected fault");
        }

        // The script is consumed: the next request is answered correctly.
        QCOMPARE(server.scriptedStepsLeft(), 0);
        const HttpResponse next = LoopbackHttp::send(m_manager, *protocol.buildRequest(batch, settings));
        QCOMPARE(next.status, 200);
        QVERIFY(protocol.parseResponse(next, batch));
    }

    void azureDeployment()
    {
        FakeProviderServer server(QStringLiteral("openai"), s_key);
        QVERIFY(server.start());
        ProviderSettings settings{QStringLiteral("openai"),
                                  server.url(),
                                  {},
                                  s_key,
                                  {{QStringLiteral("azureDeployment"), QStringLiteral("gpt4o")}}};
        const ProviderProtocol& protocol = *m_registry.find(QStringLiteral("openai"));
        const MtBatch batch = batchFor(protocol, settings);
        const HttpResponse reply = LoopbackHttp::send(m_manager, *protocol.buildRequest(batch, settings));
        QCOMPARE(server.requests().first().problem, QString());
        QCOMPARE(server.requests().first().header("api-key"), s_key.toUtf8());
        QVERIFY(server.requests().first().target.contains("api-version=2024-10-21"));
        QCOMPARE(protocol.parseResponse(reply, batch)->at(1), QStringLiteral("SAVE ALL"));
    }

    void localServerWithoutKey()
    {
        FakeProviderServer server(QStringLiteral("openai"), QString());
        QVERIFY(server.start());
        const ProviderSettings settings =
            FakeProviderServer::settingsFor(QStringLiteral("openai"), server.url(), QString());
        const ProviderProtocol& protocol = *m_registry.find(QStringLiteral("openai"));
        const MtBatch batch = batchFor(protocol, settings);
        const HttpResponse reply = LoopbackHttp::send(m_manager, *protocol.buildRequest(batch, settings));
        QCOMPARE(reply.status, 200);
        QVERIFY(server.requests().first().header("authorization").isEmpty());
    }

    void blockingClientOnAnotherThread()
    {
        // A blocking client on a plain thread (like the engine's libcurl worker) is served too.
        FakeProviderServer server(QStringLiteral("deepl"), s_key);
        QVERIFY(server.start());
        QSignalSpy seen(&server, &FakeProviderServer::requestSeen);
        const quint16 port = quint16(server.url().port());
        QByteArray answer;
        std::thread client([&] {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!socket.waitForConnected(10000))
                return;
            socket.write("GET /v2/usage HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: DeepL-Auth-Key " +
                         s_key.toUtf8() + "\r\n\r\n");
            socket.waitForBytesWritten(10000);
            while (socket.waitForReadyRead(10000))
                answer += socket.readAll();
        });
        client.join();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("\"character_limit\":500000"));
        QVERIFY(seen.count() == 1 || seen.wait());
    }

    void invalidRequestIsRecorded()
    {
        // A request that breaks the documented shape is answered 400 and recorded with the problem.
        FakeProviderServer server(QStringLiteral("deepl"), s_key);
        QVERIFY(server.start());
        HttpRequest request;
        request.url = server.url().resolved(QUrl(QStringLiteral("/v2/translate")));
        request.headers = {{"content-type", "application/json"}, {"authorization", "DeepL-Auth-Key " + s_key.toUtf8()}};
        request.body = "{\"text\":[\"a\"],\"target_lang\":\"EN\"}"; // EN alone is no longer a DeepL target
        const HttpResponse reply = LoopbackHttp::send(m_manager, request);
        QCOMPARE(reply.status, 400);
        QVERIFY(server.requests().first().problem.contains(QStringLiteral("target_lang")));
    }
};

QTEST_GUILESS_MAIN(TestMtRoundTrip)
#include "TestMtRoundTrip.moc"
