// EmptyCheck: reports an empty translation once per segment; partly filled plural forms are the
// plurals check's.
#include "EmptyCheck.h"

#include "qa/CheckInput.h"

namespace tessera::qa::checks {

QString EmptyCheck::description() const
{
    return QStringLiteral("The translation is empty although the source has text.");
}

void EmptyCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    if (!input.targetEmpty() || input.segment().source.trimmed().isEmpty())
        return;
    Issue issue;
    issue.message = QStringLiteral("the translation is empty");
    issues.append(issue);
}

} // namespace tessera::qa::checks
