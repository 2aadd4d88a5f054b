// RetryPolicy: how long a failed job waits before its next attempt: exponential backoff with jitter.
#pragma once

#include <QtGlobal>

namespace tessera::jobs {

struct RetryPolicy {
    qint64 baseDelayMs = 2000;          // the wait after the first failed attempt, before jitter
    double factor = 2.0;                // growth per further failed attempt
    qint64 maxDelayMs = 15 * 60 * 1000; // cap before jitter
    double jitter = 0.5;                // share of the delay that is random: 0 none, 1 "full jitter"

    // The wait after failed attempt `attempt` (1-based), with `unit` a random draw from [0, 1):
    // d = min(max, base · factor^(attempt−1)); wait = d · (1 − jitter) + d · jitter · unit.
    qint64 delayMs(int attempt, double unit) const;
};

} // namespace tessera::jobs
