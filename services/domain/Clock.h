// Clock: the time source services use, passed in so tests can set the time.
#pragma once

#include <QDateTime>

namespace tessera::domain {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace tessera::domain
