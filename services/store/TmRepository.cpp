#include "TmRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;
using domain::TmUnit;

TmRepository::TmRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<TmUnit> TmRepository::add(TmUnit unit)
{
    if (unit.id.isEmpty())
        unit.id = domain::newId();
    const QDateTime now = m_clock.now();
    if (!unit.createdAt.isValid())
        unit.createdAt = now;
    if (!unit.changedAt.isValid())
        unit.changedAt = now;
    return m_db
        .prepare("INSERT INTO tm_units(id, tm_name, source_lang, target_lang, source, target, context_key, creator, "
                 "created_at, changed_at, usage_count, origin, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT(tm_name, source_lang, target_lang, source, target) DO UPDATE SET "
                 "changed_at = excluded.changed_at, context_key = excluded.context_key, creator = excluded.creator, "
                 "rev = tm_units.rev + 1")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(unit.id, unit.tmName, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target,
                          unit.contextKey, unit.creator, json::fromDateTime(unit.createdAt),
                          json::fromDateTime(unit.changedAt), unit.usageCount, unit.origin, unit.rev)
                .run();
        })
        .transform([&] { return unit; });
}

Result<QList<TmUnit>> TmRepository::list(const QString& sourceLanguage, const QString& targetLanguage)
{
    return m_db
        .prepare("SELECT id, tm_name, source_lang, target_lang, source, target, context_key, creator, created_at, "
                 "changed_at, usage_count, origin, rev FROM tm_units WHERE source_lang = ? AND target_lang = ? "
                 "ORDER BY source")
        .and_then([&](Statement* s) {
            return s->bindAll(sourceLanguage, targetLanguage).collect([](const Statement& row) {
                return TmUnit{row.text(0),
                              row.text(1),
                              row.text(2),
                              row.text(3),
                              row.text(4),
                              row.text(5),
                              row.text(6),
                              row.text(7),
                              json::toDateTime(row.text(8)),
                              json::toDateTime(row.text(9)),
                              int(row.int64(10)),
                              row.text(11),
                              row.int64(12)};
            });
        });
}

Result<qint64> TmRepository::count()
{
    return m_db.prepare("SELECT count(*) FROM tm_units").and_then([](Statement* s) {
        return s->one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

} // namespace tessera::store
