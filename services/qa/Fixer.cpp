// Fixer: applies issues' text edits back to front, so earlier offsets stay valid.
#include "Fixer.h"

#include <algorithm>

namespace tessera::qa {

QString Fixer::apply(const QString& target, const Issue& issue)
{
    QString result = target;
    for (auto it = issue.fix.crbegin(); it != issue.fix.crend(); ++it) {
        if (it->start < 0 || it->start + it->length > result.size())
            return target;
        result.replace(it->start, it->length, it->replacement);
    }
    return result;
}

QStringList Fixer::applyAll(const QStringList& targets, const QList<Issue>& issues)
{
    QStringList result = targets;
    for (qsizetype form = 0; form < targets.size(); ++form) {
        QList<TextEdit> edits;
        for (const Issue& issue : issues) {
            if (issue.form != form || !issue.hasFix())
                continue;
            const bool overlaps = std::ranges::any_of(issue.fix, [&](const TextEdit& e) {
                return std::ranges::any_of(edits, [&](const TextEdit& taken) {
                    return e.start < taken.start + std::max<qsizetype>(taken.length, 1) &&
                           taken.start < e.start + std::max<qsizetype>(e.length, 1);
                });
            });
            if (!overlaps)
                edits.append(issue.fix);
        }
        std::ranges::sort(edits, [](const TextEdit& a, const TextEdit& b) { return a.start < b.start; });
        Issue merged;
        merged.fix = edits;
        result[form] = apply(targets.at(form), merged);
    }
    return result;
}

} // namespace tessera::qa
