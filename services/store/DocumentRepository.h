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
    // The document imported from file `name` for `language`; NotFound if there is none.
    domain::Result<domain::Document> findByName(const QString& projectId, const QString& name, const QString& language);
    // A re-import: the new file becomes the original that export writes into (with, for a
    // monolingual format, the language's own file); rev goes up by one.
    domain::Result<void> replaceOriginal(const QString& id, const QString& format, const QByteArray& original,
                                         const QByteArray& translation = {});
    domain::Result<QByteArray> original(const QString& id);
    // A monolingual format's translation file as imported; empty when there was none.
    domain::Result<QByteArray> translation(const QString& id);

private:
    // A file column of the document, unpacked; `what` names it in errors.
    domain::Result<QByteArray> storedFile(const QString& id, const char* column, const QString& what);

    static domain::Document read(const Statement& row);
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
