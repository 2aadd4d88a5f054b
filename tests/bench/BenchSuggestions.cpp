// BenchSuggestions: what the editor's suggestions cost through SuggestionService: the first lookup
// (the worker opens the workspace, loads the TM index file and builds the term recognizer), then the
// time from request to delivered suggestions for segment after segment, and a burst of requests as
// when a translator holds Alt+Down (how long until the last segment's suggestions show, and how
// many lookups the worker skipped). Real text: Debian's package descriptions (tests/data/tm) as TM
// and queries, FreeDict's English–German nouns (tests/data/terms) as glossary. Prints figures only.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessMemory.h"
#include "TmCorpus.h"
#include "domain/Clock.h"
#include "store/Workspace.h"
#include "suggest/SuggestionService.h"
#include "terms/Termbase.h"
#include "tm/TmImporter.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using bench::LatencyStats;
using bench::ProcessMemory;
using bench::TmCorpus;

namespace {

const QString s_tm = QStringLiteral("bench");

domain::Result<void> fill(store::Workspace& ws, const TmCorpus& corpus, qint64 units, const QString& glossary)
{
    auto tm = tm::TranslationMemory::open(ws.tm(), s_tm, tm::TmIndexFile::pathFor(ws.databasePath(), s_tm));
    if (!tm)
        return std::unexpected(tm.error());
    tm::TmImporter importer(ws.database(), **tm);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        for (qint64 i = 0; i < units; ++i) {
            domain::TmUnit unit;
            unit.sourceLanguage = QStringLiteral("en");
            unit.targetLanguage = QStringLiteral("de");
            std::tie(unit.source, unit.target) = corpus.unit(i);
            if (auto stored = sink(std::move(unit)); !stored)
                return stored;
        }
        return {};
    });
    if (!imported)
        return std::unexpected(imported.error());
    if (auto saved = (*tm)->saveIndex(); !saved)
        return saved;
    terms::Termbase termbase(ws);
    if (auto terms = termbase.importFile(glossary); !terms)
        return std::unexpected(terms.error());
    return {};
}

suggest::SuggestionRequest request(const QString& source, int n)
{
    return {QString::number(n), source, QStringLiteral("en"), QStringLiteral("de"), QString()};
}

void run(const TmCorpus& corpus, qint64 units, int queries, int burst, const QString& glossary)
{
    QTemporaryDir dir;
    domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!ws) {
        std::printf("workspace: %s\n", qPrintable(ws.error().describe()));
        return;
    }
    if (auto filled = fill(**ws, corpus, units, glossary); !filled) {
        std::printf("filling the workspace: %s\n", qPrintable(filled.error().describe()));
        return;
    }
    const qint64 rssBefore = ProcessMemory::currentKiB();
    suggest::SuggestionService service((*ws)->path(), clock);
    QSignalSpy ready(&service, &suggest::SuggestionService::suggestionsReady);
    QElapsedTimer timer;

    timer.start();
    service.request(request(corpus.query(units, 0), 0));
    if (!ready.wait(120000)) {
        std::printf("no answer to the first request\n");
        return;
    }
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;

    LatencyStats latency;
    qint64 matches = 0;
    qint64 terms = 0;
    for (int q = 1; q <= queries; ++q) {
        ready.clear();
        timer.restart();
        service.request(request(corpus.query(units, q), q));
        if (!ready.wait(60000))
            break;
        latency.add(double(timer.nsecsElapsed()) / 1000.0);
        const auto found = ready.first().first().value<suggest::Suggestions>();
        matches += found.matches.size();
        terms += found.terms.size();
    }

    // A burst: every request is made before any answer can come back; only the last is delivered.
    ready.clear();
    const int droppedBefore = service.droppedCount();
    timer.restart();
    for (int q = 0; q < burst; ++q)
        service.request(request(corpus.query(units, queries + 1 + q), q));
    const bool burstAnswered = ready.wait(60000);
    const double burstMs = double(timer.nsecsElapsed()) / 1e6;
    const int looked = service.droppedCount() - droppedBefore + (burstAnswered ? 1 : 0);

    std::printf("%9lld %10.1f %9.2f %9.2f %9.2f %8.1f %8.1f %9.1f %6d/%-6d %9.0f\n", qlonglong(units), firstMs,
                latency.quantile(0.5) / 1000, latency.quantile(0.99) / 1000, latency.quantile(1.0) / 1000,
                double(matches) / double(std::max<std::size_t>(1, latency.count())),
                double(terms) / double(std::max<std::size_t>(1, latency.count())), burstMs, looked, burst,
                double(ProcessMemory::currentKiB() - rssBefore) / 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Editor suggestion lookups through SuggestionService"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated TM sizes."), QStringLiteral("list"),
                      QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Sequential requests per size."), QStringLiteral("n"),
                      QStringLiteral("300")});
    parser.addOption(
        {QStringLiteral("burst"), QStringLiteral("Requests made at once."), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Sentence pairs (TSV)."), QStringLiteral("file"),
                      QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/tm/debian-descriptions-en-de.tsv")});
    parser.addOption({QStringLiteral("glossary"), QStringLiteral("Glossary (CSV)."), QStringLiteral("file"),
                      QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/terms/freedict-eng-deu-nouns.csv")});
    parser.process(app);

    const TmCorpus corpus = TmCorpus::load(parser.value(QStringLiteral("corpus")));
    if (corpus.isEmpty())
        return 1;
    const int queries = parser.value(QStringLiteral("queries")).toInt();
    const int burst = parser.value(QStringLiteral("burst")).toInt();
    std::printf("BenchSuggestions: TM from %lld real sentences, glossary %s, %d sequential requests, burst of %d\n",
                qlonglong(corpus.size()), qPrintable(parser.value(QStringLiteral("glossary"))), queries, burst);
    std::printf("%9s %10s %9s %9s %9s %8s %8s %9s %13s %9s\n", "units", "first ms", "p50 ms", "p99 ms", "max ms",
                "matches", "terms", "burst ms", "looked/asked", "RSS MiB");
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        run(corpus, size.toLongLong(), queries, burst, parser.value(QStringLiteral("glossary")));
    std::printf("peak RSS of the process: %.0f MiB\n", double(ProcessMemory::peakKiB()) / 1024.0);
    return 0;
}
