// AcceleratorsCheck: which marker a string uses is read from its source: exactly one "&X" (Qt, KDE,
// Windows) or else exactly one "_X" (GTK). The translation must then have exactly one marker of that
// kind before a letter or digit; "(&F)" after a Chinese or Japanese label counts like any other. A
// source with none, or with several ("Tom & Jerry & Co" has none), is left alone.
#include "AcceleratorsCheck.h"

#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QList<qsizetype> AcceleratorsCheck::markers(const QString& masked, QChar marker)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i + 1 < masked.size(); ++i) {
        if (masked.at(i) != marker)
            continue;
        if (masked.at(i + 1) == marker) { // "&&": a literal "&"
            ++i;
            continue;
        }
        if (masked.at(i + 1).isLetterOrNumber())
            found.append(i);
    }
    return found;
}

QString AcceleratorsCheck::description() const
{
    return QStringLiteral("The source's keyboard accelerator (&File, _Open) is missing from the translation, or the "
                          "translation has more than one.");
}

void AcceleratorsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QString source = TextScan::masked(form.source, form.sourcePlaceables);
        QChar marker;
        qsizetype at = -1;
        for (QChar candidate : {QLatin1Char('&'), QLatin1Char('_')}) {
            const QList<qsizetype> found = markers(source, candidate);
            if (found.size() == 1) {
                marker = candidate;
                at = found.first();
                break;
            }
            if (!found.isEmpty())
                break;
        }
        if (at < 0)
            continue;
        // "file_name", "R&D": a marker inside a word of a long text is more likely part of the word.
        if (at > 0 && source.at(at - 1).isLetterOrNumber() && source.size() > 40)
            continue;
        const QString target = TextScan::masked(form.target, form.targetPlaceables);
        const QList<qsizetype> found = markers(target, marker);
        if (found.size() == 1)
            continue;
        Issue issue;
        issue.form = form.form;
        issue.sourceStart = at;
        issue.sourceLength = 2;
        if (found.isEmpty()) {
            issue.message = QStringLiteral("the accelerator %1 is missing").arg(source.sliced(at, 2));
        } else {
            issue.start = found.at(1);
            issue.length = 2;
            issue.message = QStringLiteral("%1 accelerators (%2); one is allowed").arg(found.size()).arg(marker);
        }
        issues.append(issue);
    }
}

} // namespace tessera::qa::checks
