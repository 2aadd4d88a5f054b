// MtPretranslateHandler: a chunk of untranslated segments → one MtService job on a local event loop
// (the worker thread has no other) → one committed chunk of drafts and the checkpoint after it.
#include "MtPretranslateHandler.h"

#include <algorithm>

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include "CurlTransport.h"
#include "MtLog.h"
#include "MtResult.h"
#include "MtService.h"
#include "ProviderProtocol.h"
#include "domain/Clock.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "jobs/JobContext.h"
#include "jobs/PretranslateJob.h"
#include "store/MtCacheRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"

namespace tessera::mt {

using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

// How often a chunk's translation looks whether the job was cancelled meanwhile.
constexpr int s_mtPretranslateStopPollMs = 200;

bool mtPretranslateHasText(const QStringList& targets)
{
    return std::any_of(targets.begin(), targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

// The same rule as TM pretranslation: New, no target text, neither locked nor obsolete.
bool mtPretranslateIsUntranslated(const Segment& segment)
{
    return segment.state == SegmentState::New && !mtPretranslateHasText(segment.targets) &&
           !segment.flags.testFlag(domain::SegmentFlag::Locked) &&
           !segment.flags.testFlag(domain::SegmentFlag::Obsolete);
}

// The termbase's terms in `source` with their first target term that is not forbidden.
QList<GlossaryHint> mtPretranslateGlossary(const terms::TermRecognizer* recognizer, const QString& source)
{
    QList<GlossaryHint> hints;
    if (!recognizer)
        return hints;
    for (const terms::TermHit& hit : recognizer->recognize(source)) {
        const auto target = std::find_if(hit.targets.begin(), hit.targets.end(), [](const domain::Term& t) {
            return t.status != domain::TermStatus::Forbidden;
        });
        if (target == hit.targets.end() || hit.source.status == domain::TermStatus::Forbidden)
            continue;
        const GlossaryHint hint{source.mid(hit.start, hit.length), target->text};
        if (std::none_of(hints.begin(), hints.end(),
                         [&](const GlossaryHint& h) { return h.source == hint.source && h.target == hint.target; }))
            hints.append(hint);
    }
    return hints;
}

// Translates one chunk on a local event loop; every entry of `results` is set, or the job was stopped.
Result<void> mtPretranslateTranslate(MtService& service, jobs::JobContext& context, const QString& providerId,
                                     const QString& sourceLanguage, const QString& targetLanguage,
                                     const QList<MtSegment>& batch, QList<MtResult>& results,
                                     const std::function<void(int done)>& progress)
{
    results = QList<MtResult>(batch.size());
    QEventLoop loop;
    quint64 id = 0;
    bool stopped = false;
    QObject::connect(&service, &MtService::translated, &loop, [&](quint64 job, const MtResult& result) {
        if (job == id && result.index >= 0 && result.index < results.size())
            results[result.index] = result;
    });
    QObject::connect(&service, &MtService::progress, &loop, [&](quint64 job, int done, int) {
        if (job == id)
            progress(done);
    });
    QObject::connect(&service, &MtService::finished, &loop, [&](quint64 job) {
        if (job == id)
            loop.quit();
    });
    QTimer poll;
    poll.setInterval(s_mtPretranslateStopPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!context.stopRequested())
            return;
        stopped = true;
        service.cancel(id);
        loop.quit();
    });
    auto started = service.translate(providerId, sourceLanguage, targetLanguage, batch);
    if (!started)
        return std::unexpected(started.error());
    id = *started;
    poll.start();
    loop.exec(); // results arrive only from the loop, never inside translate()
    if (stopped)
        return domain::fail(ErrorCode::Internal, QStringLiteral("machine pretranslation stopped"));
    return {};
}

} // namespace

MtPretranslateHandler::MtPretranslateHandler(ProviderFactory factory)
    : m_factory(std::move(factory))
{}

QString MtPretranslateHandler::kind() const
{
    return jobs::PretranslateJob::kindName();
}

QJsonObject MtPretranslateHandler::toJson(const Summary& summary, int next)
{
    QJsonObject object{{QStringLiteral("untranslated"), summary.untranslated},
                       {QStringLiteral("filled"), summary.filled},
                       {QStringLiteral("mt"), summary.filled},
                       {QStringLiteral("flagged"), summary.flagged},
                       {QStringLiteral("from_cache"), summary.fromCache},
                       {QStringLiteral("skipped"), summary.skipped},
                       {QStringLiteral("plural_skipped"), summary.pluralSkipped}};
    if (next >= 0)
        object.insert(QStringLiteral("next"), next);
    return object;
}

MtPretranslateHandler::Summary MtPretranslateHandler::summaryFrom(const QJsonObject& object)
{
    Summary summary;
    summary.untranslated = object.value(QStringLiteral("untranslated")).toInt();
    summary.filled = object.value(QStringLiteral("filled")).toInt();
    summary.flagged = object.value(QStringLiteral("flagged")).toInt();
    summary.fromCache = object.value(QStringLiteral("from_cache")).toInt();
    summary.skipped = object.value(QStringLiteral("skipped")).toInt();
    summary.pluralSkipped = object.value(QStringLiteral("plural_skipped")).toInt();
    return summary;
}

