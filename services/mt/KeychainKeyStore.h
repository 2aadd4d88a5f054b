// KeychainKeyStore: API keys in the OS keychain through QtKeychain (service "Tessera", key = provider id),
// never falling back to a plain-text file.
#pragma once

#include <optional>

#include "KeyStore.h"

namespace tessera::mt {

class KeychainKeyStore final : public KeyStore {
    Q_OBJECT

public:
    using KeyStore::KeyStore;

    void readKey(const QString& providerId, QObject* context, ReadDone done) override;
    void writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done) override;

    // Reads a key and waits for it on a local event loop (for a worker or the command line, never the
    // GUI thread): nullopt when the keychain did not answer within `waitMs` (no session bus, a
    // locked wallet waiting for its password).
    static std::optional<domain::Result<QString>> readKeyWaiting(const QString& providerId, int waitMs);
};

} // namespace tessera::mt
