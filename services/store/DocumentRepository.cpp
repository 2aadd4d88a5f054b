#include "DocumentRepository.h"

#include <memory>

#include <sqlite3.h>

#include "BlobCodec.h"
#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Document;
using domain::Result;

namespace {
// segment_count leaves out obsolete segments (flag 4): they are no longer in the file.
const std::string s_documentColumns =
    "SELECT d.id, d.project_id, d.name, d.format, d.target_lang, d.created_at, d.rev, "
    "(SELECT count(*) FROM segments s WHERE s.document_id = d.id AND (s.flags & 4) = 0), d.translation_name "
    "FROM documents d ";
} // namespace

DocumentRepository::DocumentRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Document DocumentRepository::read(const Statement& row)
{
    Document d;
    d.id = row.text(0);
    d.projectId = row.text(1);
    d.name = row.text(2);
    d.format = row.text(3);
    d.targetLanguage = row.text(4);
    d.createdAt = json::toDateTime(row.text(5));
    d.rev = row.int64(6);
    d.segmentCount = int(row.int64(7));
    d.translationName = row.text(8);
    return d;
}

Result<Document> DocumentRepository::create(Document document)
{
    if (document.id.isEmpty())
        document.id = domain::newId();
    if (!document.createdAt.isValid())
        document.createdAt = m_clock.now();
    return m_db
        .prepare("INSERT INTO documents(id, project_id, name, format, target_lang, original, translation_original, "
                 "created_at, rev, original_codec, translation_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* stmt) {
            stmt->bindAll(document.id, document.projectId, document.name, document.format, document.targetLanguage,
                          BlobCodec::pack(document.original).bytes, BlobCodec::pack(document.translation).bytes,
                          json::fromDateTime(document.createdAt), document.rev, int(BlobCodec::Codec::Zstd),
                          document.translationName);
            if (document.translation.isEmpty())
                stmt->bindNull(7);
            if (document.translationName.isEmpty())
                stmt->bindNull(11);
            return stmt->run();
        })
        .transform([&] { return document; });
}

Result<QList<Document>> DocumentRepository::listForProject(const QString& projectId)
{
    return m_db.prepare(s_documentColumns + "WHERE d.project_id = ? ORDER BY d.name, d.target_lang")
        .and_then([&](Statement* s) { return s->bindAll(projectId).collect(read); });
}

Result<Document> DocumentRepository::find(const QString& id)
{
    return m_db.prepare(s_documentColumns + "WHERE d.id = ?").and_then([&](Statement* s) {
        return s->bindAll(id).one(read, QStringLiteral("no document with id %1").arg(id));
    });
}

Result<Document> DocumentRepository::findByName(const QString& projectId, const QString& name, const QString& language)
{
    return m_db.prepare(s_documentColumns + "WHERE d.project_id = ? AND d.name = ? AND d.target_lang = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(projectId, name, language)
                .one(read, QStringLiteral("no document %1 in %2").arg(name, language));
        });
}

Result<void> DocumentRepository::replaceOriginal(const QString& id, const QString& format, const QByteArray& original,
                                                 const QByteArray& translation)
{
    return writeFiles(id, format, BlobCodec::pack(original), translation, 1);
}

Result<void> DocumentRepository::replaceFiles(const QString& id, const QString& format,
                                              const BlobCodec::Packed& original, const QByteArray& translation)
{
    return writeFiles(id, format, original, translation, 1);
}

Result<void> DocumentRepository::storeFiles(const QString& id, const BlobCodec::Packed& original,
                                            const QByteArray& translation)
{
    return writeFiles(id, QString(), original, translation, 0);
}

Result<void> DocumentRepository::writeFiles(const QString& id, const QString& format, const BlobCodec::Packed& original,
                                            const QByteArray& translation, int revStep)
{
    Q_ASSERT(original.codec == BlobCodec::Codec::Zstd); // one codec column serves both files
    return m_db
        .prepare("UPDATE documents SET format = coalesce(?, format), original = ?, translation_original = ?, "
                 "original_codec = ?, rev = rev + ? WHERE id = ?")
        .and_then([&](Statement* s) {
            s->bindAll(format, original.bytes, BlobCodec::pack(translation).bytes, int(original.codec), revStep, id);
            if (format.isNull())
                s->bindNull(1);
            if (translation.isEmpty())
                s->bindNull(3);
            return s->run();
        });
}

