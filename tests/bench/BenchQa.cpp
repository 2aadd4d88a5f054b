// BenchQa: quality checks over 10k real segments: the translated entries of the real gettext
// catalogs of tests/data/po (Debian's findutils, grep, glib, gdk-pixbuf, apt, tar, dpkg, adduser,
// software-properties in fr, cs, de, ru, pl, ja, zh_CN), taken in turn until there are 10k. Prints
// the per-segment latency of the checks the editor runs as the user types (median, p99, max), with
// and without the spelling check (Hunspell through Sonnet where Debian has a dictionary: de, fr),
// the editor's own path per keystroke (DocumentQa::check on the typed copy of the segment, with the
// default settings the editor uses), and the total of a batch run with the project-level consistency
// checks, and the editor's path with the live consistency checks against a project of 100k segments
// in the workspace (argument 2: another size): building the index, the first check of a segment
// (its same-source rows read) and each later keystroke pause (QA settings read again + checks).
// Asserts nothing about speed.
#include <cstdio>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "qa/Check.h"
#include "qa/CheckRegistry.h"
#include "qa/DocumentQa.h"
#include "qa/LiveConsistency.h"
#include "qa/ProjectQa.h"
#include "qa/QaBatch.h"
#include "qa/QaChecker.h"
#include "qa/SpellChecker.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

struct Catalog {
    QString name;
    QString language;
    QList<domain::Segment> segments; // translated ones only
};

QList<Catalog> loadCatalogs()
{
    const QString dir = QStringLiteral(TESSERA_SOURCE_DIR_PATH "/tests/data/po/");
    const QStringList files{QStringLiteral("findutils-fr"),  QStringLiteral("grep-cs"),
                            QStringLiteral("gdk-pixbuf-de"), QStringLiteral("glib20-de"),
                            QStringLiteral("apt-ru"),        QStringLiteral("tar-pl"),
                            QStringLiteral("dpkg-ja"),       QStringLiteral("findutils-zh_CN"),
                            QStringLiteral("adduser-de"),    QStringLiteral("software-properties-de")};
    const formats::FilterRegistry filters;
    QList<Catalog> catalogs;
    for (const QString& name : files) {
        QFile file(dir + name + QStringLiteral(".po"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "BenchQa: cannot read %s\n", qPrintable(file.fileName()));
            continue;
        }
        const QByteArray data = file.readAll();
        const formats::Filter* filter = filters.byId(QStringLiteral("po"));
        auto document = filter->read(data, file.fileName());
        if (!document) {
            std::fprintf(stderr, "BenchQa: %s\n", qPrintable(document.error().describe()));
            continue;
        }
        Catalog catalog;
        catalog.name = name;
        catalog.language = name.section(QLatin1Char('-'), -1).replace(QLatin1Char('_'), QLatin1Char('-'));
        for (const domain::Segment& s : document->segments) {
            if (qa::QaBatch::isChecked(s))
                catalog.segments.append(s);
        }
        catalogs.append(catalog);
    }
    return catalogs;
}

struct Picked {
    int catalog;
    const domain::Segment* segment;
};

