// BenchStore: SQLite through its C API (tessera::store) against Qt Sql (QSQLITE) on the two hot paths
// of the workspace store: a bulk load of segments and single-segment user edits. Prints its figures;
// asserts nothing about speed.
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>

#include "CApiStoreBench.h"
#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "QtSqlStoreBench.h"
#include "SegmentCorpus.h"
#include "StoreBench.h"

using namespace tessera::bench;

namespace {

// The line a bulk-insert child process reports its figures on.
constexpr const char* s_insertTag = "BenchStore-insert:";

struct SideRun {
    SideRun(QString k, std::unique_ptr<StoreSide> s, QString f)
        : key(std::move(k))
        , side(std::move(s))
        , folder(std::move(f))
    {}

    QString key; // as for --only
    std::unique_ptr<StoreSide> side;
    QString folder;
    QString sqliteVersion;
    InsertFigures insert;
    LatencyStats latencies;
    qint64 editCpuNs = 0;
    qint64 databaseBytes = 0;
};

double mebibytes(qint64 kib)
{
    return kib < 0 ? 0 : double(kib) / 1024.0;
}

bool check(const tessera::domain::Result<void>& result, const StoreSide& side)
{
    if (!result)
        std::fprintf(stderr, "BenchStore: error: %s: %s\n", side.name(), qPrintable(result.error().describe()));
    return bool(result);
}

// (a), in a child process: loads a fresh workspace in `folder`, leaves it there and prints the figures.
int insertChild(StoreSide& side, const QString& folder)
{
    if (!check(side.create(folder), side))
        return 1;
    auto figures = side.bulkInsert();
    if (!check(figures.transform([](const InsertFigures&) {}), side))
        return 1;
    const QString version = side.sqliteVersion();
    side.close();
    std::printf("%s %lld %.6f %.6f %lld %s\n", s_insertTag, static_cast<long long>(figures->rows), figures->seconds,
                figures->cpuSeconds, static_cast<long long>(figures->peakKiB), qPrintable(version));
    return 0;
}

// (a) Each side loads its database in a fresh process of its own, one after the other: in one process
// the side that goes second finds a warmed-up heap, and the peak RSS would mix both.
bool bulkInsert(SideRun& run, const QStringList& childArguments)
{
    std::fprintf(stderr, "BenchStore: %s: bulk insert…\n", run.side->name());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                childArguments +
                    QStringList{QStringLiteral("--only"), run.key, QStringLiteral("--insert-into"), run.folder});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "BenchStore: error: %s: the bulk insert process failed\n", run.side->name());
        return false;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 6 && fields[0] == s_insertTag) {
            run.insert = {fields[1].toLongLong(), fields[2].toDouble(), fields[3].toDouble(), fields[4].toLongLong()};
            run.sqliteVersion = QString::fromLatin1(fields[5]);
            run.side->attach(run.folder);
            return true;
        }
    }
    std::fprintf(stderr, "BenchStore: error: %s: the bulk insert process reported no figures\n", run.side->name());
    return false;
}

// (b) The same random edits on both sides, interleaved edit by edit (alternating which side goes
// first), so that both meet the same disk and machine conditions.
bool edits(std::vector<SideRun>& runs, const BenchConfig& config, const SegmentCorpus& corpus, qint64& peakKiB)
{
    std::fprintf(stderr, "BenchStore: edits…\n");
    for (SideRun& run : runs) {
        if (!check(run.side->reopen(), *run.side))
            return false;
        run.latencies.reserve(std::size_t(config.edits));
    }
    ProcessMemory::resetPeak();
    std::mt19937_64 rng(config.seed ^ 0xed17ed17ULL);
    std::uniform_int_distribution<qint64> pick(0, config.segments - 1);
    for (qint64 i = 0; i < config.edits; ++i) {
        const qint64 index = pick(rng);
        const QString id = corpus.id(index);
        const QStringList targets = corpus.editTargets(index, i);
        for (std::size_t k = 0; k < runs.size(); ++k) {
            SideRun& run = runs[i % 2 == 0 ? k : runs.size() - 1 - k];
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuBefore = ProcessClock::cpuNs();
            auto edited = run.side->edit(id, targets);
            run.editCpuNs += ProcessClock::cpuNs() - cpuBefore;
            run.latencies.add(double(timer.nsecsElapsed()) / 1e3);
            if (!check(edited, *run.side))
                return false;
        }
    }
    peakKiB = ProcessMemory::peakKiB();
    for (SideRun& run : runs) {
        if (!check(run.side->verify(config.edits), *run.side))
            return false;
        run.side->close(); // checkpoints the WAL into the database file
        run.databaseBytes = databaseBytes(run.side->databasePath());
        QDir(run.folder).removeRecursively();
    }
    return true;
}

