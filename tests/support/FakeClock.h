// FakeClock: a clock tests set and advance by hand.
#pragma once

#include "domain/Clock.h"

namespace tessera::testsupport {

class FakeClock final : public domain::Clock {
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& time) { m_now = time; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
};

} // namespace tessera::testsupport
