#include "DocumentImporter.h"

#include <algorithm>
#include <future>
#include <memory>
#include <vector>

#include <QHash>
#include <QSet>

#include "DocumentLoader.h"
#include "StreamPipe.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "formats/LanguagePath.h"
#include "formats/ParsedDocument.h"
#include "formats/SegmentSink.h"
#include "store/BlobCodec.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "text/LanguageTag.h"

namespace tessera::project {

using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;

namespace {

domain::Error inputError(const QString& file, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, file, 0, 0, {}};
}

// Whether translations a file holds for `fileLanguage` belong in a document for `language`: the
// same tag, or one a more specific form of the other ("de" and "de-DE"). A file that names no
// language is taken at its word.
bool sameLanguage(const QString& fileLanguage, const QString& language)
{
    return fileLanguage.isEmpty() || text::LanguageTag::sameOrNarrower(fileLanguage, language);
}

// Hands each segment of the file to the document of every language, checking keys on the way.
class ImportSink final : public formats::SegmentSink {
public:
    ImportSink(const QString& fileName, const QList<std::pair<QString, DocumentLoader*>>& loaders)
        : m_fileName(fileName)
        , m_loaders(loaders)
    {}

    Result<void> begin(const formats::ParsedDocument& header) override
    {
        for (const auto& [language, loader] : m_loaders) {
            if (!sameLanguage(header.targetLanguage, language))
                loader->leaveOutTargetsOf(header.targetLanguage);
        }
        return {};
    }

    Result<void> segment(Segment&& segment) override
    {
        if (m_keys.contains(segment.key))
            return std::unexpected(inputError(m_fileName, QStringLiteral("duplicate key \"%1\"").arg(segment.key)));
        m_keys.insert(segment.key);
        segment.order = ++m_order;
        for (const auto& [language, loader] : m_loaders) {
            if (auto added = loader->add(segment); !added)
                return added;
        }
        return {};
    }

private:
    QString m_fileName;
    QList<std::pair<QString, DocumentLoader*>> m_loaders;
    QSet<QString> m_keys;
    int m_order = 0;
};

} // namespace

DocumentImporter::DocumentImporter(store::Workspace& workspace, const formats::FilterRegistry& filters)
    : m_workspace(workspace)
    , m_filters(filters)
{}

Result<QStringList> DocumentImporter::languagesFor(const domain::Project& project, const QStringList& requested) const
{
    if (requested.isEmpty()) {
        if (project.targetLanguages.isEmpty())
            return domain::fail(ErrorCode::InvalidInput,
                                QStringLiteral("project \"%1\" has no target languages").arg(project.name));
        return project.targetLanguages;
    }
    QStringList languages;
    for (const QString& wanted : requested) {
        auto it = std::find_if(project.targetLanguages.begin(), project.targetLanguages.end(), [&](const QString& l) {
            return text::LanguageTag::canonical(l) == text::LanguageTag::canonical(wanted);
        });
        if (it == project.targetLanguages.end())
            return domain::fail(ErrorCode::InvalidInput,
                                QStringLiteral("project \"%1\" has no target language %2 (it has %3)")
                                    .arg(project.name, wanted, project.targetLanguages.join(QStringLiteral(", "))));
        if (!languages.contains(*it))
            languages.append(*it);
    }
    return languages;
}

