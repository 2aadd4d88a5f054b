// MtProviderConfig: one machine-translation provider as the command line sets it up: the protocol by id,
// the endpoint from --url, else the desktop app's saved provider settings, else the protocol's local
// default; the API key (for providers that need one) from the OS keychain where the desktop saved it.
#pragma once

#include <optional>

#include <QString>

#include "CliContext.h"
#include "mt/MtTypes.h"
#include "mt/ResilienceSettings.h"

namespace tessera::cli {

class MtProviderConfig {
public:
    // Unknown id: usage error (2), listing the known ones. A --url that is no http(s) URL: usage error.
    // A provider that needs an API key without one in the keychain, or without an endpoint: environment (4).
    static CliResult<mt::ProviderSettings> resolve(CliContext& context, const QString& id, const QString& url,
                                                   const QString& helpCommand);
    // The endpoint a provider is used at when neither --url nor the saved settings give one (empty:
    // the protocol has none it could guess).
    static QString defaultEndpoint(const QString& id);
    // The endpoint saved for the provider, else defaultEndpoint() (empty: the protocol's own).
    static QString endpoint(const QString& id);
    // Whether provider `id` can be used as set up: every protocol has an endpoint it uses when none is
    // saved, so that is whether it needs no API key or has one in the keychain. nullopt when the
    // keychain did not answer within `keychainWaitMs`.
    static std::optional<bool> isConfigured(const QString& id, int keychainWaitMs);
    // The provider's timeouts, rate limit, retries and circuit breaker as saved in the desktop app's
    // settings (the defaults where none are).
    static mt::ResilienceSettings resilience(const QString& id);
    // The desktop app's settings file, where its provider settings are saved.
    static QString desktopSettingsFile();
};

} // namespace tessera::cli
