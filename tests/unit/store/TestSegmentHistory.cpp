// Tests what the editor's context panel reads and writes through the store: a segment's neighbours
// in document order, restoring an old revision as a new edit, and a project's source folder.
#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "store/OutboxRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"

using namespace tessera;
using domain::SegmentState;

class TestSegmentHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neighboursFollowDocumentOrder()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto seeded = testsupport::seedDocument(*ws, 4);
        const auto& segments = seeded.segments;

        auto first = ws->segments().neighbours(segments[0]);
        QVERIFY(first);
        QVERIFY(!first->previous);
        QVERIFY(first->next);
        QCOMPARE(first->next->id, segments[1].id);

        auto middle = ws->segments().neighbours(segments[2]);
        QVERIFY(middle);
        QCOMPARE(middle->previous->id, segments[1].id);
        QCOMPARE(middle->previous->source, segments[1].source);
        QCOMPARE(middle->next->id, segments[3].id);

        auto last = ws->segments().neighbours(segments[3]);
        QVERIFY(last);
        QCOMPARE(last->previous->id, segments[2].id);
        QVERIFY(!last->next);
    }

    void restoreWritesTheOldVersionAsANewRevision()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto seeded = testsupport::seedDocument(*ws, 2);
        const QString id = seeded.segments.first().id;
        auto& repo = ws->segments();
        QVERIFY(repo.applyEdit({id,
                                {QStringLiteral("Erste Fassung")},
                                SegmentState::Translated,
                                0,
                                QStringLiteral("anna"),
                                QStringLiteral("Anmerkung eins")}));
        ws.clock().advance(3600);
        QVERIFY(repo.applyEdit({id,
                                {QStringLiteral("Zweite Fassung")},
                                SegmentState::Draft,
                                1,
                                QStringLiteral("ben"),
                                QStringLiteral("Anmerkung zwei"),
                                QStringLiteral("tm:Main 87%")}));
        auto history = repo.revisions(id);
        QVERIFY(history && history->size() == 2);
        const qint64 pendingBefore = ws->outbox().pending(100)->size();

        ws.clock().advance(60);
        auto restored = repo.restoreRevision(history->first().id, QStringLiteral("carla"), 2);
        QVERIFY2(restored, qPrintable(testsupport::errorText(restored)));
        QCOMPARE(restored->targets, QStringList{QStringLiteral("Erste Fassung")});
        QCOMPARE(restored->state, SegmentState::Translated);
        QCOMPARE(restored->translatorComment, QStringLiteral("Anmerkung eins"));
        QCOMPARE(restored->origin, QString());
        QCOMPARE(restored->rev, 3);
        QCOMPARE(restored->updatedBy, QStringLiteral("carla"));

        auto stored = repo.find(id);
        QVERIFY(stored);
        QCOMPARE(stored->targets, QStringList{QStringLiteral("Erste Fassung")});
        // The history keeps both versions and gains the restore; the restore is synced like any edit.
        auto after = repo.revisions(id);
        QVERIFY(after);
        QCOMPARE(after->size(), 3);
        QCOMPARE(after->at(1).targets, QStringList{QStringLiteral("Zweite Fassung")});
        QCOMPARE(after->at(2).author, QStringLiteral("carla"));
        QCOMPARE(after->at(2).targets, QStringList{QStringLiteral("Erste Fassung")});
        QCOMPARE(ws->outbox().pending(100)->size(), pendingBefore + 1);

        // A stale base rev is refused and changes nothing.
        auto stale = repo.restoreRevision(after->at(1).id, QStringLiteral("carla"), 2);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, domain::ErrorCode::Conflict);
        QCOMPARE(repo.find(id)->targets, QStringList{QStringLiteral("Erste Fassung")});

        auto missing = repo.restoreRevision(QStringLiteral("no-such-revision"), QStringLiteral("carla"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, domain::ErrorCode::NotFound);
    }

    void sourceDirIsStoredPerProject()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const auto seeded = testsupport::seedDocument(*ws, 1);
        auto& projects = ws->projects();
        QCOMPARE(projects.find(seeded.projectId)->sourceDir, QString());
        const qint64 rev = projects.find(seeded.projectId)->rev;
        QVERIFY(projects.setSourceDir(seeded.projectId, QStringLiteral("/home/anna/src/hello")));
        QCOMPARE(projects.find(seeded.projectId)->sourceDir, QStringLiteral("/home/anna/src/hello"));
        QCOMPARE(projects.find(seeded.projectId)->rev, rev + 1);
        QVERIFY(ws.reopen());
        QCOMPARE(ws->projects().find(seeded.projectId)->sourceDir, QStringLiteral("/home/anna/src/hello"));
        auto missing = ws->projects().setSourceDir(QStringLiteral("nope"), QStringLiteral("/tmp"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, domain::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSegmentHistory)
#include "TestSegmentHistory.moc"
