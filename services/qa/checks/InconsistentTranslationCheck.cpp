// InconsistentTranslationCheck: asks the project's ConsistencySource (batch index or live lookup); names up to three of
// the other translations.
#include "InconsistentTranslationCheck.h"

#include "qa/CheckInput.h"
#include "qa/ConsistencySource.h"
#include "qa/QaContext.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString InconsistentTranslationCheck::description() const
{
    return QStringLiteral("The same source is translated differently elsewhere in the project.");
}

void InconsistentTranslationCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const ConsistencySource* index = input.context().consistency.get();
    if (!index)
        return;
    const QList<ConsistencySource::Other> others = index->otherTranslations(input.segment());
    if (others.isEmpty())
        return;
    QStringList shown;
    for (const auto& other : others.mid(0, 3))
        shown.append(TextScan::quote(QString(other.text).replace(QChar(0x1F), QStringLiteral(" | "))) +
                     ConsistencySource::where(other));
    Issue issue;
    issue.message = QStringLiteral("the same source is also translated as %1%2")
                        .arg(shown.join(QStringLiteral(", ")),
                             others.size() > 3 ? QStringLiteral(" and %1 more").arg(others.size() - 3) : QString());
    issues.append(issue);
}

} // namespace tessera::qa::checks
