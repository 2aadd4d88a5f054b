// MtPretranslateHandler: machine-translation pretranslation as the handler PretranslateJob hands
// payloads with "mt": PROVIDER to. The untranslated segments of a project language go through
// MtService (cache first, masking, batching, the provider's resilience) chunk by chunk; usable results
// are written as drafts whose origin is "mt:PROVIDER", results that lost a placeable are counted as
// flagged and not written, and each chunk is committed with the job's checkpoint.
//
// Dependency direction: this lives in its own library (tessera::mt_pretranslate) on top of both
// tessera::jobs and tessera::mt. The queue knows nothing of machine translation (PretranslateJob only
// holds a JobHandler), and the MT engine knows nothing of jobs; whoever runs the queue (the CLI, the
// desktop app) plugs this handler in with PretranslateJob::setMtHandler.
#pragma once

#include <functional>
#include <memory>

#include "MtTypes.h"
#include "ResilienceSettings.h"
#include "domain/Result.h"
#include "jobs/JobHandler.h"

namespace tessera::mt {

class ProviderProtocol;

class MtPretranslateHandler final : public jobs::JobHandler {
public:
    // One provider as a run uses it: made anew for every run, on the worker thread.
    struct Provider {
        std::unique_ptr<ProviderProtocol> protocol;
        ProviderSettings settings; // the API key filled in already
        ResilienceSettings resilience;
    };
    // Makes the provider of a job's "mt" id; called on worker threads (possibly several at once), so it
    // must be thread-safe. NotFound / InvalidInput fail the job for good; other errors are retried.
    using ProviderFactory = std::function<domain::Result<Provider>(const QString& providerId)>;

    explicit MtPretranslateHandler(ProviderFactory factory);

    QString kind() const override;
    domain::Result<QJsonObject> run(jobs::JobContext& context) override;

    // The counts a run stores as its result (and its checkpoint, with "next").
    struct Summary {
        int untranslated = 0;  // New, empty target, not locked, not obsolete
        int filled = 0;        // written as drafts with origin "mt:PROVIDER"
        int flagged = 0;       // the translation lost or broke a placeable: not written
        int fromCache = 0;     // of the filled ones, answered by the MT cache
        int skipped = 0;       // edited by someone else while the chunk was being translated
        int pluralSkipped = 0; // plural segments are left alone
    };
    static QJsonObject toJson(const Summary& summary, int next = -1);
    static Summary summaryFrom(const QJsonObject& object);

    // "mt:apertium": what Segment::origin says about a draft this handler wrote.
    static QString originOf(const QString& providerId) { return QStringLiteral("mt:") + providerId; }

private:
    ProviderFactory m_factory;
};

} // namespace tessera::mt
