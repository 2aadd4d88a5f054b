// KeychainKeyStore: API keys in the OS keychain through QtKeychain (service "Tessera", key = provider id),
// never falling back to a plain-text file.
#pragma once

#include "KeyStore.h"

namespace tessera::mt {

class KeychainKeyStore final : public KeyStore {
    Q_OBJECT

public:
    using KeyStore::KeyStore;

    void readKey(const QString& providerId, QObject* context, ReadDone done) override;
    void writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done) override;
};

} // namespace tessera::mt
