// TestCircuitBreaker: the closed/open/half-open state machine on a fake clock.
#include <QTest>

#include "FakeClock.h"
#include "mt/CircuitBreaker.h"

using tessera::mt::BreakerSettings;
using tessera::mt::CircuitBreaker;
using Decision = CircuitBreaker::Decision;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensAfterTheThresholdOfConsecutiveFailures();
    void aSuccessResetsTheFailureCount();
    void halfOpenAfterTheOpenDurationLetsOnlyTheProbesThrough();
    void successfulProbesCloseTheCircuit();
    void aFailedProbeOpensItAgainForAnotherDuration();
    void releaseGivesAProbeBack();
};

void TestCircuitBreaker::opensAfterTheThresholdOfConsecutiveFailures()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{3, 10000, 1}, clock);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(breaker.acquire(), Decision::Allow);
        breaker.recordFailure();
    }
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.acquire(), Decision::Reject);
    QCOMPARE(breaker.msUntilHalfOpen(), qint64(10000));
}

void TestCircuitBreaker::aSuccessResetsTheFailureCount()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{3, 10000, 1}, clock);
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 2);
}

void TestCircuitBreaker::halfOpenAfterTheOpenDurationLetsOnlyTheProbesThrough()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{1, 30000, 2}, clock);
    breaker.recordFailure();
    clock.advance(29);
    QCOMPARE(breaker.acquire(), Decision::Reject);
    clock.advance(1);
    QCOMPARE(breaker.state(), State::HalfOpen);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Wait); // both probes are out
}

void TestCircuitBreaker::successfulProbesCloseTheCircuit()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{1, 1000, 2}, clock);
    breaker.recordFailure();
    clock.advance(1);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::HalfOpen); // one of two probes back
    QCOMPARE(breaker.acquire(), Decision::Wait);
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Allow); // closed: no limit
}

void TestCircuitBreaker::aFailedProbeOpensItAgainForAnotherDuration()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{2, 5000, 1}, clock);
    breaker.recordFailure();
    breaker.recordFailure();
    clock.advance(5);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.msUntilHalfOpen(), qint64(5000));
    clock.advance(4);
    QCOMPARE(breaker.acquire(), Decision::Reject);
    clock.advance(1);
    QCOMPARE(breaker.acquire(), Decision::Allow);
}

void TestCircuitBreaker::releaseGivesAProbeBack()
{
    tessera::testsupport::FakeClock clock;
    CircuitBreaker breaker(BreakerSettings{1, 1000, 1}, clock);
    breaker.recordFailure();
    clock.advance(1);
    QCOMPARE(breaker.acquire(), Decision::Allow);
    QCOMPARE(breaker.acquire(), Decision::Wait);
    breaker.release(); // the probe was cancelled
    QCOMPARE(breaker.acquire(), Decision::Allow);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "TestCircuitBreaker.moc"
