// TmRepository: translation-memory units and memories as stored; matching lives in services/tm.
#pragma once

#include <functional>
#include <vector>

#include <QHash>
#include <QList>
#include <QSet>

#include "TmUnitKey.h"
#include "domain/Result.h"
#include "domain/TmUnit.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class Statement;

class TmRepository {
public:
    // One translation memory of the workspace (table tm_memories).
    struct Memory {
        QString name;
        int priority = 0;      // higher is asked first and wins ties
        int penalty = 0;       // points taken off every match from it
        bool readOnly = false; // a reference TM: lookups only
        QDateTime createdAt;
        // Kept by triggers (schema version 8); saveMemory() ignores them.
        qint64 unitCount = 0;
        qint64 unitsRev = 0; // changes whenever a unit is added, removed, or its source or languages change
        friend bool operator==(const Memory&, const Memory&) = default;
    };

    // A unit as stored: its row number (local to this database, for in-memory indexes) and whether
    // the add inserted it or found the same source and target already there.
    struct Stored {
        domain::TmUnit unit;
        qint64 rowId = 0;
        bool inserted = false;
    };

    TmRepository(Database& db, const domain::Clock& clock);

    // The same source and target again in the same TM and languages updates metadata instead of
    // duplicating: changed_at, context key and creator from the new unit, usage count + 1, rev + 1.
    // A unit for a TM without a tm_memories row creates that row with the defaults.
    domain::Result<domain::TmUnit> add(domain::TmUnit unit);
    domain::Result<Stored> store(domain::TmUnit unit);
    // Bulk path for imports: stores the units one after the other with the same rule as store() (the
    // same pair twice, in the store or in the batch, updates metadata). `added` is called for each new
    // unit, in row order, with its row id and the unit as stored. Outside bulkLoad() the batch is its
    // own bulk load. The caller wraps the batches in one transaction (Database::transaction) so a
    // failed import stores nothing.
    struct BatchCounts {
        qint64 added = 0;
        qint64 updated = 0;
    };
    domain::Result<BatchCounts> storeBatch(QList<domain::TmUnit>& units,
                                           const std::function<void(const Stored&)>& added);
    // Runs `work` (store() and storeBatch() calls) as one bulk load, in a transaction (a savepoint
    // inside the caller's): the per-row work of the insert trigger is deferred and done once for
    // every unit added, just before it returns: the TMs' unit counts and revisions. `work` must only
    // add and update units (no removal, no changed source). When `work` or the finish fails,
    // everything it stored is rolled back.
    domain::Result<void> bulkLoad(const std::function<domain::Result<void>()>& work);
    domain::Result<QList<domain::TmUnit>> list(const QString& sourceLanguage, const QString& targetLanguage);
    domain::Result<qint64> count();
    // Whether no TM of the workspace has a unit (a bulk load into it drops the key index; see
    // beginBulkLoad).
    domain::Result<bool> isEmpty();
    domain::Result<qint64> count(const QString& tmName);
    domain::Result<domain::TmUnit> findByRowId(qint64 rowId);
    // Counts one more use of a unit (a suggestion taken by the translator).
    domain::Result<void> markUsed(qint64 rowId);
    domain::Result<void> remove(qint64 rowId);

    // Streams the units of one TM (row id, languages, source, target) in row order without building a
    // list, from the first row id greater than `afterRowId` (0: all; more: catching up a saved index).
    using TextVisitor = std::function<void(qint64 rowId, const QString& sourceLanguage, const QString& targetLanguage,
                                           const QString& source, const QString& target)>;
    domain::Result<void> forEachText(const QString& tmName, qint64 afterRowId, const TextVisitor& visit);
    // Rows of one TM with a row id greater than `afterRowId`.
    domain::Result<qint64> countAfter(const QString& tmName, qint64 afterRowId);
    // Streams the units of one TM in row order (export); return false from `visit` to stop.
    domain::Result<void> forEachUnit(const QString& tmName, const std::function<bool(const domain::TmUnit&)>& visit);
    // Units per language pair of one TM.
    struct PairCount {
        QString sourceLanguage;
        QString targetLanguage;
        qint64 units = 0;
    };
    domain::Result<QList<PairCount>> languagePairs(const QString& tmName);

    domain::Result<QList<Memory>> memories();
    domain::Result<Memory> memory(const QString& name);
    // Creates the memory or updates its priority, penalty and read-only flag.
    domain::Result<Memory> saveMemory(Memory memory);
    // Removes the tm_memories row of a TM without units (a failed first import leaves none behind);
    // a TM with units is refused.
    domain::Result<void> removeEmptyMemory(const QString& name);

private:
    domain::Result<void> ensureMemory(const QString& name);
    // Fills in id and dates, and m_key.
    void prepareUnit(domain::TmUnit& unit);
    // The row with m_key's fields, or 0.
    domain::Result<qint64> findByKey();
    // Inserts `unit` (prepared, m_key set) and returns its row id.
    domain::Result<qint64> insert(const domain::TmUnit& unit);
    domain::Result<Stored> upsert(domain::TmUnit& unit);
    domain::Result<void> beginBulkLoad();
    // During a bulk load: whether the TM had no units when it began (asked once per TM).
    domain::Result<bool> wasEmpty(const QString& tmName);
    // The row of the unit with the current key's fields (m_key) in TM `tmName`, or 0.
    domain::Result<qint64> findExisting(const QString& tmName);
    bool sameFields(const Statement& row) const;
    domain::Result<void> finishBulkLoad();

    Database& m_db;
    const domain::Clock& m_clock;
    QSet<QString> m_knownMemories; // TMs whose tm_memories row this repository has seen made
    TmUnitKey m_key;               // the unit being stored: its key and key fields in UTF-8
    // During bulkLoad(): what it dropped to make again at its end (the insert trigger; the key index).
    struct Deferred {
        QString type; // trigger or index
        QString name;
        QByteArray sql;
    };
    bool m_bulk = false;
    QList<Deferred> m_deferred;
    QHash<QString, qint64> m_bulkAdded; // units added per TM
    QHash<QString, bool> m_bulkEmpty;   // per TM seen: whether it had no unit when the load began
    // Key → row id of the units this load inserted: open addressing over one array (no node a unit),
    // several rows a key allowed (64-bit keys of different units can collide).
    class BulkKeys {
    public:
        void insert(quint64 key, qint64 rowId);
        // The rows inserted with `key`, appended to `rows`.
        void find(quint64 key, std::vector<qint64>& rows) const;
        void clear() { *this = BulkKeys(); }

    private:
        struct Entry {
            quint64 key = 0;
            qint64 rowId = 0; // 0: empty (SQLite's row ids are positive)
        };
        std::vector<Entry> m_entries; // power-of-two size, at most half full
        std::size_t m_size = 0;
    };
    BulkKeys m_bulkKeys;
    std::vector<qint64> m_candidates;
    // Formatting dates costs more than binding them; bulk imports repeat the same few: a unit's
    // creation date (often the file's one date) and its change date (often now, the same for a
    // millisecond's units). Two remembered, the least recently used replaced.
    QDateTime m_lastDates[2];
    QString m_lastDateTexts[2];
    int m_nextDate = 0;
    QString formatDate(const QDateTime& date);
};

} // namespace tessera::store
