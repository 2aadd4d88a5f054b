// InconsistentSourceCheck: asks the project's ConsistencyIndex; names up to three other sources.
#include "InconsistentSourceCheck.h"

#include "qa/CheckInput.h"
#include "qa/ConsistencyIndex.h"
#include "qa/QaContext.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString InconsistentSourceCheck::description() const
{
    return QStringLiteral("The same translation is used for a different source elsewhere in the project.");
}

void InconsistentSourceCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const ConsistencyIndex* index = input.context().consistency;
    if (!index)
        return;
    const QList<ConsistencyIndex::Other> others = index->otherSources(input.segment());
    if (others.isEmpty())
        return;
    QStringList shown;
    for (const auto& other : others.mid(0, 3))
        shown.append(TextScan::quote(other.text));
    Issue issue;
    issue.message = QStringLiteral("the same translation is also used for %1%2")
                        .arg(shown.join(QStringLiteral(", ")),
                             others.size() > 3 ? QStringLiteral(" and %1 more").arg(others.size() - 3) : QString());
    issues.append(issue);
}

} // namespace tessera::qa::checks