void printTables(const BenchConfig& config, std::vector<SideRun>& runs, qint64 editPeakKiB)
{
    std::printf("  SQLite library:");
    for (std::size_t i = 0; i < runs.size(); ++i)
        std::printf("%s %s (%s side)", i ? "," : "", qPrintable(runs[i].sqliteVersion), runs[i].side->name());
    std::printf("\n\nBulk insert of %lld segments (one transaction, one prepared statement)\n",
                static_cast<long long>(config.segments));
    std::printf("  %-14s %12s %10s %10s %14s %10s\n", "side", "rows/s", "seconds", "CPU s", "peak RSS MiB", "db MiB");
    for (const SideRun& run : runs) {
        const InsertFigures& f = run.insert;
        std::printf("  %-14s %12.0f %10.2f %10.2f %14.1f %10.1f\n", run.side->name(), double(f.rows) / f.seconds,
                    f.seconds, f.cpuSeconds, mebibytes(f.peakKiB), double(run.databaseBytes) / (1024.0 * 1024.0));
    }
    if (runs.size() == 2)
        std::printf("  %s vs %s: %.2fx the throughput, %.2fx the CPU time\n", runs[0].side->name(),
                    runs[1].side->name(), runs[1].insert.seconds / runs[0].insert.seconds,
                    runs[0].insert.cpuSeconds / runs[1].insert.cpuSeconds);

    std::printf("\nRandom single-segment edits (%lld per side, interleaved; each one transaction: segment update + "
                "revision + outbox op)\n",
                static_cast<long long>(config.edits));
    std::printf("  %-14s %12s %10s %10s %12s\n", "side", "edits/s", "median µs", "p99 µs", "CPU µs/edit");
    std::vector<EditFigures> figures;
    for (SideRun& run : runs) {
        EditFigures f;
        f.edits = qint64(run.latencies.count());
        f.seconds = run.latencies.total() / 1e6;
        f.cpuUsPerEdit = double(run.editCpuNs) / 1e3 / double(f.edits);
        f.medianUs = run.latencies.quantile(0.5);
        f.p99Us = run.latencies.quantile(0.99);
        std::printf("  %-14s %12.0f %10.0f %10.0f %12.0f\n", run.side->name(), double(f.edits) / f.seconds, f.medianUs,
                    f.p99Us, f.cpuUsPerEdit);
        figures.push_back(f);
    }
    if (figures.size() == 2)
        std::printf("  %s vs %s: %.2fx the throughput, %.2fx the CPU time\n", runs[0].side->name(),
                    runs[1].side->name(), figures[1].seconds / figures[0].seconds,
                    figures[0].cpuUsPerEdit / figures[1].cpuUsPerEdit);
    std::printf("  peak RSS during the edits (%s open): %.1f MiB\n",
                runs.size() == 2 ? "both databases" : "one database", mebibytes(editPeakKiB));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchStore"));
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compares the SQLite C API (tessera::store) with Qt Sql on a bulk "
                                                    "load of segments and on single-segment edits."));
    parser.addHelpOption();
    const QCommandLineOption segmentsOption(QStringLiteral("segments"), QStringLiteral("Segments to bulk-load."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Random single-segment edits."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated corpus."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the temporary databases (default: the temp folder)."),
                                       QStringLiteral("PATH"), QDir::tempPath());
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-mib"),
        QStringLiteral("SQLite page cache for both sides (default: 64, the store's own; 0: SQLite's 2000 KiB)."),
        QStringLiteral("MIB"), QStringLiteral("64"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one side: capi or qtsql."),
                                        QStringLiteral("SIDE"));
    QCommandLineOption insertIntoOption(QStringLiteral("insert-into"),
                                        QStringLiteral("Internal: bulk-load one side's workspace in FOLDER and exit."),
                                        QStringLiteral("FOLDER"));
    insertIntoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({segmentsOption, editsOption, seedOption, dirOption, cacheOption, onlyOption, insertIntoOption});
    parser.process(app);

    BenchConfig config;
    bool segmentsOk = false, editsOk = false, seedOk = false, cacheOk = false;
    config.segments = parser.value(segmentsOption).toLongLong(&segmentsOk);
    config.edits = parser.value(editsOption).toLongLong(&editsOk);
    config.seed = parser.value(seedOption).toULongLong(&seedOk);
    config.cacheMiB = parser.value(cacheOption).toLongLong(&cacheOk);
    const QString only = parser.value(onlyOption);
    if (!segmentsOk || !editsOk || !seedOk || !cacheOk || config.segments < 1 || config.edits < 1 ||
        config.cacheMiB < 0 || !(only.isEmpty() || only == QLatin1String("capi") || only == QLatin1String("qtsql"))) {
        std::fprintf(stderr, "BenchStore: error: --segments and --edits take positive numbers, --seed a number, "
                             "--cache-mib a size, --only capi or qtsql\n");
        return 2;
    }

    const SegmentCorpus corpus(config.seed);
    if (parser.isSet(insertIntoOption)) {
        if (only.isEmpty()) {
            std::fprintf(stderr, "BenchStore: error: --insert-into needs --only\n");
            return 2;
        }
        CApiStoreBench capi(config, corpus);
        QtSqlStoreBench qtsql(config, corpus);
        return insertChild(only == QLatin1String("capi") ? static_cast<StoreSide&>(capi) : qtsql,
                           parser.value(insertIntoOption));
    }

    QTemporaryDir temp(QDir(parser.value(dirOption)).filePath(QStringLiteral("tessera-bench-XXXXXX")));
    if (!temp.isValid()) {
        std::fprintf(stderr, "BenchStore: error: cannot create a folder in %s: %s\n",
                     qPrintable(parser.value(dirOption)), qPrintable(temp.errorString()));
        return 4;
    }
    const QStorageInfo storage(temp.path());
    std::printf("BenchStore: SQLite C API (tessera::store) vs Qt Sql (QSQLITE driver)\n");
    std::printf("  %lld segments, %lld edits, seed %llu; %d CPUs; databases in %s (%s)\n",
                static_cast<long long>(config.segments), static_cast<long long>(config.edits),
                static_cast<unsigned long long>(config.seed), QThread::idealThreadCount(), qPrintable(temp.path()),
                storage.fileSystemType().constData());
    std::printf("  each side: a fresh workspace (schema v1 by store::Schema), WAL, synchronous=FULL, foreign_keys=ON, "
                "page cache %s\n",
                config.cacheMiB > 0 ? qPrintable(QStringLiteral("%1 MiB").arg(config.cacheMiB))
                                    : "2000 KiB (SQLite's default)");
    std::printf("  bulk insert: each side in a fresh process of its own; edits: both sides in one process, "
                "interleaved edit by edit\n");
    if (!ProcessMemory::resetPeak())
        std::printf("  note: cannot reset the peak RSS; the edits report the peak of the whole run\n");
    std::fflush(stdout);

    std::vector<SideRun> runs;
    if (only.isEmpty() || only == QLatin1String("capi"))
        runs.emplace_back(QStringLiteral("capi"), std::make_unique<CApiStoreBench>(config, corpus),
                          QDir(temp.path()).filePath(QStringLiteral("capi")));
    if (only.isEmpty() || only == QLatin1String("qtsql"))
        runs.emplace_back(QStringLiteral("qtsql"), std::make_unique<QtSqlStoreBench>(config, corpus),
                          QDir(temp.path()).filePath(QStringLiteral("qtsql")));

    const QStringList childArguments{QStringLiteral("--segments"),  QString::number(config.segments),
                                     QStringLiteral("--seed"),      QString::number(config.seed),
                                     QStringLiteral("--cache-mib"), QString::number(config.cacheMiB)};
    for (SideRun& run : runs) {
        if (!bulkInsert(run, childArguments))
            return 1;
    }
    qint64 editPeakKiB = -1;
    if (!edits(runs, config, corpus, editPeakKiB))
        return 1;
    printTables(config, runs, editPeakKiB);
    return 0;
}
