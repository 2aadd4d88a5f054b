// RetryPolicy: which failed replies are retried, and after how long (exponential backoff, jitter,
// the server's Retry-After).
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "MtTypes.h"
#include "ResilienceSettings.h"

namespace tessera::mt {

class RetryPolicy {
public:
    explicit RetryPolicy(RetrySettings settings);

    // No reply (status 0), 408, 429, 500, 502, 503 and 504 are worth another attempt; other
    // statuses are the request's own fault and fail at once.
    static bool isRetryable(const HttpResponse& reply);

    // The delay before attempt `attempt + 1` after attempt `attempt` (1-based) failed:
    // base·2^(attempt−1) capped at maxDelay, of which the `jitter` fraction is scaled by `random`
    // (in [0, 1)), so many clients do not retry in step.
    qint64 backoffMs(int attempt, double random) const;

    // A Retry-After header's wait in milliseconds: delay-seconds ("120") or an HTTP-date
    // ("Wed, 21 Oct 2015 07:28:00 GMT", also RFC 850 and asctime forms) relative to `now`; a date in
    // the past is 0. Nothing when the header is absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray& value, const QDateTime& now);

    // What to do after attempt `attempt` got `reply`: the delay before the next attempt, or nothing
    // when the request must fail now (not retryable, attempts used up, Retry-After too long).
    std::optional<qint64> nextDelayMs(int attempt, const HttpResponse& reply, const QDateTime& now,
                                      double random) const;

    const RetrySettings& settings() const { return m_settings; }

private:
    RetrySettings m_settings;
};

} // namespace tessera::mt
