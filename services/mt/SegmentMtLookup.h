// SegmentMtLookup: the editor's machine translation of the current segment: one lookup at a time,
// and whatever arrives for a segment the user has left is dropped, never delivered.
#pragma once

#include <QObject>
#include <QString>

#include "MtResult.h"

namespace tessera::mt {

class MtService;

class SegmentMtLookup final : public QObject {
    Q_OBJECT

public:
    // The service must outlive the lookup.
    SegmentMtLookup(MtService& service, QString providerId, QObject* parent = nullptr);

    // Asks for `source`'s translation; the previous segment's job is cancelled.
    void request(const QString& segmentId, const QString& source, const QString& sourceLanguage,
                 const QString& targetLanguage);
    // The user left the segment (no new one yet).
    void cancel();

    QString providerId() const { return m_providerId; }
    QString segmentId() const { return m_segmentId; }

Q_SIGNALS:
    // Only for the segment of the latest request (cache hits included).
    void translated(const QString& segmentId, const tessera::mt::MtResult& result);

private:
    void onTranslated(quint64 job, const MtResult& result);

    MtService& m_service;
    QString m_providerId;
    QString m_segmentId;
    quint64 m_job = 0;
};

} // namespace tessera::mt
