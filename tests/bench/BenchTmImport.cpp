// BenchTmImport: the workspace side of the TM at 10k–1M units made from real sentence pairs (Debian
// package descriptions, tests/data/tm, recombined): TMX parsing alone, with --parts the store's bulk
// load phase by phase (rows, counts, commit) and indexing alone (fuzzy, concordance), TMX import into a
// workspace (store + index, the `tm import` path; wall and CPU time, CPU covering its three threads), saving the index
// file, opening the TM from the file vs from the store, lookup latency through TmLibrary (units fetched, auto-repair),
// concordance latency, RSS. Prints figures; asserts nothing about speed.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "TmCorpus.h"
#include "domain/Clock.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"
#include "store/Database.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/Concordance.h"
#include "tm/ConcordanceIndex.h"
#include "tm/TmImporter.h"
#include "tm/TmIndex.h"
#include "tm/TmIndexFile.h"
#include "tm/TmLibrary.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

// Wall and CPU time of one phase of a run.
struct Phase {
    struct Mark {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
    };
    static Mark now()
    {
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        return Mark{clock.nsecsElapsed(), ProcessClock::cpuNs()};
    }
    // Adds the time since `from`; returns now.
    Mark add(Mark from)
    {
        const Mark to = now();
        wallNs += to.wallNs - from.wallNs;
        cpuNs += to.cpuNs - from.cpuNs;
        return to;
    }
    QString describe(qint64 units) const
    {
        return QStringLiteral("%1 s wall / %2 s CPU (%3 µs CPU a unit)")
            .arg(double(wallNs) / 1e9, 0, 'f', 2)
            .arg(double(cpuNs) / 1e9, 0, 'f', 2)
            .arg(double(cpuNs) / 1e3 / double(units), 0, 'f', 1);
    }
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
};

