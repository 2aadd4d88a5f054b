// TermRepository: termbase concepts with their terms per language.
#pragma once

#include <QList>

#include "domain/Result.h"
#include "domain/Term.h"

namespace tessera::store {

class Database;

class TermRepository {
public:
    explicit TermRepository(Database& db);

    // Stores a entry and its terms in one transaction.
    domain::Result<domain::Concept> add(domain::Concept entry);
    domain::Result<QList<domain::Concept>> list();

private:
    Database& m_db;
};

} // namespace tessera::store
