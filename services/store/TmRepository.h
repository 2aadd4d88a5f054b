// TmRepository: translation-memory units as stored; matching lives in services/tm.
#pragma once

#include <QList>

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
    TmRepository(Database& db, const domain::Clock& clock);

    // The same source and target again in the same TM updates metadata instead of duplicating.
    domain::Result<domain::TmUnit> add(domain::TmUnit unit);
    domain::Result<QList<domain::TmUnit>> list(const QString& sourceLanguage, const QString& targetLanguage);
    domain::Result<qint64> count();

private:
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
