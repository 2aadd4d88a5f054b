// ReviewDecision: a reviewer's approve or reject of a segment, with an MQM category and severity.
#pragma once

#include <QDateTime>
#include <QString>

namespace tessera::domain {

struct ReviewDecision {
    QString id;
    QString segmentId;
    QString reviewer; // user id
    bool approved = false;
    QString mqmCategory; // e.g. "accuracy/mistranslation", empty for approvals
    QString severity;    // minor, major, critical
    QString comment;
    QDateTime createdAt;
    qint64 rev = 0;
};

} // namespace tessera::domain
