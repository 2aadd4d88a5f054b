// TestMtResilience: the whole MT engine (MtService → ProviderClient → CurlTransport) against the fake cloud
// providers on loopback, each speaking its documented protocol and injecting faults: 500s and dropped
// connections are retried, 429 waits for Retry-After, a hanging reply ends at the total timeout,
// unreadable JSON is an error, the circuit opens, fails fast and recovers through a half-open probe, and a
// cancelled job stops. In every scenario each segment gets exactly one result.
#include <QSignalSpy>
#include <QTest>

#include "FakeClock.h"
#include "FakeProviderResponder.h"
#include "FakeProviderServer.h"
#include "domain/Clock.h"
#include "mt/CurlTransport.h"
#include "mt/MtService.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderClient.h"
#include "mt/ProviderProtocol.h"

using namespace tessera;
using mt::CircuitBreaker;
using mt::MtResult;
using mt::MtSegment;
using mt::MtService;
using mt::ProviderSettings;
using mt::ResilienceSettings;
using test::FakeFault;
using test::FakeProviderResponder;
using test::FakeProviderServer;

namespace {

const QString s_resilienceKey = QStringLiteral("planted-key-91c4");

// Short waits so the test stays quick; the circuit stays closed unless a test configures it.
ResilienceSettings quickResilience()
{
    ResilienceSettings r;
    r.connectTimeoutMs = 2000;
    r.totalTimeoutMs = 5000;
    r.retry.maxAttempts = 3;
    r.retry.baseDelayMs = 10;
    r.retry.maxDelayMs = 40;
    r.retry.jitter = 0;
    r.breaker.failureThreshold = 100;
    return r;
}

// Adds provider `id` speaking to the fake `server`, with the planted key.
bool addFake(MtService& service, const QString& id, const FakeProviderServer& server,
             const ResilienceSettings& resilience)
{
    return service
        .addProvider(mt::ProtocolRegistry::create(id),
                     FakeProviderServer::settingsFor(id, server.url(), s_resilienceKey), resilience)
        .has_value();
}

// Three segments, two of them the same text (asked once, answered to both).
QList<MtSegment> resilienceSegments()
{
    return {MtSegment{QStringLiteral("Save all"), {}, {}, {}}, MtSegment{QStringLiteral("Größe"), {}, {}, {}},
            MtSegment{QStringLiteral("Save all"), {}, {}, {}}};
}

// Every result and finished() the service emits, per job, for the whole test.
class ResultRecorder final : public QObject {
public:
    explicit ResultRecorder(MtService& service)
    {
        connect(&service, &MtService::translated, this,
                [this](quint64 job, const MtResult& result) { results[job][result.index].append(result); });
        connect(&service, &MtService::finished, this, [this](quint64 job) { ++finished[job]; });
    }
    QHash<quint64, QHash<int, QList<MtResult>>> results;
    QHash<quint64, int> finished;
};

} // namespace

class TestMtResilience : public QObject {
    Q_OBJECT

    mt::ProtocolRegistry m_registry = mt::ProtocolRegistry::withAllProtocols();
    domain::SystemClock m_systemClock;

    void addCloudRows()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : m_registry.ids())
            if (id != u"apertium") // Apertium is tested against the real APy
                QTest::newRow(qPrintable(id)) << id;
    }

    // Starts a job of `segments` and waits until it finished (at most `waitMs`); 0 when it did not start.
    static quint64 run(MtService& service, ResultRecorder& recorder, const QString& id,
                       const QList<MtSegment>& segments, int waitMs = 10000)
    {
        const auto job = service.translate(id, QStringLiteral("en"), QStringLiteral("de-DE"), segments);
        if (!job)
            return 0;
        (void)QTest::qWaitFor([&] { return recorder.finished.value(*job) > 0; }, waitMs); // unfinished: the checks fail
        return *job;
    }

    // Each of the job's `count` segments got exactly one result and the job finished once.
    static bool eachSegmentOnce(const ResultRecorder& recorder, quint64 job, int count)
    {
        const auto results = recorder.results.value(job);
        if (results.size() != count || recorder.finished.value(job) != 1)
            return false;
        for (int i = 0; i < count; ++i)
            if (results.value(i).size() != 1)
                return false;
        return true;
    }

    static void verifyTranslated(const ResultRecorder& recorder, quint64 job, const QList<MtSegment>& segments)
    {
        QVERIFY2(eachSegmentOnce(recorder, job, int(segments.size())), "each segment answered exactly once");
        for (int i = 0; i < segments.size(); ++i) {
            const MtResult result = recorder.results.value(job).value(i).constFirst();
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.text, FakeProviderResponder::translate(segments.at(i).text));
        }
    }

    static void verifyFailed(const ResultRecorder& recorder, quint64 job, int count, const QString& mentions)
    {
        QVERIFY2(eachSegmentOnce(recorder, job, count), "each segment answered exactly once");
        for (int i = 0; i < count; ++i) {
            const MtResult result = recorder.results.value(job).value(i).constFirst();
            QVERIFY2(!result.ok(), "a failed request must not be answered with a translation");
            QCOMPARE(result.text, QString());
            QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        }
    }

