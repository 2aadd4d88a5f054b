// TerminologyCheck: the source's terms come from the termbase recognizer (stems, so "files" finds
// "file"); the target is searched with the recognizer of the reverse pair, so an inflected
// translation ("Dateien" for "Datei") counts. Without that recognizer the target must contain a
// translation as written (case aside).
#include "TerminologyCheck.h"

#include <QSet>

#include "qa/CheckInput.h"
#include "qa/QaContext.h"
#include "terms/TermRecognizer.h"

namespace tessera::qa::checks {

using domain::TermStatus;

QString TerminologyCheck::description() const
{
    return QStringLiteral("A termbase term of the source is not translated with one of its approved translations.");
}

void TerminologyCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const QaContext& context = input.context();
    if (!context.sourceTerms)
        return;
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QList<terms::TermHit> hits = context.sourceTerms->recognize(form.source);
        if (hits.isEmpty())
            continue;
        QSet<QString> inTarget;
        if (context.targetTerms) {
            for (const terms::TermHit& hit : context.targetTerms->recognize(form.target)) {
                if (hit.source.status != TermStatus::Forbidden)
                    inTarget.insert(hit.conceptId);
            }
        }
        // Concepts at one span are alternatives: one of them translated is enough.
        QSet<qsizetype> satisfied;
        QList<const terms::TermHit*> open;
        for (const terms::TermHit& hit : hits) {
            if (hit.source.status == TermStatus::Forbidden)
                continue;
            QStringList wanted;
            for (const domain::Term& t : hit.targets) {
                if (t.status != TermStatus::Forbidden)
                    wanted.append(t.text);
            }
            if (wanted.isEmpty())
                continue;
            bool found = inTarget.contains(hit.conceptId);
            if (!context.targetTerms) {
                found = std::ranges::any_of(
                    wanted, [&](const QString& w) { return form.target.contains(w, Qt::CaseInsensitive); });
            }
            if (found)
                satisfied.insert(hit.start);
            else
                open.append(&hit);
        }
        QSet<qsizetype> reported;
        for (const terms::TermHit* hit : open) {
            if (satisfied.contains(hit->start) || reported.contains(hit->start))
                continue;
            reported.insert(hit->start);
            QStringList wanted;
            for (const domain::Term& t : hit->targets) {
                if (t.status != TermStatus::Forbidden)
                    wanted.append(QChar(0x201C) + t.text + QChar(0x201D));
            }
            Issue issue;
            issue.form = form.form;
            issue.sourceStart = hit->start;
            issue.sourceLength = hit->length;
            issue.message =
                QStringLiteral("\u201C%1\u201D should be translated as %2")
                    .arg(QStringView(form.source).sliced(hit->start, hit->length), wanted.join(QStringLiteral(" or ")));
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
