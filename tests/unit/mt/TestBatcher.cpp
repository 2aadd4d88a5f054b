// TestBatcher: segments grouped into requests under a provider's segment and character limits.
#include <QTest>

#include "mt/Batcher.h"

using tessera::mt::Batcher;
using tessera::mt::MtSegment;
using tessera::mt::ProviderLimits;

namespace {

QList<MtSegment> segments(const QList<int>& lengths)
{
    QList<MtSegment> list;
    for (int length : lengths)
        list.append(MtSegment{QString(length, QLatin1Char('a')), {}, {}, {}});
    return list;
}

ProviderLimits limits(int maxSegments, int maxChars)
{
    ProviderLimits l;
    l.maxSegments = maxSegments;
    l.maxChars = maxChars;
    return l;
}

} // namespace

class TestBatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void everySegmentOnceInOrder();
};

using Groups = QList<QList<int>>;

void TestBatcher::split_data()
{
    QTest::addColumn<QList<int>>("lengths");
    QTest::addColumn<int>("maxSegments");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<Groups>("expected");
    QTest::newRow("one a request") << QList<int>{3, 4, 5} << 1 << 100 << Groups{{0}, {1}, {2}};
    QTest::newRow("by count") << QList<int>{1, 1, 1, 1, 1} << 2 << 100 << Groups{{0, 1}, {2, 3}, {4}};
    QTest::newRow("by characters") << QList<int>{40, 40, 40, 10} << 50 << 100 << Groups{{0, 1}, {2, 3}};
    QTest::newRow("exactly the budget") << QList<int>{50, 50, 1} << 50 << 100 << Groups{{0, 1}, {2}};
    QTest::newRow("an oversized one alone") << QList<int>{10, 500, 10} << 50 << 100 << Groups{{0}, {1}, {2}};
    QTest::newRow("nothing") << QList<int>{} << 10 << 100 << Groups{};
}

void TestBatcher::split()
{
    QFETCH(QList<int>, lengths);
    QFETCH(int, maxSegments);
    QFETCH(int, maxChars);
    QFETCH(Groups, expected);
    QCOMPARE(Batcher::split(segments(lengths), limits(maxSegments, maxChars)), expected);
}

void TestBatcher::everySegmentOnceInOrder()
{
    QList<int> lengths;
    for (int i = 0; i < 1000; ++i)
        lengths.append((i * 37) % 300 + 1);
    const Groups groups = Batcher::split(segments(lengths), limits(25, 2000));
    int next = 0;
    for (const QList<int>& group : groups) {
        QVERIFY(group.size() <= 25);
        int chars = 0;
        for (int index : group) {
            QCOMPARE(index, next++);
            chars += lengths.at(index);
        }
        QVERIFY(chars <= 2000);
    }
    QCOMPARE(next, 1000);
}

QTEST_GUILESS_MAIN(TestBatcher)
#include "TestBatcher.moc"
