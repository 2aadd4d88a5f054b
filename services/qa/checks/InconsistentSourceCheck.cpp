// InconsistentSourceCheck: asks the project's ConsistencySource (batch index or live lookup); names up to three other
// sources.
#include "InconsistentSourceCheck.h"

#include "qa/CheckInput.h"
#include "qa/ConsistencySource.h"
#include "qa/QaContext.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString InconsistentSourceCheck::description() const
{
    return QStringLiteral("The same translation is used for a different source elsewhere in the project.");
}

void InconsistentSourceCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const ConsistencySource* index = input.context().consistency.get();
    if (!index)
        return;
    const QList<ConsistencySource::Other> others = index->otherSources(input.segment());
    if (others.isEmpty())
        return;
    QStringList shown;
    for (const auto& other : others.mid(0, 3))
        shown.append(TextScan::quote(other.text) + ConsistencySource::where(other));
    Issue issue;
    issue.message = QStringLiteral("the same translation is also used for %1%2")
                        .arg(shown.join(QStringLiteral(", ")),
                             others.size() > 3 ? QStringLiteral(" and %1 more").arg(others.size() - 3) : QString());
    issues.append(issue);
}

} // namespace tessera::qa::checks
