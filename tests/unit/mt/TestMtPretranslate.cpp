// TestMtPretranslate: machine-translation pretranslation as a persistent job. Against a real Apertium APy
// (English → Spanish) on loopback: a job over an imported PO file completes with progress and writes
// drafts whose origin is "mt:apertium", and the same text in another project is then served from the MT
// cache. Against the fake cloud provider: through 500s, 429 with Retry-After, a hanging reply and a
// dropped connection every untranslated segment is translated exactly once (one revision each); a
// provider that is down leaves the job queued, and it completes once the provider is back. A loopback
// APy-format server that loses placeables shows that flagged translations are not written; the fake
// OpenAI-compatible server shows glossary terms reaching the prompt.

#include <sys/types.h>

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include "ApertiumApyServer.h"
#include "FakeProviderServer.h"
#include "LoopbackHttpServer.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "jobs/PretranslateJob.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/MtPretranslateHandler.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "project/DocumentImporter.h"
#include "store/MtCacheRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "terms/Termbase.h"

using namespace tessera;
using jobs::PretranslateJob;
using mt::MtPretranslateHandler;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A PO file with placeables, as a translator gets it.
const QByteArray s_placeablePo = R"(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Copying %s to %s"
msgstr ""

msgid "The file was saved."
msgstr ""

msgid "Removing %s"
msgstr ""

msgid "Open the folder"
msgstr ""
)";

struct Progress {
    QMutex mutex;
    QList<int> percents;
    QStringList messages;
};

} // namespace

class TestMtPretranslate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void apertiumJobWritesDraftsWithOriginAndRepeatsComeFromTheCache();
    void faultsStillTranslateEverySegmentExactlyOnce();
    void providerDownLeavesTheJobQueuedUntilItIsBack();
    void translationsThatLostPlaceablesAreNotWritten();
    void glossaryTermsReachTheLlmPrompt();

private:
    QString importInto(store::Workspace& ws, const QString& name, const QString& target, const QString& file,
                       const QByteArray& bytes);
    domain::Job run(store::Workspace& ws, const QString& projectId, const QString& language, const QString& provider,
                    MtPretranslateHandler::ProviderFactory factory, Progress* progress = nullptr, int chunk = 20);

    testsupport::ApertiumApyServer m_apy;
    QUrl m_apyUrl;
};

void TestMtPretranslate::initTestCase()
{
    if (!testsupport::ApertiumApyServer::isInstalled())
        return; // the APy test skips itself
    const QString failed = m_apy.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_apyUrl = m_apy.url();
}

void TestMtPretranslate::cleanupTestCase()
{
    m_apy.stop();
}

QString TestMtPretranslate::importInto(store::Workspace& ws, const QString& name, const QString& target,
                                       const QString& file, const QByteArray& bytes)
{
    domain::Project project;
    project.name = name;
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {target};
    auto created = ws.projects().create(project);
    if (!created)
        return {};
    formats::FilterRegistry filters;
    project::DocumentImporter importer(ws, filters);
    if (auto imported = importer.import(created->id, file, bytes); !imported) {
        qWarning() << imported.error().describe();
        return {};
    }
    return created->id;
}

domain::Job TestMtPretranslate::run(store::Workspace& ws, const QString& projectId, const QString& language,
                                    const QString& provider, MtPretranslateHandler::ProviderFactory factory,
                                    Progress* progress, int chunk)
{
    PretranslateJob::Request request;
    request.projectId = projectId;
    request.language = language;
    request.mtProvider = provider;
    request.chunkSize = chunk;
    auto ended = PretranslateJob::runInProcess(
        ws, request,
        [progress](const domain::Job&, int percent, const QString& message) {
            if (!progress)
                return;
            QMutexLocker lock(&progress->mutex);
            progress->percents.append(percent);
            progress->messages.append(message);
        },
        std::make_shared<MtPretranslateHandler>(std::move(factory)));
    if (!ended) {
        qWarning() << ended.error().describe();
        return {};
    }
    return *ended;
}

