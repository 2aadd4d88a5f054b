// MtCacheRepository: the mt_cache table (schema version 14).
#include "MtCacheRepository.h"

#include <QCryptographicHash>
#include <QtEndian>

#include "Database.h"
#include "Statement.h"
#include "domain/Clock.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Result;

MtCacheRepository::MtCacheRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

qint64 MtCacheRepository::hashOf(const QString& text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<qint64>(digest.constData());
}

Result<std::optional<QString>> MtCacheRepository::find(const QString& provider, const QString& sourceLang,
                                                       const QString& targetLang, const QString& source)
{
    auto stmt = m_db.prepare("SELECT target FROM mt_cache WHERE provider = ? AND source_lang = ? AND target_lang = ? "
                             "AND source_hash = ? AND source = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = (*stmt)
                     ->bindAll(provider, sourceLang, targetLang, hashOf(source), source)
                     .one([](const Statement& row) { return row.text(0); }, QString());
    if (found)
        return std::optional<QString>(*found);
    if (found.error().code == ErrorCode::NotFound)
        return std::optional<QString>();
    return std::unexpected(found.error());
}

Result<void> MtCacheRepository::store(const QString& provider, const QString& sourceLang, const QString& targetLang,
                                      const QList<std::pair<QString, QString>>& translations)
{
    if (translations.isEmpty())
        return {};
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT OR REPLACE INTO mt_cache(provider, source_lang, target_lang, source_hash, "
                                 "source, target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        for (const auto& [source, target] : translations) {
            auto done = (*stmt)->bindAll(provider, sourceLang, targetLang, hashOf(source), source, target, now).run();
            if (!done)
                return done;
        }
        return {};
    });
}

Result<qint64> MtCacheRepository::count(const QString& provider)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM mt_cache WHERE ?1 = '' OR provider = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(provider).one([](const Statement& row) { return row.int64(0); }, QString());
}

Result<void> MtCacheRepository::clear(const QString& provider)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("DELETE FROM mt_cache WHERE ?1 = '' OR provider = ?1");
        if (!stmt)
            return std::unexpected(stmt.error());
        return (*stmt)->bindAll(provider).run();
    });
}

} // namespace tessera::store
