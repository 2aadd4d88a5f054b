// BenchFormats: file formats through their filters and the project services at several sizes:
// parse, unedited write (checked byte-identical), import into a fresh workspace, re-import,
// export after edits, and how peak memory grows with the file. The files are a generated gettext
// catalogue, and for other formats that catalogue as their filter's create() writes it. Prints
// its figures; asserts nothing about speed.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStorageInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>

#include "FormatBench.h"
#include "PoCorpus.h"
#include "ProcessMemory.h"
#include "formats/FilterRegistry.h"
#include "formats/PoFilter.h"

using namespace tessera::bench;
namespace formats = tessera::formats;

namespace {

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// One size in a fresh process of its own, so that no size finds a heap warmed up by another and
// each peak RSS is its own.
bool runChild(const QString& path, const QString& format, const QString& folder, FormatFigures& figures)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--run-file"), path, QStringLiteral("--format"), format, QStringLiteral("--workspace"),
                 folder});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "BenchFormats: error: the process for %s failed\n", qPrintable(path));
        return false;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        if (FormatFigures::deserialize(line, figures))
            return true;
    }
    std::fprintf(stderr, "BenchFormats: error: the process for %s reported no figures\n", qPrintable(path));
    return false;
}

void printTables(const QString& format, const std::vector<FormatFigures>& all)
{
    std::printf("\n== %s\nParse (Filter::read) and unedited write (Filter::write with the segments as read)\n",
                qPrintable(format));
    std::printf("  %9s %8s %9s %11s %8s %13s %8s %10s\n", "entries", "file MB", "parse MB/s", "entries/s", "parse s",
                "parse RSS+MiB", "write s", "identical");
    for (const FormatFigures& f : all)
        std::printf("  %9lld %8.1f %10.1f %11.0f %8.3f %13.1f %8.3f %10s\n", static_cast<long long>(f.entries),
                    double(f.fileBytes) / 1e6, double(f.fileBytes) / 1e6 / f.parseSeconds,
                    double(f.entries) / f.parseSeconds, f.parseSeconds, mib(f.parsePeakKiB), f.writeSeconds,
                    f.writeIdentical ? "OK" : "FAIL");

    std::printf("\nImport into a fresh workspace (DocumentImporter::import, target de), re-import of the same file, "
                "export (render + save) after editing every 10th target through the store\n");
    std::printf("  %9s %9s %11s %8s %14s %13s %11s %13s %9s %13s %14s %8s\n", "entries", "import s", "entries/s",
                "CPU s", "import RSS+MiB", "peak RSS MiB", "reimport s", "reimp RSS+MiB", "export s", "export RSS+MiB",
                "export anon+MiB", "db MB");
    for (const FormatFigures& f : all)
        std::printf("  %9lld %9.3f %11.0f %8.3f %14.1f %13.1f %11.3f %13.1f %9.3f %13.1f %14.1f %8.1f\n",
                    static_cast<long long>(f.entries), f.importSeconds, double(f.entries) / f.importSeconds,
                    f.importCpuSeconds, mib(f.importPeakKiB), mib(f.importAbsPeakKiB), f.reimportSeconds,
                    mib(f.reimportPeakKiB), f.exportSeconds, mib(f.exportPeakKiB), mib(f.exportAnonPeakKiB),
                    double(f.databaseBytes) / 1e6);

    if (std::any_of(all.begin(), all.end(), [](const FormatFigures& f) { return f.wholeExportSeconds > 0; })) {
        std::printf("\nExport of the translation file (the file imported as its own translation, every 10th target "
                    "edited): the whole-file writePair as export did it before (both files and the new one on the "
                    "heap, every segment listed) -> streamed writePairTo (DocumentExporter::exportTo)\n");
        std::printf("  %9s %8s %15s %17s %17s %9s\n", "entries", "file MB", "export s", "RSS+ MiB", "anon+ MiB",
                    "same");
        for (const FormatFigures& f : all)
            std::printf("  %9lld %8.1f %6.3f -> %6.3f %7.1f -> %7.1f %7.1f -> %7.1f %9s\n",
                        static_cast<long long>(f.entries), double(f.fileBytes) / 1e6, f.wholeExportSeconds,
                        f.exportSeconds, mib(f.wholeExportPeakKiB), mib(f.exportPeakKiB), mib(f.wholeExportAnonPeakKiB),
                        mib(f.exportAnonPeakKiB), f.exportsIdentical ? "OK" : "FAIL");
    }

    if (std::any_of(all.begin(), all.end(), [](const FormatFigures& f) { return f.languages > 0; })) {
        std::printf("\nExport of every language into the one multilingual file (every 10th target of each language "
                    "edited): the chain of writePair calls as export did it before (the file and each language's "
                    "segments on the heap, a copy of the file per language) -> streamed writeLanguagesTo "
                    "(DocumentExporter::exportTogether)\n");
        std::printf("  %9s %9s %8s %15s %17s %17s %9s\n", "entries", "languages", "file MB", "export s", "RSS+ MiB",
                    "anon+ MiB", "same");
        for (const FormatFigures& f : all)
            std::printf("  %9lld %9lld %8.1f %6.3f -> %6.3f %7.1f -> %7.1f %7.1f -> %7.1f %9s\n",
                        static_cast<long long>(f.entries), static_cast<long long>(f.languages),
                        double(f.fileBytes) / 1e6, f.chainSeconds, f.togetherSeconds, mib(f.chainPeakKiB),
                        mib(f.togetherPeakKiB), mib(f.chainAnonPeakKiB), mib(f.togetherAnonPeakKiB),
                        f.togetherIdentical ? "OK" : "FAIL");
    }

    std::printf("\nMemory: peak RSS growth per 100k entries (RSS+ is the growth above the RSS at the start of the "
                "phase, with the file's bytes already in memory;\n  export anon+ is the peak growth of RssAnon, the "
                "heap without "
                "mapped files, sampled every ms after freed heap was handed back)\n");
    std::printf("  %9s %14s %16s %16s %16s\n", "entries", "file MiB/100k", "parse MiB/100k", "import MiB/100k",
                "reimport MiB/100k");
    for (const FormatFigures& f : all) {
        const double per = 100000.0 / double(f.entries);
        std::printf("  %9lld %14.1f %16.1f %16.1f %16.1f\n", static_cast<long long>(f.entries),
                    double(f.fileBytes) / 1048576.0 * per, mib(f.parsePeakKiB) * per, mib(f.importPeakKiB) * per,
                    mib(f.reimportPeakKiB) * per);
    }
    if (all.size() >= 2) {
        const FormatFigures& a = all.front();
        const FormatFigures& b = all.back();
        const double per = 100000.0 / double(b.entries - a.entries);
        std::printf("  between %lld and %lld entries: import peak grows %.1f MiB per 100k entries (the file itself: "
                    "%.1f MiB per 100k)\n",
                    static_cast<long long>(a.entries), static_cast<long long>(b.entries),
                    mib(b.importPeakKiB - a.importPeakKiB) * per, double(b.fileBytes - a.fileBytes) / 1048576.0 * per);
    }
}

