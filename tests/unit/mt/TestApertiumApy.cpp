// TestApertiumApy: machine translation end to end against a real Apertium APy server (English →
// Spanish) started by the test on a free loopback port: suggestions arrive with their placeables
// intact, identical texts are asked once, and once APy is stopped the repeats still come from the
// MT cache in the workspace database.

#include <QSignalSpy>
#include <QTest>

#include "ApertiumApyServer.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Clock.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/MtService.h"
#include "store/MtCacheRepository.h"

using namespace tessera;
using mt::MtResult;
using mt::MtSegment;

namespace {

QList<MtSegment> segments(const QStringList& texts)
{
    QList<MtSegment> list;
    for (const QString& text : texts)
        list.append(MtSegment{text, {}, {}, {}});
    return list;
}

} // namespace

class TestApertiumApy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsItsPairs();
    void translatesKeepsPlaceablesAndServesRepeatsFromTheCacheWhenDown();

private:
    QList<MtResult> run(mt::MtService& service, const QStringList& texts);

    testsupport::ApertiumApyServer m_apy;
    QUrl m_url;
    mt::CurlTransport m_transport;
};

void TestApertiumApy::initTestCase()
{
    if (!testsupport::ApertiumApyServer::isInstalled())
        QSKIP("apertium-apy is not installed (Debian packages apertium-apy and apertium-en-es)");
    const QString failed = m_apy.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_url = m_apy.url();
}

void TestApertiumApy::cleanupTestCase()
{
    m_apy.stop();
}

void TestApertiumApy::listsItsPairs()
{
    mt::ApertiumProtocol protocol;
    const auto probe = protocol.buildProbe(mt::ProviderSettings{QStringLiteral("apertium"), m_url, {}, {}, {}});
    QVERIFY(probe.has_value());
    std::optional<mt::HttpResponse> reply;
    m_transport.send(*probe, mt::TransportTimeouts{}, this, [&](const mt::HttpResponse& r) { reply = r; });
    QTRY_VERIFY(reply.has_value());
    const auto pairs = mt::ApertiumProtocol::parsePairs(*reply);
    QVERIFY2(pairs.has_value(), qPrintable(testsupport::errorText(pairs)));
    QVERIFY(pairs->contains(std::pair(QStringLiteral("en"), QStringLiteral("es"))));
    QVERIFY(pairs->contains(std::pair(QStringLiteral("es"), QStringLiteral("en-US"))));
}

QList<MtResult> TestApertiumApy::run(mt::MtService& service, const QStringList& texts)
{
    QList<MtResult> results;
    QList<std::pair<int, int>> progress;
    bool done = false;
    auto a =
        connect(&service, &mt::MtService::translated, this, [&](quint64, const MtResult& r) { results.append(r); });
    auto b = connect(&service, &mt::MtService::progress, this,
                     [&](quint64, int n, int total) { progress.append({n, total}); });
    auto c = connect(&service, &mt::MtService::finished, this, [&](quint64) { done = true; });
    const auto job =
        service.translate(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), segments(texts));
    if (job.has_value())
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
    disconnect(a);
    disconnect(b);
    disconnect(c);
    if (!progress.isEmpty() && progress.constLast() != std::pair(int(texts.size()), int(texts.size())))
        results.clear(); // makes the caller's count check fail
    std::sort(results.begin(), results.end(), [](const MtResult& x, const MtResult& y) { return x.index < y.index; });
    return results;
}

void TestApertiumApy::translatesKeepsPlaceablesAndServesRepeatsFromTheCacheWhenDown()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    // Real time for the engine: its retries wait on the clock.
    domain::SystemClock clock;
    mt::MtService service(m_transport, clock, &ws->mtCache());
    mt::ResilienceSettings resilience;
    resilience.retry.baseDelayMs = 100;
    resilience.retry.maxAttempts = 2;
    QVERIFY(service
                .addProvider(std::make_unique<mt::ApertiumProtocol>(),
                             mt::ProviderSettings{QStringLiteral("apertium"), m_url, {}, {}, {}}, resilience)
                .has_value());
    // Strings of adduser.pot and Qt, with printf, Qt and tag placeables; one repeated.
    const QStringList texts{QStringLiteral("Cannot read directory `%s'"), QStringLiteral("Hello world"),
                            QStringLiteral("Delete %n files?"), QStringLiteral("Open <b>%1</b> in a new window"),
                            QStringLiteral("Hello world")};
    const QList<MtResult> first = run(service, texts);
    QCOMPARE(first.size(), texts.size());
    for (const MtResult& r : first) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(!r.flagged, qPrintable(r.text));
        QVERIFY(!r.fromCache);
        QCOMPARE(r.source, texts.at(r.index));
        QVERIFY(r.text != r.source);
    }
    QCOMPARE(first.at(1).text.toLower(), QStringLiteral("hola mundo"));
    QCOMPARE(first.at(4).text, first.at(1).text);
    QVERIFY2(first.at(0).text.contains(QStringLiteral("%s")), qPrintable(first.at(0).text));
    QVERIFY2(first.at(2).text.contains(QStringLiteral("%n")), qPrintable(first.at(2).text));
    QVERIFY2(first.at(3).text.contains(QStringLiteral("<b>%1</b>")), qPrintable(first.at(3).text));
    QCOMPARE(ws->mtCache().count(QStringLiteral("apertium")).value_or(-1), qint64(4)); // the repeat once

    // APy goes away: what was translated before is still there, from the cache; a new text fails.
    m_apy.stop();
    QVERIFY(!m_apy.isRunning());
    const QList<MtResult> again = run(service, texts + QStringList{QStringLiteral("Good night")});
    QCOMPARE(again.size(), texts.size() + 1);
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY(again.at(i).fromCache);
        QCOMPARE(again.at(i).text, first.at(i).text);
    }
    QVERIFY(!again.constLast().ok());
    QVERIFY(!again.constLast().fromCache);
    QCOMPARE(service.cacheHits(), 4);
}

QTEST_GUILESS_MAIN(TestApertiumApy)
#include "TestApertiumApy.moc"
