// ProviderSettingsStore: a provider's non-secret settings (endpoint, model, extra) and its resilience
// (timeouts, rate limit, retries, circuit breaker) in QSettings under mt/providers/<id>; the API key is
// never written here (it lives in a KeyStore).
#pragma once

#include <memory>

#include <QSettings>

#include "MtTypes.h"
#include "ResilienceSettings.h"

namespace tessera::mt {

class ProviderSettingsStore {
public:
    // Settings of the application's default QSettings.
    ProviderSettingsStore() = default;
    // Settings in a given file (tests, --config).
    explicit ProviderSettingsStore(const QString& iniFile);

    ProviderSettings load(const QString& providerId) const; // apiKey left empty
    // What the provider is used with: load(), with the endpoint of older settings (mt/<id>/endpoint)
    // when none is saved, else `defaultEndpoint`; apiKey left empty.
    ProviderSettings loadForUse(const QString& providerId, const QString& defaultEndpoint = {}) const;
    // The provider the editor's suggestions and machine pretranslation use; empty: none.
    QString activeProvider() const;
    void setActiveProvider(const QString& providerId);
    void save(const ProviderSettings& settings); // apiKey ignored; resilience kept
    // What the user set, the defaults for what they did not; values out of range are brought into it.
    ResilienceSettings loadResilience(const QString& providerId) const;
    void saveResilience(const QString& providerId, const ResilienceSettings& resilience);
    QString fileName() const;

private:
    std::unique_ptr<QSettings> open() const;
    static ProviderSettings read(QSettings& settings, const QString& providerId);
    QString m_iniFile;
};

} // namespace tessera::mt
