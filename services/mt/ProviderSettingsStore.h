// ProviderSettingsStore: a provider's non-secret settings (endpoint, model, extra) in QSettings under
// mt/providers/<id>; the API key is never written here (it lives in a KeyStore).
#pragma once

#include <memory>

#include <QSettings>

#include "MtTypes.h"

namespace tessera::mt {

class ProviderSettingsStore {
public:
    // Settings of the application's default QSettings.
    ProviderSettingsStore() = default;
    // Settings in a given file (tests, --config).
    explicit ProviderSettingsStore(const QString& iniFile);

    ProviderSettings load(const QString& providerId) const; // apiKey left empty
    void save(const ProviderSettings& settings);            // apiKey ignored
    QString fileName() const;

private:
    std::unique_ptr<QSettings> open() const;
    QString m_iniFile;
};

} // namespace tessera::mt
