// QaReportWriter: a QA report as JSON (the CLI's issue array, or the whole report with counts), CSV
// and a self-contained HTML page.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::qa {

struct QaReport;

class QaReportWriter {
public:
    // [{segment, key, check, severity, message, document, lang, form, start, length, fixable}] as
    // ../shared/CLI.md gives it.
    static QJsonArray issuesJson(const QaReport& report);
    // {project, languages, segments_checked, untranslated_skipped, errors, warnings, infos,
    //  counts: [{check, severity, issues, segments}], issues: [...]}
    static QJsonObject reportJson(const QaReport& report);
    // RFC 4180 with a header: document,lang,segment,key,check,severity,message,source,target.
    static QByteArray csv(const QaReport& report);
    // One HTML page: the counts table, then each issue with the source and target, the span marked.
    static QByteArray html(const QaReport& report);
};

} // namespace tessera::qa
