// RetryPolicy: exponential backoff with jitter, and Retry-After in both of its forms.
#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QTimeZone>

namespace tessera::mt {

RetryPolicy::RetryPolicy(RetrySettings settings)
    : m_settings(settings)
{
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_settings.baseDelayMs = std::max(0, m_settings.baseDelayMs);
    m_settings.maxDelayMs = std::max(m_settings.baseDelayMs, m_settings.maxDelayMs);
    m_settings.jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
}

bool RetryPolicy::isRetryable(const HttpResponse& reply)
{
    switch (reply.status) {
    case 0:
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoffMs(int attempt, double random) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double full =
        std::min(double(m_settings.maxDelayMs), double(m_settings.baseDelayMs) * std::ldexp(1.0, exponent));
    const double fixed = full * (1.0 - m_settings.jitter);
    return qint64(std::llround(fixed + full * m_settings.jitter * std::clamp(random, 0.0, 1.0)));
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7); the names are always English.
    static const char* const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                                          "ddd MMM d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    const QString textString = QString::fromLatin1(text).simplified();
    for (const char* format : formats) {
        QDateTime when = c.toDateTime(textString, QString::fromLatin1(format), 1970);
        if (!when.isValid())
            continue;
        when.setTimeZone(QTimeZone::UTC);
        return std::max<qint64>(0, now.msecsTo(when));
    }
    return std::nullopt;
}

std::optional<qint64> RetryPolicy::nextDelayMs(int attempt, const HttpResponse& reply, const QDateTime& now,
                                               double random) const
{
    if (!isRetryable(reply) || attempt >= m_settings.maxAttempts)
        return std::nullopt;
    const qint64 backoff = backoffMs(attempt, random);
    if (reply.status == 429 || reply.status == 503) {
        if (const auto wait = retryAfterMs(reply.header(QByteArrayLiteral("retry-after")), now)) {
            if (*wait > m_settings.maxRetryAfterMs)
                return std::nullopt;
            return std::max(*wait, qint64(0));
        }
    }
    return backoff;
}

} // namespace tessera::mt
