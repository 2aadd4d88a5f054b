// DesktopMtProviders: settings → ProviderSettings; the keychain's asynchronous answer awaited on a local
// event loop of the worker thread, with a time limit.
#include "DesktopMtProviders.h"

#include "mt/ApertiumProtocol.h"
#include "mt/KeychainKeyStore.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "mt/ProviderSettingsStore.h"

namespace tessera::desktop {

namespace {

constexpr int s_desktopMtKeychainMs = 15000;

} // namespace

mt::MtPretranslateHandler::ProviderFactory DesktopMtProviders::factory()
{
    return [](const QString& id) -> domain::Result<mt::MtPretranslateHandler::Provider> {
        auto protocol = mt::ProtocolRegistry::create(id);
        if (!protocol)
            return domain::fail(domain::ErrorCode::NotFound,
                                QStringLiteral("unknown machine-translation provider \"%1\"").arg(id));
        const mt::ProviderSettingsStore store;
        mt::ProviderSettings settings =
            store.loadForUse(id, id == QLatin1String("apertium") ? mt::ApertiumProtocol::defaultEndpoint() : QString());
        if (protocol->needsApiKey()) {
            const auto read = mt::KeychainKeyStore::readKeyWaiting(id, s_desktopMtKeychainMs);
            if (!read || !*read)
                return domain::fail(domain::ErrorCode::Network,
                                    QStringLiteral("cannot read the API key of %1 from the keychain%2")
                                        .arg(id, read ? QStringLiteral(": ") + read->error().message : QString()));
            if ((*read)->isEmpty())
                return domain::fail(domain::ErrorCode::InvalidInput,
                                    QStringLiteral("%1 needs an API key; enter it in Settings ▸ Machine Translation "
                                                   "Providers")
                                        .arg(protocol->displayName()));
            settings.apiKey = **read;
        }
        return mt::MtPretranslateHandler::Provider{std::move(protocol), settings, store.loadResilience(id)};
    };
}

} // namespace tessera::desktop
