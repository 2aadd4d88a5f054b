// BenchEditorModel: the editor grid's model over a 100k-segment document: open, first screen, scrolling
// (random jumps and wheel steps), each filter and sort, edits, and memory per segment. Prints its
// figures; asserts nothing about speed.
#include <malloc.h>
#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include "BenchProject.h"
#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "domain/Comment.h"
#include "models/SegmentTableModel.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

using namespace tessera;
using namespace tessera::bench;
using domain::SegmentState;
using models::SegmentTableModel;
using store::SegmentFilter;

namespace {

constexpr int s_screenRows = 40; // rows a maximised window shows
const QDateTime s_importedAt(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
const QDateTime s_changedAt(QDate(2026, 3, 9), QTime(8, 0), QTimeZone::UTC);

// Bytes of heap in use (glibc), SQLite's own allocations included.
qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

bool check(const domain::Result<void>& result, const char* what)
{
    if (!result)
        std::fprintf(stderr, "BenchEditorModel: %s: %s\n", what, qPrintable(result.error().describe()));
    return bool(result);
}

// A project with one document of `count` corpus segments: ~5% changed a week after the import, ~2% with
// a comment, and a tenth of the drafts pretranslated from a TM with a score.
domain::Result<QString> seed(store::Workspace& ws, qint64 count)
{
    QStringList commented;
    auto seeded = seedBenchProject(ws, count, 1, [&](domain::Segment& s) {
        s.updatedAt = s.order % 20 == 0 ? s_changedAt : s_importedAt;
        if (s.state == SegmentState::Draft && s.order % 10 == 3)
            s.origin = QStringLiteral("tm:Bench %1%").arg(75 + s.order % 25);
        if (s.order % 50 == 7)
            commented.append(s.id);
    });
    if (!seeded)
        return std::unexpected(seeded.error());
    auto added = ws.database().transaction([&]() -> domain::Result<void> {
        for (const QString& id : commented) {
            domain::Comment comment;
            comment.segmentId = id;
            comment.text = QStringLiteral("Is this the right term?");
            if (auto done = ws.comments().add(comment); !done)
                return std::unexpected(done.error());
        }
        return {};
    });
    if (!added)
        return std::unexpected(added.error());
    return seeded->documentIds.first();
}

// What a view asks of one screen of rows when it paints them.
void paintRows(const SegmentTableModel& model, int first)
{
    const int last = std::min(model.rowCount(), first + s_screenRows);
    for (int row = first; row < last; ++row) {
        for (int column = 0; column < SegmentTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            (void)index.data(Qt::DisplayRole);
            (void)index.data(Qt::TextAlignmentRole);
        }
        (void)model.index(row, SegmentTableModel::StateColumn).data(SegmentTableModel::StateRole);
        (void)model.index(row, SegmentTableModel::StateColumn).data(SegmentTableModel::LockedRole);
    }
}

void printLatency(const char* what, LatencyStats& stats, const char* unit = "ms")
{
    const double scale = std::string_view(unit) == "ms" ? 1000.0 : 1.0;
    std::printf("  %-44s median %8.2f %s   p99 %8.2f %s   max %8.2f %s   (n=%zu)\n", what, stats.quantile(0.5) / scale,
                unit, stats.quantile(0.99) / scale, unit, stats.quantile(1.0) / scale, unit, stats.count());
}

struct FilterCase {
    const char* name;
    std::function<void(SegmentFilter&)> set;
    bool onlyQa = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tessera.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Editor grid model over a large document"));
    parser.addHelpOption();
    QCommandLineOption segmentsOption(QStringLiteral("segments"), QStringLiteral("Segments in the document."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each filter."), QStringLiteral("n"),
                                  QStringLiteral("15"));
    parser.addOption(segmentsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const qint64 count = std::max<qint64>(1000, parser.value(segmentsOption).toLongLong());
    const int runs = std::max(2, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    domain::SystemClock clock;
    QString documentId;
    {
        auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
        if (!check(ws.transform([](auto&&) {}), "open workspace"))
            return 1;
        QElapsedTimer timer;
        timer.start();
        auto seeded = seed(**ws, count);
        if (!check(seeded.transform([](auto&&) {}), "seed"))
            return 1;
        documentId = *seeded;
        std::printf("BenchEditorModel: %lld segments written in %.1f s (not part of the figures)\n",
                    static_cast<long long>(count), double(timer.nsecsElapsed()) / 1e9);
    }

    // Reopened, as the app opens a workspace: a new connection with an empty SQLite cache.
    auto ws = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!check(ws.transform([](auto&&) {}), "reopen workspace"))
        return 1;
    ProcessMemory::resetPeak();
    const qint64 heapBefore = heapBytes();
    const qint64 sqliteBefore = sqlite3_memory_used();
    SegmentTableModel model((*ws)->segments(), (*ws)->segmentBrowser(), QStringLiteral("bench"));

    std::printf("\nOpen (%lld segments)\n", static_cast<long long>(count));
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = ProcessClock::cpuNs();
    if (!check(model.setDocumentId(documentId), "open document"))
        return 1;
    const qint64 openNs = timer.nsecsElapsed();
    const qint64 openCpuNs = ProcessClock::cpuNs() - cpuBefore;
    timer.restart();
    paintRows(model, 0);
    const qint64 firstScreenNs = timer.nsecsElapsed();
    const qint64 heapOpen = heapBytes();
    const qint64 sqliteOpen = sqlite3_memory_used();
    const std::size_t indexBytesAtOpen = model.indexBytes();
    std::printf("  open (compact index of every segment, counts)  %8.1f ms wall, %.1f ms CPU\n", ms(openNs),
                ms(openCpuNs));
    std::printf("  first screen (%d rows, every column)           %8.1f ms\n", s_screenRows, ms(firstScreenNs));
    std::printf("  time to first paint-able data                  %8.1f ms\n", ms(openNs + firstScreenNs));

    std::printf("\nScrolling (one screen = %d rows x %d columns + state roles)\n", s_screenRows,
                int(SegmentTableModel::ColumnCount));
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> anyRow(0, std::max(0, model.rowCount() - s_screenRows));
    LatencyStats jumps;
    for (int i = 0; i < 500; ++i) {
        const int row = anyRow(rng);
        timer.restart();
        paintRows(model, row);
        jumps.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    printLatency("random jump (scrollbar drag)", jumps);
    LatencyStats wheel;
    for (int row = anyRow(rng) / 2, step = 0; step < 3000 && row < model.rowCount(); ++step, row += 3) {
        timer.restart();
        paintRows(model, row);
        wheel.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    printLatency("wheel step (3 rows)", wheel);
    const qint64 heapScrolled = heapBytes();
    const qint64 sqliteScrolled = sqlite3_memory_used();

    std::printf("\nFilters and sorts (setFilter: text in SQL, the rest on the index in memory, + model reset; %d runs "
                "each)\n",
                runs);
    const std::vector<FilterCase> cases = {
        {"none (document order)", [](SegmentFilter&) {}},
        {"state = New", [](SegmentFilter& f) { f.states = {SegmentState::New}; }},
        {"state = needs work (New, Draft, Rejected)",
         [](SegmentFilter& f) { f.states = {SegmentState::New, SegmentState::Draft, SegmentState::Rejected}; }},
        {"text \"connection\" (any case)", [](SegmentFilter& f) { f.text = QStringLiteral("connection"); }},
        {"text \"Verbindung\" (case-sensitive)",
         [](SegmentFilter& f) { f.text = QStringLiteral("Verbindung"), f.caseSensitive = true; }},
        {"text \"datenträger\" (non-ASCII, any case)",
         [](SegmentFilter& f) { f.text = QStringLiteral("datenträger"); }},
        {"text \"no such words\" (nothing found)", [](SegmentFilter& f) { f.text = QStringLiteral("no such words"); }},
        {"regex \\b(disk|folder)\\b.*%1",
         [](SegmentFilter& f) { f.text = QStringLiteral("\\b(disk|folder)\\b.*%1"), f.regex = true; }},
        {"regex ^Änderungen (case-sensitive)",
         [](SegmentFilter& f) { f.text = QStringLiteral("^Änderungen"), f.regex = true, f.caseSensitive = true; }},
        {"regex (\\d+|%\\w) twice (no required text)",
         [](SegmentFilter& f) { f.text = QStringLiteral("(\\d+|%\\w).*(\\d+|%\\w)"), f.regex = true; }},
        {"with comments", [](SegmentFilter& f) { f.withComments = true; }},
        {"changed since", [](SegmentFilter& f) { f.changedSince = s_changedAt.addSecs(-60); }},
        {"with QA issues (hook, 1000 segments)", [](SegmentFilter&) {}, true},
        {"needs work + text \"file\"",
         [](SegmentFilter& f) {
             f.states = {SegmentState::New, SegmentState::Draft};
             f.text = QStringLiteral("file");
         }},
        {"sort by key", [](SegmentFilter& f) { f.sort = SegmentFilter::Sort::Key; }},
        {"sort by source length", [](SegmentFilter& f) { f.sort = SegmentFilter::Sort::Length; }},
        {"sort by state", [](SegmentFilter& f) { f.sort = SegmentFilter::Sort::State; }},
        {"sort by order, descending", [](SegmentFilter& f) { f.descending = true; }},
    };
    QHash<QString, int> qaIssues;
    for (int row = 0; row < model.rowCount() && qaIssues.size() < 1000; row += std::max(1, model.rowCount() / 1000))
        qaIssues.insert(model.index(row, 0).data(SegmentTableModel::SegmentIdRole).toString(), 1);
    model.setQaIssueCounts(qaIssues);
    for (const FilterCase& c : cases) {
        SegmentFilter filter;
        c.set(filter);
        LatencyStats stats;
        LatencyStats cpu;
        LatencyStats firstScreen;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            const qint64 cpuStart = ProcessClock::cpuNs();
            if (!check(model.setFilter(filter, c.onlyQa), c.name))
                return 1;
            stats.add(double(timer.nsecsElapsed()) / 1000.0);
            cpu.add(double(ProcessClock::cpuNs() - cpuStart) / 1000.0);
            timer.restart();
            paintRows(model, 0);
            firstScreen.add(double(timer.nsecsElapsed()) / 1000.0);
        }
        std::printf("  %-44s median %7.1f ms   p99 %7.1f ms   (CPU median %6.1f ms)   + first screen %4.1f ms   "
                    "%6d rows\n",
                    c.name, stats.quantile(0.5) / 1000.0, stats.quantile(0.99) / 1000.0, cpu.quantile(0.5) / 1000.0,
                    firstScreen.quantile(0.5) / 1000.0, model.rowCount());
    }
    (void)model.setFilter({});

    std::printf("\nEdits (setData on the target: store transaction + row update)\n");
    LatencyStats edits;
    for (int i = 0; i < 200; ++i) {
        const int row = anyRow(rng);
        const QModelIndex target = model.index(row, SegmentTableModel::TargetColumn);
        if (target.data(SegmentTableModel::LockedRole).toBool())
            continue;
        timer.restart();
        (void)model.setData(target, QStringLiteral("Bearbeitet %1").arg(i));
        edits.add(double(timer.nsecsElapsed()) / 1000.0);
    }
    printLatency("edit (synchronous=FULL commit)", edits);

    const auto perSegment = [&](qint64 bytes) { return double(bytes) / double(count); };
    const auto mib = [](qint64 bytes) { return double(bytes) / 1048576.0; };
    const qint64 modelOpen = (heapOpen - heapBefore) - (sqliteOpen - sqliteBefore);
    const qint64 modelScrolled = (heapScrolled - heapBefore) - (sqliteScrolled - sqliteBefore);
    std::printf("\nMemory (heap in use, SQLite's page cache counted apart)\n");
    std::printf("  model's index (32-byte entry + 4-byte view row)  %6.1f bytes/segment (%.1f MiB)\n",
                perSegment(qint64(indexBytesAtOpen)), mib(qint64(indexBytesAtOpen)));
    std::printf("  heap growth without SQLite, after open           %6.1f bytes/segment (%.1f MiB)\n",
                perSegment(modelOpen), mib(modelOpen));
    std::printf("  heap growth without SQLite, after scrolling      %6.1f bytes/segment (%.1f MiB; the row cache "
                "holds 32 pages of 64 rows)\n",
                perSegment(modelScrolled), mib(modelScrolled));
    std::printf("  SQLite's memory after open / after scrolling     %.1f MiB / %.1f MiB (page cache, at most 64 MiB "
                "per workspace)\n",
                mib(sqliteOpen - sqliteBefore), mib(sqliteScrolled - sqliteBefore));
    // RSS growth is not printed: the heap reuses what seeding the document freed, so it says little.
    std::printf("  peak RSS %.1f MiB\n", double(ProcessMemory::peakKiB()) / 1024.0);
    return 0;
}
