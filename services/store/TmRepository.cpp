#include "TmRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;
using domain::TmUnit;

namespace {

constexpr const char* s_unitColumns = "id, tm_name, source_lang, target_lang, source, target, context_key, creator, "
                                      "created_at, changed_at, usage_count, origin, rev";

TmUnit readUnit(const Statement& row)
{
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
}

TmRepository::Memory readMemory(const Statement& row)
{
    return TmRepository::Memory{
        row.text(0),  int(row.int64(1)), int(row.int64(2)), row.int64(3) != 0, json::toDateTime(row.text(4)),
        row.int64(5), row.int64(6)};
}

} // namespace

TmRepository::TmRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<TmUnit> TmRepository::add(TmUnit unit)
{
    return store(std::move(unit)).transform([](const Stored& stored) { return stored.unit; });
}

QString TmRepository::formatDate(const QDateTime& date)
{
    if (date != m_lastDate || m_lastDateText.isEmpty()) {
        m_lastDate = date;
        m_lastDateText = json::fromDateTime(date);
    }
    return m_lastDateText;
}

Result<TmRepository::Stored> TmRepository::upsert(TmUnit& unit)
{
    const QString newId = unit.id.isEmpty() ? domain::newId() : unit.id;
    unit.id = newId;
    if (!unit.createdAt.isValid() || !unit.changedAt.isValid()) {
        const QDateTime now = m_clock.now();
        if (!unit.createdAt.isValid())
            unit.createdAt = now;
        if (!unit.changedAt.isValid())
            unit.changedAt = now;
    }
    const QString created = formatDate(unit.createdAt);
    const QString changed = unit.changedAt == unit.createdAt ? created : json::fromDateTime(unit.changedAt);
    return m_db.transaction([&]() -> Result<Stored> {
        // The dedupe key finds the candidates; the fields decide.
        auto found =
            m_db.prepare("SELECT rowid FROM tm_units WHERE unit_key = tessera_tm_key(?1, ?2, ?3, ?4, ?5) "
                         "AND tm_name = ?1 AND source_lang = ?2 AND target_lang = ?3 AND source = ?4 "
                         "AND target = ?5")
                .and_then([&](Statement* s) {
                    return s->bindAll(unit.tmName, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target)
                        .one([](const Statement& row) { return row.int64(0); }, QString());
                });
        if (found) {
            return m_db
                .prepare("UPDATE tm_units SET changed_at = ?, context_key = ?, creator = ?, "
                         "usage_count = usage_count + 1, rev = rev + 1 WHERE rowid = ? "
                         "RETURNING rowid, id, created_at, usage_count, origin, rev")
                .and_then([&](Statement* s) {
                    return s->bindAll(changed, unit.contextKey, unit.creator, *found)
                        .one(
                            [&](const Statement& row) {
                                Stored stored;
                                stored.rowId = row.int64(0);
                                stored.unit = unit;
                                stored.unit.id = row.text(1);
                                stored.unit.createdAt = json::toDateTime(row.text(2));
                                stored.unit.usageCount = int(row.int64(3));
                                stored.unit.origin = row.text(4);
                                stored.unit.rev = row.int64(5);
                                stored.inserted = false;
                                return stored;
                            },
                            QStringLiteral("TM unit"));
                });
        }
        if (found.error().code != domain::ErrorCode::NotFound)
            return std::unexpected(found.error());
        auto inserted =
            m_db.prepare("INSERT INTO tm_units(id, tm_name, source_lang, target_lang, source, target, context_key, "
                         "creator, created_at, changed_at, usage_count, origin, rev, unit_key) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                         "tessera_tm_key(?2, ?3, ?4, ?5, ?6))")
                .and_then([&](Statement* s) {
                    return s
                        ->bindAll(unit.id, unit.tmName, unit.sourceLanguage, unit.targetLanguage, unit.source,
                                  unit.target, unit.contextKey, unit.creator, created, changed, unit.usageCount,
                                  unit.origin, unit.rev)
                        .run();
                });
        if (!inserted)
            return std::unexpected(inserted.error());
        Stored stored;
        stored.rowId = m_db.lastInsertRowId();
        stored.unit = unit;
        stored.inserted = true;
        return stored;
    });
}

