// BenchMt: the machine-translation engine against a fast local provider: a loopback HTTP server (its
// own thread) answering in Apertium APy's format at once. A 10k-segment batch goes through MtService
// (masking, batching, rate limit, breaker, curl multi transport) with a configured rate limit: prints
// the achieved requests/s against the limit and the client's CPU time (the process's minus the
// server thread's). Then single-segment round trips without a limit: latency median and p99.
// 3. The MT cache's writes: a batch through MtService with a workspace's cache (one transaction a job,
// or every 500 translations), and the cache written one segment a transaction (as MtService did before,
// one request = one Apertium segment = one fsync) against one transaction for all.
// Prints figures only; asserts nothing about speed.
#include <cstdio>
#include <ctime>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include "LatencyStats.h"
#include "LoopbackHttpServer.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/MtService.h"
#include "mt/ProviderClient.h"
#include "store/MtCacheRepository.h"
#include "store/Workspace.h"

using namespace tessera;
using bench::LatencyStats;
using testsupport::LoopbackHttpServer;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Echoes the text back as its "translation", with every bracket token kept.
LoopbackHttpServer::Reply echo(const LoopbackHttpServer::Request& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString q = form.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    LoopbackHttpServer::Reply reply;
    reply.headers.append(std::pair(QByteArray("Content-Type"), QByteArray("application/json")));
    reply.body = R"({"responseData": {"translatedText": ")" + q.toUtf8().replace('"', "\\\"") +
                 R"("}, "responseDetails": null, "responseStatus": 200})";
    return reply;
}

