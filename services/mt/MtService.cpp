// MtService: jobs of segments → cache lookups, masking, batches on the provider's client.
#include "MtService.h"

#include <QMetaObject>

#include "Batcher.h"
#include "Masker.h"
#include "MtLog.h"
#include "ProviderClient.h"
#include "ProviderProtocol.h"
#include "store/MtCacheRepository.h"
#include "text/LanguageTag.h"

namespace tessera::mt {

using domain::ErrorCode;
using domain::Result;

struct MtService::Provider {
    std::unique_ptr<ProviderProtocol> protocol;
    ProviderClient* client = nullptr; // child of the service
};

struct MtService::Job {
    QString providerId;
    QString sourceLanguage; // canonical, as cached
    QString targetLanguage;
    QList<MtSegment> segments;
    QHash<QString, QList<int>> indexesByText; // identical texts are asked once
    QHash<QString, MaskedText> masked;
    QList<quint64> tickets;
    QList<std::pair<QString, QString>> toCache; // written in one transaction when the job ends
    int done = 0;
};

namespace {

// Translations received are written to the cache together: when the job ends, or every this many
// (a job of thousands of one-segment Apertium requests would otherwise fsync once a segment).
constexpr int s_mtServiceCacheFlushSize = 500;

} // namespace

MtService::MtService(HttpTransport& transport, const domain::Clock& clock, store::MtCacheRepository* cache,
                     QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
    , m_cache(cache)
{
    qRegisterMetaType<tessera::mt::MtResult>();
}

MtService::~MtService()
{
    for (const auto& job : std::as_const(m_jobs))
        flushCache(*job);
    for (auto& provider : m_providers)
        delete provider->client; // before its protocol
}

Result<void> MtService::addProvider(std::unique_ptr<ProviderProtocol> protocol, ProviderSettings settings,
                                    ResilienceSettings resilience)
{
    if (!protocol)
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("no provider protocol given"));
    if (settings.id.isEmpty())
        settings.id = protocol->id();
    const QString id = settings.id;
    std::erase_if(m_providers, [&](const std::unique_ptr<Provider>& p) {
        if (p->client->settings().id != id)
            return false;
        delete p->client;
        return true;
    });
    auto provider = std::make_unique<Provider>();
    provider->protocol = std::move(protocol);
    provider->client =
        new ProviderClient(*provider->protocol, std::move(settings), resilience, m_transport, m_clock, this);
    m_providers.push_back(std::move(provider));
    return {};
}

QStringList MtService::providerIds() const
{
    QStringList ids;
    for (const auto& p : m_providers)
        ids.append(p->client->settings().id);
    return ids;
}

ProviderClient* MtService::provider(const QString& id) const
{
    for (const auto& p : m_providers)
        if (p->client->settings().id == id)
            return p->client;
    return nullptr;
}

bool MtService::isConfigured(const QString& id) const
{
    const ProviderClient* client = provider(id);
    return client && (!client->protocol().needsApiKey() || !client->settings().apiKey.isEmpty());
}

Result<quint64> MtService::translate(const QString& providerId, const QString& sourceLanguage,
                                     const QString& targetLanguage, const QList<MtSegment>& segments)
{
    if (!provider(providerId))
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("no machine-translation provider \"%1\" is set up").arg(providerId));
    auto job = std::make_shared<Job>();
    job->providerId = providerId;
    job->sourceLanguage = text::LanguageTag::canonical(sourceLanguage);
    job->targetLanguage = text::LanguageTag::canonical(targetLanguage);
    job->segments = segments;
    const quint64 id = m_nextJob++;
    m_jobs.insert(id, job);
    QMetaObject::invokeMethod(this, [this, id] { start(id); }, Qt::QueuedConnection);
    return id;
}

void MtService::cancel(quint64 jobId)
{
    const auto job = m_jobs.take(jobId);
    if (!job)
        return;
    flushCache(*job); // what arrived is good; only the rest is dropped
    if (ProviderClient* client = provider(job->providerId))
        for (quint64 ticket : std::as_const(job->tickets))
            client->cancel(ticket);
}