Result<TmRepository::Stored> TmRepository::store(TmUnit unit)
{
    // One statement when the TM's row is known to exist (bulk imports), else both in one transaction.
    if (m_knownMemories.contains(unit.tmName))
        return upsert(unit);
    auto stored = m_db.transaction([&]() -> Result<Stored> {
        if (auto made = ensureMemory(unit.tmName); !made)
            return std::unexpected(made.error());
        return upsert(unit);
    });
    if (stored)
        m_knownMemories.insert(unit.tmName);
    return stored;
}

Result<TmRepository::BatchCounts> TmRepository::storeBatch(QList<TmUnit>& units,
                                                           const std::function<void(const Stored&)>& added)
{
    return m_db.transaction([&]() -> Result<BatchCounts> {
        BatchCounts counts;
        if (units.isEmpty())
            return counts;
        // The batch, with the same pair twice folded into one row (`repeats`: the later ones' metadata,
        // one more use each), as store() would have done one by one.
        if (auto made = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS tm_import (ord INTEGER PRIMARY KEY, id, tm_name, "
                                  "source_lang, target_lang, source, target, context_key, creator, created_at, "
                                  "changed_at, usage_count, origin, rev, repeats INTEGER NOT NULL DEFAULT 0, "
                                  "unit_key INTEGER, existing INTEGER, "
                                  "UNIQUE (tm_name, source_lang, target_lang, source, target))");
            !made)
            return std::unexpected(made.error());
        auto stage = m_db.prepare("INSERT INTO temp.tm_import(id, tm_name, source_lang, target_lang, source, target, "
                                  "context_key, creator, created_at, changed_at, usage_count, origin, rev) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (tm_name, source_lang, target_lang, source, target) DO UPDATE SET "
                                  "changed_at = excluded.changed_at, context_key = excluded.context_key, "
                                  "creator = excluded.creator, repeats = repeats + 1");
        if (!stage)
            return std::unexpected(stage.error());
        QDateTime now;
        for (TmUnit& unit : units) {
            if (!m_knownMemories.contains(unit.tmName)) {
                if (auto made = ensureMemory(unit.tmName); !made)
                    return std::unexpected(made.error());
                m_knownMemories.insert(unit.tmName);
            }
            if (unit.id.isEmpty())
                unit.id = domain::newId();
            if (!unit.createdAt.isValid() || !unit.changedAt.isValid()) {
                if (!now.isValid())
                    now = m_clock.now();
                if (!unit.createdAt.isValid())
                    unit.createdAt = now;
                if (!unit.changedAt.isValid())
                    unit.changedAt = now;
            }
            const QString created = formatDate(unit.createdAt);
            const QString changed = unit.changedAt == unit.createdAt ? created : json::fromDateTime(unit.changedAt);
            auto staged =
                (*stage)
                    ->bindAll(unit.id, unit.tmName, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target,
                              unit.contextKey, unit.creator, created, changed, unit.usageCount, unit.origin, unit.rev)
                    .run();
            if (!staged)
                return std::unexpected(staged.error());
        }
        auto last = m_db.prepare("SELECT coalesce(max(rowid), 0) FROM tm_units").and_then([](Statement* s) {
            return s->one([](const Statement& row) { return row.int64(0); }, QString());
        });
        if (!last)
            return std::unexpected(last.error());
        // Units already stored (found by key, compared in full) get the metadata and the uses; the
        // others are inserted in batch order.
        auto moved = m_db.exec(
            "UPDATE temp.tm_import SET unit_key = tessera_tm_key(tm_name, source_lang, target_lang, source, target); "
            "UPDATE temp.tm_import SET existing = (SELECT u.rowid FROM tm_units u WHERE u.unit_key = "
            "tm_import.unit_key AND u.tm_name = tm_import.tm_name AND u.source_lang = tm_import.source_lang AND "
            "u.target_lang = tm_import.target_lang AND u.source = tm_import.source AND u.target = tm_import.target); "
            "UPDATE tm_units SET changed_at = i.changed_at, context_key = i.context_key, creator = i.creator, "
            "usage_count = tm_units.usage_count + 1 + i.repeats, rev = tm_units.rev + 1 + i.repeats "
            "FROM temp.tm_import i WHERE tm_units.rowid = i.existing; "
            "INSERT INTO tm_units(id, tm_name, source_lang, target_lang, source, target, context_key, creator, "
            "created_at, changed_at, usage_count, origin, rev, unit_key) "
            "SELECT id, tm_name, source_lang, target_lang, source, target, context_key, creator, created_at, "
            "changed_at, usage_count + repeats, origin, rev + repeats, unit_key FROM temp.tm_import "
            "WHERE existing IS NULL ORDER BY ord; "
            "DELETE FROM temp.tm_import");
        if (!moved)
            return std::unexpected(moved.error());
        // New rows get row ids past the greatest one (nothing is deleted meanwhile).
        auto fresh = m_db.prepare("SELECT rowid, tm_name, source_lang, target_lang, source FROM tm_units "
                                  "WHERE rowid > ? ORDER BY rowid");
        if (!fresh)
            return std::unexpected(fresh.error());
        Statement* s = *fresh;
        s->bindAll(*last);
        for (;;) {
            auto row = s->step();
            if (!row) {
                s->reset();
                return std::unexpected(row.error());
            }
            if (!*row)
                break;
            ++counts.added;
            if (added) {
                Stored stored;
                stored.rowId = s->int64(0);
                stored.inserted = true;
                stored.unit.tmName = s->text(1);
                stored.unit.sourceLanguage = s->text(2);
                stored.unit.targetLanguage = s->text(3);
                stored.unit.source = s->text(4);
                added(stored);
            }
        }
        s->reset();
        counts.updated = units.size() - counts.added;
        return counts;
    });
}