bool writeTmx(const TmCorpus& corpus, qint64 units, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    formats::TmxWriter writer(file, formats::TmxWriter::defaultHeader(QStringLiteral("en")));
    if (!writer.begin())
        return false;
    const QDateTime when(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
    for (qint64 i = 0; i < units; ++i) {
        domain::TmUnit unit;
        unit.sourceLanguage = QStringLiteral("en");
        unit.targetLanguage = QStringLiteral("de");
        std::tie(unit.source, unit.target) = corpus.unit(i);
        unit.creator = QStringLiteral("bench");
        unit.createdAt = when;
        unit.changedAt = when;
        if (!writer.write(unit))
            return false;
    }
    return writer.finish().has_value();
}

void run(const TmCorpus& corpus, qint64 units, int queries, bool buildFromStore, bool parts)
{
    QTemporaryDir dir;
    const QString tmxPath = dir.filePath(QStringLiteral("bench.tmx"));
    if (!writeTmx(corpus, units, tmxPath)) {
        std::printf("%lld: cannot write the TMX file\n", qlonglong(units));
        return;
    }
    const double tmxMiB = double(QFileInfo(tmxPath).size()) / (1024.0 * 1024.0);

    // 1. TmxReader alone.
    QElapsedTimer timer;
    QFile file(tmxPath);
    file.open(QIODevice::ReadOnly);
    timer.start();
    qint64 cpu = ProcessClock::cpuNs();
    qint64 read = 0;
    auto parsed = formats::TmxReader::read(file, tmxPath, [&](const formats::TmxUnit&) {
        ++read;
        return true;
    });
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double parseCpu = double(ProcessClock::cpuNs() - cpu) / 1e9;
    file.close();

    // 1b. The parts on their own, from units parsed into memory: the store's bulk load (one
    // transaction, no fuzzy index) phase by phase, and indexing (tokenizing) the sources. Holding every unit in memory
    // raises the process's RSS for the rest of the run, hence an option.
    if (parts) {
        QList<domain::TmUnit> parsedUnits;
        file.open(QIODevice::ReadOnly);
        (void)formats::TmxReader::read(file, tmxPath, [&](const formats::TmxUnit& unit) {
            parsedUnits.append(unit.unit);
            parsedUnits.last().id.clear();
            parsedUnits.last().tmName = QStringLiteral("parts");
            return true;
        });
        file.close();
        // Phases of the store's bulk load: the rows (storeBatch), the deferred trigger work
        // (counts: TmRepository::bulkLoad's finish), the commit (with the WAL checkpoint that
        // follows it). With `deferCheckpoint` the automatic checkpoint is off during the load and
        // the checkpoint is timed on its own after the commit (what deferring it would move out).
        Phase rows;
        Phase finish;
        Phase commit;
        Phase lateCommit;
        Phase lateCheckpoint;
        const auto storeParts = [&](bool deferCheckpoint) -> bool {
            QTemporaryDir partsDir;
            domain::SystemClock partsClock;
            auto partsWs = store::Workspace::open(partsDir.path(), store::Workspace::Access::ReadWrite, partsClock);
            if (!partsWs)
                return false;
            auto& db = (*partsWs)->database();
            (void)db.exec("PRAGMA cache_size = -524288");
            if (deferCheckpoint)
                (void)db.exec("PRAGMA wal_autocheckpoint = 0");
            Phase scratch;
            Phase::Mark mark = Phase::now();
            auto stored = db.transaction([&]() -> domain::Result<void> {
                auto loaded = (*partsWs)->tm().bulkLoad([&]() -> domain::Result<void> {
                    mark = Phase::now();
                    for (qsizetype from = 0; from < parsedUnits.size(); from += 4096) {
                        QList<domain::TmUnit> batch = parsedUnits.mid(from, 4096);
                        if (auto done = (*partsWs)->tm().storeBatch(batch, {}); !done)
                            return std::unexpected(done.error());
                    }
                    mark = (deferCheckpoint ? scratch : rows).add(mark);
                    return {};
                });
                mark = (deferCheckpoint ? scratch : finish).add(mark);
                return loaded;
            });
            mark = (deferCheckpoint ? lateCommit : commit).add(mark);
            if (deferCheckpoint) {
                (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                lateCheckpoint.add(mark);
            }
            return stored.has_value();
        };
        bool stored = storeParts(false);
        if (stored) {
            tm::TmIndex index(QStringLiteral("en"));
            index.setBulkLoading(true);
            Phase indexing;
            Phase::Mark mark = Phase::now();
            for (qsizetype i = 0; i < parsedUnits.size(); ++i)
                index.add(parsedUnits[i].source, quint64(i));
            index.merge();
            indexing.add(mark);
            tm::ConcordanceIndex words;
            Phase wording;
            mark = Phase::now();
            for (qsizetype i = 0; i < parsedUnits.size(); ++i)
                words.add(parsedUnits[i].source, parsedUnits[i].target, quint64(i));
            wording.add(mark);
            stored = storeParts(true);
            std::printf("%9lld units, parts%s: store rows (storeBatch) %s; counts %s; commit %s; "
                        "TmIndex alone %s; ConcordanceIndex alone %s (%.0f MiB); with the automatic checkpoint off: "
                        "commit %s, then the checkpoint %s\n",
                        qlonglong(units), stored ? "" : " (store FAILED)", qPrintable(rows.describe(units)),
                        qPrintable(finish.describe(units)), qPrintable(commit.describe(units)),
                        qPrintable(indexing.describe(units)), qPrintable(wording.describe(units)),
                        double(words.memoryBytes()) / 1048576.0, qPrintable(lateCommit.describe(units)),
                        qPrintable(lateCheckpoint.describe(units)));
        }
    }

    // 2. The `tm import` path: TMX → TmImporter (batches, store, index on a worker) → commit → index file.
    domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!ws || !parsed) {
        std::printf("%lld: %s\n", qlonglong(units),
                    qPrintable(!ws ? ws.error().describe() : parsed.error().describe()));
        return;
    }
    const QString indexFile = tm::TmIndexFile::pathFor((*ws)->databasePath(), QStringLiteral("bench"));
    auto tm = tm::TranslationMemory::open((*ws)->tm(), QStringLiteral("bench"), indexFile);
    file.open(QIODevice::ReadOnly);
    timer.restart();
    cpu = ProcessClock::cpuNs();
    const qint64 systemCpu = ProcessClock::systemNs();
    tm::TmImporter importer((*ws)->database(), **tm);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        domain::Result<void> failed;
        auto r = formats::TmxReader::read(file, tmxPath, [&](const formats::TmxUnit& unit) {
            domain::TmUnit copy = unit.unit;
            copy.id.clear();
            failed = sink(std::move(copy));
            return failed.has_value();
        });
        if (!r)
            return std::unexpected(r.error());
        return failed;
    });
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = double(ProcessClock::cpuNs() - cpu) / 1e9;
    const double importSystem = double(ProcessClock::systemNs() - systemCpu) / 1e9;
    if (!imported) {
        std::printf("%lld: import: %s\n", qlonglong(units), qPrintable(imported.error().describe()));
        return;
    }
    timer.restart();
    auto saved = (*tm)->saveIndex();
    const double saveSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double indexFileMiB = double(QFileInfo(indexFile).size()) / (1024.0 * 1024.0);
    tm->reset();
    const double dbMiB = double(QFileInfo((*ws)->databasePath()).size() +
                                QFileInfo((*ws)->databasePath() + QStringLiteral("-wal")).size()) /
                         (1024.0 * 1024.0);

    std::printf("%9lld units, TMX %.0f MiB: TmxReader alone %.2f s (%.0fk units/s, %.2f s CPU); import into the "
                "workspace %.2f s wall / %.2f s CPU (%.2f s of it system) = %.0fk units/s end to end (%lld added); so "
                "the store + index "
                "part is %.2f s; index file saved in %.2f s (%.0f MiB); database %.0f MiB\n",
                qlonglong(units), tmxMiB, parseSeconds, double(read) / parseSeconds / 1000, parseCpu, importSeconds,
                importCpu, importSystem, double(units) / importSeconds / 1000, qlonglong(imported->added),
                importSeconds - parseSeconds, saveSeconds, indexFileMiB, dbMiB);
    if (!saved)
        std::printf("  index file: %s\n", qPrintable(saved.error().describe()));

    // 3. Opening: from the index file, and (optionally) from the store.
    if (buildFromStore) {
        timer.restart();
        auto built = tm::TranslationMemory::open((*ws)->tm(), QStringLiteral("bench"));
        std::printf("  open by indexing from the store: %.2f s\n", double(timer.nsecsElapsed()) / 1e9);
    }
    ProcessMemory::returnFreedHeap();
    const qint64 rssBefore = ProcessMemory::currentKiB();
    const qint64 anonBefore = ProcessMemory::anonKiB();
    timer.restart();
    auto library = tm::TmLibrary::open((*ws)->tm(), (*ws)->databasePath());
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!library) {
        std::printf("  open: %s\n", qPrintable(library.error().describe()));
        return;
    }
    const bool fromFile =
        (*library)->memory(QStringLiteral("bench"))->indexOrigin() == tm::TranslationMemory::IndexOrigin::Loaded;
    // RSS counts the index file's pages once mapped (page cache, shared, given back under pressure); the
    // heap's part is RssAnon.
    const qint64 rssGrowth = ProcessMemory::currentKiB() - rssBefore;
    const qint64 anonGrowth = ProcessMemory::anonKiB() - anonBefore;
    std::printf("  open from the index file: %.2f s (%s), RSS +%.0f MiB (heap +%.0f MiB, mapped file +%.0f MiB)\n",
                openSeconds, fromFile ? "loaded" : "NOT loaded: rebuilt", double(rssGrowth) / 1024.0,
                double(anonGrowth) / 1024.0, double(rssGrowth - anonGrowth) / 1024.0);

    // 4. Lookups (75%, top 5) through the library: index, units fetched from SQLite, auto-repair.
    LatencyStats lookup;
    int withMatches = 0;
    for (int q = 0; q < queries; ++q) {
        const QString query = corpus.query(units, q);
        timer.restart();
        auto matches = (*library)->lookup(query, QStringLiteral("en"), QStringLiteral("de"));
        lookup.add(double(timer.nsecsElapsed()) / 1000.0);
        withMatches += matches && !matches->isEmpty() ? 1 : 0;
    }
    // 5. Concordance (20 hits, sources and targets).
    tm::Concordance concordance(**library);
    LatencyStats conc;
    qint64 hits = 0;
    for (int q = 0; q < queries; ++q) {
        const QString text = corpus.concordanceQuery(q);
        timer.restart();
        auto found = concordance.search(text, tm::Concordance::Field::Both, 20);
        conc.add(double(timer.nsecsElapsed()) / 1000.0);
        hits += found ? found->size() : 0;
    }
    std::printf("  lookup p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d of %d with matches); concordance p50 %.3f ms, "
                "p99 %.3f ms, max %.3f ms (%.1f hits each); RSS now %.0f MiB, peak %.0f MiB\n",
                lookup.quantile(0.5) / 1000, lookup.quantile(0.99) / 1000, lookup.quantile(1.0) / 1000, withMatches,
                queries, conc.quantile(0.5) / 1000, conc.quantile(0.99) / 1000, conc.quantile(1.0) / 1000,
                double(hits) / queries, double(ProcessMemory::currentKiB()) / 1024.0,
                double(ProcessMemory::peakKiB()) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TM import, open, lookup and concordance in a workspace"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated TM sizes."), QStringLiteral("list"),
                      QStringLiteral("10000,100000,1000000")});
    parser.addOption(
        {QStringLiteral("queries"), QStringLiteral("Lookups per size."), QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("Sentence pairs (TSV)."), QStringLiteral("file"),
                      QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/tm/debian-descriptions-en-de.tsv")});
    parser.addOption({QStringLiteral("build"), QStringLiteral("Also time opening by indexing from the store.")});
    parser.addOption({QStringLiteral("parts"),
                      QStringLiteral("Also time the store's bulk path and the indexing on their own (raises RSS).")});
    parser.addOption({QStringLiteral("write-tmx"),
                      QStringLiteral("Only write the TMX of the first size to this file (for timing `tessera-cli tm "
                                     "import` on it)."),
                      QStringLiteral("file")});
    parser.process(app);
    const TmCorpus corpus = TmCorpus::load(parser.value(QStringLiteral("corpus")));
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "BenchTmImport: no corpus\n");
        return 1;
    }
    std::printf("BenchTmImport: %lld real sentence pairs\n", qlonglong(corpus.size()));
    const QStringList sizes = parser.value(QStringLiteral("sizes")).split(QLatin1Char(','));
    if (parser.isSet(QStringLiteral("write-tmx"))) {
        const QString path = parser.value(QStringLiteral("write-tmx"));
        if (!writeTmx(corpus, sizes.first().toLongLong(), path)) {
            std::fprintf(stderr, "BenchTmImport: cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s: %s units\n", qPrintable(path), qPrintable(sizes.first()));
        return 0;
    }
    for (const QString& size : sizes)
        run(corpus, size.toLongLong(), parser.value(QStringLiteral("queries")).toInt(),
            parser.isSet(QStringLiteral("build")), parser.isSet(QStringLiteral("parts")));
    return 0;
}
