#include "TmRepository.h"

#include <cstring>

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
    for (int i = 0; i < 2; ++i) {
        if (date == m_lastDates[i] && !m_lastDateTexts[i].isEmpty()) {
            m_nextDate = 1 - i; // the least recently used one goes next
            return m_lastDateTexts[i];
        }
    }
    const int slot = m_nextDate;
    m_nextDate = 1 - m_nextDate;
    m_lastDates[slot] = date;
    m_lastDateTexts[slot] = json::fromDateTime(date);
    return m_lastDateTexts[slot];
}

void TmRepository::BulkKeys::insert(quint64 key, qint64 rowId)
{
    if (2 * (m_size + 1) > m_entries.size()) {
        std::vector<Entry> old = std::move(m_entries);
        m_entries.assign(old.empty() ? 4096 : 2 * old.size(), Entry{});
        m_size = 0;
        for (const Entry& e : old)
            if (e.rowId != 0)
                insert(e.key, e.rowId);
    }
    const std::size_t mask = m_entries.size() - 1;
    std::size_t i = std::size_t((key ^ (key >> 29)) * 0x9e3779b97f4a7c15ULL >> 20) & mask;
    while (m_entries[i].rowId != 0)
        i = (i + 1) & mask;
    m_entries[i] = Entry{key, rowId};
    ++m_size;
}

void TmRepository::BulkKeys::find(quint64 key, std::vector<qint64>& rows) const
{
    if (m_entries.empty())
        return;
    const std::size_t mask = m_entries.size() - 1;
    for (std::size_t i = std::size_t((key ^ (key >> 29)) * 0x9e3779b97f4a7c15ULL >> 20) & mask; m_entries[i].rowId != 0;
         i = (i + 1) & mask)
        if (m_entries[i].key == key)
            rows.push_back(m_entries[i].rowId);
}

void TmRepository::prepareUnit(TmUnit& unit)
{
    if (unit.id.isEmpty())
        unit.id = domain::newId();
    if (!unit.createdAt.isValid() || !unit.changedAt.isValid()) {
        const QDateTime now = m_clock.now();
        if (!unit.createdAt.isValid())
            unit.createdAt = now;
        if (!unit.changedAt.isValid())
            unit.changedAt = now;
    }
    m_key.set(unit);
}

bool TmRepository::sameFields(const Statement& row) const
{
    // Columns 1… are the key's fields.
    for (int i = 0; i < TmUnitKey::s_fields; ++i) {
        const QByteArrayView stored = row.utf8(i + 1);
        const QByteArrayView field = m_key.field(i);
        if (stored.size() != field.size() ||
            (!field.isEmpty() && std::memcmp(stored.data(), field.data(), std::size_t(field.size())) != 0))
            return false;
    }
    return true;
}

Result<qint64> TmRepository::findByKey()
{
    // The key finds the candidates; the fields decide.
    auto prepared = m_db.prepare("SELECT rowid, tm_name, source_lang, target_lang, source, target FROM tm_units "
                                 "WHERE unit_key = ?");
    if (!prepared)
        return std::unexpected(prepared.error());
    qint64 found = 0;
    auto walked = (*prepared)->bind(1, qint64(m_key.value())).each([&](const Statement& row) {
        if (!sameFields(row))
            return true; // another unit with the same key: look on
        found = row.int64(0);
        return false;
    });
    if (!walked)
        return std::unexpected(walked.error());
    return found;
}

Result<qint64> TmRepository::findExisting(const QString& tmName)
{
    if (!m_bulk)
        return findByKey();
    auto empty = wasEmpty(tmName);
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty)
        return findByKey();
    // Into a TM that was empty when the bulk load began, only this load has stored units: the rows it
    // inserted with this key are the candidates (none, for almost every unit), and the store is not searched.
    m_candidates.clear();
    m_bulkKeys.find(m_key.value(), m_candidates);
    if (m_candidates.empty())
        return 0;
    auto prepared =
        m_db.prepare("SELECT rowid, tm_name, source_lang, target_lang, source, target FROM tm_units WHERE rowid = ?");
    if (!prepared)
        return std::unexpected(prepared.error());
    for (const qint64 rowId : m_candidates) {
        qint64 found = 0;
        auto read = (*prepared)->bind(1, rowId).each([&](const Statement& row) {
            found = sameFields(row) ? row.int64(0) : 0;
            return false;
        });
        if (!read)
            return std::unexpected(read.error());
        if (found != 0)
            return found;
    }
    return 0;
}