Result<QList<TmUnit>> TmRepository::list(const QString& sourceLanguage, const QString& targetLanguage)
{
    return m_db
        .prepare(std::string("SELECT ") + s_unitColumns +
                 " FROM tm_units WHERE source_lang = ? AND target_lang = ? ORDER BY source")
        .and_then([&](Statement* s) { return s->bindAll(sourceLanguage, targetLanguage).collect(readUnit); });
}

Result<qint64> TmRepository::count()
{
    return m_db.prepare("SELECT count(*) FROM tm_units").and_then([](Statement* s) {
        return s->one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

Result<qint64> TmRepository::count(const QString& tmName)
{
    return m_db.prepare("SELECT count(*) FROM tm_units WHERE tm_name = ?").and_then([&](Statement* s) {
        return s->bindAll(tmName).one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

Result<TmUnit> TmRepository::findByRowId(qint64 rowId)
{
    return m_db.prepare(std::string("SELECT ") + s_unitColumns + " FROM tm_units WHERE rowid = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(rowId).one(readUnit, QStringLiteral("no TM unit with row id %1").arg(rowId));
        });
}

Result<void> TmRepository::markUsed(qint64 rowId)
{
    return m_db.prepare("UPDATE tm_units SET usage_count = usage_count + 1 WHERE rowid = ?")
        .and_then([&](Statement* s) { return s->bindAll(rowId).run(); });
}

Result<void> TmRepository::remove(qint64 rowId)
{
    return m_db.prepare("DELETE FROM tm_units WHERE rowid = ?").and_then([&](Statement* s) {
        return s->bindAll(rowId).run();
    });
}

Result<void> TmRepository::forEachSource(const QString& tmName, const SourceVisitor& visit)
{
    return forEachSource(tmName, 0, visit);
}

Result<void> TmRepository::forEachSource(const QString& tmName, qint64 afterRowId, const SourceVisitor& visit)
{
    // "+tm_name": walk the table in row order from `afterRowId` instead of the (tm_name, …) index,
    // which would need a sort and, for a catch-up, would visit every unit of the TM.
    auto prepared = m_db.prepare("SELECT rowid, source_lang, target_lang, source FROM tm_units "
                                 "WHERE +tm_name = ? AND rowid > ? ORDER BY rowid");
    if (!prepared)
        return std::unexpected(prepared.error());
    Statement* s = *prepared;
    s->bindAll(tmName, afterRowId);
    for (;;) {
        auto row = s->step();
        if (!row) {
            s->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        visit(s->int64(0), s->text(1), s->text(2), s->text(3));
    }
    s->reset();
    return {};
}

Result<qint64> TmRepository::countAfter(const QString& tmName, qint64 afterRowId)
{
    return m_db.prepare("SELECT count(*) FROM tm_units WHERE rowid > ? AND +tm_name = ?").and_then([&](Statement* s) {
        return s->bindAll(afterRowId, tmName).one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

Result<void> TmRepository::forEachUnit(const QString& tmName, const std::function<bool(const TmUnit&)>& visit)
{
    auto prepared =
        m_db.prepare(std::string("SELECT ") + s_unitColumns + " FROM tm_units WHERE tm_name = ? ORDER BY rowid");
    if (!prepared)
        return std::unexpected(prepared.error());
    Statement* s = *prepared;
    s->bindAll(tmName);
    for (;;) {
        auto row = s->step();
        if (!row) {
            s->reset();
            return std::unexpected(row.error());
        }
        if (!*row || !visit(readUnit(*s)))
            break;
    }
    s->reset();
    return {};
}

Result<QList<TmRepository::PairCount>> TmRepository::languagePairs(const QString& tmName)
{
    return m_db
        .prepare("SELECT source_lang, target_lang, count(*) FROM tm_units WHERE tm_name = ? "
                 "GROUP BY source_lang, target_lang ORDER BY 3 DESC, 1, 2")
        .and_then([&](Statement* s) {
            return s->bindAll(tmName).collect(
                [](const Statement& row) { return PairCount{row.text(0), row.text(1), row.int64(2)}; });
        });
}

Result<void> TmRepository::searchText(const QString& match, int limit,
                                      const std::function<void(qint64 rowId, const TmUnit&)>& visit)
{
    std::string columns;
    for (const QString& column : QString::fromLatin1(s_unitColumns).split(QStringLiteral(", ")))
        columns += (columns.empty() ? "u." : ", u.") + column.toStdString();
    auto prepared = m_db.prepare("SELECT " + columns +
                                 ", u.rowid FROM tm_text JOIN tm_units u ON u.rowid = tm_text.rowid "
                                 "WHERE tm_text MATCH ? ORDER BY tm_text.rowid DESC LIMIT ?");
    if (!prepared)
        return std::unexpected(prepared.error());
    Statement* s = *prepared;
    s->bindAll(match, limit);
    for (;;) {
        auto row = s->step();
        if (!row) {
            s->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        visit(s->int64(13), readUnit(*s));
    }
    s->reset();
    return {};
}

Result<QList<TmRepository::Memory>> TmRepository::memories()
{
    return m_db
        .prepare("SELECT name, priority, penalty, read_only, created_at, unit_count, units_rev FROM tm_memories "
                 "ORDER BY priority DESC, name")
        .and_then([](Statement* s) { return s->collect(readMemory); });
}

Result<TmRepository::Memory> TmRepository::memory(const QString& name)
{
    return m_db
        .prepare("SELECT name, priority, penalty, read_only, created_at, unit_count, units_rev FROM tm_memories "
                 "WHERE name = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(name).one(readMemory, QStringLiteral("no translation memory named \"%1\"").arg(name));
        });
}

Result<TmRepository::Memory> TmRepository::saveMemory(Memory memory)
{
    if (memory.name.trimmed().isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("a translation memory needs a name"));
    if (memory.penalty < 0 || memory.penalty > 100)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            QStringLiteral("penalty of translation memory \"%1\" must be 0–100, not %2")
                                .arg(memory.name)
                                .arg(memory.penalty));
    if (!memory.createdAt.isValid())
        memory.createdAt = m_clock.now();
    return m_db
        .prepare("INSERT INTO tm_memories(name, priority, penalty, read_only, created_at) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT(name) DO UPDATE SET priority = excluded.priority, penalty = excluded.penalty, "
                 "read_only = excluded.read_only")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(memory.name, memory.priority, memory.penalty, memory.readOnly ? 1 : 0,
                          json::fromDateTime(memory.createdAt))
                .run();
        })
        .and_then([&] { return this->memory(memory.name); });
}

Result<void> TmRepository::removeEmptyMemory(const QString& name)
{
    auto units = count(name);
    if (!units)
        return std::unexpected(units.error());
    if (*units > 0)
        return domain::fail(domain::ErrorCode::Conflict,
                            QStringLiteral("translation memory \"%1\" has %2 units").arg(name).arg(*units));
    m_knownMemories.remove(name);
    return m_db.prepare("DELETE FROM tm_memories WHERE name = ?").and_then([&](Statement* s) {
        return s->bindAll(name).run();
    });
}

Result<void> TmRepository::ensureMemory(const QString& name)
{
    return m_db.prepare("INSERT INTO tm_memories(name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")
        .and_then([&](Statement* s) { return s->bindAll(name, json::fromDateTime(m_clock.now())).run(); });
}

} // namespace tessera::store