void live(const char* title, const QList<Catalog>& catalogs, const QList<Picked>& picked, bool spelling)
{
    std::vector<std::unique_ptr<qa::QaChecker>> checkers;
    QStringList dictionaries;
    for (const Catalog& c : catalogs) {
        qa::QaContext context;
        context.sourceLanguage = QStringLiteral("en");
        context.targetLanguage = c.language;
        context.settings = qa::CheckRegistry::standard().defaultSettings();
        context.settings.disabled.clear(); // capitalization and spelling are opt-in; measure them too
        if (spelling) {
            context.spelling = qa::SpellChecker::forLanguage(c.language);
            if (context.spelling)
                dictionaries.append(c.language + QLatin1Char('=') + context.spelling->dictionary());
        }
        checkers.push_back(std::make_unique<qa::QaChecker>(context));
    }
    QStringList segmentChecks;
    for (const auto& check : qa::CheckRegistry::standard().checks()) {
        if (check->scope() == qa::Check::Scope::Segment)
            segmentChecks.append(check->id());
    }
    // One pass untimed, so lazily built state (ICU iterators, dictionaries) is there.
    for (const Picked& p : picked.mid(0, 200))
        checkers[std::size_t(p.catalog)]->check(*p.segment, segmentChecks);

    LatencyStats stats;
    stats.reserve(std::size_t(picked.size()));
    qsizetype issues = 0;
    QElapsedTimer timer;
    const qint64 cpuBefore = ProcessClock::cpuNs();
    QElapsedTimer wall;
    wall.start();
    for (const Picked& p : picked) {
        timer.start();
        issues += checkers[std::size_t(p.catalog)]->check(*p.segment, segmentChecks).size();
        stats.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double cpuMs = double(ProcessClock::cpuNs() - cpuBefore) / 1e6;
    std::printf("%s\n", title);
    if (spelling)
        std::printf("  dictionaries: %s\n", qPrintable(dictionaries.join(QLatin1Char(' '))));
    std::printf("  segments %lld, issues %lld\n", qlonglong(picked.size()), qlonglong(issues));
    std::printf("  per segment: median %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n", stats.quantile(0.5),
                stats.quantile(0.9), stats.quantile(0.99), stats.quantile(1.0));
    std::printf("  total %.1f ms wall, %.1f ms CPU\n", wallMs, cpuMs);
}

// What SegmentEditPane::updateQa does after a pause in typing: copy the segment with the fields' text
// and run DocumentQa::check with the document's checker (project defaults: no capitalization, no
// spelling; no consistency index).
void editor(const QList<Catalog>& catalogs, const QList<Picked>& picked)
{
    std::vector<std::unique_ptr<qa::QaChecker>> checkers;
    for (const Catalog& c : catalogs) {
        qa::QaContext context;
        context.sourceLanguage = QStringLiteral("en");
        context.targetLanguage = c.language;
        context.settings = qa::CheckRegistry::standard().defaultSettings();
        checkers.push_back(std::make_unique<qa::QaChecker>(context));
    }
    for (const Picked& p : picked.mid(0, 200))
        qa::DocumentQa::check(*checkers[std::size_t(p.catalog)], *p.segment);
    LatencyStats stats;
    stats.reserve(std::size_t(picked.size()));
    qsizetype issues = 0;
    QElapsedTimer timer;
    const qint64 cpuBefore = ProcessClock::cpuNs();
    QElapsedTimer wall;
    wall.start();
    for (const Picked& p : picked) {
        timer.start();
        domain::Segment typed = *p.segment;
        typed.targets.clear();
        for (const QString& form : p.segment->targets) // the fields' text: new strings each time
            typed.targets.append(QString(form.constData(), form.size()));
        issues += qa::DocumentQa::check(*checkers[std::size_t(p.catalog)], typed).size();
        stats.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::printf("editor, per keystroke pause (DocumentQa::check, default settings)\n");
    std::printf("  segments %lld, issues %lld\n", qlonglong(picked.size()), qlonglong(issues));
    std::printf("  per segment: median %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n", stats.quantile(0.5),
                stats.quantile(0.9), stats.quantile(0.99), stats.quantile(1.0));
    std::printf("  total %.1f ms wall, %.1f ms CPU\n", double(wall.nsecsElapsed()) / 1e6,
                double(ProcessClock::cpuNs() - cpuBefore) / 1e6);
}

void printLatency(const char* title, LatencyStats& stats)
{
    std::printf("  %s: median %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n", title, stats.quantile(0.5),
                stats.quantile(0.9), stats.quantile(0.99), stats.quantile(1.0));
}

// The live consistency checks against a German project of `size` confirmed segments in the workspace
// (the German catalogs' entries in turn, in documents of 4,000; every seventh copy of an entry
// translated differently, so the same source has several translations as in a real project).
void liveConsistency(const QList<Catalog>& catalogs, qsizetype size)
{
    QList<const domain::Segment*> german;
    for (const Catalog& c : catalogs) {
        if (c.language == QLatin1String("de")) {
            for (const domain::Segment& s : c.segments)
                german.append(&s);
        }
    }
    if (german.isEmpty())
        return;
    QTemporaryDir dir;
    const domain::SystemClock clock;
    auto workspace = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!workspace) {
        std::fprintf(stderr, "BenchQa: %s\n", qPrintable(workspace.error().describe()));
        return;
    }
    domain::Project project;
    project.name = QStringLiteral("consistency");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = (*workspace)->projects().create(project);
    if (!created)
        return;
    constexpr qsizetype perDocument = 4000;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype from = 0, doc = 0; from < size; from += perDocument, ++doc) {
        domain::Document document;
        document.projectId = created->id;
        document.name = QStringLiteral("part-%1.po").arg(doc);
        document.format = QStringLiteral("po");
        document.targetLanguage = QStringLiteral("de");
        auto made = (*workspace)->documents().create(document);
        if (!made)
            return;
        QList<domain::Segment> segments;
        for (qsizetype i = from; i < std::min(size, from + perDocument); ++i) {
            domain::Segment s = *german.at(i % german.size());
            s.id.clear();
            s.key = QStringLiteral("k%1").arg(i);
            s.order = int(i - from + 1);
            s.state = domain::SegmentState::Translated;
            if ((i / german.size()) % 7 == 6)
                s.targets.first().append(QStringLiteral(" (alt)"));
            segments.append(s);
        }
        if (!(*workspace)->segments().insertAll(made->id, segments))
            return;
    }
    std::printf("editor with live consistency: project of %lld confirmed segments (%lld distinct German entries), "
                "stored in %.0f ms\n",
                qlonglong(size), qlonglong(german.size()), double(timer.nsecsElapsed()) / 1e6);

    timer.start();
    auto index = qa::LiveConsistency::build(**workspace, created->id, QStringLiteral("de"));
    if (!index)
        return;
    std::printf("  index built (what runs on a pool thread when a document opens): %.0f ms, %lld segments\n",
                double(timer.nsecsElapsed()) / 1e6, qlonglong((*index)->size()));
    (*index)->attach(workspace->get());

    auto contextResult = qa::ProjectQa(**workspace).context(*created, QStringLiteral("de"));
    if (!contextResult)
        return;
    contextResult->consistency = *index;
    const qa::QaChecker checker(*contextResult);
    // The segments of the first document, as the translator goes through them.
    store::SegmentQuery query;
    query.projectId = created->id;
    query.language = QStringLiteral("de");
    query.document = QStringLiteral("part-0.po");
    const QList<domain::Segment> segments = (*workspace)->segments().list(query).value_or(QList<domain::Segment>());
    LatencyStats first, keystroke, settingsRead;
    qsizetype inconsistent = 0;
    qint64 firstCpuNs = 0;
    qint64 keystrokeCpuNs = 0;
    for (const domain::Segment& segment : segments.mid(0, 2000)) {
        domain::Segment typed = segment;
        qint64 cpu = ProcessClock::cpuNs();
        timer.start();
        const auto issues = qa::DocumentQa::check(checker, typed);
        first.add(double(timer.nsecsElapsed()) / 1000.0);
        firstCpuNs += ProcessClock::cpuNs() - cpu;
        cpu = ProcessClock::cpuNs();
        for (const qa::Issue& issue : issues)
            inconsistent += issue.check.startsWith(QLatin1String("inconsistent-")) ? 1 : 0;
        // Five keystroke pauses: the text grows; the settings are read again each time, as the pane asks.
        for (int k = 0; k < 5; ++k) {
            typed.targets.first().append(QLatin1Char('x'));
            timer.start();
            auto settings = qa::ProjectQa(**workspace).settings(created->id);
            const double readUs = double(timer.nsecsElapsed()) / 1000.0;
            qa::DocumentQa::check(checker, typed);
            keystroke.add(double(timer.nsecsElapsed()) / 1000.0);
            settingsRead.add(readUs);
            Q_UNUSED(settings);
        }
        keystrokeCpuNs += ProcessClock::cpuNs() - cpu;
    }
    std::printf("  segments %lld, inconsistency issues on them %lld\n", qlonglong(first.count()),
                qlonglong(inconsistent));
    printLatency("first check of a segment (same-source rows read)", first);
    printLatency("per keystroke pause (settings read + all live checks)", keystroke);
    printLatency("  of which the settings read", settingsRead);
    std::printf("  CPU time: %.1f us per first check, %.1f us per keystroke pause (wall time above CPU time means "
                "the machine was busy)\n",
                double(firstCpuNs) / 1000.0 / double(std::max<std::size_t>(1, first.count())),
                double(keystrokeCpuNs) / 1000.0 / double(std::max<std::size_t>(1, keystroke.count())));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10000;
    const QList<Catalog> catalogs = loadCatalogs();
    qsizetype available = 0;
    for (const Catalog& c : catalogs)
        available += c.segments.size();
    if (available == 0) {
        std::fprintf(stderr, "BenchQa: no segments\n");
        return 1;
    }
    // Round robin over the catalogs so every language takes its share.
    QList<Picked> picked;
    picked.reserve(wanted);
    for (qsizetype round = 0; picked.size() < wanted; ++round) {
        for (int c = 0; c < catalogs.size() && picked.size() < wanted; ++c) {
            const auto& segments = catalogs.at(c).segments;
            if (!segments.isEmpty())
                picked.append(Picked{c, &segments.at(round % segments.size())});
        }
    }
    std::printf("BenchQa: %lld segments from %lld translated entries of %lld real catalogs\n", qlonglong(picked.size()),
                qlonglong(available), qlonglong(catalogs.size()));
    ProcessMemory::resetPeak();
    live("live, per-segment checks with spelling", catalogs, picked, true);
    live("live, per-segment checks without spelling", catalogs, picked, false);
    editor(catalogs, picked);
    liveConsistency(catalogs, argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 100000);

    // Batch: every catalog's segments (repeated to its share of the 10k) with consistency checks.
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = ProcessClock::cpuNs();
    qa::QaReport report;
    for (int c = 0; c < catalogs.size(); ++c) {
        QList<qa::QaBatch::Item> items;
        for (const Picked& p : picked) {
            if (p.catalog == c) {
                domain::Segment s = *p.segment;
                s.id = QString::number(items.size());
                items.append(qa::QaBatch::Item{s, catalogs.at(c).name});
            }
        }
        qa::QaContext context;
        context.sourceLanguage = QStringLiteral("en");
        context.targetLanguage = catalogs.at(c).language;
        context.settings = qa::CheckRegistry::standard().defaultSettings();
        context.settings.disabled.clear();
        context.spelling = qa::SpellChecker::forLanguage(catalogs.at(c).language);
        qa::QaBatch(context).run(items, report);
    }
    std::printf("batch, all checks incl. consistency, capitalization and spelling (entries repeat, so the "
                "project-level checks see repetitions)\n");
    std::printf("  segments %lld, issues %lld (errors %lld, warnings %lld, infos %lld)\n",
                qlonglong(report.segmentsChecked), qlonglong(report.findings.size()),
                qlonglong(report.count(qa::Severity::Error)), qlonglong(report.count(qa::Severity::Warning)),
                qlonglong(report.count(qa::Severity::Info)));
    std::printf("  total %.1f ms wall, %.1f ms CPU\n", double(timer.nsecsElapsed()) / 1e6,
                double(ProcessClock::cpuNs() - cpuBefore) / 1e6);
    for (const qa::QaCount& count : report.counts())
        std::printf("  %-26s %-8s %6lld issues in %6lld segments\n", qPrintable(count.check),
                    qPrintable(qa::severityName(count.severity)), qlonglong(count.issues), qlonglong(count.segments));
    std::printf("memory: peak %lld KiB, now %lld KiB\n", qlonglong(ProcessMemory::peakKiB()),
                qlonglong(ProcessMemory::currentKiB()));
    return 0;
}
