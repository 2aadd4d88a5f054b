// MtCacheRepository: machine translations already received, by provider, language pair and source text.
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>

#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;

class MtCacheRepository {
public:
    MtCacheRepository(Database& db, const domain::Clock& clock);

    // The cached translation of `source` by `provider` from `sourceLang` to `targetLang`, or nothing.
    domain::Result<std::optional<QString>> find(const QString& provider, const QString& sourceLang,
                                                const QString& targetLang, const QString& source);
    // Stores (source, target) pairs in one transaction, replacing older translations of the same texts.
    domain::Result<void> store(const QString& provider, const QString& sourceLang, const QString& targetLang,
                               const QList<std::pair<QString, QString>>& translations);
    // Entries cached (all providers when `provider` is empty).
    domain::Result<qint64> count(const QString& provider = {});
    // Forgets a provider's translations (all when empty).
    domain::Result<void> clear(const QString& provider = {});

    // The key's hash: the first 8 bytes of the text's UTF-8 SHA-1, as a signed integer.
    static qint64 hashOf(const QString& text);

private:
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