QList<mt::MtSegment> corpus(int count)
{
    QList<mt::MtSegment> segments;
    segments.reserve(count);
    for (int i = 0; i < count; ++i)
        segments.append(mt::MtSegment{QStringLiteral("Copied %1 of %2 files to <b>folder %3</b>, segment %4")
                                          .arg(i % 97)
                                          .arg(i % 89)
                                          .arg(i % 7)
                                          .arg(i),
                                      {},
                                      {},
                                      {}});
    return segments;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("segments"), QStringLiteral("segments in the batch"), QStringLiteral("N"),
                   QStringLiteral("10000")});
    cli.addOption({QStringLiteral("rate"), QStringLiteral("rate limit, requests/s"), QStringLiteral("R"),
                   QStringLiteral("1000")});
    cli.addOption(
        {QStringLiteral("burst"), QStringLiteral("token bucket burst"), QStringLiteral("B"), QStringLiteral("10")});
    cli.addOption({QStringLiteral("in-flight"), QStringLiteral("requests on the wire at once"), QStringLiteral("N"),
                   QStringLiteral("8")});
    cli.addOption({QStringLiteral("cached"), QStringLiteral("segments for the MT cache figures"), QStringLiteral("N"),
                   QStringLiteral("2000")});
    cli.addOption({QStringLiteral("round-trips"), QStringLiteral("single-segment round trips for the latency"),
                   QStringLiteral("N"), QStringLiteral("2000")});
    cli.process(app);
    const int count = cli.value(QStringLiteral("segments")).toInt();
    const double rate = cli.value(QStringLiteral("rate")).toDouble();

    // The provider: a loopback server on a thread of its own.
    QThread serverThread;
    serverThread.start();
    auto* server = new LoopbackHttpServer(echo);
    server->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const auto serverCpu = [&] {
        qint64 ns = 0;
        QMetaObject::invokeMethod(server, [&] { ns = threadCpuNs(); }, Qt::BlockingQueuedConnection);
        return ns;
    };

    domain::SystemClock clock;
    mt::CurlTransport transport;
    mt::MtService service(transport, clock, nullptr);
    mt::ResilienceSettings limited;
    limited.rateLimit.requestsPerSecond = rate;
    limited.rateLimit.burst = cli.value(QStringLiteral("burst")).toInt();
    limited.maxInFlight = cli.value(QStringLiteral("in-flight")).toInt();
    service.addProvider(std::make_unique<mt::ApertiumProtocol>(),
                        mt::ProviderSettings{QStringLiteral("apertium"), server->url(), {}, {}, {}}, limited);

    // 1. The batch at the rate limit.
    const QList<mt::MtSegment> segments = corpus(count);
    int ok = 0;
    int flagged = 0;
    int failed = 0;
    QEventLoop loop;
    QObject::connect(&service, &mt::MtService::translated, &loop, [&](quint64, const mt::MtResult& r) {
        if (!r.ok())
            ++failed;
        else if (r.flagged)
            ++flagged;
        else
            ++ok;
    });
    QObject::connect(&service, &mt::MtService::finished, &loop, &QEventLoop::quit);
    const qint64 cpu0 = bench::ProcessClock::cpuNs();
    const qint64 server0 = serverCpu();
    QElapsedTimer wall;
    wall.start();
    service.translate(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), segments);
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const qint64 serverNs = serverCpu() - server0;
    const qint64 clientNs = bench::ProcessClock::cpuNs() - cpu0 - serverNs;
    const auto& stats = service.provider(QStringLiteral("apertium"))->stats();
    std::printf("BenchMt: %d segments, rate limit %.0f requests/s (burst %d), %d in flight at most\n", count, rate,
                limited.rateLimit.burst, limited.maxInFlight);
    std::printf("  requests sent          %d (retries %d), answered by the server %d\n", stats.sent, stats.retried,
                server->requestCount());
    std::printf("  results                %d ok, %d flagged, %d failed\n", ok, flagged, failed);
    std::printf("  wall time              %.2f s\n", seconds);
    std::printf("  achieved               %.1f requests/s (limit %.0f, %.1f%% of it)\n", stats.sent / seconds, rate,
                100.0 * stats.sent / seconds / rate);
    std::printf("  client CPU             %.2f s (%.1f us a request); server thread CPU %.2f s\n", clientNs / 1e9,
                clientNs / 1e3 / std::max(1, stats.sent), serverNs / 1e9);
    std::printf("  connections opened     %d\n", server->connectionCount());

    // 2. Latency: one segment at a time, no rate limit, through MtService.
    mt::MtService fast(transport, clock, nullptr);
    mt::ResilienceSettings unlimited;
    fast.addProvider(std::make_unique<mt::ApertiumProtocol>(),
                     mt::ProviderSettings{QStringLiteral("apertium"), server->url(), {}, {}, {}}, unlimited);
    const int trips = cli.value(QStringLiteral("round-trips")).toInt();
    LatencyStats latency;
    latency.reserve(std::size_t(trips));
    QEventLoop one;
    QObject::connect(&fast, &mt::MtService::finished, &one, &QEventLoop::quit);
    for (int i = 0; i < trips; ++i) {
        QElapsedTimer t;
        t.start();
        fast.translate(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                       {segments.at(i % segments.size())});
        one.exec();
        latency.add(double(t.nsecsElapsed()) / 1e3);
    }
    std::printf("  round trip (%d, no limit): median %.0f us, p99 %.0f us\n", trips, latency.quantile(0.5),
                latency.quantile(0.99));

    // 3. The MT cache: a batch through MtService into a workspace's cache, then the write patterns alone.
    const int cachedCount = cli.value(QStringLiteral("cached")).toInt();
    QTemporaryDir dir;
    auto workspace = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!workspace) {
        std::fprintf(stderr, "cannot open a workspace: %s\n", qPrintable(workspace.error().describe()));
        return 1;
    }
    store::MtCacheRepository& cache = (*workspace)->mtCache();
    QList<mt::MtSegment> fresh;
    for (int i = 0; i < cachedCount; ++i)
        fresh.append(mt::MtSegment{QStringLiteral("Cached sentence %1 for the batch").arg(i), {}, {}, {}});
    mt::MtService cached(transport, clock, &cache);
    cached.addProvider(std::make_unique<mt::ApertiumProtocol>(),
                       mt::ProviderSettings{QStringLiteral("apertium"), server->url(), {}, {}, {}}, unlimited);
    QEventLoop all;
    QObject::connect(&cached, &mt::MtService::finished, &all, &QEventLoop::quit);
    QElapsedTimer cachedWall;
    cachedWall.start();
    cached.translate(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), fresh);
    all.exec();
    const double cachedSeconds = double(cachedWall.nsecsElapsed()) / 1e9;
    std::printf("  MtService + cache      %d segments (one request each) in %.2f s: %.0f segments/s, %lld cached\n",
                cachedCount, cachedSeconds, cachedCount / cachedSeconds, qlonglong(*cache.count()));
    QElapsedTimer again;
    again.start();
    cached.translate(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), fresh);
    all.exec();
    std::printf("  the same from cache    %.2f s (%d cache hits)\n", double(again.nsecsElapsed()) / 1e9,
                cached.cacheHits());

    const auto pairsFor = [&](const QString& tag) {
        QList<std::pair<QString, QString>> pairs;
        for (int i = 0; i < cachedCount; ++i)
            pairs.append({QStringLiteral("%1 sentence %2").arg(tag).arg(i), QStringLiteral("frase %1").arg(i)});
        return pairs;
    };
    LatencyStats perSegment;
    const auto single = pairsFor(QStringLiteral("single"));
    QElapsedTimer singleWall;
    singleWall.start();
    for (const auto& pair : single) {
        QElapsedTimer t;
        t.start();
        (void)cache.store(QStringLiteral("bench"), QStringLiteral("en"), QStringLiteral("es"), {pair});
        perSegment.add(double(t.nsecsElapsed()) / 1e3);
    }
    const double singleSeconds = double(singleWall.nsecsElapsed()) / 1e9;
    const auto batched = pairsFor(QStringLiteral("batched"));
    QElapsedTimer batchWall;
    batchWall.start();
    (void)cache.store(QStringLiteral("bench"), QStringLiteral("en"), QStringLiteral("es"), batched);
    const double batchSeconds = double(batchWall.nsecsElapsed()) / 1e9;
    std::printf("  cache write, 1 a txn   %d in %.3f s (%.0f/s; median %.0f us, p99 %.0f us a write)\n", cachedCount,
                singleSeconds, cachedCount / singleSeconds, perSegment.quantile(0.5), perSegment.quantile(0.99));
    std::printf("  cache write, 1 txn     %d in %.3f s (%.0f/s), %.0fx faster\n", cachedCount, batchSeconds,
                cachedCount / batchSeconds, singleSeconds / std::max(batchSeconds, 1e-9));
    std::printf("  peak RSS               %.1f MB\n", double(bench::ProcessMemory::peakKiB()) / 1024.0);

    QMetaObject::invokeMethod(server, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
