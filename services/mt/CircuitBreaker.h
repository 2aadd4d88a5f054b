// CircuitBreaker: stops calling a provider that keeps failing, and probes it again after a while.
#pragma once

#include <QtGlobal>

#include "ResilienceSettings.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::mt {

// Closed: requests pass; `failureThreshold` consecutive failures open the circuit.
// Open: requests are refused (fail fast) until `openDurationMs` has passed, then half-open.
// Half-open: up to `halfOpenProbes` requests pass at once; as many successes close the circuit,
// any failure opens it again for another `openDurationMs`.
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };
    enum class Decision { Allow, Wait, Reject }; // Wait: half-open and all probes are out

    CircuitBreaker(BreakerSettings settings, const domain::Clock& clock);

    // Asks to send one request; Allow counts it as in flight until recordSuccess/Failure/Release.
    Decision acquire();
    void recordSuccess();
    void recordFailure();
    // The request ended without saying anything about the provider's health (cancelled).
    void release();

    State state(); // moves Open to HalfOpen when its time has come
    int consecutiveFailures() const { return m_failures; }
    // Milliseconds until an open circuit lets probes through (0 when not open).
    qint64 msUntilHalfOpen() const;

    static const char* stateName(State state);

private:
    qint64 nowMs() const;
    void open();

    BreakerSettings m_settings;
    const domain::Clock& m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    int m_probesInFlight = 0;
    int m_probeSuccesses = 0;
    qint64 m_openedAtMs = 0;
};

} // namespace tessera::mt
