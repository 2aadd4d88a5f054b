// SegmentRevision: one entry of a segment's history, written with every edit.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "SegmentState.h"

namespace tessera::domain {

struct SegmentRevision {
    QString id;
    QString segmentId;
    qint64 rev = 0;
    QStringList targets;
    SegmentState state = SegmentState::New;
    QString author;
    QDateTime createdAt;
    QString translatorComment; // as the edit left it
    QString origin;            // Segment::origin as the edit left it
};

} // namespace tessera::domain
