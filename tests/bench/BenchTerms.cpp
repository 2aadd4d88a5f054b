// BenchTerms: term recognition over real sentences (Debian's package descriptions, tests/data/tm)
// against termbases of 10k and 100k concepts: the FreeDict glossary of tests/data/terms first, then
// word n-grams of the same sentences (1 to 4 words, most frequent first) so that the termbase
// is dense in the vocabulary the segments use. Prints import time, recognizer build (load + stem +
// index) time and memory, per-segment latency (p50, p99), hits per segment and two-thread throughput.
// Asserts nothing about speed.
#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "store/Workspace.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

struct Corpus {
    QStringList english;
    QStringList german;
};

Corpus loadCorpus(const QString& path)
{
    Corpus corpus;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "BenchTerms: cannot read %s\n", qPrintable(path));
        return corpus;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        corpus.english << QString::fromUtf8(line.left(tab));
        corpus.german << QString::fromUtf8(line.mid(tab + 1));
    }
    return corpus;
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// A glossary CSV (en,de) of `size` concepts: the real glossary's rows, then n-grams of the corpus.
QByteArray makeGlossary(const QByteArray& realGlossary, const Corpus& corpus, qsizetype size)
{
    QByteArray csv = "en,de\n";
    qsizetype rows = 0;
    QSet<QString> seen;
    const QList<QByteArray> lines = realGlossary.split('\n');
    for (qsizetype i = 1; i < lines.size() && rows < size; ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        if (cells.size() < 2 || cells.at(0).isEmpty() || cells.at(0).startsWith('"'))
            continue;
        seen.insert(QString::fromUtf8(cells.at(0)).toLower());
        csv += cells.at(0) + ',' + cells.at(1) + '\n';
        ++rows;
    }
    static const QRegularExpression word(QStringLiteral("[\\p{L}][\\p{L}\\p{N}'-]*"));
    std::map<int, QHash<QString, std::pair<int, QString>>> ngrams; // n → text → (count, a German word)
    for (qsizetype s = 0; s < corpus.english.size(); ++s) {
        QStringList words;
        for (auto it = word.globalMatch(corpus.english.at(s)); it.hasNext();)
            words << it.next().captured().toLower();
        const QStringList german = corpus.german.at(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int n = 1; n <= 4; ++n) {
            for (qsizetype i = 0; i + n <= words.size(); ++i) {
                auto& entry = ngrams[n][words.mid(i, n).join(QLatin1Char(' '))];
                entry.first += 1;
                if (entry.second.isEmpty())
                    entry.second = german.value(std::min(i, german.size() - 1));
            }
        }
    }
    for (int n = 1; n <= 4 && rows < size; ++n) {
        QList<std::pair<int, QString>> byCount;
        for (auto it = ngrams[n].cbegin(); it != ngrams[n].cend(); ++it)
            byCount.append({-it.value().first, it.key()});
        std::sort(byCount.begin(), byCount.end());
        for (const auto& [negCount, text] : byCount) {
            if (rows >= size)
                break;
            if (seen.contains(text))
                continue;
            seen.insert(text);
            csv += csvField(text) + ',' + csvField(ngrams[n].value(text).second) + '\n';
            ++rows;
        }
    }
    return csv;
}

struct Figures {
    qsizetype concepts = 0;
    double importSeconds = 0;
    double buildSeconds = 0;
    double buildCpuSeconds = 0;
    double buildMiB = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double hitsPerSegment = 0;
    double singlePerSecond = 0;
    double threadedPerSecond = 0;
};

Figures run(const QByteArray& glossary, const Corpus& corpus)
{
    Figures f;
    QTemporaryDir dir;
    domain::SystemClock clock;
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!ws) {
        std::printf("workspace: %s\n", qPrintable(ws.error().describe()));
        return f;
    }
    terms::Termbase termbase(**ws);
    QElapsedTimer timer;
    timer.start();
    auto imported = termbase.importData(glossary, QStringLiteral("bench.csv"));
    f.importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported) {
        std::printf("import: %s\n", qPrintable(imported.error().describe()));
        return f;
    }
    f.concepts = imported->added;
    if (imported->added != imported->concepts)
        std::printf("(the file's %lld rows made %lld concepts: %lld merged into earlier rows)\n",
                    qlonglong(imported->concepts), qlonglong(imported->added),
                    qlonglong(imported->updated + imported->unchanged));

    const qint64 rssBefore = ProcessMemory::currentKiB();
    const qint64 cpuBefore = ProcessClock::cpuNs();
    timer.restart();
    auto recognizer = termbase.recognizer(QStringLiteral("en"), QStringLiteral("de"));
    f.buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.buildCpuSeconds = double(ProcessClock::cpuNs() - cpuBefore) / 1e9;
    f.buildMiB = double(ProcessMemory::currentKiB() - rssBefore) / 1024.0;
    if (!recognizer) {
        std::printf("recognizer: %s\n", qPrintable(recognizer.error().describe()));
        return f;
    }

    LatencyStats latency;
    latency.reserve(std::size_t(corpus.english.size()));
    qint64 hits = 0;
    for (const QString& sentence : corpus.english) {
        timer.restart();
        hits += (*recognizer)->recognize(sentence).size();
        latency.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    f.singlePerSecond = double(latency.count()) / (latency.total() / 1e6);
    f.p50 = latency.quantile(0.5);
    f.p99 = latency.quantile(0.99);
    f.max = latency.quantile(1.0);
    f.hitsPerSegment = double(hits) / double(corpus.english.size());

    // Two threads sharing the recognizer, each over every sentence.
    timer.restart();
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&] {
            for (const QString& sentence : corpus.english)
                (void)(*recognizer)->recognize(sentence);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    f.threadedPerSecond = 2.0 * double(corpus.english.size()) / (double(timer.nsecsElapsed()) / 1e9);
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString source = QStringLiteral(TESSERA_SOURCE_DIR_PATH);
    const Corpus corpus = loadCorpus(source + QStringLiteral("/tests/data/tm/debian-descriptions-en-de.tsv"));
    QFile real(source + QStringLiteral("/tests/data/terms/freedict-eng-deu-nouns.csv"));
    if (corpus.english.isEmpty() || !real.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "BenchTerms: test data missing under %s/tests/data\n", qPrintable(source));
        return 1;
    }
    const QByteArray realGlossary = real.readAll();
    std::printf("BenchTerms: %lld real English segments, en → de, Snowball english stemmer\n",
                qlonglong(corpus.english.size()));
    std::printf("%9s %9s %9s %9s %9s %9s %9s %9s %9s %11s %11s\n", "concepts", "import s", "build s", "cpu s",
                "build MiB", "p50 us", "p99 us", "max us", "hits/seg", "1 thr seg/s", "2 thr seg/s");
    for (const qsizetype size : {qsizetype(10'000), qsizetype(100'000)}) {
        const QByteArray glossary = makeGlossary(realGlossary, corpus, size);
        const Figures f = run(glossary, corpus);
        std::printf("%9lld %9.2f %9.2f %9.2f %9.1f %9.1f %9.1f %9.1f %9.2f %11.0f %11.0f\n", qlonglong(f.concepts),
                    f.importSeconds, f.buildSeconds, f.buildCpuSeconds, f.buildMiB, f.p50, f.p99, f.max,
                    f.hitsPerSegment, f.singlePerSecond, f.threadedPerSecond);
        std::fflush(stdout);
    }
    std::printf("peak RSS of the process: %.0f MiB\n", double(ProcessMemory::peakKiB()) / 1024.0);
    return 0;
}