Result<ImportSummary> DocumentImporter::import(const QString& projectId, const QString& fileName,
                                               const QByteArray& bytes, const QStringList& targetLanguages,
                                               const formats::Filter* filter, const TranslationFiles& translations)
{
    auto project = m_workspace.projects().find(projectId);
    if (!project)
        return std::unexpected(project.error());
    auto languages = languagesFor(*project, targetLanguages);
    if (!languages)
        return std::unexpected(languages.error());
    if (!filter)
        filter = m_filters.detect(fileName, bytes.left(formats::FilterRegistry::DetectBytes));
    if (!filter)
        return std::unexpected(inputError(fileName, QStringLiteral("not a file format Tessera can read")));

    const auto withFile = [&](domain::Error error) {
        if (error.file.isEmpty())
            error.file = fileName;
        return std::unexpected(error);
    };

    // A bilingual file is read once for all languages, streamed into every language's document; a
    // monolingual one once per language, with that language's translation file; a multilingual
    // one (a String Catalog) once per language.
    const bool monolingual = !filter->translationPath(fileName, languages->value(0)).isEmpty();
    const bool perLanguage = monolingual || filter->isMultilingual();
    // The original is packed for the store on the second core while the file is read and stored.
    auto packing = std::async(std::launch::async, [&bytes] { return store::BlobCodec::pack(bytes); });
    const auto importAll = [&]() -> Result<ImportSummary> {
        ImportSummary summary;
        summary.documents.reserve(languages->size());
        std::vector<StoredFiles> files;
        std::vector<std::unique_ptr<DocumentLoader>> loaders;
        QList<std::pair<QString, DocumentLoader*>> targets;
        for (const QString& language : *languages) {
            QByteArray translationFile;
            QString translationName; // empty: where the format puts the language's file
            QString pairedName;      // the translation file read with the source (monolingual formats)
            if (perLanguage) {
                QString path = filter->translationPath(fileName, language);
                std::optional<QByteArray> translation;
                // The language's file, its name spelling the language as the project does (pt_BR.json
                // for pt-BR); export writes that file again.
                const QStringList spellings =
                    monolingual && translations ? formats::LanguagePath::spellings(language) : QStringList();
                for (const QString& spelling : spellings) {
                    auto found = translations(*filter, spelling);
                    if (!found)
                        return std::unexpected(found.error());
                    if (!*found)
                        continue;
                    translation = *found;
                    if (const QString named = filter->translationPath(fileName, spelling); named != path)
                        path = translationName = named;
                    break;
                }
                translationFile = translation.value_or(QByteArray());
                pairedName = path;
            }
            summary.documents.append(ImportedDocument{});
            ImportedDocument& document = summary.documents.last();
            auto opened =
                openDocument(projectId, fileName, language, *filter, translationFile, translationName, document);
            if (!opened)
                return std::unexpected(opened.error());
            files.push_back(*std::move(opened));
            loaders.push_back(std::make_unique<DocumentLoader>(m_workspace, document));
            if (auto started = loaders.back()->start(!document.created); !started)
                return std::unexpected(started.error());
            if (perLanguage) {
                ImportSink sink(fileName, {{language, loaders.back().get()}});
                const auto readPair = [&](formats::SegmentSink& to) {
                    return filter->readPairTo(to, bytes, fileName, translationFile, pairedName, language);
                };
                if (auto read = StreamPipe::run(readPair, bytes.size() + translationFile.size(), sink); !read)
                    return withFile(read.error());
            } else {
                targets.append({language, loaders.back().get()});
            }
        }
        if (!perLanguage) {
            ImportSink sink(fileName, targets);
            if (auto read = StreamPipe::run(*filter, bytes, fileName, sink); !read)
                return withFile(read.error());
        }
        for (const auto& loader : loaders) {
            if (auto finished = loader->finish(); !finished)
                return std::unexpected(finished.error());
        }
        const store::BlobCodec::Packed packed = packing.get();
        for (const StoredFiles& stored : files) {
            if (auto written = storeFiles(stored, bytes, packed); !written)
                return std::unexpected(written.error());
        }
        return summary;
    };
    // The commit syncs the WAL; copying it into the database file runs after it, in the background.
    store::Database& db = m_workspace.database();
    return db.deferringCheckpoint([&] { return db.transaction(importAll); });
}

Result<void> DocumentImporter::storeFiles(const StoredFiles& files, const QByteArray& original,
                                          const store::BlobCodec::Packed& packed)
{
    store::DocumentRepository& documents = m_workspace.documents();
    if (files.created)
        return documents.storeFiles(files.id, packed, files.translation);
    auto stored = documents.packedOriginal(files.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!files.formatChanged && !files.translationChanged && store::BlobCodec::holds(*stored, original, packed))
        return {};
    return documents.replaceFiles(files.id, files.format, packed, files.translation);
}

Result<DocumentImporter::StoredFiles>
DocumentImporter::openDocument(const QString& projectId, const QString& fileName, const QString& language,
                               const formats::Filter& filter, const QByteArray& translation,
                               const QString& translationName, ImportedDocument& summary)
{
    summary.name = fileName;
    summary.language = language;
    summary.format = filter.id();
    StoredFiles files{{}, filter.id(), translation, false, false, false};
    auto existing = m_workspace.documents().findByName(projectId, fileName, language);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return std::unexpected(existing.error());
    if (existing) {
        summary.id = files.id = existing->id;
        auto storedTranslation = m_workspace.documents().translation(existing->id);
        if (!storedTranslation)
            return std::unexpected(storedTranslation.error());
        files.translationChanged = *storedTranslation != translation;
        files.formatChanged = existing->format != filter.id();
        if (existing->translationName != translationName) {
            if (auto named = m_workspace.documents().setTranslationName(existing->id, translationName); !named)
                return std::unexpected(named.error());
        }
        return files;
    }
    domain::Document document;
    document.projectId = projectId;
    document.name = fileName;
    document.format = filter.id();
    document.targetLanguage = language;
    document.translationName = translationName;
    auto created = m_workspace.documents().create(document); // its files come with storeFiles()
    if (!created)
        return std::unexpected(created.error());
    summary.id = files.id = created->id;
    summary.created = files.created = true;
    return files;
}

} // namespace tessera::project
