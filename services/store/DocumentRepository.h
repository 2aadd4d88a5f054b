// DocumentRepository: imported documents (one per file and target language).
#pragma once

#include <QList>

#include "domain/Document.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class Statement;

class DocumentRepository {
public:
    DocumentRepository(Database& db, const domain::Clock& clock);

    domain::Result<domain::Document> create(domain::Document document);
    // Without the original bytes, which only export needs.
    domain::Result<QList<domain::Document>> listForProject(const QString& projectId);
    domain::Result<domain::Document> find(const QString& id);
    domain::Result<QByteArray> original(const QString& id);

private:
    static domain::Document read(const Statement& row);
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
