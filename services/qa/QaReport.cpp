// QaReport: counts are worked out from the findings, so they cannot disagree with them.
#include "QaReport.h"

#include <QSet>

#include "CheckRegistry.h"

namespace tessera::qa {

QList<QaCount> QaReport::counts() const
{
    QMap<QString, QaCount> byCheck;
    QMap<QString, QSet<QString>> segments;
    for (const QaFinding& f : findings) {
        QaCount& c = byCheck[f.issue.check];
        c.check = f.issue.check;
        c.severity = f.issue.severity;
        ++c.issues;
        segments[f.issue.check].insert(f.document + QChar(0x1F) + f.language + QChar(0x1F) + f.key);
    }
    QList<QaCount> rows;
    QStringList order = CheckRegistry::standard().ids();
    for (const QString& id : byCheck.keys()) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const QString& id : order) {
        if (!byCheck.contains(id))
            continue;
        QaCount c = byCheck.value(id);
        c.segments = segments.value(id).size();
        rows.append(c);
    }
    return rows;
}

qsizetype QaReport::count(Severity severity) const
{
    return std::ranges::count_if(findings, [&](const QaFinding& f) { return f.issue.severity == severity; });
}

} // namespace tessera::qa