void MtService::start(quint64 jobId)
{
    const auto job = m_jobs.value(jobId);
    if (!job)
        return;
    ProviderClient* client = provider(job->providerId);
    if (!client) {
        m_jobs.remove(jobId);
        Q_EMIT finished(jobId);
        return;
    }
    if (job->segments.isEmpty()) {
        m_jobs.remove(jobId);
        Q_EMIT finished(jobId);
        return;
    }
    QStringList order; // unique texts, first occurrence first
    for (int i = 0; i < job->segments.size(); ++i) {
        const QString& text = job->segments.at(i).text;
        auto& indexes = job->indexesByText[text];
        if (indexes.isEmpty())
            order.append(text);
        indexes.append(i);
    }
    const ProviderLimits limits = client->protocol().limits(client->settings());
    QList<MtSegment> toSend;
    QStringList sendTexts; // sendTexts[i] is toSend[i]'s text before masking
    for (const QString& text : std::as_const(order)) {
        if (m_cache) {
            auto cached = m_cache->find(job->providerId, job->sourceLanguage, job->targetLanguage, text);
            if (!cached)
                qCWarning(lcMt) << "MT cache lookup failed:" << cached.error().describe();
            else if (*cached) {
                ++m_cacheHits;
                MtResult result;
                result.source = text;
                result.text = **cached;
                result.provider = job->providerId;
                result.fromCache = true;
                deliver(jobId, job->indexesByText.value(text), result);
                if (!m_jobs.contains(jobId))
                    return; // cancelled or finished by a slot
                continue;
            }
        }
        const MaskedText masked = Masker::mask(text, limits.maskStyle);
        job->masked.insert(text, masked);
        MtSegment segment = job->segments.at(job->indexesByText.value(text).constFirst());
        segment.text = masked.text;
        toSend.append(segment);
        sendTexts.append(text);
    }
    for (const QList<int>& group : Batcher::split(toSend, limits)) {
        MtBatch batch{job->sourceLanguage, job->targetLanguage, {}};
        QList<QString> texts; // the unmasked texts, in the batch's order
        for (int i : group) {
            batch.segments.append(toSend.at(i));
            texts.append(sendTexts.at(i));
        }
        job->tickets.append(client->submit(
            batch, [this, jobId, texts](const Result<QStringList>& reply) { onBatch(jobId, texts, reply); }));
    }
}

void MtService::onBatch(quint64 jobId, const QList<QString>& texts, const Result<QStringList>& reply)
{
    const auto job = m_jobs.value(jobId);
    if (!job)
        return;
    QList<std::pair<QString, QString>> toCache;
    QList<MtResult> results;
    for (int i = 0; i < texts.size(); ++i) {
        MtResult result;
        result.source = texts.at(i);
        result.provider = job->providerId;
        if (!reply) {
            result.error = reply.error().message;
            result.errorCode = reply.error().code;
        } else if (i >= reply->size()) {
            result.error = QStringLiteral("the provider returned fewer translations than segments");
        } else {
            const UnmaskedText restored = Masker::unmask(reply->at(i), job->masked.value(texts.at(i)));
            result.text = restored.text;
            result.flagged = !restored.intact();
            result.missingPlaceables = restored.missing;
            if (!result.flagged)
                toCache.append({result.source, result.text});
        }
        results.append(result);
    }
    if (m_cache && !toCache.isEmpty()) {
        job->toCache.append(toCache);
        if (job->toCache.size() >= s_mtServiceCacheFlushSize)
            flushCache(*job);
    }
    for (const MtResult& result : std::as_const(results)) {
        if (!m_jobs.contains(jobId))
            return;
        deliver(jobId, job->indexesByText.value(result.source), result);
    }
}

void MtService::flushCache(Job& job)
{
    if (!m_cache || job.toCache.isEmpty())
        return;
    if (auto stored = m_cache->store(job.providerId, job.sourceLanguage, job.targetLanguage, job.toCache); !stored)
        qCWarning(lcMt) << "MT cache write failed:" << stored.error().describe();
    job.toCache.clear();
}

void MtService::deliver(quint64 jobId, const QList<int>& indexes, MtResult result)
{
    const auto job = m_jobs.value(jobId);
    if (!job)
        return;
    const int total = int(job->segments.size());
    for (int index : indexes) {
        result.index = index;
        ++job->done;
        Q_EMIT translated(jobId, result);
        if (!m_jobs.contains(jobId))
            return;
        Q_EMIT progress(jobId, job->done, total);
        if (!m_jobs.contains(jobId))
            return;
    }
    if (job->done >= total) {
        flushCache(*job);
        m_jobs.remove(jobId);
        Q_EMIT finished(jobId);
    }
}

} // namespace tessera::mt
