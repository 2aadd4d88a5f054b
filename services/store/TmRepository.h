// TmRepository: translation-memory units and memories as stored; matching lives in services/tm.
#pragma once

#include <functional>

#include <QList>
#include <QSet>

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
    domain::Result<QList<domain::TmUnit>> list(const QString& sourceLanguage, const QString& targetLanguage);
    domain::Result<qint64> count();
    domain::Result<qint64> count(const QString& tmName);
    domain::Result<domain::TmUnit> findByRowId(qint64 rowId);
    // Counts one more use of a unit (a suggestion taken by the translator).
    domain::Result<void> markUsed(qint64 rowId);
    domain::Result<void> remove(qint64 rowId);

    // Streams the units of one TM (row id, languages, source) in row order without building a list.
    using SourceVisitor = std::function<void(qint64 rowId, const QString& sourceLanguage, const QString& targetLanguage,
                                             const QString& source)>;
    domain::Result<void> forEachSource(const QString& tmName, const SourceVisitor& visit);

    domain::Result<QList<Memory>> memories();
    domain::Result<Memory> memory(const QString& name);
    // Creates the memory or updates its priority, penalty and read-only flag.
    domain::Result<Memory> saveMemory(Memory memory);

private:
    domain::Result<void> ensureMemory(const QString& name);

    Database& m_db;
    const domain::Clock& m_clock;
    QSet<QString> m_knownMemories; // TMs whose tm_memories row this repository has seen made
};

} // namespace tessera::store
