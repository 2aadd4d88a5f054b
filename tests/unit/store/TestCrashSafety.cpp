// Kills a process with SIGKILL in the middle of a stream of edits and checks that every edit it
// reported as committed survived, and that the database is intact.
#include <QProcess>
#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted_data();
    void killedWriterLosesNothingCommitted();
};

void TestCrashSafety::killedWriterLosesNothingCommitted_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 25;
    QTest::newRow("mid-stream") << 180;
    QTest::newRow("later") << 400;
}

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QFETCH(int, killAfter);
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 40);
    ws.close(); // the child becomes the writer

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(EDIT_WRITER_PATH), {ws.path(), seeded.documentId});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    struct Committed {
        QString segmentId;
        qint64 rev;
        QString text;
    };
    QList<Committed> committed;
    QByteArray pending;
    auto readLines = [&] {
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            if (!line.startsWith(QLatin1String("committed ")))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '));
            committed.append({parts.at(1), parts.at(2).toLongLong(), parts.mid(3).join(QLatin1Char(' '))});
        }
    };
    while (committed.size() < killAfter && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        readLines();
    }
    QVERIFY2(committed.size() >= killAfter, child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no destructors, no unlock, no checkpoint
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    readLines(); // everything it printed before dying was committed

    // The dead writer's lock is stale, so the workspace opens again for writing.
    QVERIFY2(ws.reopen(), qPrintable(ws.error()));
    auto& db = ws->database();
    auto integrity = db.prepare("PRAGMA integrity_check");
    QCOMPARE((*integrity)->one([](const store::Statement& r) { return r.text(0); }, QString()).value_or(QString()),
             QStringLiteral("ok"));

    QHash<QString, Committed> last;
    for (const auto& c : committed) {
        auto revisions = ws->segments().revisions(c.segmentId);
        QVERIFY(revisions);
        auto it = std::find_if(revisions->begin(), revisions->end(), [&](const auto& r) { return r.rev == c.rev; });
        QVERIFY2(it != revisions->end(),
                 qPrintable(QStringLiteral("revision %1 of %2 lost").arg(c.rev).arg(c.segmentId)));
        QCOMPARE(it->targets.first(), c.text);
        if (!last.contains(c.segmentId) || last[c.segmentId].rev < c.rev)
            last[c.segmentId] = c;
    }
    for (const auto& c : std::as_const(last)) {
        auto segment = ws->segments().find(c.segmentId);
        QVERIFY(segment);
        QVERIFY(segment->rev >= c.rev); // at most one more edit committed but not yet reported
        if (segment->rev == c.rev)
            QCOMPARE(segment->targets.first(), c.text);
    }
    QVERIFY(*ws->outbox().pendingCount() >= committed.size());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
