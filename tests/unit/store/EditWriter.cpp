// EditWriter: a child process for TestCrashSafety. It edits segments of a workspace in a loop and
// prints "committed <segment id> <rev> <text>" after each edit the store reported as committed.
#include <cstdio>

#include <QCoreApplication>

#include "domain/Clock.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

using namespace tessera;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: EditWriter WORKSPACE DOCUMENT_ID\n");
        return 2;
    }
    domain::SystemClock clock;
    auto ws = store::Workspace::open(args[1], store::Workspace::Access::ReadWrite, clock);
    if (!ws) {
        std::fprintf(stderr, "EditWriter: %s\n", qPrintable(ws.error().describe()));
        return 4;
    }
    auto segments = (*ws)->segments().listForDocument(args[2]);
    if (!segments || segments->isEmpty())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 1; n <= 1'000'000; ++n) {
        const auto& segment = segments->at(n % segments->size());
        const QString text = QStringLiteral("edit-%1 übersetzt").arg(n);
        QStringList targets{text};
        if (segment.isPlural())
            targets.append(text + QStringLiteral(" (plural)"));
        auto edited = (*ws)->segments().applyEdit(
            {segment.id, targets, n % 2 ? domain::SegmentState::Draft : domain::SegmentState::Translated, -1,
             QStringLiteral("writer")});
        if (!edited) {
            std::fprintf(stderr, "EditWriter: %s\n", qPrintable(edited.error().describe()));
            return 1;
        }
        std::printf("committed %s %lld %s\n", qPrintable(segment.id), static_cast<long long>(edited->rev),
                    text.toUtf8().constData());
        std::fflush(stdout);
    }
    return 0;
}