namespace {

MtPretranslateHandler::ProviderFactory fixedProvider(const QString& id, const QUrl& url,
                                                     mt::ResilienceSettings resilience = {})
{
    return [id, url, resilience](const QString& asked) -> domain::Result<MtPretranslateHandler::Provider> {
        if (asked != id)
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no provider ") + asked);
        // The LLM protocols need a model name; the fake server takes any.
        const QString model = id == QLatin1String("openai") ? QStringLiteral("test-model") : QString();
        return MtPretranslateHandler::Provider{mt::ProtocolRegistry::create(id),
                                               mt::ProviderSettings{id, url, model, {}, {}}, resilience};
    };
}

QList<domain::Segment> segmentsOf(store::Workspace& ws, const QString& projectId, const QString& language)
{
    store::SegmentQuery query;
    query.projectId = projectId;
    query.language = language;
    return ws.segments().list(query).value_or(QList<domain::Segment>{});
}

} // namespace

void TestMtPretranslate::apertiumJobWritesDraftsWithOriginAndRepeatsComeFromTheCache()
{
    if (m_apyUrl.isEmpty())
        QSKIP("apertium-apy is not installed (Debian packages apertium-apy and apertium-en-es)");
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QByteArray pot = testsupport::readTestData(QStringLiteral("po"), QStringLiteral("adduser.pot"));
    const QString projectId =
        importInto(*ws, QStringLiteral("adduser"), QStringLiteral("es"), QStringLiteral("adduser.pot"), pot);
    QVERIFY(!projectId.isEmpty());
    const QList<domain::Segment> before = segmentsOf(*ws, projectId, QStringLiteral("es"));
    QVERIFY(before.size() > 50);

    Progress progress;
    const domain::Job job = run(*ws, projectId, QStringLiteral("es"), QStringLiteral("apertium"),
                                fixedProvider(QStringLiteral("apertium"), m_apyUrl), &progress, 25);
    QCOMPARE(job.state, domain::JobState::Succeeded);
    const auto summary = MtPretranslateHandler::summaryFrom(QJsonDocument::fromJson(job.result.toUtf8()).object());
    QVERIFY(summary.filled > 50);
    qInfo("apertium: %d untranslated, %d drafts, %d flagged, %d plural", summary.untranslated, summary.filled,
          summary.flagged, summary.pluralSkipped);
    QCOMPARE(summary.fromCache, 0);
    QCOMPARE(summary.filled + summary.flagged + summary.pluralSkipped, summary.untranslated);
    {
        QMutexLocker lock(&progress.mutex);
        QVERIFY(progress.percents.size() >= 3);
        QVERIFY(std::is_sorted(progress.percents.begin(), progress.percents.end()));
        QVERIFY(
            std::any_of(progress.percents.begin(), progress.percents.end(), [](int p) { return p > 0 && p < 100; }));
        QVERIFY(progress.messages.join(QLatin1Char('\n')).contains(QStringLiteral("apertium")));
    }

    int drafts = 0;
    for (const domain::Segment& s : segmentsOf(*ws, projectId, QStringLiteral("es"))) {
        if (s.origin == QLatin1String("mt:apertium")) {
            ++drafts;
            QCOMPARE(s.state, domain::SegmentState::Draft);
            QVERIFY(!s.targets.value(0).isEmpty());
            QCOMPARE(ws->segments().revisions(s.id)->size(), 1);
        } else {
            QCOMPARE(s.state, domain::SegmentState::New); // flagged or plural: left alone
            QVERIFY(s.targets.join(QString()).isEmpty());
        }
    }
    QCOMPARE(drafts, summary.filled);
    // Something a person can check: Apertium turns English into Spanish words.
    const auto saved = std::find_if(before.begin(), before.end(), [](const domain::Segment& s) {
        return s.source.contains(QStringLiteral("Done."));
    });
    if (saved != before.end())
        QVERIFY(ws->segments().find(saved->id)->targets.value(0).contains(QStringLiteral("Hecho")));

    // The same file in another project: every translation comes from the MT cache.
    const QString again =
        importInto(*ws, QStringLiteral("adduser again"), QStringLiteral("es"), QStringLiteral("adduser.pot"), pot);
    const domain::Job second = run(*ws, again, QStringLiteral("es"), QStringLiteral("apertium"),
                                   fixedProvider(QStringLiteral("apertium"), m_apyUrl), nullptr, 25);
    QCOMPARE(second.state, domain::JobState::Succeeded);
    const auto repeat = MtPretranslateHandler::summaryFrom(QJsonDocument::fromJson(second.result.toUtf8()).object());
    QCOMPARE(repeat.filled, summary.filled);
    QCOMPARE(repeat.fromCache, repeat.filled);
}

