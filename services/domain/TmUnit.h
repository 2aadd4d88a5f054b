// TmUnit: one source/target pair of a translation memory.
#pragma once

#include <QDateTime>
#include <QString>

namespace tessera::domain {

struct TmUnit {
    QString id;
    QString tmName;
    QString sourceLanguage;
    QString targetLanguage;
    QString source;
    QString target;
    QString contextKey;
    QString creator;
    QDateTime createdAt;
    QDateTime changedAt;
    int usageCount = 0;
    QString origin; // "project", "import", "mt:…"
    qint64 rev = 0;
};

} // namespace tessera::domain
