// LengthCheck: counts characters as code points (what XLIFF maxwidth and Android counters mean by
// characters), so an emoji or a CJK extension character counts once.
#include "LengthCheck.h"

#include "qa/CheckInput.h"
#include "qa/QaContext.h"

namespace tessera::qa::checks {

QString LengthCheck::description() const
{
    return QStringLiteral("The translation is longer than the maximum length the file or project sets.");
}

void LengthCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const int limit =
        input.segment().context.maxLength > 0 ? input.segment().context.maxLength : input.context().settings.maxLength;
    if (limit <= 0)
        return;
    for (const FormText& form : input.forms()) {
        qsizetype characters = 0;
        qsizetype cut = -1; // UTF-16 offset where the limit is passed
        for (qsizetype i = 0; i < form.target.size(); ++i) {
            if (form.target.at(i).isLowSurrogate())
                continue;
            ++characters;
            if (characters == limit + 1)
                cut = i;
        }
        if (characters <= limit)
            continue;
        Issue issue;
        issue.form = form.form;
        issue.start = cut;
        issue.length = form.target.size() - cut;
        issue.message = QStringLiteral("%1 characters, %2 more than the maximum of %3")
                            .arg(characters)
                            .arg(characters - limit)
                            .arg(limit);
        issues.append(issue);
    }
}

} // namespace tessera::qa::checks
