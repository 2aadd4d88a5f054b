// ForbiddenTermCheck: target-language terms are recognized in the target with the reverse pair's
// recognizer (inflections too); the message names the concept's preferred term where the source
// side knows it.
#include "ForbiddenTermCheck.h"

#include "qa/CheckInput.h"
#include "qa/QaContext.h"
#include "terms/TermRecognizer.h"

namespace tessera::qa::checks {

using domain::TermStatus;

QString ForbiddenTermCheck::description() const
{
    return QStringLiteral("The translation uses a term the termbase forbids.");
}

void ForbiddenTermCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const QaContext& context = input.context();
    if (!context.targetTerms)
        return;
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QList<terms::TermHit> hits = context.targetTerms->recognize(form.target);
        QList<terms::TermHit> sourceHits;
        bool sourceRead = false;
        for (const terms::TermHit& hit : hits) {
            if (hit.source.status != TermStatus::Forbidden)
                continue;
            if (!sourceRead && context.sourceTerms) {
                sourceHits = context.sourceTerms->recognize(form.source);
                sourceRead = true;
            }
            QString instead;
            for (const terms::TermHit& s : sourceHits) {
                if (s.conceptId != hit.conceptId)
                    continue;
                for (const domain::Term& t : s.targets) {
                    if (t.status != TermStatus::Forbidden && instead.isEmpty())
                        instead = t.text;
                }
            }
            Issue issue;
            issue.form = form.form;
            issue.start = hit.start;
            issue.length = hit.length;
            const QStringView used = QStringView(form.target).sliced(hit.start, hit.length);
            issue.message =
                instead.isEmpty()
                    ? QStringLiteral("\u201C%1\u201D is a forbidden term").arg(used)
                    : QStringLiteral("\u201C%1\u201D is a forbidden term; use \u201C%2\u201D").arg(used).arg(instead);
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
