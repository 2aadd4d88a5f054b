// ProjectQa: reads one language at a time, so a project's languages never sit in memory together.
#include "ProjectQa.h"

#include <QHash>

#include "CheckRegistry.h"
#include "QaBatch.h"
#include "SpellChecker.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "terms/Termbase.h"

namespace tessera::qa {

ProjectQa::ProjectQa(store::Workspace& workspace)
    : m_workspace(workspace)
{}

domain::Result<domain::QaSettings> ProjectQa::settings(const QString& projectId)
{
    auto stored = m_workspace.qaSettings().find(projectId);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(CheckRegistry::standard().defaultSettings());
}

domain::Result<QaContext> ProjectQa::context(const domain::Project& project, const QString& language)
{
    auto settings = this->settings(project.id);
    if (!settings)
        return std::unexpected(settings.error());
    QaContext context;
    context.sourceLanguage = project.sourceLanguage;
    context.targetLanguage = language;
    context.settings = *std::move(settings);
    terms::Termbase termbase(m_workspace);
    // A termbase that cannot be read leaves the terminology checks silent rather than failing QA.
    if (auto forward = termbase.recognizer(project.sourceLanguage, language))
        context.sourceTerms = *forward;
    if (auto reverse = termbase.recognizer(language, project.sourceLanguage))
        context.targetTerms = *reverse;
    return context;
}

domain::Result<QaReport> ProjectQa::run(const QString& projectIdOrName, const Options& options)
{
    auto project = m_workspace.projects().resolve(projectIdOrName);
    if (!project)
        return std::unexpected(project.error());
    auto settings = this->settings(project->id);
    if (!settings)
        return std::unexpected(settings.error());
    QStringList languages = options.languages.isEmpty() ? project->targetLanguages : options.languages;
    auto documents = m_workspace.documents().listForProject(project->id);
    if (!documents)
        return std::unexpected(documents.error());
    QHash<QString, QString> documentNames;
    for (const domain::Document& d : *documents)
        documentNames.insert(d.id, d.name);

    QaReport report;
    report.project = project->name;
    for (const QString& language : languages) {
        auto context = this->context(*project, language);
        if (!context)
            return std::unexpected(context.error());
        if (options.spelling && !settings->disabled.contains(QStringLiteral("spelling")))
            context->spelling = SpellChecker::forLanguage(language);

        store::SegmentQuery query;
        query.projectId = project->id;
        query.language = language;
        query.document = options.document;
        auto segments = m_workspace.segments().list(query);
        if (!segments)
            return std::unexpected(segments.error());
        QList<QaBatch::Item> items;
        items.reserve(segments->size());
        for (domain::Segment& s : *segments) {
            const QString name = documentNames.value(s.documentId);
            items.append(QaBatch::Item{std::move(s), name});
        }
        QaBatch(*std::move(context)).run(items, report);
    }
    return report;
}

} // namespace tessera::qa
