// PretranslateJob: the payload and checkpoint as JSON, the TM library opened on the worker's own
// connection, and Pretranslator::runChunked committing through JobContext::commit.
#include "PretranslateJob.h"

#include <QJsonDocument>

#include "JobContext.h"
#include "JobRunner.h"
#include "domain/Result.h"
#include "store/JobRepository.h"
#include "store/Workspace.h"
#include "tm/TmLibrary.h"

namespace tessera::jobs {

using domain::ErrorCode;
using domain::Result;
using tm::Pretranslator;

namespace {

const QString s_project = QStringLiteral("project");
const QString s_language = QStringLiteral("language");
const QString s_min = QStringLiteral("min");
const QString s_exactState = QStringLiteral("exact_state");
const QString s_author = QStringLiteral("author");
const QString s_chunk = QStringLiteral("chunk");
const QString s_mt = QStringLiteral("mt");

domain::Error payloadError(const QString& field, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, {}, 0, 0, field};
}

} // namespace

QJsonObject PretranslateJob::Request::toPayload() const
{
    QJsonObject payload{
        {s_project, projectId}, {s_language, language}, {s_min, threshold}, {s_author, author}, {s_chunk, chunkSize}};
    if (exactState)
        payload.insert(s_exactState, *exactState == domain::SegmentState::Draft ? QStringLiteral("draft")
                                                                                : QStringLiteral("translated"));
    if (!mtProvider.isEmpty())
        payload.insert(s_mt, mtProvider);
    return payload;
}

Result<PretranslateJob::Request> PretranslateJob::Request::fromPayload(const QJsonObject& payload)
{
    Request request;
    request.projectId = payload.value(s_project).toString();
    request.language = payload.value(s_language).toString();
    if (request.projectId.isEmpty())
        return std::unexpected(payloadError(s_project, QStringLiteral("a pretranslate job needs a project")));
    if (request.language.isEmpty())
        return std::unexpected(payloadError(s_language, QStringLiteral("a pretranslate job needs a language")));
    request.threshold = payload.value(s_min).toInt(100);
    if (request.threshold < 50 || request.threshold > 100)
        return std::unexpected(
            payloadError(s_min, QStringLiteral("min must be 50 to 100, not %1").arg(request.threshold)));
    const QString exact = payload.value(s_exactState).toString();
    if (exact == QLatin1String("draft"))
        request.exactState = domain::SegmentState::Draft;
    else if (exact == QLatin1String("translated"))
        request.exactState = domain::SegmentState::Translated;
    else if (!exact.isEmpty())
        return std::unexpected(payloadError(s_exactState, QStringLiteral("exact_state must be translated or draft, "
                                                                         "not \"%1\"")
                                                              .arg(exact)));
    request.author = payload.value(s_author).toString(request.author);
    request.chunkSize = std::max(1, payload.value(s_chunk).toInt(request.chunkSize));
    request.mtProvider = payload.value(s_mt).toString();
    return request;
}

JobSpec PretranslateJob::spec(const Request& request)
{
    return JobSpec{queueName(), kindName(), request.toPayload(), request.priority, 5};
}

Result<domain::Job> PretranslateJob::enqueueOrResume(JobQueue& queue, const Request& request)
{
    store::JobListQuery query;
    query.queue = queueName();
    auto jobs = queue.list(query);
    if (!jobs)
        return std::unexpected(jobs.error());
    for (const domain::Job& job : *jobs) {
        if (job.kind != kindName() || domain::isFinished(job.state))
            continue;
        auto other = Request::fromPayload(QJsonDocument::fromJson(job.payload.toUtf8()).object());
        if (other && other->projectId == request.projectId && other->language == request.language &&
            other->mtProvider == request.mtProvider)
            return job;
    }
    return queue.enqueue(spec(request));
}

