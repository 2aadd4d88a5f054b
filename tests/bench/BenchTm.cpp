// BenchTm: TM indexes of 10k, 100k and 1M units made from real sentences (Debian's package
// descriptions, tests/data/tm), recombined; prints build time, memory, and fuzzy lookup latency (p50,
// p99) at a 75% threshold for real and edited queries. Asserts nothing about speed.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "TmCorpus.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/TmIndex.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

struct Figures {
    qint64 units = 0;
    double buildSeconds = 0;
    double buildCpuSeconds = 0;
    double mergeSeconds = 0; // the one counting pass that builds the main segment (part of the build)
    double rssMiB = 0;
    double indexMiB = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
    double cpuP50 = 0, cpuP99 = 0; // CPU time of the lookups: what they cost without other load
    double withMatches = 0, meanCandidates = 0, meanVerified = 0;
    double addMicros = 0;
};

Figures run(const TmCorpus& corpus, qint64 units, int queries, int threshold, bool showSlowest)
{
    Figures f;
    f.units = units;
    const qint64 rssBefore = ProcessMemory::currentKiB();
    tm::TmIndex index(QStringLiteral("en"));
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = ProcessClock::cpuNs();
    index.setBulkLoading(true);
    for (qint64 i = 0; i < units; ++i)
        index.add(corpus.unit(i).first, quint64(i));
    index.setBulkLoading(false);
    QElapsedTimer mergeTimer;
    mergeTimer.start();
    index.merge();
    f.mergeSeconds = double(mergeTimer.nsecsElapsed()) / 1e9;
    f.buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.buildCpuSeconds = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    f.rssMiB = double(ProcessMemory::currentKiB() - rssBefore) / 1024.0;
    f.indexMiB = double(index.memoryBytes()) / (1024.0 * 1024.0);

    LatencyStats latency;
    LatencyStats cpu;
    qint64 withMatches = 0, candidates = 0, verified = 0;
    std::vector<tm::TokenizedText> tokenized;
    for (int q = 0; q < queries; ++q)
        tokenized.push_back(index.tokenizer().tokenize(corpus.query(units, q)));
    std::vector<std::pair<double, int>> slowest;
    for (int q = 0; q < queries; ++q) {
        timer.restart();
        const qint64 cpuBefore = ProcessClock::cpuNs();
        const auto hits = index.lookup(tokenized[std::size_t(q)], threshold, 5);
        cpu.add(double(ProcessClock::cpuNs() - cpuBefore) / 1000.0);
        latency.add(double(timer.nsecsElapsed()) / 1000.0);
        slowest.emplace_back(double(timer.nsecsElapsed()) / 1000.0, q);
        if (showSlowest) {
            std::sort(slowest.begin(), slowest.end(), std::greater<>());
            slowest.resize(std::min<std::size_t>(slowest.size(), 5));
            if (q == queries - 1)
                for (const auto& [us, which] : slowest) {
                    const auto again = index.lookup(tokenized[std::size_t(which)], threshold, 5);
                    std::printf("  slow %.0f us: %lld tokens, %lld postings, %lld candidates, %lld survivors, %lld "
                                "verified, %lld hits: %s\n",
                                us, qlonglong(tokenized[std::size_t(which)].weightedCount()),
                                qlonglong(index.lastStats().postingsRead), qlonglong(index.lastStats().candidates),
                                qlonglong(index.lastStats().survivors), qlonglong(index.lastStats().verified),
                                qlonglong(again.size()), qPrintable(tokenized[std::size_t(which)].text.left(100)));
                }
        }
        withMatches += hits.isEmpty() ? 0 : 1;
        candidates += index.lastStats().candidates;
        verified += index.lastStats().verified;
    }
    f.withMatches = 100.0 * double(withMatches) / queries;
    f.meanCandidates = double(candidates) / queries;
    f.meanVerified = double(verified) / queries;
    f.max = latency.quantile(1.0);
    f.p50 = latency.quantile(0.5);
    f.p90 = latency.quantile(0.9);
    f.p99 = latency.quantile(0.99);
    f.cpuP50 = cpu.quantile(0.5);
    f.cpuP99 = cpu.quantile(0.99);

    // Incremental adds after the build (side segment; merges included when they happen).
    const int adds = 10000;
    timer.restart();
    for (int i = 0; i < adds; ++i)
        index.add(corpus.unit(units + i).first, quint64(units + i));
    f.addMicros = double(timer.nsecsElapsed()) / 1000.0 / adds;
    return f;
}

// Lookups against brute force on the same index: how many brute-force matches the index finds, and
// how many top-5 lists are identical. Figures only.
void recall(const TmCorpus& corpus, qint64 units, int queries, int threshold)
{
    tm::TmIndex index(QStringLiteral("en"));
    index.setBulkLoading(true);
    for (qint64 i = 0; i < units; ++i)
        index.add(corpus.unit(i).first, quint64(i));
    index.setBulkLoading(false);
    index.merge();
    qint64 expected = 0, found = 0, identical = 0;
    for (int q = 0; q < queries; ++q) {
        const tm::TokenizedText query = index.tokenizer().tokenize(corpus.query(units, q));
        const auto fast = index.lookup(query, threshold, 5);
        const auto slow = index.bruteForce(query, threshold, 5);
        const auto all = index.bruteForce(query, threshold, 1 << 30);
        const auto allFast = index.lookup(query, threshold, 1 << 30);
        QSet<quint32> got;
        for (const auto& hit : allFast)
            got.insert(hit.unit);
        expected += all.size();
        for (const auto& hit : all)
            found += got.contains(hit.unit) ? 1 : 0;
        bool same = fast.size() == slow.size();
        for (qsizetype i = 0; same && i < fast.size(); ++i)
            same = fast[i].unit == slow[i].unit && fast[i].score() == slow[i].score();
        identical += same ? 1 : 0;
    }
    std::printf("recall at %lld units, %d%%: %lld of %lld brute-force matches found (%.2f%%), %lld of %d top-5 "
                "lists identical\n",
                qlonglong(units), threshold, qlonglong(found), qlonglong(expected),
                expected ? 100.0 * double(found) / double(expected) : 100.0, qlonglong(identical), queries);
}

