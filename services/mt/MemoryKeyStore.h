// MemoryKeyStore: a KeyStore kept in memory, for tests; answers asynchronously like the real keychain.
#pragma once

#include <QHash>

#include "KeyStore.h"

namespace tessera::mt {

class MemoryKeyStore final : public KeyStore {
    Q_OBJECT

public:
    using KeyStore::KeyStore;

    void readKey(const QString& providerId, QObject* context, ReadDone done) override;
    void writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done) override;

    // The next call fails with `message`, like a locked or missing keychain.
    void failNext(const QString& message) { m_failure = message; }
    QString storedKey(const QString& providerId) const { return m_keys.value(providerId); }

private:
    QHash<QString, QString> m_keys;
    QString m_failure;
};

} // namespace tessera::mt
