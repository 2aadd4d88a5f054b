// ResilienceSettings: one provider's timeouts, circuit breaker, retry and rate-limit parameters.
#pragma once

namespace tessera::mt {

// When the circuit opens and how it recovers (see CircuitBreaker).
struct BreakerSettings {
    int failureThreshold = 5;   // consecutive failures that open the circuit
    int openDurationMs = 30000; // how long an open circuit refuses before it lets probes through
    int halfOpenProbes = 1;     // probes in flight while half-open; that many successes close it
};

// How failed requests are retried (see RetryPolicy).
struct RetrySettings {
    int maxAttempts = 4;          // attempts per request, the first included
    int baseDelayMs = 500;        // delay before the second attempt
    int maxDelayMs = 30000;       // cap of the exponential delay
    double jitter = 0.5;          // fraction of the delay that is random (0: none, 1: full jitter)
    int maxRetryAfterMs = 120000; // a Retry-After longer than this fails the request instead
};

// Token bucket: a sustained rate and a burst (see TokenBucket). 0 requests per second: no limit.
struct RateLimitSettings {
    double requestsPerSecond = 0;
    int burst = 1;
};

struct ResilienceSettings {
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 60000;
    int maxInFlight = 4; // requests to this provider on the wire at once
    BreakerSettings breaker;
    RetrySettings retry;
    RateLimitSettings rateLimit;
};

} // namespace tessera::mt
