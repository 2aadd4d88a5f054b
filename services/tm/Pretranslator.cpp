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

using domain::hasText;

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

} // namespace

Pretranslator::Pretranslator(store::Workspace& workspace, TmLibrary& library, Options options)
    : m_workspace(workspace)
    , m_library(library)
    , m_options(std::move(options))
{}

struct Pretranslator::Run {
    // A fill to copy onto repetitions: the target and the state it was given.
    struct Fill {
        QStringList targets;
        SegmentState state = SegmentState::Draft;
    };
    QList<Segment> segments;
    QHash<QString, Fill> fills;
    SegmentState exactState = SegmentState::Translated;
    QString sourceLanguage;
    QString language;
};

namespace {

// "tm:NAME 100%" or "tm:NAME 101%": an exact fill an earlier chunk of this run made.
bool isExactTmOrigin(const QString& origin)
{
    return origin.startsWith(QLatin1String("tm:")) &&
           (origin.endsWith(QLatin1String(" 100%")) || origin.endsWith(QLatin1String(" 101%")));
}

} // namespace

Result<Pretranslator::Run> Pretranslator::prepare(const QString& projectId, const QString& language, bool resumed)
{
    auto project = m_workspace.projects().find(projectId);
    if (!project)
        return std::unexpected(project.error());
    Run run;
    run.exactState = m_options.exactState.value_or(project->exactMatchState);
    run.sourceLanguage = project->sourceLanguage;
    run.language = language;
    store::SegmentQuery query;
    query.projectId = projectId;
    query.language = language;
    auto segments = m_workspace.segments().list(query);
    if (!segments)
        return std::unexpected(segments.error());
    run.segments = std::move(*segments);

    // Translations already confirmed in the project serve repetitions first; a resumed run also takes the
    // exact fills its earlier chunks made (drafts when exact matches are kept as drafts).
    for (const Segment& s : run.segments) {
        if (s.isPlural() || !hasText(s.targets) || run.fills.contains(s.source))
            continue;
        if (isConfirmed(s.state))
            run.fills.insert(s.source, Run::Fill{s.targets, run.exactState});
        else if (resumed && isExactTmOrigin(s.origin))
            run.fills.insert(s.source, Run::Fill{s.targets, s.state});
    }
    return run;
}

Result<void> Pretranslator::fill(const Segment& segment, Run& run, Summary& summary)
{
    if (!isUntranslated(segment))
        return {};
    ++summary.untranslated;
    if (segment.isPlural()) {
        ++summary.pluralSkipped;
        return {};
    }
    store::SegmentEdit edit;
    edit.segmentId = segment.id;
    edit.baseRev = segment.rev;
    edit.author = m_options.author;
    if (const auto known = run.fills.constFind(segment.source); known != run.fills.constEnd()) {
        edit.targets = known->targets;
        edit.state = known->state;
        edit.origin = QStringLiteral("propagated");
        ++summary.propagated;
    } else {
        LookupOptions options;
        options.threshold = m_options.threshold;
        options.maxResults = 1;
        options.contextKey = segment.key;
        auto matches = m_library.lookup(segment.source, run.sourceLanguage, run.language, options);
        if (!matches)
            return std::unexpected(matches.error());
        if (matches->isEmpty())
            return {};
        const TmMatch& best = matches->first();
        const bool exact = best.score >= 100;
        edit.targets = {best.repair.target};
        edit.state = exact ? run.exactState : SegmentState::Draft;
        edit.origin = QStringLiteral("tm:%1 %2%").arg(best.unit.tmName).arg(best.score);
        ++(best.score > 100 ? summary.context : exact ? summary.exact : summary.fuzzy);
        // Only what a person need not look at again is copied onto repetitions.
        if (exact)
            run.fills.insert(segment.source, Run::Fill{edit.targets, *edit.state});
    }
    if (auto applied = m_workspace.segments().applyEdit(edit); !applied)
        return std::unexpected(applied.error());
    return {};
}

Result<Pretranslator::Summary> Pretranslator::run(const QString& projectId, const QString& language,
                                                  const Progress& progress)
{
    auto run = prepare(projectId, language, false);
    if (!run)
        return std::unexpected(run.error());
    return m_workspace.database().transaction([&]() -> Result<Summary> {
        Summary summary;
        const int total = int(run->segments.size());
        int done = 0;
        for (const Segment& segment : run->segments) {
            if (progress)
                progress(++done, total);
            if (auto filled = fill(segment, *run, summary); !filled)
                return std::unexpected(filled.error());
        }
        return summary;
    });
}

Result<Pretranslator::Summary> Pretranslator::runChunked(const QString& projectId, const QString& language,
                                                         const Checkpoint& from, int chunkSize, const Commit& commit,
                                                         const Progress& progress, const Stop& stop)
{
    auto run = prepare(projectId, language, from.next > 0);
    if (!run)
        return std::unexpected(run.error());
    const int total = int(run->segments.size());
    const int size = std::max(1, chunkSize);
    Checkpoint at = from;
    at.next = std::clamp(at.next, 0, total);
    if (progress)
        progress(at.next, total);
    while (at.next < total) {
        if (stop && stop())
            return domain::fail(domain::ErrorCode::Internal,
                                QStringLiteral("pretranslation stopped at segment %1 of %2").arg(at.next).arg(total));
        const ChunkWork work = [&]() -> Result<Checkpoint> {
            Checkpoint next = at;
            const int end = std::min(total, at.next + size);
            for (; next.next < end; ++next.next) {
                if (auto filled = fill(run->segments.at(next.next), *run, next.summary); !filled)
                    return std::unexpected(filled.error());
            }
            return next;
        };
        Checkpoint after;
        auto committed = commit ? commit([&]() -> Result<Checkpoint> {
            auto next = work();
            if (next)
                after = *next;
            return next;
        })
                                : m_workspace.database().transaction([&]() -> Result<void> {
                                      auto next = work();
                                      if (!next)
                                          return std::unexpected(next.error());
                                      after = *next;
                                      return {};
                                  });
        if (!committed)
            return std::unexpected(committed.error());
        at = after;
        if (progress)
            progress(at.next, total);
    }
    return at.summary;
}

} // namespace tessera::tm
