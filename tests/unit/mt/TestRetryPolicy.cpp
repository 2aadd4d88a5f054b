// TestRetryPolicy: which replies are retried, the exponential backoff with jitter, and Retry-After.
#include <QTest>
#include <QTimeZone>

#include "mt/RetryPolicy.h"

using tessera::mt::HttpResponse;
using tessera::mt::RetryPolicy;
using tessera::mt::RetrySettings;

namespace {

HttpResponse reply(int status, const QByteArray& retryAfter = {})
{
    HttpResponse r;
    r.status = status;
    if (!retryAfter.isNull())
        r.headers.append({QByteArrayLiteral("retry-after"), retryAfter});
    return r;
}

const QDateTime s_now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::UTC);

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses_data();
    void retryableStatuses();
    void backoffDoublesUpToTheCap();
    void jitterStaysInsideItsFraction();
    void retryAfter_data();
    void retryAfter();
    void a429WaitsAsLongAsRetryAfterSays();
    void aRetryAfterBeyondTheLimitFailsTheRequest();
    void attemptsRunOut();
};

void TestRetryPolicy::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("no reply") << 0 << true;
    QTest::newRow("timeout") << 408 << true;
    QTest::newRow("too many") << 429 << true;
    QTest::newRow("server error") << 500 << true;
    QTest::newRow("bad gateway") << 502 << true;
    QTest::newRow("unavailable") << 503 << true;
    QTest::newRow("gateway timeout") << 504 << true;
    QTest::newRow("bad request") << 400 << false;
    QTest::newRow("unauthorized") << 401 << false;
    QTest::newRow("forbidden") << 403 << false;
    QTest::newRow("not found") << 404 << false;
    QTest::newRow("not implemented") << 501 << false;
}

void TestRetryPolicy::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(reply(status)), retryable);
}

void TestRetryPolicy::backoffDoublesUpToTheCap()
{
    RetryPolicy policy(RetrySettings{10, 500, 3000, 0.0, 120000});
    QCOMPARE(policy.backoffMs(1, 0.7), qint64(500));
    QCOMPARE(policy.backoffMs(2, 0.7), qint64(1000));
    QCOMPARE(policy.backoffMs(3, 0.7), qint64(2000));
    QCOMPARE(policy.backoffMs(4, 0.7), qint64(3000));
    QCOMPARE(policy.backoffMs(9, 0.7), qint64(3000));
}

void TestRetryPolicy::jitterStaysInsideItsFraction()
{
    RetryPolicy policy(RetrySettings{10, 1000, 60000, 0.5, 120000});
    // Attempt 3: 4000 ms, of which half is fixed and half scaled by the random number.
    QCOMPARE(policy.backoffMs(3, 0.0), qint64(2000));
    QCOMPARE(policy.backoffMs(3, 0.5), qint64(3000));
    QCOMPARE(policy.backoffMs(3, 0.999), qint64(3998));
    RetryPolicy full(RetrySettings{10, 1000, 60000, 1.0, 120000});
    QCOMPARE(full.backoffMs(2, 0.0), qint64(0));
    QCOMPARE(full.backoffMs(2, 0.25), qint64(500));
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(60000);
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:29:30 GMT") << qint64(150000);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:27:05 2015") << qint64(5000);
    QTest::newRow("in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const auto wait = RetryPolicy::retryAfterMs(header, s_now);
    if (expected < 0)
        QVERIFY(!wait);
    else
        QCOMPARE(wait.value_or(-1), expected);
}

void TestRetryPolicy::a429WaitsAsLongAsRetryAfterSays()
{
    RetryPolicy policy(RetrySettings{4, 500, 30000, 0.0, 120000});
    QCOMPARE(policy.nextDelayMs(1, reply(429, "7"), s_now, 0.5).value_or(-1), qint64(7000));
    QCOMPARE(policy.nextDelayMs(1, reply(503, "Wed, 21 Oct 2015 07:27:02 GMT"), s_now, 0.5).value_or(-1), qint64(2000));
    // Without the header, the backoff.
    QCOMPARE(policy.nextDelayMs(2, reply(429), s_now, 0.5).value_or(-1), qint64(1000));
    // A 500's Retry-After is not a rate limit's; the backoff applies.
    QCOMPARE(policy.nextDelayMs(1, reply(500, "60"), s_now, 0.5).value_or(-1), qint64(500));
}

void TestRetryPolicy::aRetryAfterBeyondTheLimitFailsTheRequest()
{
    RetryPolicy policy(RetrySettings{4, 500, 30000, 0.0, 10000});
    QVERIFY(!policy.nextDelayMs(1, reply(429, "3600"), s_now, 0.5));
    QVERIFY(policy.nextDelayMs(1, reply(429, "10"), s_now, 0.5));
}

void TestRetryPolicy::attemptsRunOut()
{
    RetryPolicy policy(RetrySettings{3, 100, 1000, 0.0, 10000});
    QVERIFY(policy.nextDelayMs(1, reply(0), s_now, 0.1));
    QVERIFY(policy.nextDelayMs(2, reply(0), s_now, 0.1));
    QVERIFY(!policy.nextDelayMs(3, reply(0), s_now, 0.1));
    QVERIFY(!policy.nextDelayMs(1, reply(400), s_now, 0.1));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
