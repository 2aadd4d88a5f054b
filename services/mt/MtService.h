// MtService: the machine-translation façade: providers registered by id; translate(segments, pair)
// answers from the cache first, then masks, batches and sends the rest, and delivers each segment's
// result with progress.
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QObject>

#include "MtResult.h"
#include "MtTypes.h"
#include "ResilienceSettings.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}
namespace tessera::store {
class MtCacheRepository;
}

namespace tessera::mt {

class HttpTransport;
class ProviderClient;
class ProviderProtocol;

class MtService final : public QObject {
    Q_OBJECT

public:
    // The transport and clock must outlive the service; `cache` may be null (no cache), else it is
    // used on this thread and must outlive the service too.
    MtService(HttpTransport& transport, const domain::Clock& clock, store::MtCacheRepository* cache,
              QObject* parent = nullptr);
    ~MtService() override;

    // Registers a provider under settings.id (the protocol's id when empty); a second one with the
    // same id replaces the first, cancelling its requests.
    domain::Result<void> addProvider(std::unique_ptr<ProviderProtocol> protocol, ProviderSettings settings,
                                     ResilienceSettings resilience = {});
    QStringList providerIds() const;
    ProviderClient* provider(const QString& id) const;
    // Registered, and has an API key when its protocol needs one.
    bool isConfigured(const QString& id) const;

    // Starts translating `segments` (their text unmasked, as in the document) from `sourceLanguage`
    // to `targetLanguage` (BCP 47). Results, progress and finished() arrive later on this thread,
    // never from inside this call; identical texts are asked once. Unknown provider: NotFound.
    domain::Result<quint64> translate(const QString& providerId, const QString& sourceLanguage,
                                      const QString& targetLanguage, const QList<MtSegment>& segments);
    // Stops a job: its requests are cancelled and nothing more is delivered for it.
    void cancel(quint64 job);
    bool isRunning(quint64 job) const { return m_jobs.contains(job); }

    int cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    void translated(quint64 job, const tessera::mt::MtResult& result);
    void progress(quint64 job, int done, int total);
    void finished(quint64 job);

private:
    struct Job;
    struct Provider;
    void start(quint64 jobId);
    void deliver(quint64 jobId, const QList<int>& indexes, MtResult result);
    void flushCache(Job& job);
    void onBatch(quint64 jobId, const QList<QString>& texts, const domain::Result<QStringList>& reply);

    HttpTransport& m_transport;
    const domain::Clock& m_clock;
    store::MtCacheRepository* m_cache;
    std::vector<std::unique_ptr<Provider>> m_providers;
    QHash<quint64, std::shared_ptr<Job>> m_jobs;
    quint64 m_nextJob = 1;
    int m_cacheHits = 0;
};

} // namespace tessera::mt