void TestMtPretranslate::faultsStillTranslateEverySegmentExactlyOnce()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QByteArray po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
    for (int i = 1; i <= 60; ++i)
        po += QStringLiteral("\nmsgid \"Backup %1 of the home folder finished\"\nmsgstr \"\"\n").arg(i).toUtf8();
    const QString projectId =
        importInto(*ws, QStringLiteral("faults"), QStringLiteral("de"), QStringLiteral("backup.po"), po);
    QVERIFY(!projectId.isEmpty());

    test::FakeProviderServer server(QStringLiteral("libretranslate"), QString());
    QVERIFY(server.start());
    // Spread over the run: a 500, a 429 asking to wait a second, a hanging reply, a dropped connection.
    server.inject(test::FakeFault::None, 2);
    server.inject(test::FakeFault::ServerError);
    server.inject(test::FakeFault::None, 1);
    server.inject(test::FakeFault::TooManyRequests, 1, 1);
    server.inject(test::FakeFault::Hang);
    server.inject(test::FakeFault::None, 1);
    server.inject(test::FakeFault::DropConnection);
    mt::ResilienceSettings resilience;
    resilience.totalTimeoutMs = 1500; // the hanging reply is given up on
    resilience.retry.baseDelayMs = 50;
    resilience.retry.maxAttempts = 2; // some faults fail a chunk: the job's own retry takes over
    const auto factory = fixedProvider(QStringLiteral("libretranslate"), server.url(), resilience);

    domain::Job job;
    for (int attempt = 0; attempt < 6 && job.state != domain::JobState::Succeeded; ++attempt) {
        job = run(*ws, projectId, QStringLiteral("de"), QStringLiteral("libretranslate"), factory, nullptr, 7);
        QVERIFY(job.state == domain::JobState::Succeeded || job.state == domain::JobState::Queued);
        ws.clock().advance(3600); // past the queue's backoff
    }
    QCOMPARE(job.state, domain::JobState::Succeeded);
    QCOMPARE(server.scriptedStepsLeft(), 0);
    const QList<domain::Segment> segments = segmentsOf(*ws, projectId, QStringLiteral("de"));
    QCOMPARE(segments.size(), 60);
    for (const domain::Segment& s : segments) {
        QCOMPARE(s.origin, QStringLiteral("mt:libretranslate"));
        QCOMPARE(s.state, domain::SegmentState::Draft);
        QCOMPARE(s.targets.value(0), s.source.toUpper()); // the fake's "translation"
        QCOMPARE(ws->segments().revisions(s.id)->size(), 1);
    }
}

void TestMtPretranslate::providerDownLeavesTheJobQueuedUntilItIsBack()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QString projectId =
        importInto(*ws, QStringLiteral("down"), QStringLiteral("de"), QStringLiteral("ui.po"), s_placeablePo);
    QVERIFY(!projectId.isEmpty());
    mt::ResilienceSettings resilience;
    resilience.retry.baseDelayMs = 20;
    resilience.connectTimeoutMs = 1000;
    const QUrl nobody(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
    const domain::Job failed = run(*ws, projectId, QStringLiteral("de"), QStringLiteral("libretranslate"),
                                   fixedProvider(QStringLiteral("libretranslate"), nobody, resilience));
    QCOMPARE(failed.state, domain::JobState::Queued); // not lost: the queue retries it
    QCOMPARE(failed.attempts, 1);
    QVERIFY(!failed.lastError.isEmpty());
    for (const domain::Segment& s : segmentsOf(*ws, projectId, QStringLiteral("de")))
        QCOMPARE(s.state, domain::SegmentState::New);

    test::FakeProviderServer server(QStringLiteral("libretranslate"), QString());
    QVERIFY(server.start());
    ws.clock().advance(3600);
    const domain::Job done = run(*ws, projectId, QStringLiteral("de"), QStringLiteral("libretranslate"),
                                 fixedProvider(QStringLiteral("libretranslate"), server.url(), resilience));
    QCOMPARE(done.id, failed.id); // the same job, resumed
    QCOMPARE(done.state, domain::JobState::Succeeded);
    for (const domain::Segment& s : segmentsOf(*ws, projectId, QStringLiteral("de")))
        QCOMPARE(s.origin, QStringLiteral("mt:libretranslate"));
}

