// MemoryKeyStore: a KeyStore kept in memory, for tests; answers asynchronously like the real keychain.
#include "MemoryKeyStore.h"

#include <QPointer>

#include "KeyStoreLog.h"

namespace tessera::mt {

void MemoryKeyStore::readKey(const QString& providerId, QObject* context, ReadDone done)
{
    domain::Result<QString> result = m_keys.value(providerId);
    if (!m_failure.isEmpty())
        result = domain::fail(domain::ErrorCode::Io, std::exchange(m_failure, {}));
    qCDebug(lcMtKeys) << "read the API key of" << providerId << (result ? "" : "failed");
    QMetaObject::invokeMethod(context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemoryKeyStore::writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done)
{
    domain::Result<void> result;
    if (!m_failure.isEmpty())
        result = domain::fail(domain::ErrorCode::Io, std::exchange(m_failure, {}));
    else if (key.isEmpty())
        m_keys.remove(providerId);
    else
        m_keys.insert(providerId, key);
    qCInfo(lcMtKeys) << (key.isEmpty() ? "removed" : "stored") << "the API key of" << providerId;
    QMetaObject::invokeMethod(context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

} // namespace tessera::mt
