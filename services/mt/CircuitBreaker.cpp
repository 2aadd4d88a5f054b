// CircuitBreaker: the closed/open/half-open state machine on the injected clock.
#include "CircuitBreaker.h"

#include <algorithm>

#include "MtLog.h"
#include "domain/Clock.h"

namespace tessera::mt {

CircuitBreaker::CircuitBreaker(BreakerSettings settings, const domain::Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
{
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
    m_settings.halfOpenProbes = std::max(1, m_settings.halfOpenProbes);
    m_settings.openDurationMs = std::max(0, m_settings.openDurationMs);
}

qint64 CircuitBreaker::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

const char* CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return "closed";
    case State::Open:
        return "open";
    case State::HalfOpen:
        return "half-open";
    }
    return "?";
}

CircuitBreaker::State CircuitBreaker::state()
{
    if (m_state == State::Open && nowMs() - m_openedAtMs >= m_settings.openDurationMs) {
        m_state = State::HalfOpen;
        m_probesInFlight = 0;
        m_probeSuccesses = 0;
        qCInfo(lcMt) << "circuit half-open";
    }
    return m_state;
}

qint64 CircuitBreaker::msUntilHalfOpen() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_settings.openDurationMs - nowMs());
}

CircuitBreaker::Decision CircuitBreaker::acquire()
{
    switch (state()) {
    case State::Closed:
        return Decision::Allow;
    case State::Open:
        return Decision::Reject;
    case State::HalfOpen:
        if (m_probesInFlight + m_probeSuccesses >= m_settings.halfOpenProbes)
            return Decision::Wait;
        ++m_probesInFlight;
        return Decision::Allow;
    }
    return Decision::Reject;
}

void CircuitBreaker::open()
{
    m_state = State::Open;
    m_openedAtMs = nowMs();
    m_probesInFlight = 0;
    m_probeSuccesses = 0;
    qCInfo(lcMt) << "circuit open after" << m_failures << "consecutive failures";
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    if (m_state != State::HalfOpen)
        return;
    m_probesInFlight = std::max(0, m_probesInFlight - 1);
    if (++m_probeSuccesses >= m_settings.halfOpenProbes) {
        m_state = State::Closed;
        qCInfo(lcMt) << "circuit closed";
    }
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_state == State::HalfOpen || (m_state == State::Closed && m_failures >= m_settings.failureThreshold))
        open();
    else if (m_state == State::Open)
        m_probesInFlight = 0; // a reply from before the circuit opened
}

void CircuitBreaker::release()
{
    if (m_state == State::HalfOpen)
        m_probesInFlight = std::max(0, m_probesInFlight - 1);
}

} // namespace tessera::mt
