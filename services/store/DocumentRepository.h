// DocumentRepository: imported documents (one per file and target language).
#pragma once

#include <QList>

#include "BlobCodec.h"
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
    // The same with the original packed beforehand (an import packs it while it reads the file).
    domain::Result<void> replaceFiles(const QString& id, const QString& format, const BlobCodec::Packed& original,
                                      const QByteArray& translation);
    // A document just made by create() without its files gets them here, packed beforehand; rev
    // stays.
    domain::Result<void> storeFiles(const QString& id, const BlobCodec::Packed& original,
                                    const QByteArray& translation);
    domain::Result<QByteArray> original(const QString& id);
    // The original as it lies in the database, still packed.
    domain::Result<BlobCodec::Packed> packedOriginal(const QString& id);
    // The original unpacked into `out` as it is read from the database, a piece at a time (neither
    // the packed nor the unpacked bytes are ever whole in memory); the number of bytes written.
    // Errors name `what` (damaged bytes) or `outName` (a refused write).
    domain::Result<qint64> unpackOriginalTo(const QString& id, QIODevice& out, const QString& what,
                                            const QString& outName);
    // Where a monolingual document's translation file was found (Document::translationName; empty:
    // where the format puts it).
    domain::Result<void> setTranslationName(const QString& id, const QString& name);
    // A monolingual format's translation file as imported; empty when there was none.
    domain::Result<QByteArray> translation(const QString& id);
    // The translation file as imported unpacked into `out` as unpackOriginalTo() does (nothing
    // written when there was none); the number of bytes written.
    domain::Result<qint64> unpackTranslationTo(const QString& id, QIODevice& out, const QString& what,
                                               const QString& outName);

private:
    // A file column of the document, unpacked; `what` names it in errors.
    domain::Result<QByteArray> storedFile(const QString& id, const char* column, const QString& what);
    // A file column as stored, with the document's name and language for errors.
    domain::Result<std::pair<BlobCodec::Packed, QString>> packedFile(const QString& id, const char* column);
    // A file column unpacked into `out` a piece at a time (unpackOriginalTo).
    domain::Result<qint64> unpackFileTo(const QString& id, const char* column, QIODevice& out, const QString& what,
                                        const QString& outName);
    // `format` null: the format stays.
    domain::Result<void> writeFiles(const QString& id, const QString& format, const BlobCodec::Packed& original,
                                    const QByteArray& translation, int revStep);

    static domain::Document read(const Statement& row);
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
