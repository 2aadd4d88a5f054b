// Comment: a threaded remark on a segment.
#pragma once

#include <QDateTime>
#include <QString>

namespace tessera::domain {

struct Comment {
    QString id;
    QString segmentId;
    QString parentId; // empty for a thread's first comment
    QString author;   // user id
    QString text;
    QDateTime createdAt;
    bool resolved = false;
    qint64 rev = 0;
};

} // namespace tessera::domain
