// ResilienceFields: a provider's connection limits in its settings form: connect and total timeouts,
// the rate limit, requests at once, attempts per request, and when the circuit breaker opens and for
// how long.
#pragma once

#include <QGroupBox>

#include "mt/ResilienceSettings.h"

class QDoubleSpinBox;
class QSpinBox;

namespace tessera::ui::settings {

class ResilienceFields final : public QGroupBox {
    Q_OBJECT

public:
    explicit ResilienceFields(QWidget* parent = nullptr);

    void setSettings(const mt::ResilienceSettings& settings);
    // The fields' values over `base` (what the form does not show is kept).
    mt::ResilienceSettings settings(mt::ResilienceSettings base = {}) const;

private:
    QDoubleSpinBox* seconds(const char* name, double min, double max);
    QSpinBox* count(const char* name, int min, int max);

    QDoubleSpinBox* m_connectTimeout = nullptr;
    QDoubleSpinBox* m_totalTimeout = nullptr;
    QDoubleSpinBox* m_requestsPerSecond = nullptr;
    QSpinBox* m_inFlight = nullptr;
    QSpinBox* m_attempts = nullptr;
    QSpinBox* m_failureThreshold = nullptr;
    QDoubleSpinBox* m_openDuration = nullptr;
};

} // namespace tessera::ui::settings