// A workspace TM of `units` units: storing them (one transaction), then TranslationMemory::open,
// which reads them back from SQLite and builds the index.
void workspace(const TmCorpus& corpus, qint64 units)
{
    QTemporaryDir dir;
    domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!ws) {
        std::printf("workspace: %s\n", qPrintable(ws.error().describe()));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto stored = (*ws)->database().transaction([&]() -> domain::Result<void> {
        for (qint64 i = 0; i < units; ++i) {
            domain::TmUnit unit;
            unit.tmName = QStringLiteral("bench");
            unit.sourceLanguage = QStringLiteral("en");
            unit.targetLanguage = QStringLiteral("de");
            unit.source = corpus.unit(i).first;
            unit.target = unit.source; // the target's text does not matter here
            if (auto added = (*ws)->tm().store(unit); !added)
                return std::unexpected(added.error());
        }
        return {};
    });
    const double storeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!stored) {
        std::printf("workspace: %s\n", qPrintable(stored.error().describe()));
        return;
    }
    const qint64 rssBefore = ProcessMemory::currentKiB();
    timer.restart();
    const qint64 cpuStart = ProcessClock::cpuNs();
    auto tm = tm::TranslationMemory::open((*ws)->tm(), QStringLiteral("bench"));
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double openCpu = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    if (!tm) {
        std::printf("workspace: %s\n", qPrintable(tm.error().describe()));
        return;
    }
    LatencyStats latency;
    for (int q = 0; q < 300; ++q) {
        const QString query = corpus.query(units, q);
        timer.restart();
        auto matches = (*tm)->lookup(query, QStringLiteral("en"), QStringLiteral("de"));
        latency.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::printf("workspace TM of %lld units: stored in %.1f s, opened (read + indexed) in %.1f s wall / %.1f s CPU, "
                "RSS +%.0f MiB; lookup with units fetched and auto-repair: p50 %.3f ms, p99 %.3f ms\n",
                qlonglong(units), storeSeconds, openSeconds, openCpu,
                double(ProcessMemory::currentKiB() - rssBefore) / 1024.0, latency.quantile(0.5) / 1000,
                latency.quantile(0.99) / 1000);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TM index benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated TM sizes."), QStringLiteral("list"),
                      QStringLiteral("10000,100000,1000000")});
    parser.addOption(
        {QStringLiteral("queries"), QStringLiteral("Lookups per size."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("threshold"), QStringLiteral("Lowest score."), QStringLiteral("t"), QStringLiteral("75")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Sentence pairs (TSV)."), QStringLiteral("file"),
                      QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/tm/debian-descriptions-en-de.tsv")});
    parser.addOption({QStringLiteral("recall"), QStringLiteral("Check recall against brute force at this size."),
                      QStringLiteral("units"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Store and reopen a workspace TM of this size."),
                      QStringLiteral("units"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("slowest"), QStringLiteral("Print the five slowest lookups of each size.")});
    parser.process(app);

    const TmCorpus corpus = TmCorpus::load(parser.value(QStringLiteral("corpus")));
    if (corpus.isEmpty())
        return 1;
    const int queries = parser.value(QStringLiteral("queries")).toInt();
    const int threshold = parser.value(QStringLiteral("threshold")).toInt();
    std::printf("BenchTm: %lld real sentences, %d queries per size, threshold %d%%, top 5\n", qlonglong(corpus.size()),
                queries, threshold);
    std::printf("%9s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s %8s %10s %9s %9s\n", "units", "build s", "cpu s",
                "merge s", "RSS MiB", "index MiB", "p50 ms", "p90 ms", "p99 ms", "max ms", "cpu p50", "cpu p99",
                "hits %", "candidates", "verified", "add us");
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const Figures f = run(corpus, size.toLongLong(), queries, threshold, parser.isSet(QStringLiteral("slowest")));
        std::printf(
            "%9lld %9.2f %9.2f %9.2f %9.0f %9.0f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %8.1f %10.0f %9.1f %9.2f\n",
            qlonglong(f.units), f.buildSeconds, f.buildCpuSeconds, f.mergeSeconds, f.rssMiB, f.indexMiB, f.p50 / 1000,
            f.p90 / 1000, f.p99 / 1000, f.max / 1000, f.cpuP50 / 1000, f.cpuP99 / 1000, f.withMatches, f.meanCandidates,
            f.meanVerified, f.addMicros);
        std::fflush(stdout);
    }
    std::printf("peak RSS of the process: %.0f MiB\n", double(ProcessMemory::peakKiB()) / 1024.0);
    if (const qint64 units = parser.value(QStringLiteral("recall")).toLongLong(); units > 0)
        recall(corpus, units, 200, threshold);
    if (const qint64 units = parser.value(QStringLiteral("workspace")).toLongLong(); units > 0)
        workspace(corpus, units);
    return 0;
}
