// TestTokenBucket: the rate limit's burst, refill and wait times on a fake clock.
#include <QTest>

#include "FakeClock.h"
#include "mt/TokenBucket.h"

using tessera::mt::RateLimitSettings;
using tessera::mt::TokenBucket;

class TestTokenBucket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBurstPassesThenTheRateHolds();
    void refillsAtTheRateUpToTheBurst();
    void zeroRateIsNoLimit();
    void overAMinuteTheRateIsKept();
};

void TestTokenBucket::aBurstPassesThenTheRateHolds()
{
    tessera::testsupport::FakeClock clock;
    TokenBucket bucket(RateLimitSettings{2.0, 3}, clock);
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(500)); // 2/s: the next token in half a second
    QCOMPARE(bucket.tryTake(), qint64(500)); // asking does not take
}

void TestTokenBucket::refillsAtTheRateUpToTheBurst()
{
    tessera::testsupport::FakeClock clock;
    TokenBucket bucket(RateLimitSettings{4.0, 2}, clock);
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(250));
    clock.advance(1);
    QCOMPARE(bucket.tokens(), 2.0); // capped at the burst, not 4
    QCOMPARE(bucket.tryTake(), qint64(0));
    QCOMPARE(bucket.tryTake(), qint64(0));
    QVERIFY(bucket.tryTake() > 0);
}

void TestTokenBucket::zeroRateIsNoLimit()
{
    tessera::testsupport::FakeClock clock;
    TokenBucket bucket(RateLimitSettings{0.0, 1}, clock);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(bucket.tryTake(), qint64(0));
}

void TestTokenBucket::overAMinuteTheRateIsKept()
{
    tessera::testsupport::FakeClock clock;
    TokenBucket bucket(RateLimitSettings{5.0, 5}, clock);
    int taken = 0;
    for (int second = 0; second < 60; ++second) {
        while (bucket.tryTake() == 0)
            ++taken;
        clock.advance(1);
    }
    QCOMPARE(taken, 5 + 59 * 5); // the burst, then 5 a second
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "TestTokenBucket.moc"
