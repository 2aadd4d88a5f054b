// RetryPolicy: the backoff formula, kept apart so tests and docs/JOBS.md can state it exactly.
#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace tessera::jobs {

qint64 RetryPolicy::delayMs(int attempt, double unit) const
{
    const double exponent = std::max(0, attempt - 1);
    const double capped = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(factor, exponent));
    const double share = std::clamp(jitter, 0.0, 1.0);
    const double draw = std::clamp(unit, 0.0, 1.0);
    return qint64(std::llround(capped * (1.0 - share) + capped * share * draw));
}

} // namespace tessera::jobs
