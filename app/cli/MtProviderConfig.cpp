// MtProviderConfig: --url over the desktop's saved settings over the default; keys read from the
// keychain on a local event loop (QtKeychain answers asynchronously), with a time limit.
#include "MtProviderConfig.h"

#include <QStandardPaths>

#include "mt/ApertiumProtocol.h"
#include "mt/KeychainKeyStore.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "mt/ProviderSettingsStore.h"

namespace tessera::cli {

namespace {

// A keychain that does not answer (no session bus, a locked wallet waiting for a password) is given up on.
constexpr int s_mtProviderConfigKeychainMs = 10000;

} // namespace

QString MtProviderConfig::defaultEndpoint(const QString& id)
{
    return id == QLatin1String("apertium") ? mt::ApertiumProtocol::defaultEndpoint() : QString();
}

QString MtProviderConfig::desktopSettingsFile()
{
    // The desktop app's QSettings: organization "Tessera", application "tessera".
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Tessera/tessera.conf");
}

std::optional<bool> MtProviderConfig::isConfigured(const QString& id, int keychainWaitMs)
{
    const auto protocol = mt::ProtocolRegistry::create(id);
    if (!protocol)
        return false;
    if (!protocol->needsApiKey())
        return true;
    const auto key = mt::KeychainKeyStore::readKeyWaiting(id, keychainWaitMs);
    if (!key)
        return std::nullopt;
    return *key && !(*key)->isEmpty();
}

QString MtProviderConfig::endpoint(const QString& id)
{
    const QUrl saved = mt::ProviderSettingsStore(desktopSettingsFile()).load(id).endpoint;
    return saved.isEmpty() ? defaultEndpoint(id) : saved.toString();
}

mt::ResilienceSettings MtProviderConfig::resilience(const QString& id)
{
    return mt::ProviderSettingsStore(desktopSettingsFile()).loadResilience(id);
}

CliResult<mt::ProviderSettings> MtProviderConfig::resolve(CliContext& context, const QString& id, const QString& url,
                                                          const QString& helpCommand)
{
    const auto protocol = mt::ProtocolRegistry::create(id);
    if (!protocol)
        return std::unexpected(
            context.usageError(QStringLiteral("unknown provider \"%1\" (known: %2)")
                                   .arg(id, mt::ProtocolRegistry::knownIds().join(QStringLiteral(", "))),
                               helpCommand));
    mt::ProviderSettings settings = mt::ProviderSettingsStore(desktopSettingsFile()).load(id);
    settings.id = id;
    if (!url.isEmpty()) {
        settings.endpoint = QUrl(url, QUrl::StrictMode);
        if (!settings.endpoint.isValid() || settings.endpoint.scheme().isEmpty() || settings.endpoint.host().isEmpty())
            return std::unexpected(
                context.usageError(QStringLiteral("--url \"%1\" is not an http(s) URL").arg(url), helpCommand));
    } else if (settings.endpoint.isEmpty()) {
        settings.endpoint = QUrl(defaultEndpoint(id));
    }
    if (!protocol->needsApiKey())
        return settings;

    const auto read = mt::KeychainKeyStore::readKeyWaiting(id, s_mtProviderConfigKeychainMs);
    if (!read)
        return std::unexpected(
            context.error(ExitCode::Environment,
                          QStringLiteral("the keychain did not answer; provider %1 needs an API key").arg(id)));
    if (!*read)
        return std::unexpected(context.error(
            ExitCode::Environment,
            QStringLiteral("cannot read provider %1's API key from the keychain: %2").arg(id, read->error().message)));
    if ((*read)->isEmpty())
        return std::unexpected(context.error(
            ExitCode::Environment, QStringLiteral("provider %1 needs an API key; save it in the desktop app's "
                                                  "machine-translation settings, which keep it in the keychain")
                                       .arg(id)));
    settings.apiKey = **read;
    return settings;
}

} // namespace tessera::cli
