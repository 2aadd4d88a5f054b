// BenchTmx: TMX files of 100k, 300k and 1M units made from the realistic segments of SegmentCorpus,
// written with TmxWriter and read back with TmxReader from a file: throughput (median of several
// runs) and how far reading raises peak memory. Prints its figures; asserts nothing about speed.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "SegmentCorpus.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Unit `index`: a corpus source and a German target; a tuid, dates and creator on all, a context
// prop on 1 in 4, a domain prop on 1 in 3, and an inline <ph> pair on 1 in 10.
formats::TmxUnit unitAt(const SegmentCorpus& corpus, qint64 index)
{
    const domain::Segment segment = corpus.segment(index);
    formats::TmxUnit entry;
    domain::TmUnit& unit = entry.unit;
    unit.id = segment.key;
    unit.sourceLanguage = QStringLiteral("en-US");
    unit.targetLanguage = QStringLiteral("de-DE");
    unit.source = segment.source;
    unit.target = corpus.editTargets(index, index).value(0);
    if (index % 10 == 0) {
        unit.source =
            QStringLiteral("<ph x=\"1\">&lt;b&gt;</ph>") + unit.source + QStringLiteral("<ph x=\"2\">&lt;/b&gt;</ph>");
        unit.target =
            QStringLiteral("<ph x=\"1\">&lt;b&gt;</ph>") + unit.target + QStringLiteral("<ph x=\"2\">&lt;/b&gt;</ph>");
    }
    if (index % 4 == 0)
        unit.contextKey = segment.key;
    if (index % 3 == 0)
        entry.properties.append({QStringLiteral("x-domain"), QStringLiteral("Software")});
    const QDateTime base(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::UTC);
    unit.createdAt = base.addSecs(index * 37);
    unit.changedAt = base.addSecs(index * 41);
    unit.creator = QStringLiteral("translator%1").arg(index % 17);
    unit.usageCount = int(index % 5);
    return entry;
}

struct Figures {
    qint64 units = 0;
    qint64 bytes = 0;
    double writeSeconds = 0;
    double writeCpuSeconds = 0;
    double readSeconds = 0;
    double readCpuSeconds = 0;
    double readPeakMiB = 0;
};

bool writeFile(const QString& path, qint64 units, std::vector<formats::TmxUnit>& pool, double& seconds, double& cpu)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const qint64 cpuStart = ProcessClock::cpuNs();
    QElapsedTimer timer;
    timer.start();
    formats::TmxWriter writer(file, formats::TmxWriter::defaultHeader(QStringLiteral("en-US")));
    if (!writer.begin())
        return false;
    for (qint64 i = 0; i < units; ++i) {
        formats::TmxUnit& entry = pool[std::size_t(i) % pool.size()];
        entry.unit.id = QString::number(i); // each <tu> its own tuid
        if (!writer.write(entry))
            return false;
    }
    if (!writer.finish())
        return false;
    file.close();
    seconds = double(timer.nsecsElapsed()) / 1e9;
    cpu = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    return true;
}

bool readFile(const QString& path, qint64 expected, double& seconds, double& cpu, double& peakMiB)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    ProcessMemory::resetPeak();
    const qint64 before = ProcessMemory::currentKiB();
    qint64 units = 0;
    qint64 characters = 0;
    const qint64 cpuStart = ProcessClock::cpuNs();
    QElapsedTimer timer;
    timer.start();
    auto summary = formats::TmxReader::read(file, path, [&](const formats::TmxUnit& unit) {
        ++units;
        characters += unit.unit.source.size() + unit.unit.target.size();
        return true;
    });
    seconds = double(timer.nsecsElapsed()) / 1e9;
    cpu = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    peakMiB = double(ProcessMemory::peakKiB() - before) / 1024.0;
    if (!summary) {
        std::fprintf(stderr, "BenchTmx: error: %s\n", qPrintable(summary.error().describe()));
        return false;
    }
    return units == expected && characters > 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TMX write and read throughput"));
    parser.addHelpOption();
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         QStringLiteral("Comma-separated file sizes in units."), QStringLiteral("list"),
                                         QStringLiteral("100000,300000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size (median reported)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(unitsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "BenchTmx: error: no temporary folder\n");
        return 1;
    }
    // A pool of distinct realistic units, cycled: generating 1M corpus segments would dominate the run.
    const SegmentCorpus corpus(42);
    std::vector<formats::TmxUnit> pool;
    for (qint64 i = 0; i < 20000; ++i)
        pool.push_back(unitAt(corpus, i));

    std::vector<Figures> all;
    for (const QString& size : parser.value(unitsOption).split(QLatin1Char(','))) {
        Figures f;
        f.units = size.toLongLong();
        const QString path = dir.filePath(QStringLiteral("bench-%1.tmx").arg(f.units));
        std::vector<double> writes;
        std::vector<double> writeCpus;
        std::vector<double> reads;
        std::vector<double> readCpus;
        std::vector<double> peaks;
        for (int run = 0; run < runs; ++run) {
            double seconds = 0;
            double cpu = 0;
            if (!writeFile(path, f.units, pool, seconds, cpu)) {
                std::fprintf(stderr, "BenchTmx: error: writing %s failed\n", qPrintable(path));
                return 1;
            }
            writes.push_back(seconds);
            writeCpus.push_back(cpu);
        }
        f.bytes = QFileInfo(path).size();
        for (int run = 0; run < runs; ++run) {
            double seconds = 0;
            double cpu = 0;
            double peak = 0;
            if (!readFile(path, f.units, seconds, cpu, peak)) {
                std::fprintf(stderr, "BenchTmx: error: reading %s failed or gave the wrong count\n", qPrintable(path));
                return 1;
            }
            reads.push_back(seconds);
            readCpus.push_back(cpu);
            peaks.push_back(peak);
        }
        f.writeSeconds = median(writes);
        f.readSeconds = median(reads);
        f.writeCpuSeconds = median(writeCpus);
        f.readCpuSeconds = median(readCpus);
        f.readPeakMiB = *std::max_element(peaks.begin(), peaks.end());
        QFile::remove(path);
        all.push_back(f);
        std::printf("%lld units done\n", static_cast<long long>(f.units));
        std::fflush(stdout);
    }

    std::printf("\nTMX 1.4 (en-US → de-DE, SegmentCorpus text, median of %d runs; file on disk, read through QFile)\n",
                runs);
    std::printf("  (u/s = units per wall second; u/CPU s = per second of this process's CPU time, which a busy "
                "machine does not inflate)\n");
    std::printf("  %9s %8s %8s %10s %11s %8s %10s %11s %9s %13s\n", "units", "file MB", "write s", "write u/s",
                "write u/CPUs", "read s", "read u/s", "read u/CPUs", "read MB/s", "read RSS+MiB");
    for (const Figures& f : all)
        std::printf("  %9lld %8.1f %8.3f %10.0f %11.0f %8.3f %10.0f %11.0f %9.1f %13.1f\n",
                    static_cast<long long>(f.units), double(f.bytes) / 1e6, f.writeSeconds,
                    double(f.units) / f.writeSeconds, double(f.units) / f.writeCpuSeconds, f.readSeconds,
                    double(f.units) / f.readSeconds, double(f.units) / f.readCpuSeconds,
                    double(f.bytes) / 1e6 / f.readSeconds, f.readPeakMiB);
    return 0;
}
