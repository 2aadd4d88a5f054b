// SegmentMtLookup: a job id per request; results of any other job are ignored.
#include "SegmentMtLookup.h"

#include "MtLog.h"
#include "MtService.h"

namespace tessera::mt {

SegmentMtLookup::SegmentMtLookup(MtService& service, QString providerId, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_providerId(std::move(providerId))
{
    connect(&m_service, &MtService::translated, this, &SegmentMtLookup::onTranslated);
}

void SegmentMtLookup::request(const QString& segmentId, const QString& source, const QString& sourceLanguage,
                              const QString& targetLanguage)
{
    cancel();
    m_segmentId = segmentId;
    auto job = m_service.translate(m_providerId, sourceLanguage, targetLanguage, {MtSegment{source, {}, {}, {}}});
    if (!job) {
        qCWarning(lcMt) << "no machine translation for the segment:" << job.error().describe();
        return;
    }
    m_job = *job;
}

void SegmentMtLookup::cancel()
{
    if (m_job)
        m_service.cancel(m_job);
    m_job = 0;
    m_segmentId.clear();
}

void SegmentMtLookup::onTranslated(quint64 job, const MtResult& result)
{
    if (job == 0 || job != m_job)
        return;
    Q_EMIT translated(m_segmentId, result);
}

} // namespace tessera::mt
