#include "DocumentImporter.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "formats/ParsedDocument.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::project {

using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;

namespace {

constexpr qsizetype s_detectBytes = 4096;

domain::Error inputError(const QString& file, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, file, 0, 0, {}};
}

bool hasText(const QStringList& targets)
{
    return std::any_of(targets.begin(), targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

QString canonicalTag(const QString& tag)
{
    return QString(tag).replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

// Whether translations a file holds for `fileLanguage` belong in a document for `language`: the
// same tag, or one a more specific form of the other ("de" and "de-DE"). A file that names no
// language is taken at its word.
bool sameLanguage(const QString& fileLanguage, const QString& language)
{
    if (fileLanguage.isEmpty())
        return true;
    const QString a = canonicalTag(fileLanguage);
    const QString b = canonicalTag(language);
    return a == b || a.startsWith(b + QLatin1Char('-')) || b.startsWith(a + QLatin1Char('-'));
}

// The segments of the file as they go into a document for `language`.
QList<Segment> segmentsFor(const formats::ParsedDocument& parsed, const QString& language)
{
    const bool takeTargets = sameLanguage(parsed.targetLanguage, language);
    QList<Segment> segments = parsed.segments;
    int order = 0;
    for (Segment& s : segments) {
        s.id.clear();
        s.documentId.clear();
        s.order = ++order;
        s.rev = 0;
        s.updatedBy.clear();
        s.updatedAt = {};
        s.flags.setFlag(SegmentFlag::Obsolete, false);
        if (!takeTargets) {
            s.targets.clear();
            s.state = domain::SegmentState::New;
            s.flags.setFlag(SegmentFlag::NeedsWork, false);
        }
    }
    return segments;
}

bool sameFileContext(const domain::SegmentContext& a, const domain::SegmentContext& b)
{
    return a.note == b.note && a.locations == b.locations && a.maxLength == b.maxLength;
}

// The stored segment `s` brought up to date with the file's `in`; returns whether anything but the
// order changed.
bool merge(Segment& s, const Segment& in)
{
    const Segment before = s;
    s.order = in.order;
    s.flags.setFlag(SegmentFlag::Obsolete, false);
    if (in.flags.testFlag(SegmentFlag::Locked))
        s.flags |= SegmentFlag::Locked;
    s.context.note = in.context.note;
    s.context.locations = in.context.locations;
    s.context.maxLength = in.context.maxLength;

    bool targetsFromFile = false;
    if (!hasText(s.targets) && hasText(in.targets)) {
        s.targets = in.targets;
        s.state = in.state;
        s.flags.setFlag(SegmentFlag::NeedsWork, in.flags.testFlag(SegmentFlag::NeedsWork));
        targetsFromFile = true;
    }
    if (s.source != in.source || s.sourcePlural != in.sourcePlural) {
        // The translation was made for the oldest source not yet reviewed, so that one is kept.
        if (targetsFromFile)
            s.previousSource.clear();
        else if (s.previousSource.isEmpty() || !s.flags.testFlag(SegmentFlag::NeedsWork))
            s.previousSource = s.source;
        s.source = in.source;
        s.sourcePlural = in.sourcePlural;
        if (!targetsFromFile)
            s.flags |= SegmentFlag::NeedsWork;
    }
    return s.source != before.source || s.sourcePlural != before.sourcePlural || s.targets != before.targets ||
           s.state != before.state || s.flags != before.flags || s.previousSource != before.previousSource ||
           !sameFileContext(s.context, before.context);
}

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
        auto it = std::find_if(project.targetLanguages.begin(), project.targetLanguages.end(),
                               [&](const QString& l) { return canonicalTag(l) == canonicalTag(wanted); });
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
        filter = m_filters.detect(fileName, bytes.left(s_detectBytes));
    if (!filter)
        return std::unexpected(inputError(fileName, QStringLiteral("not a file format Tessera can read")));

    const auto checked = [&](Result<formats::ParsedDocument> parsed) -> Result<formats::ParsedDocument> {
        if (!parsed) {
            domain::Error error = parsed.error();
            if (error.file.isEmpty())
                error.file = fileName;
            return std::unexpected(error);
        }
        QSet<QString> keys;
        for (const Segment& s : parsed->segments) {
            if (keys.contains(s.key))
                return std::unexpected(inputError(fileName, QStringLiteral("duplicate key \"%1\"").arg(s.key)));
            keys.insert(s.key);
        }
        return parsed;
    };

    // A bilingual file is read once for all languages; a monolingual one once per language, with
    // that language's translation file.
    const bool monolingual = !filter->translationPath(fileName, languages->value(0)).isEmpty();
    Result<formats::ParsedDocument> shared;
    if (!monolingual) {
        shared = checked(filter->read(bytes, fileName));
        if (!shared)
            return std::unexpected(shared.error());
    }

    return m_workspace.database().transaction([&]() -> Result<ImportSummary> {
        ImportSummary summary;
        for (const QString& language : *languages) {
            const formats::ParsedDocument* parsed = shared ? &*shared : nullptr;
            formats::ParsedDocument paired;
            QByteArray original = bytes;
            if (monolingual) {
                const QString path = filter->translationPath(fileName, language);
                std::optional<QByteArray> translation;
                if (translations) {
                    auto found = translations(*filter, language);
                    if (!found)
                        return std::unexpected(found.error());
                    translation = *found;
                }
                auto read =
                    checked(filter->readPair(bytes, fileName, translation.value_or(QByteArray()), path, language));
                if (!read)
                    return std::unexpected(read.error());
                paired = *std::move(read);
                parsed = &paired;
                if (translation)
                    original = *translation;
            }
            auto document = importDocument(projectId, fileName, language, *filter, original, *parsed);
            if (!document)
                return std::unexpected(document.error());
            summary.documents.append(*document);
        }
        return summary;
    });
}

Result<ImportedDocument> DocumentImporter::importDocument(const QString& projectId, const QString& fileName,
                                                          const QString& language, const formats::Filter& filter,
                                                          const QByteArray& original,
                                                          const formats::ParsedDocument& parsed)
{
    QList<Segment> incoming = segmentsFor(parsed, language);
    ImportedDocument summary;
    summary.name = fileName;
    summary.language = language;
    summary.format = filter.id();
    summary.segments = int(incoming.size());

    auto existing = m_workspace.documents().findByName(projectId, fileName, language);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return std::unexpected(existing.error());
    if (existing) {
        summary.id = existing->id;
        auto stored = m_workspace.documents().original(existing->id);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored != original || existing->format != filter.id()) {
            if (auto replaced = m_workspace.documents().replaceOriginal(existing->id, filter.id(), original); !replaced)
                return std::unexpected(replaced.error());
        }
        if (auto updated = reimport(summary, std::move(incoming)); !updated)
            return std::unexpected(updated.error());
        return summary;
    }

    domain::Document document;
    document.projectId = projectId;
    document.name = fileName;
    document.format = filter.id();
    document.targetLanguage = language;
    document.original = original;
    auto created = m_workspace.documents().create(document);
    if (!created)
        return std::unexpected(created.error());
    if (auto inserted = m_workspace.segments().insertAll(created->id, incoming); !inserted)
        return std::unexpected(inserted.error());
    summary.id = created->id;
    summary.created = true;
    summary.added = summary.segments;
    return summary;
}

Result<void> DocumentImporter::reimport(ImportedDocument& summary, QList<Segment> incoming)
{
    store::SegmentRepository& segments = m_workspace.segments();
    auto stored = segments.listForDocument(summary.id);
    if (!stored)
        return std::unexpected(stored.error());
    QHash<QString, qsizetype> storedByKey;
    for (qsizetype i = 0; i < stored->size(); ++i)
        storedByKey.insert(stored->at(i).key, i);
    QList<bool> seen(stored->size(), false);

    // Work out every segment's new state first, then write only those that changed in any way
    // (order included): re-importing an unchanged file writes nothing.
    const QDateTime now = m_workspace.clock().now();
    QList<Segment> added;
    QList<Segment> changed;
    for (const Segment& in : incoming) {
        const auto found = storedByKey.constFind(in.key);
        if (found == storedByKey.constEnd()) {
            added.append(in);
            continue;
        }
        seen[*found] = true;
        Segment s = (*stored)[*found];
        const bool updated = merge(s, in);
        if (updated) {
            s.rev += 1;
            s.updatedAt = now;
            ++summary.updated;
        }
        if (updated || s.order != stored->at(*found).order)
            changed.append(std::move(s));
    }
    // What the file no longer has stays, after everything it has, in its old order.
    int order = int(incoming.size());
    for (qsizetype i = 0; i < stored->size(); ++i) {
        if (seen.at(i))
            continue;
        Segment s = stored->at(i);
        s.order = ++order;
        const bool obsoleted = !s.flags.testFlag(SegmentFlag::Obsolete);
        if (obsoleted) {
            s.flags |= SegmentFlag::Obsolete;
            s.rev += 1;
            s.updatedAt = now;
            ++summary.obsoleted;
        }
        if (obsoleted || s.order != stored->at(i).order)
            changed.append(std::move(s));
    }
    if (auto aside = segments.moveOrdersAside(changed); !aside)
        return aside;
    for (const Segment& s : std::as_const(changed)) {
        if (auto written = segments.updateFromImport(s); !written)
            return written;
    }
    summary.added = int(added.size());
    return segments.insertAll(summary.id, added);
}

} // namespace tessera::project
