// BenchAnalysis: CAT analysis and pretranslation of a document of real sentences (Debian's package
// descriptions, tests/data/tm, as TmCorpus recombines them) against a workspace TM of 10k–1M units:
// the whole analysis, time per segment (p50, p99), the bands it found, and a pretranslation of the
// same document. Prints figures; asserts nothing about speed.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "TmCorpus.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/CatAnalysis.h"
#include "tm/Pretranslator.h"
#include "tm/TmLibrary.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

bool check(const auto& result, const char* what)
{
    if (result)
        return true;
    std::fprintf(stderr, "BenchAnalysis: %s: %s\n", what, qPrintable(result.error().describe()));
    return false;
}

// Segment i of the document: a TM unit as it is (1 in 4), a lookup query (edited units and real
// sentences, TmCorpus::query), or an earlier segment again (1 in 10).
QList<domain::Segment> document(const TmCorpus& corpus, qint64 units, int segments)
{
    QList<domain::Segment> out;
    for (int i = 0; i < segments; ++i) {
        domain::Segment s;
        s.key = QStringLiteral("s%1").arg(i);
        s.order = i + 1;
        if (i % 10 == 9 && i > 10)
            s.source = out.at((i * 7) % i).source;
        else if (i % 4 == 0)
            s.source = corpus.unit((qint64(i) * 7919) % units).first;
        else
            s.source = corpus.query(units, i);
        out.append(s);
    }
    return out;
}

bool fillTm(store::Workspace& ws, const TmCorpus& corpus, qint64 units)
{
    return check(ws.database().transaction([&]() -> domain::Result<void> {
        QList<domain::TmUnit> batch;
        for (qint64 i = 0; i < units; ++i) {
            domain::TmUnit unit;
            unit.tmName = QStringLiteral("bench");
            unit.sourceLanguage = QStringLiteral("en");
            unit.targetLanguage = QStringLiteral("de");
            std::tie(unit.source, unit.target) = corpus.unit(i);
            batch.append(unit);
            if (batch.size() == 4096 || i + 1 == units) {
                if (auto stored = ws.tm().storeBatch(batch, {}); !stored)
                    return std::unexpected(stored.error());
                batch.clear();
            }
        }
        return {};
    }),
                 "fill the TM");
}

bool run(const TmCorpus& corpus, qint64 units, int segments)
{
    QTemporaryDir dir;
    const domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!check(ws, "open workspace") || !fillTm(**ws, corpus, units))
        return false;
    QElapsedTimer opening;
    opening.start();
    auto library = tm::TmLibrary::open((*ws)->tm(), (*ws)->databasePath());
    if (!check(library, "open the TMs"))
        return false;
    const double openSeconds = double(opening.nsecsElapsed()) / 1e9;

    const QList<domain::Segment> segmentList = document(corpus, units, segments);
    tm::CatAnalysis analysis(**library, QStringLiteral("en"), QStringLiteral("de"));
    LatencyStats latency;
    const qint64 cpuStart = ProcessClock::cpuNs();
    QElapsedTimer whole;
    whole.start();
    for (const domain::Segment& segment : segmentList) {
        QElapsedTimer one;
        one.start();
        if (!check(analysis.add(segment), "analyse"))
            return false;
        latency.add(double(one.nsecsElapsed()) / 1e3);
    }
    const double analysisSeconds = double(whole.nsecsElapsed()) / 1e9;
    const double analysisCpu = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    const auto& report = analysis.report();
    std::printf("TM %8lld units, document %d segments (%lld words): TMs opened in %.2f s; analysis %.2f s wall, "
                "%.2f s CPU; per segment p50 %.2f ms, p99 %.2f ms, max %.1f ms; RSS %.0f MiB\n",
                qlonglong(units), segments, qlonglong(report.total.words), openSeconds, analysisSeconds, analysisCpu,
                latency.quantile(0.5) / 1e3, latency.quantile(0.99) / 1e3, latency.quantile(1.0) / 1e3,
                double(ProcessMemory::currentKiB()) / 1024.0);
    std::printf("    bands (segments/words):");
    for (int b = 0; b < tm::CatAnalysis::BandCount; ++b)
        std::printf(" %s %lld/%lld", qPrintable(tm::CatAnalysis::bandName(tm::CatAnalysis::Band(b))),
                    qlonglong(report.bands[std::size_t(b)].segments), qlonglong(report.bands[std::size_t(b)].words));
    std::printf("; internal matches %lld\n", qlonglong(report.internalMatches));

    // Pretranslation of the same document stored in a project.
    domain::Project project;
    project.name = QStringLiteral("Bench");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = (*ws)->projects().create(project);
    if (!check(created, "create project"))
        return false;
    domain::Document doc;
    doc.projectId = created->id;
    doc.name = QStringLiteral("bench.po");
    doc.format = QStringLiteral("po");
    doc.targetLanguage = QStringLiteral("de");
    auto stored = (*ws)->documents().create(doc);
    QList<domain::Segment> rows = segmentList;
    if (!check(stored, "create document") || !check((*ws)->segments().insertAll(stored->id, rows), "store segments"))
        return false;
    tm::Pretranslator::Options options;
    options.threshold = 75;
    tm::Pretranslator pretranslator(**ws, **library, options);
    const qint64 pretranslateCpu = ProcessClock::cpuNs();
    QElapsedTimer pretranslating;
    pretranslating.start();
    auto summary = pretranslator.run(created->id, QStringLiteral("de"));
    if (!check(summary, "pretranslate"))
        return false;
    std::printf("    pretranslation at 75%%: %.2f s wall, %.2f s CPU; filled %d exact, %d context, %d fuzzy, %d "
                "propagated of %d\n",
                double(pretranslating.nsecsElapsed()) / 1e9, double(ProcessClock::cpuNs() - pretranslateCpu) / 1e9,
                summary->exact, summary->context, summary->fuzzy, summary->propagated, summary->untranslated);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CAT analysis and pretranslation of a real-sentence document "
                                                    "against workspace TMs of several sizes; prints the figures."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("units"), QStringLiteral("TM sizes, comma-separated (default 10000,100000)."),
                      QStringLiteral("N,…"), QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("segments"), QStringLiteral("Segments in the document (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Sentence pairs (TSV)."), QStringLiteral("file"),
                      QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/tm/debian-descriptions-en-de.tsv")});
    parser.process(app);
    const TmCorpus corpus = TmCorpus::load(parser.value(QStringLiteral("corpus")));
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "BenchAnalysis: no corpus at %s\n", qPrintable(parser.value(QStringLiteral("corpus"))));
        return 1;
    }
    std::printf("BenchAnalysis: %lld real sentence pairs; 2 CPUs shared\n", qlonglong(corpus.size()));
    const int segments = parser.value(QStringLiteral("segments")).toInt();
    for (const QString& size : parser.value(QStringLiteral("units")).split(QLatin1Char(','))) {
        if (!run(corpus, size.toLongLong(), segments))
            return 1;
    }
    return 0;
}
