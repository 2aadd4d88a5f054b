#include "Pretranslator.h"

#include <algorithm>

#include <QHash>

#include "TmLibrary.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::tm {

using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

bool hasText(const QStringList& targets)
{
    return std::any_of(targets.begin(), targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

bool isUntranslated(const Segment& segment)
{
    return segment.state == SegmentState::New && !hasText(segment.targets) &&
           !segment.flags.testFlag(domain::SegmentFlag::Locked) &&
           !segment.flags.testFlag(domain::SegmentFlag::Obsolete);
}

bool isConfirmed(SegmentState state)
{
    return state == SegmentState::Translated || state == SegmentState::Reviewed || state == SegmentState::Approved;
}

// A fill to copy onto repetitions: the target and the state it was given.
struct Fill {
    QStringList targets;
    SegmentState state = SegmentState::Draft;
};

} // namespace

Pretranslator::Pretranslator(store::Workspace& workspace, TmLibrary& library, Options options)
    : m_workspace(workspace)
    , m_library(library)
    , m_options(std::move(options))
{}

Result<Pretranslator::Summary> Pretranslator::run(const QString& projectId, const QString& language,
                                                  const Progress& progress)
{
    auto project = m_workspace.projects().find(projectId);
    if (!project)
        return std::unexpected(project.error());
    const SegmentState exactState = m_options.exactState.value_or(project->exactMatchState);
    store::SegmentQuery query;
    query.projectId = projectId;
    query.language = language;
    auto segments = m_workspace.segments().list(query);
    if (!segments)
        return std::unexpected(segments.error());

    // Translations already confirmed in the project serve repetitions first.
    QHash<QString, Fill> fills;
    for (const Segment& s : *segments) {
        if (!s.isPlural() && isConfirmed(s.state) && hasText(s.targets) && !fills.contains(s.source))
            fills.insert(s.source, Fill{s.targets, exactState});
    }

    return m_workspace.database().transaction([&]() -> Result<Summary> {
        Summary summary;
        const int total = int(segments->size());
        int done = 0;
        for (const Segment& segment : *segments) {
            if (progress)
                progress(++done, total);
            if (!isUntranslated(segment))
                continue;
            ++summary.untranslated;
            if (segment.isPlural()) {
                ++summary.pluralSkipped;
                continue;
            }
            store::SegmentEdit edit;
            edit.segmentId = segment.id;
            edit.baseRev = segment.rev;
            edit.author = m_options.author;
            if (const auto known = fills.constFind(segment.source); known != fills.constEnd()) {
                edit.targets = known->targets;
                edit.state = known->state;
                edit.origin = QStringLiteral("propagated");
                ++summary.propagated;
            } else {
                LookupOptions options;
                options.threshold = m_options.threshold;
                options.maxResults = 1;
                options.contextKey = segment.key;
                auto matches = m_library.lookup(segment.source, project->sourceLanguage, language, options);
                if (!matches)
                    return std::unexpected(matches.error());
                if (matches->isEmpty())
                    continue;
                const TmMatch& best = matches->first();
                const bool exact = best.score >= 100;
                edit.targets = {best.repair.target};
                edit.state = exact ? exactState : SegmentState::Draft;
                edit.origin = QStringLiteral("tm:%1 %2%").arg(best.unit.tmName).arg(best.score);
                ++(best.score > 100 ? summary.context : exact ? summary.exact : summary.fuzzy);
                // Only what a person need not look at again is copied onto repetitions.
                if (exact)
                    fills.insert(segment.source, Fill{edit.targets, *edit.state});
            }
            if (auto applied = m_workspace.segments().applyEdit(edit); !applied)
                return std::unexpected(applied.error());
        }
        return summary;
    });
}

} // namespace tessera::tm
