// QaGate: a blocking check blocks with any issue it reports, whatever its severity; a disabled check
// reports nothing and so never blocks.
#include "QaGate.h"

#include "QaChecker.h"

namespace tessera::qa {

QString QaGate::Verdict::reason() const
{
    QStringList parts;
    for (const Issue& issue : blocking)
        parts.append(issue.check + QStringLiteral(": ") + issue.message);
    return parts.join(QStringLiteral("; "));
}

QaGate::Verdict QaGate::evaluate(const QList<Issue>& issues, const domain::QaSettings& settings, Action action)
{
    const QStringList& blockers = action == Action::Confirm ? settings.blockConfirm : settings.blockApprove;
    Verdict verdict;
    for (const Issue& issue : issues) {
        if (blockers.contains(issue.check))
            verdict.blocking.append(issue);
    }
    verdict.allowed = verdict.blocking.isEmpty();
    return verdict;
}

QaGate::Verdict QaGate::evaluate(const QaChecker& checker, const domain::Segment& segment, Action action)
{
    const domain::QaSettings& settings = checker.context().settings;
    const QStringList& blockers = action == Action::Confirm ? settings.blockConfirm : settings.blockApprove;
    if (blockers.isEmpty())
        return Verdict{};
    return evaluate(checker.check(segment, blockers), settings, action);
}

} // namespace tessera::qa
