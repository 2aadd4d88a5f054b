// TokenDictionary: interns token keys to dense 32-bit ids, so matching compares integers.
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

namespace tessera::tm {

class TokenDictionary {
public:
    // The id of `key`, made (the next free one) if it is new.
    quint32 intern(const QString& key);
    // The id of `key`, or nothing when it was never interned.
    std::optional<quint32> find(const QString& key) const;
    QString key(quint32 id) const { return m_keys.value(qsizetype(id)); }
    quint32 size() const { return quint32(m_keys.size()); }
    // Approximate heap bytes held (keys, hash).
    qsizetype memoryBytes() const;

private:
    QHash<QString, quint32> m_ids;
    QList<QString> m_keys;
};

} // namespace tessera::tm
