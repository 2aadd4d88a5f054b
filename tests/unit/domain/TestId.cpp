// Tests the ids objects are born with: valid version-7 UUIDs, unique, in creation order.
#include <QSet>
#include <QTest>
#include <QUuid>

#include "domain/Id.h"

class TestId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isAVersion7Uuid();
    void uniqueAndInCreationOrder();
};

void TestId::isAVersion7Uuid()
{
    const QString id = tessera::domain::newId();
    QCOMPARE(id.size(), 36);
    const QUuid uuid(id);
    QVERIFY(!uuid.isNull());
    QCOMPARE(id.at(14), QLatin1Char('7')); // version nibble (Qt 6.8's QUuid::Version stops at 5)
    QCOMPARE(uuid.variant(), QUuid::DCE);
    // The first 48 bits are the creation time in milliseconds.
    const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
    QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 5000);
}

void TestId::uniqueAndInCreationOrder()
{
    QStringList ids;
    for (int i = 0; i < 20000; ++i)
        ids.append(tessera::domain::newId());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ids);
}

QTEST_GUILESS_MAIN(TestId)
#include "TestId.moc"
