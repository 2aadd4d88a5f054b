// BenchFind: find and replace (editing::FindReplace) over a 100k-segment project of four documents:
// per query the median and p99 of finding every match in the whole project and in one document, for
// plain words (common, rare), case-sensitive, whole-word and regular-expression queries; then the time
// of a Replace All preview (every target a regex replacement changes, placeables checked) and of
// applying it; and the peak memory. Prints its figures; asserts nothing about speed.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include "BenchProject.h"
#include "LatencyStats.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "editing/FindReplace.h"
#include "editing/TextMatcher.h"
#include "store/Workspace.h"

using namespace tessera;
using namespace tessera::bench;
using editing::FindIn;
using editing::FindPattern;

namespace {

constexpr int s_documents = 4;

template <typename T> bool check(const domain::Result<T>& result, const char* what)
{
    if (!result)
        std::fprintf(stderr, "BenchFind: %s: %s\n", what, qPrintable(result.error().describe()));
    return bool(result);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Query {
    const char* name;
    FindPattern pattern;
    FindIn in;
};

void printLatency(const char* what, LatencyStats& stats, std::size_t hits)
{
    std::printf("  %-40s median %8.2f ms   p99 %8.2f ms   (n=%zu, %zu matches)\n", what, stats.quantile(0.5) / 1000.0,
                stats.quantile(0.99) / 1000.0, stats.count(), hits);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Find and replace over a large project"));
    parser.addHelpOption();
    QCommandLineOption segmentsOption(QStringLiteral("segments"), QStringLiteral("Segments in the project."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each query."), QStringLiteral("n"),
                                  QStringLiteral("15"));
    parser.addOption(segmentsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const qint64 count = std::max<qint64>(4000, parser.value(segmentsOption).toLongLong());
    const int runs = std::max(2, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!check(ws, "open workspace"))
        return 1;
    QElapsedTimer timer;
    timer.start();
    auto seeded = seedBenchProject(**ws, count, s_documents);
    if (!check(seeded, "seed"))
        return 1;
    const QString projectId = seeded->projectId;
    const QString documentId = seeded->documentIds.first();
    std::printf("BenchFind: %lld segments in %d documents written in %.1f s (not part of the figures)\n",
                static_cast<long long>(count), s_documents, double(timer.nsecsElapsed()) / 1e9);

    editing::FindReplace finder(**ws, QStringLiteral("bench"));
    const QList<Query> queries{
        {"common word, any case", {QStringLiteral("file"), false, false, false}, FindIn::Both},
        {"rare word, target", {QStringLiteral("Datenträger"), false, false, false}, FindIn::Target},
        {"case-sensitive, source", {QStringLiteral("Project"), true, false, false}, FindIn::Source},
        {"whole word", {QStringLiteral("the"), false, true, false}, FindIn::Both},
        {"regex alternation", {QStringLiteral("(saved|synced) when"), false, false, true}, FindIn::Both},
        {"regex placeholder", {QStringLiteral("%\\d*\\$?[sd]"), true, false, true}, FindIn::Both},
        {"no match", {QStringLiteral("zzzqqq"), false, false, false}, FindIn::Both},
    };
    ProcessMemory::resetPeak();
    const qint64 rssBefore = ProcessMemory::currentKiB();
    std::printf("\nfind, whole project (%lld segments):\n", static_cast<long long>(count));
    for (const Query& query : queries) {
        auto matcher = editing::TextMatcher::compile(query.pattern);
        if (!check(matcher, query.name))
            return 1;
        LatencyStats stats;
        std::size_t hits = 0;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            auto found = finder.find({projectId, QString()}, query.in, *matcher);
            stats.add(double(timer.nsecsElapsed()) / 1000.0);
            if (!check(found, query.name))
                return 1;
            hits = std::size_t(found->size());
        }
        printLatency(query.name, stats, hits);
    }
    std::printf("\nfind, one document (%lld segments):\n", static_cast<long long>(count / s_documents));
    for (const Query& query : queries) {
        auto matcher = editing::TextMatcher::compile(query.pattern);
        LatencyStats stats;
        std::size_t hits = 0;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            auto found = finder.find({projectId, documentId}, query.in, *matcher);
            stats.add(double(timer.nsecsElapsed()) / 1000.0);
            if (!check(found, query.name))
                return 1;
            hits = std::size_t(found->size());
        }
        printLatency(query.name, stats, hits);
    }

    std::printf("\nreplace all, whole project:\n");
    auto replacing = editing::TextMatcher::compile({QStringLiteral("(Datei|Ordner) (konnte|wird)"), true, false, true},
                                                   QStringLiteral("$2 \\1"));
    if (!check(replacing, "replace pattern"))
        return 1;
    LatencyStats previewStats;
    QList<editing::ReplacementCandidate> candidates;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto preview = finder.preview({projectId, QString()}, *replacing);
        previewStats.add(double(timer.nsecsElapsed()) / 1000.0);
        if (!check(preview, "preview"))
            return 1;
        candidates = *preview;
    }
    const auto refused =
        std::count_if(candidates.begin(), candidates.end(), [](const auto& c) { return !c.applicable(); });
    printLatency("preview", previewStats, std::size_t(candidates.size()));
    std::printf("  %-40s %lld of them refused (approved, locked or breaking a placeable)\n", "",
                static_cast<long long>(refused));
    int shown = 0;
    for (const auto& candidate : std::as_const(candidates)) {
        if (candidate.applicable())
            continue;
        if (shown++ == 2)
            break;
        std::printf("    e.g. %s: \"%s\" -> \"%s\"\n", qPrintable(candidate.reason),
                    qPrintable(candidate.before.value(0)), qPrintable(candidate.after.value(0)));
    }
    timer.restart();
    auto applied = finder.apply(candidates);
    const qint64 applyNs = timer.nsecsElapsed();
    if (!check(applied, "apply"))
        return 1;
    std::printf("  %-40s %8.1f ms for %d segments (%.0f segments/s), %lld skipped\n", "apply (4 transactions)",
                ms(applyNs), applied->replaced(), applied->replaced() / (double(applyNs) / 1e9),
                static_cast<long long>(applied->skipped.size()));
    std::printf("\nmemory: RSS %lld KiB before the queries, peak %lld KiB during them\n",
                static_cast<long long>(rssBefore), static_cast<long long>(ProcessMemory::peakKiB()));
    return 0;
}