Result<void> DocumentRepository::setTranslationName(const QString& id, const QString& name)
{
    return m_db.prepare("UPDATE documents SET translation_name = ? WHERE id = ?").and_then([&](Statement* s) {
        s->bindAll(name, id);
        if (name.isEmpty())
            s->bindNull(1);
        return s->run();
    });
}

Result<QByteArray> DocumentRepository::translation(const QString& id)
{
    return storedFile(id, "translation_original", QStringLiteral("the translation file"));
}

Result<QByteArray> DocumentRepository::original(const QString& id)
{
    return storedFile(id, "original", QStringLiteral("the original file"));
}

Result<BlobCodec::Packed> DocumentRepository::packedOriginal(const QString& id)
{
    return packedFile(id, "original").transform([](const auto& found) { return found.first; });
}

Result<qint64> DocumentRepository::unpackOriginalTo(const QString& id, QIODevice& out, const QString& what,
                                                    const QString& outName)
{
    return unpackFileTo(id, "original", out, what, outName);
}

Result<qint64> DocumentRepository::unpackTranslationTo(const QString& id, QIODevice& out, const QString& what,
                                                       const QString& outName)
{
    return unpackFileTo(id, "translation_original", out, what, outName);
}

Result<qint64> DocumentRepository::unpackFileTo(const QString& id, const char* column, QIODevice& out,
                                                const QString& what, const QString& outName)
{
    struct Stored {
        qint64 rowid = 0;
        BlobCodec::Codec codec = BlobCodec::Codec::Zstd;
        bool present = false;
    };
    auto stored = m_db.prepare(std::string("SELECT rowid, original_codec, ") + column +
                               " IS NOT NULL FROM documents WHERE id = ?")
                      .and_then([&](Statement* s) {
                          return s->bindAll(id).one(
                              [](const Statement& row) {
                                  return Stored{row.int64(0), BlobCodec::Codec(row.int64(1)), row.int64(2) != 0};
                              },
                              QStringLiteral("no document with id %1").arg(id));
                      });
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->present) // an absent file
        return 0;
    sqlite3_blob* opened = nullptr;
    const int rc = sqlite3_blob_open(m_db.handle(), "main", "documents", column, stored->rowid, 0, &opened);
    const std::unique_ptr<sqlite3_blob, int (*)(sqlite3_blob*)> blob(opened, sqlite3_blob_close);
    if (rc != SQLITE_OK)
        return std::unexpected(m_db.sqliteError(rc, "opening a file of a document to read it"));
    const int size = sqlite3_blob_bytes(blob.get());
    int offset = 0;
    const auto read = [&](char* into, qint64 room) -> Result<qint64> {
        const int n = int(qMin<qint64>(room, size - offset));
        if (n == 0)
            return 0;
        if (const int status = sqlite3_blob_read(blob.get(), into, n, offset); status != SQLITE_OK)
            return std::unexpected(m_db.sqliteError(status, "reading a file of a document"));
        offset += n;
        return n;
    };
    return BlobCodec::unpackTo(stored->codec, read, out, what, outName);
}

Result<std::pair<BlobCodec::Packed, QString>> DocumentRepository::packedFile(const QString& id, const char* column)
{
    return m_db
        .prepare(std::string("SELECT ") + column + ", name, target_lang, original_codec FROM documents WHERE id = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(id).one(
                [&](const Statement& row) {
                    return std::pair{BlobCodec::Packed{row.blob(0), BlobCodec::Codec(row.int64(3))},
                                     QStringLiteral("%1 (%2)").arg(row.text(1), row.text(2))};
                },
                QStringLiteral("no document with id %1").arg(id));
        });
}

Result<QByteArray> DocumentRepository::storedFile(const QString& id, const char* column, const QString& what)
{
    return packedFile(id, column).and_then([&](const std::pair<BlobCodec::Packed, QString>& found) {
        return BlobCodec::unpack(found.first, QStringLiteral("%1 of %2").arg(what, found.second));
    });
}

} // namespace tessera::store
