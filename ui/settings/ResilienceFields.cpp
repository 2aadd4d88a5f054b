#include "ResilienceFields.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace tessera::ui::settings {

ResilienceFields::ResilienceFields(QWidget* parent)
    : QGroupBox(tr("Connection and limits"), parent)
{
    setObjectName(QStringLiteral("resilience"));
    auto* form = new QFormLayout(this);
    m_connectTimeout = seconds("connectTimeout", 0.1, 120);
    form->addRow(tr("Connect timeout:"), m_connectTimeout);
    m_totalTimeout = seconds("totalTimeout", 0.1, 600);
    form->addRow(tr("Answer timeout:"), m_totalTimeout);
    m_requestsPerSecond = new QDoubleSpinBox(this);
    m_requestsPerSecond->setObjectName(QStringLiteral("requestsPerSecond"));
    m_requestsPerSecond->setRange(0, 100000);
    m_requestsPerSecond->setDecimals(1);
    m_requestsPerSecond->setSuffix(tr(" per second"));
    m_requestsPerSecond->setSpecialValueText(tr("no limit"));
    m_requestsPerSecond->setToolTip(tr("The provider's rate limit (your plan's); 0: none"));
    form->addRow(tr("Requests:"), m_requestsPerSecond);
    m_inFlight = count("maxInFlight", 1, 64);
    form->addRow(tr("Requests at once:"), m_inFlight);
    m_attempts = count("maxAttempts", 1, 20);
    m_attempts->setToolTip(tr("Tries per request, the first included; 429 and Retry-After are honoured"));
    form->addRow(tr("Tries per request:"), m_attempts);
    m_failureThreshold = count("failureThreshold", 1, 1000);
    m_failureThreshold->setSuffix(tr(" failures in a row"));
    m_failureThreshold->setToolTip(tr("After this many failures the provider is not asked for a while"));
    form->addRow(tr("Pause the provider after:"), m_failureThreshold);
    m_openDuration = seconds("openDuration", 0.1, 3600);
    m_openDuration->setToolTip(tr("How long a paused provider is left alone before one request tries it again"));
    form->addRow(tr("Pause for:"), m_openDuration);
    setSettings({});
}

QDoubleSpinBox* ResilienceFields::seconds(const char* name, double min, double max)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setDecimals(1);
    box->setSuffix(tr(" s"));
    return box;
}

QSpinBox* ResilienceFields::count(const char* name, int min, int max)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    return box;
}

void ResilienceFields::setSettings(const mt::ResilienceSettings& settings)
{
    m_connectTimeout->setValue(settings.connectTimeoutMs / 1000.0);
    m_totalTimeout->setValue(settings.totalTimeoutMs / 1000.0);
    m_requestsPerSecond->setValue(settings.rateLimit.requestsPerSecond);
    m_inFlight->setValue(settings.maxInFlight);
    m_attempts->setValue(settings.retry.maxAttempts);
    m_failureThreshold->setValue(settings.breaker.failureThreshold);
    m_openDuration->setValue(settings.breaker.openDurationMs / 1000.0);
}

mt::ResilienceSettings ResilienceFields::settings(mt::ResilienceSettings base) const
{
    base.connectTimeoutMs = int(std::lround(m_connectTimeout->value() * 1000));
    base.totalTimeoutMs = int(std::lround(m_totalTimeout->value() * 1000));
    base.rateLimit.requestsPerSecond = m_requestsPerSecond->value();
    base.maxInFlight = m_inFlight->value();
    base.retry.maxAttempts = m_attempts->value();
    base.breaker.failureThreshold = m_failureThreshold->value();
    base.breaker.openDurationMs = int(std::lround(m_openDuration->value() * 1000));
    return base;
}

} // namespace tessera::ui::settings
