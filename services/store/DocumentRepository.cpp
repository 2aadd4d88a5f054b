#include "DocumentRepository.h"

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
const std::string s_columns = "SELECT d.id, d.project_id, d.name, d.format, d.target_lang, d.created_at, d.rev, "
                              "(SELECT count(*) FROM segments s WHERE s.document_id = d.id AND (s.flags & 4) = 0) "
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
                 "created_at, rev, original_codec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* stmt) {
            stmt->bindAll(document.id, document.projectId, document.name, document.format, document.targetLanguage,
                          BlobCodec::pack(document.original), BlobCodec::pack(document.translation),
                          json::fromDateTime(document.createdAt), document.rev, int(BlobCodec::Codec::Zstd));
            if (document.translation.isEmpty())
                stmt->bindNull(7);
            return stmt->run();
        })
        .transform([&] { return document; });
}

Result<QList<Document>> DocumentRepository::listForProject(const QString& projectId)
{
    return m_db.prepare(s_columns + "WHERE d.project_id = ? ORDER BY d.name, d.target_lang")
        .and_then([&](Statement* s) { return s->bindAll(projectId).collect(read); });
}

Result<Document> DocumentRepository::find(const QString& id)
{
    return m_db.prepare(s_columns + "WHERE d.id = ?").and_then([&](Statement* s) {
        return s->bindAll(id).one(read, QStringLiteral("no document with id %1").arg(id));
    });
}

Result<Document> DocumentRepository::findByName(const QString& projectId, const QString& name, const QString& language)
{
    return m_db.prepare(s_columns + "WHERE d.project_id = ? AND d.name = ? AND d.target_lang = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(projectId, name, language)
                .one(read, QStringLiteral("no document %1 in %2").arg(name, language));
        });
}

Result<void> DocumentRepository::replaceOriginal(const QString& id, const QString& format, const QByteArray& original,
                                                 const QByteArray& translation)
{
    return m_db
        .prepare("UPDATE documents SET format = ?, original = ?, translation_original = ?, original_codec = ?, "
                 "rev = rev + 1 WHERE id = ?")
        .and_then([&](Statement* s) {
            s->bindAll(format, BlobCodec::pack(original), BlobCodec::pack(translation), int(BlobCodec::Codec::Zstd),
                       id);
            if (translation.isEmpty())
                s->bindNull(3);
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

Result<QByteArray> DocumentRepository::storedFile(const QString& id, const char* column, const QString& what)
{
    using Packed = std::pair<QByteArray, BlobCodec::Codec>;
    return m_db
        .prepare(std::string("SELECT ") + column + ", name, target_lang, original_codec FROM documents WHERE id = ?")
        .and_then([&](Statement* s) {
            return s->bindAll(id).one(
                [&](const Statement& row) {
                    return std::pair{Packed{row.blob(0), BlobCodec::Codec(row.int64(3))},
                                     QStringLiteral("%1 of %2 (%3)").arg(what, row.text(1), row.text(2))};
                },
                QStringLiteral("no document with id %1").arg(id));
        })
        .and_then([](const std::pair<Packed, QString>& found) {
            // A NULL or empty column is an absent file, whatever the codec says.
            if (found.first.first.isEmpty())
                return Result<QByteArray>(QByteArray());
            return BlobCodec::unpack(found.first.first, found.first.second, found.second);
        });
}

} // namespace tessera::store