// An XML file in UTF-8 as UTF-16LE with a byte order mark, its declaration saying so.
QByteArray toUtf16(const QByteArray& utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""), Qt::CaseInsensitive);
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE") + QByteArray(encoder.encode(text));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchFormats"));
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads, imports, re-imports, exports and writes generated "
                                                    "catalogues of several sizes in several formats and prints the "
                                                    "figures."));
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
    const QCommandLineOption formatsOption(
        QStringLiteral("format"),
        QStringLiteral(
            "Filter ids to measure, comma-separated (default: po,ts,xliff12,xliff2,android, those that exist)."),
        QStringLiteral("IDS"));
    const QCommandLineOption utf16Option(
        QStringLiteral("utf16"), QStringLiteral("Write the XML formats' files (ts, xliff12, xliff2) in UTF-16LE with a "
                                                "byte order mark, as some tools do."));
    parser.addOptions(
        {entriesOption, seedOption, dirOption, formatsOption, utf16Option, runFileOption, workspaceOption});
    parser.process(app);

    if (parser.isSet(runFileOption)) {
        FormatFigures figures;
        if (!FormatBench::run(parser.value(runFileOption), parser.value(formatsOption), parser.value(workspaceOption),
                              figures))
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
    std::printf("BenchFormats: file formats (Filter, DocumentImporter, DocumentExporter)\n");
    std::printf("  seed %llu; %d CPUs; files and workspaces in %s (%s); each size in a fresh process\n",
                static_cast<unsigned long long>(seed), QThread::idealThreadCount(), qPrintable(temp.path()),
                storage.fileSystemType().constData());
    std::printf("  catalogue: msgctxt 1/8, plurals (nplurals=2) 1/10, references on all, extracted comments 1/3, "
                "c-format 1/6, long wrapped strings 1/7, German targets 7/10 (fuzzy 1/20 of them)\n");
    if (!ProcessMemory::resetPeak())
        std::printf("  note: cannot reset the peak RSS; each phase's peak includes the earlier phases\n");
    std::fflush(stdout);

    const formats::FilterRegistry registry;
    QStringList formatIds;
    if (parser.isSet(formatsOption)) {
        formatIds = parser.value(formatsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else {
        for (const char* id : {"po", "ts", "xliff12", "xliff2", "android"}) {
            if (registry.byId(QString::fromLatin1(id)))
                formatIds.append(QString::fromLatin1(id));
        }
    }
    const formats::PoFilter po;
    const PoCorpus corpus(seed);
    for (const QString& format : std::as_const(formatIds)) {
        const formats::Filter* filter = registry.byId(format);
        if (!filter) {
            std::fprintf(stderr, "BenchFormats: error: no format %s\n", qPrintable(format));
            return 2;
        }
        std::vector<FormatFigures> all;
        for (const qint64 entries : sizes) {
            std::fprintf(stderr, "BenchFormats: %s, %lld entries…\n", qPrintable(format),
                         static_cast<long long>(entries));
            const QString folder = QDir(temp.path()).filePath(QStringLiteral("%1-%2").arg(format).arg(entries));
            QDir().mkpath(folder);
            const QString path = QDir(folder).filePath(QStringLiteral("bench.") + filter->extensions().value(0));
            QByteArray bytes = corpus.generate(entries);
            if (filter != registry.byId(QStringLiteral("po"))) {
                auto created = po.read(bytes, QStringLiteral("bench.po")).and_then([&](const auto& parsed) {
                    return filter->create(parsed, path);
                });
                if (!created) {
                    std::fprintf(stderr, "BenchFormats: error: cannot make the %s file: %s\n", qPrintable(format),
                                 qPrintable(created.error().describe()));
                    return 1;
                }
                bytes = *std::move(created);
            }
            if (parser.isSet(utf16Option) &&
                QStringList{QStringLiteral("ts"), QStringLiteral("xliff12"), QStringLiteral("xliff2")}.contains(format))
                bytes = toUtf16(bytes);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.flush()) {
                std::fprintf(stderr, "BenchFormats: error: cannot write %s\n", qPrintable(path));
                return 4;
            }
            file.close();
            bytes.clear();
            FormatFigures figures;
            if (!runChild(path, format, QDir(folder).filePath(QStringLiteral("workspace")), figures))
                return 1;
            all.push_back(figures);
            QDir(folder).removeRecursively();
        }
        printTables(format, all);
    }
    return 0;
}