Result<qint64> TmRepository::insert(const TmUnit& unit)
{
    auto prepared = m_db.prepare("INSERT INTO tm_units(id, tm_name, source_lang, target_lang, source, target, "
                                 "context_key, creator, created_at, changed_at, usage_count, origin, rev, unit_key) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!prepared)
        return std::unexpected(prepared.error());
    const QString created = formatDate(unit.createdAt);
    const QString changed = formatDate(unit.changedAt);
    Statement& s = **prepared;
    s.bind(1, unit.id);
    for (int i = 0; i < TmUnitKey::s_fields; ++i)
        s.bindUtf8(i + 2, m_key.field(i));
    s.bind(7, unit.contextKey)
        .bind(8, unit.creator)
        .bind(9, created)
        .bind(10, changed)
        .bind(11, unit.usageCount)
        .bind(12, unit.origin)
        .bind(13, unit.rev)
        .bind(14, qint64(m_key.value()));
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    const qint64 rowId = m_db.lastInsertRowId();
    if (m_bulk)
        m_bulkKeys.insert(m_key.value(), rowId);
    return rowId;
}

Result<bool> TmRepository::wasEmpty(const QString& tmName)
{
    const auto known = m_bulkEmpty.constFind(tmName);
    if (known != m_bulkEmpty.cend())
        return *known;
    auto count = m_db.prepare("SELECT unit_count FROM tm_memories WHERE name = ?").and_then([&](Statement* s) {
        return s->bindAll(tmName).one([](const Statement& row) { return row.int64(0); }, QString());
    });
    if (!count)
        return std::unexpected(count.error());
    m_bulkEmpty.insert(tmName, *count == 0);
    return *count == 0;
}

Result<TmRepository::Stored> TmRepository::upsert(TmUnit& unit)
{
    prepareUnit(unit);
    return m_db.transaction([&]() -> Result<Stored> {
        auto found = findExisting(unit.tmName);
        if (!found)
            return std::unexpected(found.error());
        if (*found != 0) {
            const QString changed = json::fromDateTime(unit.changedAt);
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
        auto inserted = insert(unit);
        if (!inserted)
            return std::unexpected(inserted.error());
        Stored stored;
        stored.rowId = *inserted;
        stored.unit = unit;
        stored.inserted = true;
        return stored;
    });
}

Result<TmRepository::Stored> TmRepository::store(TmUnit unit)
{
    // One statement when the TM's row is known to exist (bulk imports), else both in one transaction.
    auto stored = m_knownMemories.contains(unit.tmName) ? upsert(unit) : m_db.transaction([&]() -> Result<Stored> {
        if (auto made = ensureMemory(unit.tmName); !made)
            return std::unexpected(made.error());
        return upsert(unit);
    });
    if (!stored)
        return stored;
    m_knownMemories.insert(unit.tmName);
    if (m_bulk && stored->inserted)
        ++m_bulkAdded[unit.tmName];
    return stored;
}

Result<TmRepository::BatchCounts> TmRepository::storeBatch(QList<TmUnit>& units,
                                                           const std::function<void(const Stored&)>& added)
{
    if (!m_bulk) {
        Result<BatchCounts> counts;
        auto loaded = bulkLoad([&]() -> Result<void> {
            counts = storeBatch(units, added);
            return counts ? Result<void>() : std::unexpected(counts.error());
        });
        if (!loaded)
            return std::unexpected(loaded.error());
        return counts;
    }
    QHash<QString, qint64> addedTo; // merged into m_bulkAdded once the batch is stored
    auto counts = m_db.transaction([&]() -> Result<BatchCounts> {
        BatchCounts batch;
        Stored stored;
        stored.inserted = true;
        for (TmUnit& unit : units) {
            if (!m_knownMemories.contains(unit.tmName)) {
                if (auto made = ensureMemory(unit.tmName); !made)
                    return std::unexpected(made.error());
                m_knownMemories.insert(unit.tmName);
            }
            prepareUnit(unit);
            auto found = findExisting(unit.tmName);
            if (!found)
                return std::unexpected(found.error());
            if (*found != 0) {
                // Only metadata changes: no trigger fires, nothing is deferred.
                const QString changed = formatDate(unit.changedAt);
                auto updated = m_db.prepare("UPDATE tm_units SET changed_at = ?, context_key = ?, creator = ?, "
                                            "usage_count = usage_count + 1, rev = rev + 1 WHERE rowid = ?")
                                   .and_then([&](Statement* s) {
                                       return s->bindAll(changed, unit.contextKey, unit.creator, *found).run();
                                   });
                if (!updated)
                    return std::unexpected(updated.error());
                ++batch.updated;
                continue;
            }
            auto inserted = insert(unit);
            if (!inserted)
                return std::unexpected(inserted.error());
            ++batch.added;
            ++addedTo[unit.tmName];
            if (added) {
                stored.rowId = *inserted;
                stored.unit = unit;
                added(stored);
            }
        }
        return batch;
    });
    if (!counts) {
        m_knownMemories.clear(); // rows made in the rolled-back batch are gone
        return counts;
    }
    for (auto it = addedTo.cbegin(); it != addedTo.cend(); ++it)
        m_bulkAdded[it.key()] += it.value();
    return counts;
}

Result<void> TmRepository::bulkLoad(const std::function<Result<void>()>& work)
{
    if (m_bulk)
        return work();
    auto loaded = m_db.transaction([&]() -> Result<void> {
        auto done = beginBulkLoad();
        if (done)
            done = work();
        if (done)
            done = finishBulkLoad();
        return done;
    });
    m_bulk = false;
    m_deferred.clear();
    m_bulkAdded.clear();
    m_bulkEmpty.clear();
    m_bulkKeys.clear();
    if (!loaded)
        m_knownMemories.clear();
    return loaded;
}

Result<void> TmRepository::beginBulkLoad()
{
    // The trigger that runs for every inserted row (schema version 8): unit counts. Dropped inside the
    // transaction, so a rollback brings it back; made again from its own SQL by finishBulkLoad().
    // Into an empty table, the key index too: no unit is looked up by key then (findExisting), and
    // building the index from the sorted keys at the end costs a fraction of inserting every key at
    // its random place.
    auto empty = isEmpty();
    if (!empty)
        return std::unexpected(empty.error());
    auto listed = m_db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'tm_units' AND "
                               "(name = 'tm_units_counted_insert' OR (?1 AND name = 'tm_units_by_key'))")
                      .and_then([&](Statement* s) {
                          return s->bindAll(qint64(*empty)).each([&](const Statement& row) {
                              m_deferred.append({row.text(0), row.text(1), row.blob(2)});
                          });
                      });
    if (!listed)
        return listed;
    for (const Deferred& d : m_deferred)
        if (auto dropped = m_db.exec("DROP " + d.type.toStdString() + " " + d.name.toStdString()); !dropped)
            return dropped;
    m_bulk = true;
    return {};
}

Result<void> TmRepository::finishBulkLoad()
{
    for (const Deferred& d : m_deferred) {
        Result<void> done;
        if (d.name == QLatin1String("tm_units_counted_insert"))
            for (auto it = m_bulkAdded.cbegin(); it != m_bulkAdded.cend() && done; ++it)
                done = m_db.prepare("UPDATE tm_memories SET unit_count = unit_count + ?1, units_rev = units_rev + ?1 "
                                    "WHERE name = ?2")
                           .and_then([&](Statement* s) { return s->bindAll(it.value(), it.key()).run(); });
        if (done)
            done = m_db.exec(d.sql.toStdString());
        if (!done)
            return done;
    }
    return {};
}

Result<QList<TmUnit>> TmRepository::list(const QString& sourceLanguage, const QString& targetLanguage)
{
    return m_db
        .prepare(std::string("SELECT ") + s_unitColumns +
                 " FROM tm_units WHERE source_lang = ? AND target_lang = ? ORDER BY source")
        .and_then([&](Statement* s) { return s->bindAll(sourceLanguage, targetLanguage).collect(readUnit); });
}

Result<bool> TmRepository::isEmpty()
{
    return m_db.prepare("SELECT NOT EXISTS (SELECT 1 FROM tm_units)").and_then([](Statement* s) {
        return s->one([](const Statement& row) { return row.int64(0) != 0; }, QString());
    });
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

Result<void> TmRepository::forEachText(const QString& tmName, qint64 afterRowId, const TextVisitor& visit)
{
    // "+tm_name": walk the table in row order from `afterRowId`: there is no index by TM, and a
    // catch-up must not visit every unit of the TM.
    return m_db
        .prepare("SELECT rowid, source_lang, target_lang, source, target FROM tm_units "
                 "WHERE +tm_name = ? AND rowid > ? ORDER BY rowid")
        .and_then([&](Statement* s) {
            return s->bindAll(tmName, afterRowId).each([&](const Statement& row) {
                visit(row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4));
            });
        });
}

Result<qint64> TmRepository::countAfter(const QString& tmName, qint64 afterRowId)
{
    return m_db.prepare("SELECT count(*) FROM tm_units WHERE rowid > ? AND +tm_name = ?").and_then([&](Statement* s) {
        return s->bindAll(afterRowId, tmName).one([](const Statement& row) { return row.int64(0); }, QString());
    });
}

Result<void> TmRepository::forEachUnit(const QString& tmName, const std::function<bool(const TmUnit&)>& visit)
{
    return m_db.prepare(std::string("SELECT ") + s_unitColumns + " FROM tm_units WHERE tm_name = ? ORDER BY rowid")
        .and_then([&](Statement* s) {
            return s->bindAll(tmName).each([&](const Statement& row) { return visit(readUnit(row)); });
        });
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
