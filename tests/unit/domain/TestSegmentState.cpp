// Tests the segment life cycle: which state changes the workflow allows, and state names.
#include <QTest>

#include "domain/SegmentState.h"

using tessera::domain::SegmentState;

Q_DECLARE_METATYPE(SegmentState)

class TestSegmentState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void names();
    void needsWork();
};

void TestSegmentState::transitions_data()
{
    QTest::addColumn<SegmentState>("from");
    QTest::addColumn<SegmentState>("to");
    QTest::addColumn<bool>("allowed");
    using S = SegmentState;
    QTest::newRow("new→draft") << S::New << S::Draft << true;
    QTest::newRow("new→translated (confirm)") << S::New << S::Translated << true;
    QTest::newRow("new→reviewed skips translation") << S::New << S::Reviewed << false;
    QTest::newRow("new→approved skips everything") << S::New << S::Approved << false;
    QTest::newRow("new→rejected: nothing to reject") << S::New << S::Rejected << false;
    QTest::newRow("draft→new (cleared)") << S::Draft << S::New << true;
    QTest::newRow("draft→translated") << S::Draft << S::Translated << true;
    QTest::newRow("draft→reviewed needs a confirmed translation") << S::Draft << S::Reviewed << false;
    QTest::newRow("translated→reviewed") << S::Translated << S::Reviewed << true;
    QTest::newRow("translated→rejected") << S::Translated << S::Rejected << true;
    QTest::newRow("translated→approved skips review") << S::Translated << S::Approved << false;
    QTest::newRow("translated→new loses confirmed work") << S::Translated << S::New << false;
    QTest::newRow("reviewed→approved") << S::Reviewed << S::Approved << true;
    QTest::newRow("reviewed→rejected") << S::Reviewed << S::Rejected << true;
    QTest::newRow("reviewed→translated (edited again)") << S::Reviewed << S::Translated << true;
    QTest::newRow("approved→rejected (reopened)") << S::Approved << S::Rejected << true;
    QTest::newRow("approved→reviewed goes backwards") << S::Approved << S::Reviewed << false;
    QTest::newRow("rejected→translated (fixed)") << S::Rejected << S::Translated << true;
    QTest::newRow("rejected→approved without a fix") << S::Rejected << S::Approved << false;
    QTest::newRow("rejected→draft") << S::Rejected << S::Draft << true;
    QTest::newRow("approved→approved (text edit keeps state)") << S::Approved << S::Approved << true;
}

void TestSegmentState::transitions()
{
    QFETCH(SegmentState, from);
    QFETCH(SegmentState, to);
    QFETCH(bool, allowed);
    QCOMPARE(tessera::domain::canTransition(from, to), allowed);
}

void TestSegmentState::names()
{
    for (int i = 0; i <= int(SegmentState::Rejected); ++i) {
        const auto state = static_cast<SegmentState>(i);
        QVERIFY(tessera::domain::segmentStateFromString(tessera::domain::stateName(state)) == state);
    }
    QVERIFY(tessera::domain::segmentStateFromString(QStringLiteral(" Translated ")) == SegmentState::Translated);
    QVERIFY(!tessera::domain::segmentStateFromString(QStringLiteral("finished")).has_value());
    QVERIFY(!tessera::domain::segmentStateFromString(QString()).has_value());
}

void TestSegmentState::needsWork()
{
    QVERIFY(tessera::domain::needsWork(SegmentState::New));
    QVERIFY(tessera::domain::needsWork(SegmentState::Rejected));
    QVERIFY(!tessera::domain::needsWork(SegmentState::Translated));
    QVERIFY(!tessera::domain::needsWork(SegmentState::Approved));
}

QTEST_GUILESS_MAIN(TestSegmentState)
#include "TestSegmentState.moc"
