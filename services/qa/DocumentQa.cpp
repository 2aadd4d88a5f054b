// DocumentQa: the context comes from ProjectQa, so the editor, the grid and `tessera-cli qa --project`
// check with the same settings and termbase.
#include "DocumentQa.h"

#include <QPromise>
#include <QThreadPool>

#include "ProjectQa.h"
#include "QaBatch.h"
#include "QaChecker.h"
#include "SpellChecker.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::qa {

namespace {

const QString s_spelling = QStringLiteral("spelling");

} // namespace

domain::Result<std::shared_ptr<const QaChecker>> DocumentQa::checker(store::Workspace& workspace,
                                                                     const domain::Project& project,
                                                                     const QString& language,
                                                                     std::shared_ptr<const SpellChecker> spelling)
{
    auto context = ProjectQa(workspace).context(project, language);
    if (!context)
        return std::unexpected(context.error());
    if (!context->settings.disabled.contains(s_spelling))
        context->spelling = std::move(spelling);
    return std::make_shared<const QaChecker>(*std::move(context));
}

std::shared_ptr<const QaChecker> DocumentQa::withSpelling(const QaChecker& checker,
                                                          std::shared_ptr<const SpellChecker> spelling)
{
    QaContext context = checker.context();
    context.spelling = context.settings.disabled.contains(s_spelling) ? nullptr : std::move(spelling);
    return std::make_shared<const QaChecker>(std::move(context), checker.registry());
}

QList<Issue> DocumentQa::check(const QaChecker& checker, const domain::Segment& segment)
{
    if (!QaBatch::isChecked(segment))
        return {};
    return checker.check(segment);
}

DocumentQa::Counts DocumentQa::countIssues(store::Workspace& workspace, const QString& documentId,
                                           std::shared_ptr<const SpellChecker> spelling)
{
    Counts counts;
    counts.documentId = documentId;
    auto failed = [&counts](const domain::Error& error) {
        counts.error = error.describe();
        return counts;
    };
    auto document = workspace.documents().find(documentId);
    if (!document)
        return failed(document.error());
    auto project = workspace.projects().find(document->projectId);
    if (!project)
        return failed(project.error());
    auto checker = DocumentQa::checker(workspace, *project, document->targetLanguage, std::move(spelling));
    if (!checker)
        return failed(checker.error());
    store::SegmentQuery query;
    query.projectId = project->id;
    query.language = document->targetLanguage;
    query.document = documentId;
    auto segments = workspace.segments().list(query);
    if (!segments)
        return failed(segments.error());
    for (const domain::Segment& segment : std::as_const(*segments)) {
        if (!QaBatch::isChecked(segment))
            continue;
        ++counts.segmentsChecked;
        if (const auto issues = (*checker)->check(segment); !issues.isEmpty())
            counts.bySegment.insert(segment.id, int(issues.size()));
    }
    return counts;
}

QFuture<DocumentQa::Counts> DocumentQa::countIssuesInBackground(const QString& workspacePath, const QString& documentId,
                                                                std::shared_ptr<const SpellChecker> spelling)
{
    auto promise = std::make_shared<QPromise<Counts>>();
    QFuture<Counts> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, workspacePath, documentId, spelling]() mutable {
        Counts counts;
        const domain::SystemClock clock; // read-only: nothing is stamped
        auto workspace = store::Workspace::open(workspacePath, store::Workspace::Access::ReadOnly, clock);
        if (workspace) {
            counts = countIssues(**workspace, documentId, std::move(spelling));
        } else {
            counts.documentId = documentId;
            counts.error = workspace.error().describe();
        }
        promise->addResult(std::move(counts));
        promise->finish();
    });
    return future;
}

} // namespace tessera::qa
