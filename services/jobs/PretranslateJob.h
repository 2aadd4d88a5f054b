// PretranslateJob: TM pretranslation as a job of kind "pretranslate" in queue "pretranslate": chunks of
// segments, each committed with the job's checkpoint, so a killed run resumes where it stopped and
// writes no segment twice. Machine translation plugs in through setMtHandler (services/mt).
#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>

#include "JobContext.h"
#include "JobHandler.h"
#include "JobQueue.h"
#include "domain/Job.h"
#include "domain/SegmentState.h"
#include "tm/Pretranslator.h"

namespace tessera::jobs {

class PretranslateJob final : public JobHandler {
public:
    static QString queueName() { return QStringLiteral("pretranslate"); }
    static QString kindName() { return QStringLiteral("pretranslate"); }

    // What the job does; it is the job's payload as JSON.
    struct Request {
        QString projectId;
        QString language;
        int threshold = 100;
        std::optional<domain::SegmentState> exactState;
        QString author = QStringLiteral("tessera-pretranslate");
        int chunkSize = 200; // segments per committed chunk
        QString mtProvider;  // empty: TMs; else the MT handler does the job
        int priority = 5;

        QJsonObject toPayload() const;
        static domain::Result<Request> fromPayload(const QJsonObject& payload);
    };

    static JobSpec spec(const Request& request);
    // The unfinished job (queued or running) for the same project, language and source, else a new one:
    // running the command again after a crash resumes the old job instead of starting over.
    static domain::Result<domain::Job> enqueueOrResume(JobQueue& queue, const Request& request);
    // Runs a pretranslation in this process, on a worker thread: recovers the jobs of dead processes,
    // resumes the unfinished job for the same request (or queues a new one) and blocks until it
    // succeeds, fails, is cancelled or an attempt fails (then it stays queued for the next run).
    // `progress` is called on the worker thread. Returns the job as it was then.
    // `mtHandler` serves requests with an mtProvider (see setMtHandler).
    static domain::Result<domain::Job> runInProcess(store::Workspace& writer, const Request& request,
                                                    const JobContext::ProgressSink& progress,
                                                    std::shared_ptr<JobHandler> mtHandler = nullptr);
    // The summary a finished job stored as its result.
    static tm::Pretranslator::Summary summaryFrom(const QJsonObject& result);
    static QJsonObject toJson(const tm::Pretranslator::Summary& summary, int next = -1);

    QString kind() const override { return kindName(); }
    domain::Result<QJsonObject> run(JobContext& context) override;

    // The handler for payloads with "mt": PROVIDER (services/mt implements it under the contract of
    // JobHandler.h, committing each chunk with JobContext::commit). Unset: such jobs fail for good.
    void setMtHandler(std::shared_ptr<JobHandler> handler) { m_mt = std::move(handler); }

private:
    std::shared_ptr<JobHandler> m_mt;
};

} // namespace tessera::jobs
