// BenchFormats: gettext PO through the file filter and the project services at several sizes:
// parse, unedited write (checked byte-identical), import into a fresh workspace, re-import,
// export after edits, and how peak memory grows with the file. Prints its figures; asserts nothing
// about speed.
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>

#include "PoCorpus.h"
#include "PoFormatBench.h"
#include "ProcessMemory.h"

using namespace tessera::bench;

namespace {

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// One size in a fresh process of its own, so that no size finds a heap warmed up by another and
// each peak RSS is its own.
bool runChild(const QString& poPath, const QString& folder, PoFigures& figures)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--run-file"), poPath, QStringLiteral("--workspace"), folder});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "BenchFormats: error: the process for %s failed\n", qPrintable(poPath));
        return false;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        if (PoFigures::deserialize(line, figures))
            return true;
    }
    std::fprintf(stderr, "BenchFormats: error: the process for %s reported no figures\n", qPrintable(poPath));
    return false;
}

void printTables(const std::vector<PoFigures>& all)
{
    std::printf("\nParse (PoFilter::read) and unedited write (PoFilter::write with the segments as read)\n");
    std::printf("  %9s %8s %9s %11s %8s %13s %8s %10s\n", "entries", "file MB", "parse MB/s", "entries/s", "parse s",
                "parse RSS+MiB", "write s", "identical");
    for (const PoFigures& f : all)
        std::printf("  %9lld %8.1f %10.1f %11.0f %8.3f %13.1f %8.3f %10s\n", static_cast<long long>(f.entries),
                    double(f.fileBytes) / 1e6, double(f.fileBytes) / 1e6 / f.parseSeconds,
                    double(f.entries) / f.parseSeconds, f.parseSeconds, mib(f.parsePeakKiB), f.writeSeconds,
                    f.writeIdentical ? "OK" : "FAIL");

    std::printf("\nImport into a fresh workspace (DocumentImporter::import, target de), re-import of the same file, "
                "export (render + save) after editing every 10th target through the store\n");
    std::printf("  %9s %9s %11s %8s %14s %13s %11s %13s %9s %13s %8s\n", "entries", "import s", "entries/s", "CPU s",
                "import RSS+MiB", "peak RSS MiB", "reimport s", "reimp RSS+MiB", "export s", "export RSS+MiB", "db MB");
    for (const PoFigures& f : all)
        std::printf("  %9lld %9.3f %11.0f %8.3f %14.1f %13.1f %11.3f %13.1f %9.3f %13.1f %8.1f\n",
                    static_cast<long long>(f.entries), f.importSeconds, double(f.entries) / f.importSeconds,
                    f.importCpuSeconds, mib(f.importPeakKiB), mib(f.importAbsPeakKiB), f.reimportSeconds,
                    mib(f.reimportPeakKiB), f.exportSeconds, mib(f.exportPeakKiB), double(f.databaseBytes) / 1e6);

    std::printf("\nMemory: peak RSS growth per 100k entries (RSS+ is the growth above the RSS at the start of the "
                "phase, with the file's bytes already in memory)\n");
    std::printf("  %9s %14s %16s %16s %16s\n", "entries", "file MiB/100k", "parse MiB/100k", "import MiB/100k",
                "reimport MiB/100k");
    for (const PoFigures& f : all) {
        const double per = 100000.0 / double(f.entries);
        std::printf("  %9lld %14.1f %16.1f %16.1f %16.1f\n", static_cast<long long>(f.entries),
                    double(f.fileBytes) / 1048576.0 * per, mib(f.parsePeakKiB) * per, mib(f.importPeakKiB) * per,
                    mib(f.reimportPeakKiB) * per);
    }
    if (all.size() >= 2) {
        const PoFigures& a = all.front();
        const PoFigures& b = all.back();
        const double per = 100000.0 / double(b.entries - a.entries);
        std::printf("  between %lld and %lld entries: import peak grows %.1f MiB per 100k entries (the file itself: "
                    "%.1f MiB per 100k)\n",
                    static_cast<long long>(a.entries), static_cast<long long>(b.entries),
                    mib(b.importPeakKiB - a.importPeakKiB) * per, double(b.fileBytes - a.fileBytes) / 1048576.0 * per);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchFormats"));
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads, imports, re-imports, exports and writes generated gettext "
                                                    "PO catalogues of several sizes and prints the figures."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("One size instead of 10000, 100000 and 300000."),
                                           QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated catalogues."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the files and workspaces (default: the temp folder)."),
        QStringLiteral("PATH"), QDir::tempPath());
    QCommandLineOption runFileOption(QStringLiteral("run-file"),
                                     QStringLiteral("Internal: run every phase on one PO file and exit."),
                                     QStringLiteral("FILE"));
    runFileOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                       QStringLiteral("Internal: the workspace folder for --run-file."),
                                       QStringLiteral("FOLDER"));
    workspaceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({entriesOption, seedOption, dirOption, runFileOption, workspaceOption});
    parser.process(app);

    if (parser.isSet(runFileOption)) {
        PoFigures figures;
        if (!PoFormatBench::run(parser.value(runFileOption), parser.value(workspaceOption), figures))
            return 1;
        std::printf("%s\n", figures.serialize().constData());
        return 0;
    }

    std::vector<qint64> sizes{10000, 100000, 300000};
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (parser.isSet(entriesOption)) {
        bool ok = false;
        sizes = {parser.value(entriesOption).toLongLong(&ok)};
        if (!ok || sizes.front() < 1)
            seedOk = false;
    }
    if (!seedOk) {
        std::fprintf(stderr, "BenchFormats: error: --entries takes a positive number, --seed a number\n");
        return 2;
    }

    QTemporaryDir temp(QDir(parser.value(dirOption)).filePath(QStringLiteral("tessera-bench-XXXXXX")));
    if (!temp.isValid()) {
        std::fprintf(stderr, "BenchFormats: error: cannot create a folder in %s: %s\n",
                     qPrintable(parser.value(dirOption)), qPrintable(temp.errorString()));
        return 4;
    }
    const QStorageInfo storage(temp.path());
    std::printf("BenchFormats: gettext PO (PoFilter, DocumentImporter, DocumentExporter)\n");
    std::printf("  seed %llu; %d CPUs; files and workspaces in %s (%s); each size in a fresh process\n",
                static_cast<unsigned long long>(seed), QThread::idealThreadCount(), qPrintable(temp.path()),
                storage.fileSystemType().constData());
    std::printf("  catalogue: msgctxt 1/8, plurals (nplurals=2) 1/10, references on all, extracted comments 1/3, "
                "c-format 1/6, long wrapped strings 1/7, German targets 7/10 (fuzzy 1/20 of them)\n");
    if (!ProcessMemory::resetPeak())
        std::printf("  note: cannot reset the peak RSS; each phase's peak includes the earlier phases\n");
    std::fflush(stdout);

    const PoCorpus corpus(seed);
    std::vector<PoFigures> all;
    for (const qint64 entries : sizes) {
        std::fprintf(stderr, "BenchFormats: %lld entries…\n", static_cast<long long>(entries));
        const QString folder = QDir(temp.path()).filePath(QStringLiteral("size-%1").arg(entries));
        QDir().mkpath(folder);
        const QString poPath = QDir(folder).filePath(QStringLiteral("bench.po"));
        {
            QFile file(poPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(corpus.generate(entries)) < 0 || !file.flush()) {
                std::fprintf(stderr, "BenchFormats: error: cannot write %s\n", qPrintable(poPath));
                return 4;
            }
        }
        PoFigures figures;
        if (!runChild(poPath, QDir(folder).filePath(QStringLiteral("workspace")), figures))
            return 1;
        all.push_back(figures);
        QDir(folder).removeRecursively();
    }
    printTables(all);
    return 0;
}
