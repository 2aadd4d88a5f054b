// QaReportWriter: HTML escapes everything that came from a file; the page needs no script or
// stylesheet from elsewhere.
#include "QaReportWriter.h"

#include <QJsonDocument>
#include <QStringList>

#include "QaReport.h"

namespace tessera::qa {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The target with the issue's span marked.
QString markedTarget(const QaFinding& f)
{
    const QStringList forms = f.target.split(QStringLiteral(" | "));
    if (f.issue.start < 0 || forms.size() <= f.issue.form)
        return escaped(f.target);
    const QString& form = forms.at(f.issue.form);
    if (f.issue.start > form.size())
        return escaped(f.target);
    const qsizetype length = std::min(f.issue.length, form.size() - f.issue.start);
    const QString marked = escaped(form.left(f.issue.start)) + QStringLiteral("<mark>") +
                           (length > 0 ? escaped(form.mid(f.issue.start, length)) : QStringLiteral("&#x2038;")) +
                           QStringLiteral("</mark>") + escaped(form.mid(f.issue.start + length));
    QStringList shown;
    for (qsizetype i = 0; i < forms.size(); ++i)
        shown.append(i == f.issue.form ? marked : escaped(forms.at(i)));
    return shown.join(QStringLiteral(" | "));
}

} // namespace

QJsonArray QaReportWriter::issuesJson(const QaReport& report)
{
    QJsonArray issues;
    for (const QaFinding& f : report.findings) {
        QJsonObject o{
            {QStringLiteral("segment"), f.segmentId},     {QStringLiteral("key"), f.key},
            {QStringLiteral("check"), f.issue.check},     {QStringLiteral("severity"), severityName(f.issue.severity)},
            {QStringLiteral("message"), f.issue.message}, {QStringLiteral("document"), f.document},
            {QStringLiteral("lang"), f.language},         {QStringLiteral("form"), f.issue.form},
            {QStringLiteral("fixable"), f.issue.hasFix()}};
        if (f.issue.start >= 0) {
            o.insert(QStringLiteral("start"), qint64(f.issue.start));
            o.insert(QStringLiteral("length"), qint64(f.issue.length));
        }
        issues.append(o);
    }
    return issues;
}

QJsonObject QaReportWriter::reportJson(const QaReport& report)
{
    QJsonArray counts;
    for (const QaCount& c : report.counts())
        counts.append(QJsonObject{{QStringLiteral("check"), c.check},
                                  {QStringLiteral("severity"), severityName(c.severity)},
                                  {QStringLiteral("issues"), qint64(c.issues)},
                                  {QStringLiteral("segments"), qint64(c.segments)}});
    return QJsonObject{{QStringLiteral("project"), report.project},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(report.languages)},
                       {QStringLiteral("segments_checked"), qint64(report.segmentsChecked)},
                       {QStringLiteral("untranslated_skipped"), qint64(report.untranslatedSkipped)},
                       {QStringLiteral("errors"), qint64(report.count(Severity::Error))},
                       {QStringLiteral("warnings"), qint64(report.count(Severity::Warning))},
                       {QStringLiteral("infos"), qint64(report.count(Severity::Info))},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("issues"), issuesJson(report)}};
}

QByteArray QaReportWriter::csv(const QaReport& report)
{
    QString out = QStringLiteral("document,lang,segment,key,check,severity,message,source,target\r\n");
    for (const QaFinding& f : report.findings) {
        const QStringList row{f.document,      f.language,    f.segmentId,
                              f.key,           f.issue.check, severityName(f.issue.severity),
                              f.issue.message, f.source,      f.target};
        QStringList fields;
        for (const QString& field : row)
            fields.append(csvField(field));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray QaReportWriter::html(const QaReport& report)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>QA report %1</title>\n")
               .arg(escaped(report.project));
    out += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid "
        "#ccc;padding:4px 8px;text-align:left;vertical-align:top}.error{color:#b00020}.warning{color:#a05a00}"
        ".info{color:#555}mark{background:#ffe08a}</style></head><body>\n");
    out += QStringLiteral("<h1>QA report %1</h1>\n<p>%2 segment(s) checked in %3; %4 error(s), %5 warning(s), %6 "
                          "info(s).</p>\n")
               .arg(escaped(report.project))
               .arg(report.segmentsChecked)
               .arg(escaped(report.languages.join(QStringLiteral(", "))))
               .arg(report.count(Severity::Error))
               .arg(report.count(Severity::Warning))
               .arg(report.count(Severity::Info));
    out += QStringLiteral("<h2>Counts</h2>\n<table><tr><th>Check</th><th>Severity</th><th>Issues</th><th>Segments</th>"
                          "</tr>\n");
    for (const QaCount& c : report.counts())
        out += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(c.check, severityName(c.severity))
                   .arg(c.issues)
                   .arg(c.segments);
    out += QStringLiteral("</table>\n<h2>Issues</h2>\n<table><tr><th>Document</th><th>Lang</th><th>Key</th><th>Check"
                          "</th><th>Message</th><th>Source</th><th>Translation</th></tr>\n");
    for (const QaFinding& f : report.findings)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td><td>%6</td><td>%7</td>"
                              "<td>%8</td></tr>\n")
                   .arg(escaped(f.document), escaped(f.language), escaped(f.key), severityName(f.issue.severity),
                        escaped(f.issue.check), escaped(f.issue.message), escaped(f.source), markedTarget(f));
    out += QStringLiteral("</table>\n</body></html>\n");
    return out.toUtf8();
}

} // namespace tessera::qa