Result<QJsonObject> MtPretranslateHandler::run(jobs::JobContext& context)
{
    auto request = jobs::PretranslateJob::Request::fromPayload(context.payload());
    if (!request)
        return std::unexpected(request.error());
    if (!m_factory)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no machine-translation providers are set up"));
    auto provider = m_factory(request->mtProvider);
    if (!provider)
        return std::unexpected(provider.error());
    if (!provider->protocol)
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("unknown machine-translation provider \"%1\"").arg(request->mtProvider));
    const QString providerId = request->mtProvider;
    provider->settings.id = providerId;

    store::Workspace& workspace = context.workspace();
    auto project = workspace.projects().find(request->projectId);
    if (!project)
        return std::unexpected(project.error());
    store::SegmentQuery query;
    query.projectId = request->projectId;
    query.language = request->language;
    auto listed = workspace.segments().list(query);
    if (!listed)
        return std::unexpected(listed.error());
    const QList<Segment>& segments = *listed;

    Summary summary;
    int next = 0;
    if (!context.checkpoint().isEmpty()) {
        const QJsonObject saved = QJsonDocument::fromJson(context.checkpoint().toUtf8()).object();
        next = saved.value(QStringLiteral("next")).toInt();
        summary = summaryFrom(saved);
    }
    const int total = int(segments.size());
    next = std::clamp(next, 0, total);

    // Glossary terms go to the providers that take them (the LLM prompts); others get none.
    const ProviderLimits limits = provider->protocol->limits(provider->settings);
    std::shared_ptr<const terms::TermRecognizer> recognizer;
    if (limits.acceptsGlossary) {
        terms::Termbase termbase(workspace);
        auto made = termbase.recognizer(project->sourceLanguage, request->language);
        if (made)
            recognizer = *made;
        else
            qCWarning(lcMt) << "pretranslation without glossary terms:" << made.error().describe();
    }

    CurlTransport transport;
    // Timeouts, backoff, the breaker and the rate limit run on real time, whatever clock the queue uses.
    const domain::SystemClock clock;
    MtService service(transport, clock, &workspace.mtCache());
    if (auto added = service.addProvider(std::move(provider->protocol), provider->settings, provider->resilience);
        !added)
        return std::unexpected(added.error());

    const auto report = [&](int done, const QString& what) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        context.progress(std::min(percent, 99), what);
    };
    report(next, QStringLiteral("segment %1 of %2").arg(next).arg(total));
    const int chunkSize = std::max(1, request->chunkSize);
    while (next < total) {
        if (context.stopRequested())
            return domain::fail(
                ErrorCode::Internal,
                QStringLiteral("machine pretranslation stopped at segment %1 of %2").arg(next).arg(total));
        const int end = std::min(total, next + chunkSize);
        Summary after = summary;
        QList<int> picked; // indexes into `segments` of the ones sent
        QList<MtSegment> batch;
        for (int i = next; i < end; ++i) {
            const Segment& segment = segments.at(i);
            if (!mtPretranslateIsUntranslated(segment))
                continue;
            ++after.untranslated;
            if (segment.isPlural()) {
                ++after.pluralSkipped;
                continue;
            }
            picked.append(i);
            batch.append(MtSegment{segment.source, segment.key, segment.context.note,
                                   mtPretranslateGlossary(recognizer.get(), segment.source)});
        }
        QList<MtResult> results;
        if (!batch.isEmpty()) {
            const int from = next;
            auto translated = mtPretranslateTranslate(
                service, context, providerId, project->sourceLanguage, request->language, batch, results,
                [&](int done) {
                    const int at = from + int(qint64(done) * (end - from) / std::max<qsizetype>(1, batch.size()));
                    report(at, QStringLiteral("segment %1 of %2 (%3)").arg(at).arg(total).arg(providerId));
                });
            if (!translated)
                return std::unexpected(translated.error());
        }
        // A segment without an answer fails this attempt; nothing of the chunk is written, and what did
        // arrive is in the MT cache, so the retry asks the provider only for the rest.
        for (qsizetype k = 0; k < results.size(); ++k) {
            const MtResult& result = results.at(k);
            if (result.ok())
                continue;
            const Segment& segment = segments.at(picked.at(k));
            return std::unexpected(domain::Error{
                result.errorCode == ErrorCode::InvalidInput ? ErrorCode::InvalidInput : ErrorCode::Network,
                QStringLiteral("%1 did not translate segment %2: %3")
                    .arg(providerId, segment.key.isEmpty() ? segment.id : segment.key, result.error),
                {},
                0,
                0,
                {}});
        }
        auto committed = context.commit([&]() -> Result<QString> {
            Summary counted = after;
            for (qsizetype k = 0; k < results.size(); ++k) {
                const MtResult& result = results.at(k);
                if (result.flagged) {
                    ++counted.flagged;
                    continue;
                }
                const Segment& listedSegment = segments.at(picked.at(k));
                // Someone may have edited it while the provider was busy: theirs stays.
                auto now = workspace.segments().find(listedSegment.id);
                if (!now)
                    return std::unexpected(now.error());
                if (now->rev != listedSegment.rev || !mtPretranslateIsUntranslated(*now)) {
                    ++counted.skipped;
                    continue;
                }
                store::SegmentEdit edit;
                edit.segmentId = now->id;
                edit.baseRev = now->rev;
                edit.targets = {result.text};
                edit.state = SegmentState::Draft;
                edit.author = request->author;
                edit.origin = originOf(providerId);
                if (auto applied = workspace.segments().applyEdit(edit); !applied)
                    return std::unexpected(applied.error());
                ++counted.filled;
                if (result.fromCache)
                    ++counted.fromCache;
            }
            after = counted;
            return QString::fromUtf8(QJsonDocument(toJson(counted, end)).toJson(QJsonDocument::Compact));
        });
        if (!committed)
            return std::unexpected(committed.error());
        summary = after;
        next = end;
        report(next, QStringLiteral("segment %1 of %2 (%3)").arg(next).arg(total).arg(providerId));
    }
    return toJson(summary);
}

} // namespace tessera::mt
