// QaSettings: a project's quality-check settings: which checks run, at what severity, which block
// confirming and approving, and the project's allow-lists.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera::domain {

// Check ids and severities are strings here ("placeables", "error"): the registry of checks lives in
// services/qa, which gives the defaults (qa::CheckRegistry::defaultSettings()).
struct QaSettings {
    QStringList disabled;              // ids of checks that do not run
    QMap<QString, QString> severities; // check id → "error" | "warning" | "info", overriding the default
    QStringList blockConfirm;          // ids of checks whose issues keep a segment from being confirmed
    QStringList blockApprove;          // … from being approved
    QStringList sameAsSourceAllowed;   // brand names and codes a target may keep as in the source
    QStringList spellingIgnored;       // words the spelling check accepts (the project's dictionary)
    int maxLength = 0;                 // characters per target when the file gives no limit; 0: none
    qint64 rev = 0;

    bool operator==(const QaSettings&) const = default;
};

} // namespace tessera::domain
