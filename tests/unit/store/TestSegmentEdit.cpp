// Tests the one-transaction user edit: segment + revision + outbox rows, all or nothing.
#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;
using domain::ErrorCode;
using domain::SegmentState;

namespace {

qint64 scalar(store::Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return -1;
    auto value = (*stmt)->one([](const store::Statement& row) { return row.int64(0); }, QString());
    return value ? *value : -1;
}

QString integrity(store::Database& db)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    auto value = (*stmt)->one([](const store::Statement& row) { return row.text(0); }, QString());
    return value ? *value : value.error().message;
}

} // namespace

class TestSegmentEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editWritesSegmentRevisionAndOutbox();
    void pluralTargetsRoundTrip();
    void textTypedIntoNewSegmentMakesADraft();
    void translatorCommentIsPartOfTheEdit();
    void refusals_data();
    void refusals();
    void failureAtEveryStatementLeavesNothingHalfWritten();
};

void TestSegmentEdit::editWritesSegmentRevisionAndOutbox()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    auto seeded = testsupport::seedDocument(*ws, 3);
    const QString id = seeded.segments.first().id;

    ws.clock().advance(60);
    auto edited = ws->segments().applyEdit(
        {id, {QStringLiteral("Quelltext Nummer 1")}, SegmentState::Translated, 0, QStringLiteral("anna")});
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QCOMPARE(edited->rev, 1);

    auto reread = ws->segments().find(id);
    QVERIFY(reread);
    QCOMPARE(reread->targets, QStringList{QStringLiteral("Quelltext Nummer 1")});
    QCOMPARE(reread->state, SegmentState::Translated);
    QCOMPARE(reread->updatedBy, QStringLiteral("anna"));
    QCOMPARE(reread->updatedAt, ws.clock().now());

    auto history = ws->segments().revisions(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().targets, reread->targets);
    QCOMPARE(history->first().author, QStringLiteral("anna"));

    auto pending = ws->outbox().pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    const auto& op = pending->first();
    QCOMPARE(op.type, QStringLiteral("segment.update"));
    QCOMPARE(op.entityId, id);
    QCOMPARE(op.projectId, seeded.projectId);
    QCOMPARE(op.baseRev, 0);
    QCOMPARE(op.payload.value(QStringLiteral("state")).toString(), QStringLiteral("translated"));
    QVERIFY(!op.opId.isEmpty());

    // A second edit based on the new rev appends history and a second op in order.
    auto again = ws->segments().applyEdit(
        {id, {QStringLiteral("Quelltext 1")}, SegmentState::Reviewed, 1, QStringLiteral("ben")});
    QVERIFY(again);
    QCOMPARE(again->rev, 2);
    QCOMPARE(ws->segments().revisions(id)->size(), 2);
    auto ops = ws->outbox().pending(10);
    QCOMPARE(ops->size(), 2);
    QVERIFY(ops->at(0).seq < ops->at(1).seq);
    QCOMPARE(ops->at(1).baseRev, 1);
}

void TestSegmentEdit::translatorCommentIsPartOfTheEdit()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    auto seeded = testsupport::seedDocument(*ws, 3);
    const domain::Segment& segment = seeded.segments.first();

    // A comment alone: the targets and state stay, but it is an edit with history and a sync op.
    store::SegmentEdit edit{segment.id, segment.targets, std::nullopt, 0, QStringLiteral("anna")};
    edit.translatorComment = QStringLiteral("Term from the client's glossary.\nAsk before changing.");
    auto edited = ws->segments().applyEdit(edit);
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QCOMPARE(edited->rev, 1);
    QCOMPARE(edited->translatorComment, *edit.translatorComment);
    QVERIFY(ws.reopen());
    auto reread = ws->segments().find(segment.id);
    QVERIFY(reread);
    QCOMPARE(reread->translatorComment, *edit.translatorComment);
    QCOMPARE(reread->targets, segment.targets);
    QCOMPARE(reread->state, segment.state);
    auto history = ws->segments().revisions(segment.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().translatorComment, *edit.translatorComment);
    auto ops = ws->outbox().pending(10);
    QVERIFY(ops);
    QCOMPARE(ops->size(), 1);
    QCOMPARE(ops->first().payload.value(QStringLiteral("translator_comment")).toString(), *edit.translatorComment);

    // An edit that does not name the comment keeps it; an empty one removes it.
    auto typed = ws->segments().applyEdit({segment.id, {QStringLiteral("Ziel")}, std::nullopt, 1, {}});
    QVERIFY(typed);
    QCOMPARE(typed->translatorComment, *edit.translatorComment);
    QCOMPARE(ws->outbox().pending(10)->last().payload.value(QStringLiteral("translator_comment")).toString(),
             *edit.translatorComment);
    store::SegmentEdit removal{segment.id, {QStringLiteral("Ziel")}, std::nullopt, 2, {}};
    removal.translatorComment = QString();
    QVERIFY(ws->segments().applyEdit(removal));
    QCOMPARE(ws->segments().find(segment.id)->translatorComment, QString());
    QCOMPARE(ws->segments().revisions(segment.id)->last().translatorComment, QString());
}

