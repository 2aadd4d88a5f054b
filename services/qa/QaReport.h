// QaReport: the issues of a batch run over a file, a document or a project, with counts per check.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "Issue.h"

namespace tessera::qa {

struct QaFinding {
    QString segmentId; // empty for a file checked outside a workspace
    QString key;
    QString document;
    QString language;
    QString source;
    QString target; // plural forms joined with " | "
    Issue issue;
};

struct QaCount {
    QString check;
    Severity severity = Severity::Warning;
    qsizetype issues = 0;
    qsizetype segments = 0; // segments with at least one issue of the check
};

struct QaReport {
    QString project;
    QList<QString> languages;
    qsizetype segmentsChecked = 0;
    qsizetype untranslatedSkipped = 0;
    QList<QaFinding> findings;

    // One row per check that found something, in registry order.
    QList<QaCount> counts() const;
    qsizetype count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};

} // namespace tessera::qa