private Q_SLOTS:
    void serverErrorsAreRetriedThenSucceed_data() { addCloudRows(); }
    void serverErrorsAreRetriedThenSucceed()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(FakeFault::ServerError, 2);
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        QVERIFY(addFake(service, id, server, quickResilience()));
        ResultRecorder recorder(service);

        const quint64 job = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, job, resilienceSegments());
        QCOMPARE(server.requestCount(), 3); // two 500s, then the answer: one batch, two unique texts
        for (const auto& request : server.requests())
            QCOMPARE(request.problem, QString());
        QCOMPARE(service.provider(id)->stats().retried, 2);
    }

    void droppedConnectionIsRetried_data() { addCloudRows(); }
    void droppedConnectionIsRetried()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(FakeFault::DropConnection);
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        QVERIFY(addFake(service, id, server, quickResilience()));
        ResultRecorder recorder(service);

        const quint64 job = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, job, resilienceSegments());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(0).fault, FakeFault::DropConnection);
    }

    void tooManyRequestsWaitsForRetryAfter_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("deepl") << QStringLiteral("deepl");
        QTest::newRow("openai") << QStringLiteral("openai");
    }
    void tooManyRequestsWaitsForRetryAfter()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(FakeFault::TooManyRequests, 1, 1); // Retry-After: 1 (second)
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        QVERIFY(addFake(service, id, server, quickResilience()));
        ResultRecorder recorder(service);

        const quint64 job = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, job, resilienceSegments());
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).fault, FakeFault::TooManyRequests);
        // The exponential backoff alone would have come back after 10 ms; the server asked for a second.
        const qint64 gapMs = requests.at(1).receivedMs - requests.at(0).receivedMs;
        QVERIFY2(gapMs >= 1000, qPrintable(QStringLiteral("the retry came after %1 ms").arg(gapMs)));
        QCOMPARE(service.provider(id)->circuitState(), CircuitBreaker::State::Closed); // busy is not down
    }

    void hangingReplyEndsAtTheTotalTimeout_data() { addCloudRows(); }
    void hangingReplyEndsAtTheTotalTimeout()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(FakeFault::Hang, 2);
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        ResilienceSettings resilience = quickResilience();
        resilience.totalTimeoutMs = 300;
        resilience.retry.maxAttempts = 2;
        QVERIFY(addFake(service, id, server, resilience));
        ResultRecorder recorder(service);

        const quint64 job = run(service, recorder, id, resilienceSegments());
        verifyFailed(recorder, job, 3, QStringLiteral("timed out"));
        QVERIFY(recorder.results.value(job).value(0).constFirst().error.contains(QStringLiteral("2 attempt(s)")));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(transport.inFlight(), 0);
    }

    void unreadableReplyIsAClearError_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<FakeFault>("fault");
        for (const QString& id : m_registry.ids()) {
            if (id == u"apertium")
                continue;
            QTest::addRow("%s truncated", qPrintable(id)) << id << FakeFault::TruncatedBody;
            QTest::addRow("%s malformed", qPrintable(id)) << id << FakeFault::MalformedJson;
        }
    }
    void unreadableReplyIsAClearError()
    {
        QFETCH(QString, id);
        QFETCH(FakeFault, fault);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(fault, 2);
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        ResilienceSettings resilience = quickResilience();
        resilience.retry.maxAttempts = 2;
        QVERIFY(addFake(service, id, server, resilience));
        ResultRecorder recorder(service);

        const QString name = m_registry.find(id)->displayName();
        const quint64 job = run(service, recorder, id, resilienceSegments());
        verifyFailed(recorder, job, 3, name + QStringLiteral(" failed after 2 attempt(s)"));
        QCOMPARE(server.requestCount(), 2);

        // The provider is fine again: the next job is translated properly.
        const quint64 next = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, next, resilienceSegments());
    }

    void circuitOpensFailsFastAndRecovers_data() { addCloudRows(); }
    void circuitOpensFailsFastAndRecovers()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        mt::CurlTransport transport;
        testsupport::FakeClock clock; // the circuit's cooldown passes when the test says so
        MtService service(transport, clock, nullptr);
        ResilienceSettings resilience = quickResilience();
        resilience.retry.maxAttempts = 1;
        resilience.breaker.failureThreshold = 3;
        resilience.breaker.openDurationMs = 30000;
        resilience.breaker.halfOpenProbes = 1;
        QVERIFY(addFake(service, id, server, resilience));
        mt::ProviderClient* client = service.provider(id);
        ResultRecorder recorder(service);
        const QList<MtSegment> one{MtSegment{QStringLiteral("Print"), {}, {}, {}}};

        // Three consecutive failures of different kinds open it.
        server.inject(FakeFault::ServerError);
        server.inject(FakeFault::DropConnection);
        server.inject(FakeFault::MalformedJson);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client->circuitState(), CircuitBreaker::State::Closed);
            verifyFailed(recorder, run(service, recorder, id, one), 1, m_registry.find(id)->displayName());
        }
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(client->circuitState(), CircuitBreaker::State::Open);

        // Open: jobs fail at once and the server sees nothing.
        verifyFailed(recorder, run(service, recorder, id, resilienceSegments()), 3, QStringLiteral("circuit open"));
        clock.advance(29);
        verifyFailed(recorder, run(service, recorder, id, one), 1, QStringLiteral("circuit open"));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(client->stats().rejected, 2);

        // After the cooldown a probe goes through; it fails, so the circuit opens again.
        clock.advance(1);
        QCOMPARE(client->circuitState(), CircuitBreaker::State::HalfOpen);
        server.inject(FakeFault::ServerError);
        verifyFailed(recorder, run(service, recorder, id, one), 1, QStringLiteral("HTTP 500"));
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(client->circuitState(), CircuitBreaker::State::Open);
        verifyFailed(recorder, run(service, recorder, id, one), 1, QStringLiteral("circuit open"));
        QCOMPARE(server.requestCount(), 4);

        // The next probe succeeds and closes it: everything flows again.
        clock.advance(30);
        QCOMPARE(client->circuitState(), CircuitBreaker::State::HalfOpen);
        const quint64 probe = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, probe, resilienceSegments());
        QCOMPARE(client->circuitState(), CircuitBreaker::State::Closed);
        const quint64 after = run(service, recorder, id, one);
        verifyTranslated(recorder, after, one);
        QCOMPARE(server.requestCount(), 6);
    }

    void cancelledJobStopsItsRequests_data() { addCloudRows(); }
    void cancelledJobStopsItsRequests()
    {
        QFETCH(QString, id);
        FakeProviderServer server(id, s_resilienceKey);
        QVERIFY(server.start());
        server.inject(FakeFault::Hang);
        mt::CurlTransport transport;
        MtService service(transport, m_systemClock, nullptr);
        QVERIFY(addFake(service, id, server, quickResilience()));
        ResultRecorder recorder(service);
        QSignalSpy seen(&server, &FakeProviderServer::requestSeen);

        const auto job = service.translate(id, QStringLiteral("en"), QStringLiteral("de-DE"), resilienceSegments());
        QVERIFY(job);
        QVERIFY(seen.wait(5000)); // the request hangs on the server
        QCOMPARE(transport.inFlight(), 1);
        service.cancel(*job);
        QVERIFY(!service.isRunning(*job));
        QTRY_COMPARE(transport.inFlight(), 0); // the connection is closed, not left to time out

        // A later job on the same provider is answered; the cancelled one never is, and was not retried.
        const quint64 next = run(service, recorder, id, resilienceSegments());
        verifyTranslated(recorder, next, resilienceSegments());
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(!recorder.results.contains(*job));
        QVERIFY(!recorder.finished.contains(*job));
    }
};

QTEST_MAIN(TestMtResilience)
#include "TestMtResilience.moc"