void TestSegmentEdit::pluralTargetsRoundTrip()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 5);
    const auto& plural = seeded.segments.at(4);
    QVERIFY(plural.isPlural());
    const QStringList forms{QStringLiteral("%n Datei gelöscht"), QStringLiteral("%n Dateien gelöscht")};
    QVERIFY(ws->segments().applyEdit({plural.id, forms, SegmentState::Translated, 0, QStringLiteral("anna")}));
    QVERIFY(ws.reopen());
    auto reread = ws->segments().findByKey(seeded.documentId, plural.key);
    QVERIFY(reread);
    QCOMPARE(reread->targets, forms);
    QCOMPARE(reread->sourcePlural, QStringLiteral("%n files deleted"));
}

void TestSegmentEdit::textTypedIntoNewSegmentMakesADraft()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 2);
    auto edited = ws->segments().applyEdit({seeded.segments[0].id, {QStringLiteral("Entwurf")}, std::nullopt, 0, {}});
    QVERIFY(edited);
    QVERIFY(edited->state == SegmentState::Draft);
    auto counts = ws->segments().stateCounts(seeded.documentId);
    QCOMPARE((*counts)[std::size_t(SegmentState::Draft)], 1);
    QCOMPARE((*counts)[std::size_t(SegmentState::New)], 1);
    // An edit without text and without a state leaves a New segment New.
    auto empty = ws->segments().applyEdit({seeded.segments[1].id, {QString()}, std::nullopt, 0, {}});
    QVERIFY(empty);
    QVERIFY(empty->state == SegmentState::New);
}

void TestSegmentEdit::refusals_data()
{
    QTest::addColumn<int>("baseRev");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("code");
    QTest::newRow("stale base rev") << 7 << "Text" << int(SegmentState::Translated) << false
                                    << int(ErrorCode::Conflict);
    QTest::newRow("new→approved") << 0 << "Text" << int(SegmentState::Approved) << false
                                  << int(ErrorCode::InvalidTransition);
    QTest::newRow("confirming an empty translation")
        << 0 << "" << int(SegmentState::Translated) << false << int(ErrorCode::InvalidInput);
    QTest::newRow("locked segment") << 0 << "Text" << int(SegmentState::Translated) << true
                                    << int(ErrorCode::InvalidInput);
}

void TestSegmentEdit::refusals()
{
    QFETCH(int, baseRev);
    QFETCH(QString, target);
    QFETCH(int, state);
    QFETCH(bool, locked);
    QFETCH(int, code);
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 2);
    const QString id = seeded.segments.first().id;
    if (locked)
        QVERIFY(ws->database().exec("UPDATE segments SET flags = 1"));

    auto result = ws->segments().applyEdit({id, {target}, static_cast<SegmentState>(state), baseRev, {}});
    QVERIFY(!result);
    QCOMPARE(int(result.error().code), code);
    QVERIFY(!result.error().message.isEmpty());
    auto reread = ws->segments().find(id);
    QCOMPARE(reread->rev, 0);
    QCOMPARE(reread->state, SegmentState::New);
    QCOMPARE(*ws->outbox().pendingCount(), 0);
    QCOMPARE(ws->segments().revisions(id)->size(), 0);
}

void TestSegmentEdit::failureAtEveryStatementLeavesNothingHalfWritten()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 2);
    const QString id = seeded.segments.first().id;
    auto& db = ws->database();

    // Count the statements of one edit (on the other segment), then fail each of them in turn.
    db.failStatement(0);
    QVERIFY(ws->segments().applyEdit({seeded.segments.last().id, {QStringLiteral("x")}, SegmentState::Draft, 0, {}}));
    const int statements = db.statementsExecuted();
    QVERIFY2(statements >= 5, "an edit is BEGIN, read, update, revision, outbox, COMMIT");

    const qint64 revisionsBefore = scalar(db, "SELECT count(*) FROM segment_revisions");
    const qint64 outboxBefore = scalar(db, "SELECT count(*) FROM outbox");
    for (int failing = 1; failing <= statements; ++failing) {
        db.failStatement(failing);
        auto result = ws->segments().applyEdit(
            {id, {QStringLiteral("Übersetzung")}, SegmentState::Translated, 0, QStringLiteral("anna")});
        db.failStatement(0);
        QVERIFY2(!result, qPrintable(QStringLiteral("statement %1 of %2 failed, yet the edit reported success")
                                         .arg(failing)
                                         .arg(statements)));
        QCOMPARE(result.error().code, ErrorCode::Database);
        QVERIFY(!db.inTransaction());
        auto reread = ws->segments().find(id);
        QVERIFY(reread);
        QCOMPARE(reread->rev, 0);
        QVERIFY(reread->targets.isEmpty());
        QCOMPARE(scalar(db, "SELECT count(*) FROM segment_revisions"), revisionsBefore);
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox"), outboxBefore);
    }
    QCOMPARE(integrity(db), QStringLiteral("ok"));

    // The store is still usable: the same edit now succeeds whole.
    auto result = ws->segments().applyEdit({id, {QStringLiteral("Übersetzung")}, SegmentState::Translated, 0, {}});
    QVERIFY(result);
    QCOMPARE(scalar(db, "SELECT count(*) FROM outbox"), outboxBefore + 1);
}

QTEST_GUILESS_MAIN(TestSegmentEdit)
#include "TestSegmentEdit.moc"