Result<domain::Job> PretranslateJob::runInProcess(store::Workspace& writer, const Request& request,
                                                  const JobContext::ProgressSink& progress,
                                                  std::shared_ptr<JobHandler> mtHandler)
{
    JobRunner::Options options;
    options.workers = 1;
    JobRunner runner(writer, writer.clock(), options);
    auto handler = std::make_shared<PretranslateJob>();
    handler->setMtHandler(std::move(mtHandler));
    runner.addHandler(handler);
    if (auto recovered = runner.recover(); !recovered)
        return std::unexpected(recovered.error());
    JobQueue queue(writer.jobs(), writer.clock());
    auto settings = writer.jobs().queueSettings(queueName());
    if (!settings)
        return std::unexpected(settings.error());
    if (settings->paused)
        return domain::fail(ErrorCode::Conflict, QStringLiteral("the %1 queue is paused; resume it first (tessera-cli "
                                                                "jobs resume %1)")
                                                     .arg(queueName()));
    auto job = enqueueOrResume(queue, request);
    if (!job)
        return job;
    const int attemptsBefore = job->attempts;
    runner.setProgressSink(progress);
    runner.start();
    auto ended = runner.waitUntil(job->id, [&](const domain::Job& now) {
        return domain::isFinished(now.state) ||
               (now.state == domain::JobState::Queued && now.attempts > attemptsBefore);
    });
    runner.stop();
    return ended;
}

QJsonObject PretranslateJob::toJson(const Pretranslator::Summary& summary, int next)
{
    QJsonObject object{{QStringLiteral("untranslated"), summary.untranslated},
                       {QStringLiteral("filled"), summary.context + summary.exact + summary.fuzzy + summary.propagated},
                       {QStringLiteral("context"), summary.context},
                       {QStringLiteral("exact"), summary.exact},
                       {QStringLiteral("fuzzy"), summary.fuzzy},
                       {QStringLiteral("propagated"), summary.propagated},
                       {QStringLiteral("plural_skipped"), summary.pluralSkipped}};
    if (next >= 0)
        object.insert(QStringLiteral("next"), next);
    return object;
}

Pretranslator::Summary PretranslateJob::summaryFrom(const QJsonObject& result)
{
    Pretranslator::Summary summary;
    summary.untranslated = result.value(QStringLiteral("untranslated")).toInt();
    summary.context = result.value(QStringLiteral("context")).toInt();
    summary.exact = result.value(QStringLiteral("exact")).toInt();
    summary.fuzzy = result.value(QStringLiteral("fuzzy")).toInt();
    summary.propagated = result.value(QStringLiteral("propagated")).toInt();
    summary.pluralSkipped = result.value(QStringLiteral("plural_skipped")).toInt();
    return summary;
}

Result<QJsonObject> PretranslateJob::run(JobContext& context)
{
    auto request = Request::fromPayload(context.payload());
    if (!request)
        return std::unexpected(request.error());
    if (!request->mtProvider.isEmpty()) {
        if (!m_mt)
            return std::unexpected(
                payloadError(s_mt, QStringLiteral("no machine-translation provider is available (asked for %1)")
                                       .arg(request->mtProvider)));
        return m_mt->run(context);
    }

    store::Workspace& workspace = context.workspace();
    auto library = tm::TmLibrary::open(workspace.tm(), workspace.databasePath());
    if (!library)
        return std::unexpected(library.error());
    Pretranslator::Options options;
    options.threshold = request->threshold;
    options.exactState = request->exactState;
    options.author = request->author;
    Pretranslator pretranslator(workspace, **library, options);

    Pretranslator::Checkpoint from;
    if (!context.checkpoint().isEmpty()) {
        const QJsonObject saved = QJsonDocument::fromJson(context.checkpoint().toUtf8()).object();
        from.next = saved.value(QStringLiteral("next")).toInt();
        from.summary = summaryFrom(saved);
    }
    const auto commit = [&](const Pretranslator::ChunkWork& work) -> Result<void> {
        return context.commit([&]() -> Result<QString> {
            auto after = work();
            if (!after)
                return std::unexpected(after.error());
            return QString::fromUtf8(QJsonDocument(toJson(after->summary, after->next)).toJson(QJsonDocument::Compact));
        });
    };
    const auto progress = [&](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        context.progress(std::min(percent, 99), QStringLiteral("segment %1 of %2").arg(done).arg(total));
    };
    auto summary = pretranslator.runChunked(request->projectId, request->language, from, request->chunkSize, commit,
                                            progress, [&] { return context.stopRequested(); });
    if (!summary)
        return std::unexpected(summary.error());
    return toJson(*summary);
}

} // namespace tessera::jobs
