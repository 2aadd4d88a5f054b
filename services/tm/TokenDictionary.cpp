#include "TokenDictionary.h"

namespace tessera::tm {

quint32 TokenDictionary::intern(const QString& key)
{
    const auto it = m_ids.constFind(key);
    if (it != m_ids.cend())
        return *it;
    const quint32 id = quint32(m_keys.size());
    m_keys.append(key);
    m_ids.insert(key, id);
    return id;
}

std::optional<quint32> TokenDictionary::find(const QString& key) const
{
    const auto it = m_ids.constFind(key);
    if (it == m_ids.cend())
        return std::nullopt;
    return *it;
}

qsizetype TokenDictionary::memoryBytes() const
{
    qsizetype bytes = m_keys.capacity() * qsizetype(sizeof(QString));
    for (const QString& key : m_keys)
        bytes += 32 + key.capacity() * 2; // QArrayData header and characters, shared with the hash key
    return bytes + m_ids.capacity() * qsizetype(sizeof(QString) + sizeof(quint32) + 8);
}

} // namespace tessera::tm
