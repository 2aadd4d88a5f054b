// TokenBucket: a provider's rate limit: a sustained rate of requests per second and a burst.
#pragma once

#include <QtGlobal>

#include "ResilienceSettings.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::mt {

// The bucket holds up to `burst` tokens and refills at `requestsPerSecond`; each request takes one.
// A rate of 0 is no limit.
class TokenBucket {
public:
    TokenBucket(RateLimitSettings settings, const domain::Clock& clock);

    // Takes a token and returns 0, or returns how many milliseconds until one is there (and takes
    // nothing).
    qint64 tryTake();
    double tokens(); // after refilling, for tests and logs
    const RateLimitSettings& settings() const { return m_settings; }

private:
    void refill();

    RateLimitSettings m_settings;
    const domain::Clock& m_clock;
    double m_tokens;
    qint64 m_lastMs;
};

} // namespace tessera::mt
