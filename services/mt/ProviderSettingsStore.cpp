#include "ProviderSettingsStore.h"

#include <algorithm>

namespace tessera::mt {

namespace {

QString groupOf(const QString& providerId)
{
    return QStringLiteral("mt/providers/") + providerId;
}

const QString s_resilienceGroup = QStringLiteral("resilience");
const QString s_activeProviderKey = QStringLiteral("mt/provider");

// `key` from the open group, `fallback` when unset or not a number, brought into [min, max].
double boundedSetting(const QSettings& settings, const QString& key, double fallback, double min, double max)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return std::clamp(ok ? value : fallback, min, max);
}

} // namespace

ProviderSettingsStore::ProviderSettingsStore(const QString& iniFile)
    : m_iniFile(iniFile)
{}

std::unique_ptr<QSettings> ProviderSettingsStore::open() const
{
    if (m_iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_iniFile, QSettings::IniFormat);
}

QString ProviderSettingsStore::fileName() const
{
    return open()->fileName();
}

ProviderSettings ProviderSettingsStore::load(const QString& providerId) const
{
    return read(*open(), providerId);
}

ProviderSettings ProviderSettingsStore::read(QSettings& settings, const QString& providerId)
{
    settings.beginGroup(groupOf(providerId));
    ProviderSettings out;
    out.id = providerId;
    out.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
    out.model = settings.value(QStringLiteral("model")).toString();
    settings.beginGroup(QStringLiteral("extra"));
    for (const QString& key : settings.childKeys())
        out.extra.insert(key, settings.value(key));
    settings.endGroup();
    settings.endGroup();
    return out;
}

ProviderSettings ProviderSettingsStore::loadForUse(const QString& providerId, const QString& defaultEndpoint) const
{
    const auto stored = open();
    ProviderSettings settings = read(*stored, providerId);
    if (settings.endpoint.isEmpty())
        settings.endpoint = QUrl(stored->value(QStringLiteral("mt/%1/endpoint").arg(providerId)).toString());
    if (settings.endpoint.isEmpty())
        settings.endpoint = QUrl(defaultEndpoint);
    return settings;
}

QString ProviderSettingsStore::activeProvider() const
{
    return open()->value(s_activeProviderKey).toString();
}

void ProviderSettingsStore::setActiveProvider(const QString& providerId)
{
    const auto settings = open();
    if (providerId.isEmpty())
        settings->remove(s_activeProviderKey);
    else
        settings->setValue(s_activeProviderKey, providerId);
    settings->sync();
}

void ProviderSettingsStore::save(const ProviderSettings& provider)
{
    const auto settings = open();
    settings->beginGroup(groupOf(provider.id));
    for (const QString& key : {QStringLiteral("endpoint"), QStringLiteral("model"), QStringLiteral("extra")})
        settings->remove(key);
    if (!provider.endpoint.isEmpty())
        settings->setValue(QStringLiteral("endpoint"), provider.endpoint.toString());
    if (!provider.model.isEmpty())
        settings->setValue(QStringLiteral("model"), provider.model);
    settings->beginGroup(QStringLiteral("extra"));
    for (auto it = provider.extra.cbegin(); it != provider.extra.cend(); ++it)
        if (!it.value().toString().isEmpty())
            settings->setValue(it.key(), it.value());
    settings->endGroup();
    settings->endGroup();
    settings->sync();
}

ResilienceSettings ProviderSettingsStore::loadResilience(const QString& providerId) const
{
    const auto settings = open();
    settings->beginGroup(groupOf(providerId) + QLatin1Char('/') + s_resilienceGroup);
    const ResilienceSettings d;
    ResilienceSettings r;
    const auto whole = [&](const char* key, int fallback, int min, int max) {
        return int(boundedSetting(*settings, QString::fromLatin1(key), fallback, min, max));
    };
    r.connectTimeoutMs = whole("connectTimeoutMs", d.connectTimeoutMs, 100, 120000);
    r.totalTimeoutMs = whole("totalTimeoutMs", d.totalTimeoutMs, 100, 600000);
    r.maxInFlight = whole("maxInFlight", d.maxInFlight, 1, 64);
    r.rateLimit.requestsPerSecond =
        boundedSetting(*settings, QStringLiteral("requestsPerSecond"), d.rateLimit.requestsPerSecond, 0, 100000);
    r.rateLimit.burst = whole("burst", d.rateLimit.burst, 1, 1000);
    r.retry.maxAttempts = whole("maxAttempts", d.retry.maxAttempts, 1, 20);
    r.breaker.failureThreshold = whole("failureThreshold", d.breaker.failureThreshold, 1, 1000);
    r.breaker.openDurationMs = whole("openDurationMs", d.breaker.openDurationMs, 100, 3600000);
    return r;
}

void ProviderSettingsStore::saveResilience(const QString& providerId, const ResilienceSettings& r)
{
    const auto settings = open();
    settings->beginGroup(groupOf(providerId) + QLatin1Char('/') + s_resilienceGroup);
    settings->setValue(QStringLiteral("connectTimeoutMs"), r.connectTimeoutMs);
    settings->setValue(QStringLiteral("totalTimeoutMs"), r.totalTimeoutMs);
    settings->setValue(QStringLiteral("maxInFlight"), r.maxInFlight);
    settings->setValue(QStringLiteral("requestsPerSecond"), r.rateLimit.requestsPerSecond);
    settings->setValue(QStringLiteral("burst"), r.rateLimit.burst);
    settings->setValue(QStringLiteral("maxAttempts"), r.retry.maxAttempts);
    settings->setValue(QStringLiteral("failureThreshold"), r.breaker.failureThreshold);
    settings->setValue(QStringLiteral("openDurationMs"), r.breaker.openDurationMs);
    settings->endGroup();
    settings->sync();
}

} // namespace tessera::mt
