// EditGate: reads the segment's document and project, builds the project's checker for the document's
// language, and asks QaGate.
#include "EditGate.h"

#include "DocumentQa.h"
#include "QaChecker.h"
#include "QaGate.h"
#include "SpellChecker.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/Workspace.h"

namespace tessera::qa {

using domain::SegmentState;

domain::Result<void> EditGate::check(store::Workspace& workspace, const domain::Segment& current,
                                     const QStringList& targets, SegmentState state)
{
    QaGate::Action action;
    if (state == SegmentState::Translated || state == SegmentState::Reviewed)
        action = QaGate::Action::Confirm;
    else if (state == SegmentState::Approved)
        action = QaGate::Action::Approve;
    else
        return {};

    auto document = workspace.documents().find(current.documentId);
    if (!document)
        return std::unexpected(document.error());
    auto project = workspace.projects().find(document->projectId);
    if (!project)
        return std::unexpected(project.error());
    auto checker = DocumentQa::checker(workspace, *project, document->targetLanguage);
    if (!checker)
        return std::unexpected(checker.error());
    std::shared_ptr<const QaChecker> gateChecker = *std::move(checker);
    const domain::QaSettings& settings = gateChecker->context().settings;
    const QStringList& blockers = action == QaGate::Action::Confirm ? settings.blockConfirm : settings.blockApprove;
    if (blockers.contains(QStringLiteral("spelling")))
        gateChecker = DocumentQa::withSpelling(*gateChecker, SpellChecker::forLanguage(document->targetLanguage));

    domain::Segment candidate = current;
    candidate.targets = targets;
    const QaGate::Verdict verdict = QaGate::evaluate(*gateChecker, candidate, action);
    if (verdict.allowed)
        return {};
    return domain::fail(
        domain::ErrorCode::QaBlocked,
        QStringLiteral("segment %1: not %2: %3")
            .arg(current.key,
                 action == QaGate::Action::Confirm ? QStringLiteral("confirmed") : QStringLiteral("approved"),
                 verdict.reason()));
}

} // namespace tessera::qa