void TestMtPretranslate::translationsThatLostPlaceablesAreNotWritten()
{
    // An APy-format server that drops the masked placeables ("[[1]]") of what it translates: the fault a
    // real engine makes now and then, on demand.
    QThread thread;
    thread.start();
    auto* server = new testsupport::LoopbackHttpServer([](const testsupport::LoopbackHttpServer::Request& request) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        QString q = form.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        q.remove(QRegularExpression(QStringLiteral(R"(\[\[\d+\]\])")));
        testsupport::LoopbackHttpServer::Reply reply;
        reply.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        reply.body = R"({"responseData": {"translatedText": ")" + q.toUtf8() +
                     R"("}, "responseDetails": null, "responseStatus": 200})";
        return reply;
    });
    server->moveToThread(&thread);
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);

    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QString projectId =
        importInto(*ws, QStringLiteral("lost"), QStringLiteral("es"), QStringLiteral("ui.po"), s_placeablePo);
    const domain::Job job = run(*ws, projectId, QStringLiteral("es"), QStringLiteral("apertium"),
                                fixedProvider(QStringLiteral("apertium"), server->url()));
    QMetaObject::invokeMethod(server, [&] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    QCOMPARE(job.state, domain::JobState::Succeeded);
    const auto summary = MtPretranslateHandler::summaryFrom(QJsonDocument::fromJson(job.result.toUtf8()).object());
    QCOMPARE(summary.untranslated, 4);
    QCOMPARE(summary.flagged, 2);
    QCOMPARE(summary.filled, 2);
    for (const domain::Segment& s : segmentsOf(*ws, projectId, QStringLiteral("es"))) {
        if (s.source.contains(QStringLiteral("%s"))) {
            QCOMPARE(s.state, domain::SegmentState::New);
            QVERIFY(s.targets.join(QString()).isEmpty());
        } else {
            QCOMPARE(s.origin, QStringLiteral("mt:apertium"));
            QCOMPARE(s.targets.value(0), s.source);
        }
    }
    // Nothing broken went into the cache either.
    QCOMPARE(*ws->mtCache().count(QStringLiteral("apertium")), 2);
}

void TestMtPretranslate::glossaryTermsReachTheLlmPrompt()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QString projectId =
        importInto(*ws, QStringLiteral("terms"), QStringLiteral("de"), QStringLiteral("ui.po"), s_placeablePo);
    terms::Termbase termbase(*ws);
    QVERIFY(
        termbase
            .addTermPair(QStringLiteral("en"), QStringLiteral("folder"), QStringLiteral("de"), QStringLiteral("Ordner"))
            .has_value());
    test::FakeProviderServer server(QStringLiteral("openai"), QString());
    QVERIFY(server.start());
    const domain::Job job = run(*ws, projectId, QStringLiteral("de"), QStringLiteral("openai"),
                                fixedProvider(QStringLiteral("openai"), server.url()));
    QCOMPARE(job.state, domain::JobState::Succeeded);
    bool sawTerm = false;
    for (const test::FakeRequest& request : server.requests()) {
        QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
        sawTerm = sawTerm || request.body.contains("Ordner");
    }
    QVERIFY(sawTerm);
    for (const domain::Segment& s : segmentsOf(*ws, projectId, QStringLiteral("de")))
        QCOMPARE(s.origin, QStringLiteral("mt:openai"));
}

QTEST_GUILESS_MAIN(TestMtPretranslate)
#include "TestMtPretranslate.moc"
