// Tests SegmentPageCache: rows found by view row, the least recently used page dropped when full, and
// pages shorter than a full page (the end of a view, rows deleted meanwhile).
#include <QTest>

#include "models/SegmentPageCache.h"

using tessera::models::SegmentPageCache;
using tessera::store::SegmentRow;

namespace {

// A page of `count` rows whose rowids are page * 1000 + offset.
QList<SegmentRow> page(int number, int count)
{
    QList<SegmentRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append(SegmentRow{number * 1000 + i, {}, 0});
    return rows;
}

} // namespace

class TestSegmentPageCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsRowsOfCachedPages()
    {
        SegmentPageCache cache(4, 3);
        QVERIFY(!cache.find(0));
        SegmentRow* inserted = cache.insert(2, page(2, 4), 9);
        QVERIFY(inserted);
        QCOMPARE(inserted->rowId, 2001);
        QCOMPARE(cache.find(8)->rowId, 2000);
        QCOMPARE(cache.find(11)->rowId, 2003);
        QVERIFY(!cache.find(12));
        QVERIFY(!cache.find(7));
        QVERIFY(!cache.find(-1));
    }

    void dropsTheLeastRecentlyUsedPage()
    {
        SegmentPageCache cache(4, 3);
        cache.insert(0, page(0, 4), 0);
        cache.insert(1, page(1, 4), 4);
        cache.insert(2, page(2, 4), 8);
        QVERIFY(cache.find(0)); // page 0 is used again, so page 1 is now the oldest
        cache.insert(3, page(3, 4), 12);
        QCOMPARE(cache.pageCount(), 3);
        QVERIFY(cache.find(0));
        QVERIFY(!cache.find(4));
        QVERIFY(cache.find(8));
        QCOMPARE(cache.find(13)->rowId, 3001);
    }

    void shortPagesAndReplacement()
    {
        SegmentPageCache cache(4, 2);
        cache.insert(5, page(5, 2), 20); // the last page of a view of 22 rows
        QCOMPARE(cache.find(21)->rowId, 5001);
        QVERIFY(!cache.find(22));
        cache.insert(5, page(6, 4), 20); // fetched again: the new rows replace the old
        QCOMPARE(cache.pageCount(), 1);
        QCOMPARE(cache.find(23)->rowId, 6003);
        cache.clear();
        QCOMPARE(cache.pageCount(), 0);
        QVERIFY(!cache.find(20));
    }
};

QTEST_MAIN(TestSegmentPageCache)
#include "TestSegmentPageCache.moc"
