#include "DocumentExporter.h"

#include <functional>
#include <future>
#include <vector>

#include <QBuffer>
#include <QFileInfo>

#include "FileSaver.h"
#include "domain/Document.h"
#include "domain/Segment.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/SegmentCursor.h"
#include "store/SegmentRepository.h"
#include "store/UnpackedFile.h"
#include "store/Workspace.h"

namespace tessera::project {

using domain::ErrorCode;
using domain::Result;

namespace {

// The document's segments for a writer, from the store in the document's order.
class StoredSegments final : public formats::SegmentSource {
public:
    StoredSegments(store::Database& db, const QString& documentId, bool translationsOnly)
        : m_cursor(db, documentId, translationsOnly)
    {}
    Result<const domain::Segment*> find(const QString& key) override { return m_cursor.find(key); }
    Result<QList<domain::Segment>> all() override { return m_cursor.all(); }

private:
    store::SegmentCursor m_cursor;
};

} // namespace

DocumentExporter::DocumentExporter(store::Workspace& workspace, const formats::FilterRegistry& filters)
    : m_workspace(workspace)
    , m_filters(filters)
{}

Result<domain::Document> DocumentExporter::find(const QString& documentId, const formats::Filter** filter) const
{
    auto document = m_workspace.documents().find(documentId);
    if (!document)
        return std::unexpected(document.error());
    *filter = m_filters.byId(document->format);
    if (!*filter)
        return domain::fail(ErrorCode::Internal, QStringLiteral("cannot export %1 (%2): this Tessera has no filter "
                                                                "for the format \"%3\"")
                                                     .arg(document->name, document->targetLanguage, document->format));
    return document;
}

bool DocumentExporter::writesAlone(const domain::Document& document, const formats::Filter& filter)
{
    return !filter.isMultilingual() && translationPath(document, filter).isEmpty();
}

QString DocumentExporter::translationPath(const domain::Document& document, const formats::Filter& filter)
{
    const QString path = filter.translationPath(document.name, document.targetLanguage);
    return path.isEmpty() || document.translationName.isEmpty() ? path : document.translationName;
}

Result<std::unique_ptr<store::UnpackedFile>> DocumentExporter::unpacked(const domain::Document& document,
                                                                        File which) const
{
    // Unpacked, as it is read from the database, into a temporary file beside the workspace's
    // database and mapped: the writers read it from the page cache, not from a copy on the heap as
    // large as the file.
    const QString what = QStringLiteral("the %1 file of %2 (%3)")
                             .arg(which == File::Original ? QStringLiteral("original") : QStringLiteral("translation"),
                                  document.name, document.targetLanguage);
    return store::UnpackedFile::open(
        [&](QIODevice& file, const QString& fileName) {
            return which == File::Original
                       ? m_workspace.documents().unpackOriginalTo(document.id, file, what, fileName)
                       : m_workspace.documents().unpackTranslationTo(document.id, file, what, fileName);
        },
        QFileInfo(m_workspace.databasePath()).absolutePath(), what);
}

Result<void> DocumentExporter::writeTo(QIODevice& out, const domain::Document& document,
                                       const formats::Filter& filter) const
{
    // One snapshot of the store (original and segments), as the one query that listed the segments gave.
    return m_workspace.database().snapshot([&]() -> Result<void> {
        auto original = unpacked(document, File::Original);
        if (!original)
            return std::unexpected(original.error());
        StoredSegments segments(m_workspace.database(), document.id, filter.writesTranslationsOnly());
        return filter.writeTo(out, (*original)->bytes(), segments, document.name, document.targetLanguage);
    });
}

Result<void> DocumentExporter::writePairTo(QIODevice& out, const domain::Document& document,
                                           const formats::Filter& filter, const QString& translationName) const
{
    return m_workspace.database().snapshot([&]() -> Result<void> {
        auto original = unpacked(document, File::Original);
        if (!original)
            return std::unexpected(original.error());
        auto translation = unpacked(document, File::Translation);
        if (!translation)
            return std::unexpected(translation.error());
        StoredSegments segments(m_workspace.database(), document.id, filter.writesTranslationsOnly());
        return filter.writePairTo(out, (*original)->bytes(), document.name, (*translation)->bytes(), segments,
                                  translationName, document.targetLanguage);
    });
}

Result<QByteArray> DocumentExporter::render(const QString& documentId) const
{
    const formats::Filter* filter = nullptr;
    auto document = find(documentId, &filter);
    if (!document)
        return std::unexpected(document.error());
    // A streaming writer writes into a buffer as it would into the export's file.
    const auto intoBytes = [](const std::function<Result<void>(QIODevice&)>& write) -> Result<QByteArray> {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (auto written = write(buffer); !written)
            return std::unexpected(written.error());
        buffer.close();
        return bytes;
    };
    if (filter->writesStreamed() && writesAlone(*document, *filter))
        return intoBytes([&](QIODevice& out) { return writeTo(out, *document, *filter); });
    if (filter->isMultilingual() && filter->writesLanguagesStreamed())
        return renderTogether({documentId});
    if (const QString name = translationPath(*document, *filter);
        filter->writesPairStreamed() && !filter->isMultilingual() && !name.isEmpty())
        return intoBytes([&](QIODevice& out) { return writePairTo(out, *document, *filter, name); });
    // The original unpacks on the second core while the segments are read.
    auto packed = m_workspace.documents().packedOriginal(documentId);
    if (!packed)
        return std::unexpected(packed.error());
    const QString what = QStringLiteral("the original file of %1 (%2)").arg(document->name, document->targetLanguage);
    auto unpacking = std::async(std::launch::async, [&] { return store::BlobCodec::unpack(*packed, what); });
    auto segments = filter->writesTranslationsOnly() ? m_workspace.segments().listTranslations(documentId)
                                                     : m_workspace.segments().listForDocument(documentId);
    auto original = unpacking.get();
    if (!original)
        return std::unexpected(original.error());
    if (!segments)
        return std::unexpected(segments.error());
    segments->removeIf([](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
    if (filter->isMultilingual())
        return filter->writePair(*original, document->name, {}, *segments, {}, document->targetLanguage);
    const QString translationName = translationPath(*document, *filter);
    if (translationName.isEmpty())
        return filter->writeDocument(*original, *segments, document->name, document->targetLanguage);
    auto translation = m_workspace.documents().translation(documentId);
    if (!translation)
        return std::unexpected(translation.error());
    return filter->writePair(*original, document->name, *translation, *segments, translationName,
                             document->targetLanguage);
}

Result<void> DocumentExporter::exportTo(const QString& documentId, const QString& path) const
{
    const formats::Filter* filter = nullptr;
    auto document = find(documentId, &filter);
    if (!document)
        return std::unexpected(document.error());
    if (writesAlone(*document, *filter))
        return FileSaver::save(path, [&](QIODevice& file) { return writeTo(file, *document, *filter); });
    if (filter->isMultilingual() && filter->writesLanguagesStreamed())
        return exportTogether({documentId}, path);
    if (const QString translationName = translationPath(*document, *filter);
        !filter->isMultilingual() && !translationName.isEmpty())
        return FileSaver::save(path,
                               [&](QIODevice& file) { return writePairTo(file, *document, *filter, translationName); });
    auto bytes = render(documentId);
    if (!bytes)
        return std::unexpected(bytes.error());
    return FileSaver::save(path, *bytes);
}

Result<void> DocumentExporter::writeTogether(QIODevice& out, const QStringList& documentIds) const
{
    if (documentIds.isEmpty())
        return {};
    QList<domain::Document> documents;
    const formats::Filter* filter = nullptr;
    for (const QString& id : documentIds) {
        const formats::Filter* documentFilter = nullptr;
        auto document = find(id, &documentFilter);
        if (!document)
            return std::unexpected(document.error());
        if (!filter)
            filter = documentFilter;
        documents.append(*std::move(document));
    }
    // One snapshot of the store: the first document's original and every document's segments, each
    // document with a cursor of its own, read in the document's order as the writer meets the entries.
    return m_workspace.database().snapshot([&]() -> Result<void> {
        auto original = unpacked(documents.first(), File::Original);
        if (!original)
            return std::unexpected(original.error());
        std::vector<std::unique_ptr<StoredSegments>> segments;
        QList<formats::LanguageSegments> languages;
        for (const domain::Document& document : std::as_const(documents)) {
            segments.push_back(std::make_unique<StoredSegments>(m_workspace.database(), document.id,
                                                                filter->writesTranslationsOnly()));
            languages.append(formats::LanguageSegments{document.targetLanguage, segments.back().get()});
        }
        return filter->writeLanguagesTo(out, (*original)->bytes(), documents.first().name, languages);
    });
}

Result<QByteArray> DocumentExporter::renderTogether(const QStringList& documentIds) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writeTogether(buffer, documentIds); !written)
        return std::unexpected(written.error());
    buffer.close();
    return bytes;
}

Result<void> DocumentExporter::exportTogether(const QStringList& documentIds, const QString& path) const
{
    return FileSaver::save(path, [&](QIODevice& file) { return writeTogether(file, documentIds); });
}

} // namespace tessera::project
