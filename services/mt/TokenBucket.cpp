// TokenBucket: refilled lazily from the injected clock's milliseconds.
#include "TokenBucket.h"

#include <algorithm>
#include <cmath>

#include "domain/Clock.h"

namespace tessera::mt {

TokenBucket::TokenBucket(RateLimitSettings settings, const domain::Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
{
    m_settings.burst = std::max(1, m_settings.burst);
    m_settings.requestsPerSecond = std::max(0.0, m_settings.requestsPerSecond);
    m_tokens = m_settings.burst;
    m_lastMs = m_clock.now().toMSecsSinceEpoch();
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now > m_lastMs) {
        m_tokens = std::min(double(m_settings.burst),
                            m_tokens + double(now - m_lastMs) * m_settings.requestsPerSecond / 1000.0);
        m_lastMs = now;
    }
}

double TokenBucket::tokens()
{
    refill();
    return m_tokens;
}

qint64 TokenBucket::tryTake()
{
    if (m_settings.requestsPerSecond <= 0)
        return 0;
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_settings.requestsPerSecond)));
}

} // namespace tessera::mt
