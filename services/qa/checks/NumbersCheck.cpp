// NumbersCheck: pairs equal numbers first; what is left over on both sides is a changed number.
// Left alone: numbers glued to letters (names like MP3, ordinals like 1st → 1.), and small whole
// numbers the translation may write as words ("3 times" → "dreimal") or the source did.
#include "NumbersCheck.h"

#include "NumberScanner.h"
#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString NumbersCheck::description() const
{
    return QStringLiteral("A number of the source is missing or changed in the translation, or one was added "
                          "(1,000.5 and 1.000,5 are the same number).");
}

void NumbersCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QList<FoundNumber> source = NumberScanner::scan(TextScan::masked(form.source, form.sourcePlaceables),
                                                              input.sourceLanguage(), input.targetLanguage());
        const QList<FoundNumber> target = NumberScanner::scan(TextScan::masked(form.target, form.targetPlaceables),
                                                              input.targetLanguage(), input.sourceLanguage());
        if (source.isEmpty() && target.isEmpty())
            continue;
        QList<bool> sourceUsed(source.size(), false);
        QList<bool> targetUsed(target.size(), false);
        for (qsizetype s = 0; s < source.size(); ++s) {
            for (qsizetype t = 0; t < target.size(); ++t) {
                if (!targetUsed.at(t) && source.at(s).sameAs(target.at(t))) {
                    sourceUsed[s] = targetUsed[t] = true;
                    break;
                }
            }
        }
        QList<qsizetype> lost, added;
        for (qsizetype s = 0; s < source.size(); ++s) {
            if (!sourceUsed.at(s) && !source.at(s).attached)
                lost.append(s);
        }
        for (qsizetype t = 0; t < target.size(); ++t) {
            if (!targetUsed.at(t) && !target.at(t).attached)
                added.append(t);
        }
        auto text = [](const QString& in, const FoundNumber& n) { return QStringView(in).sliced(n.start, n.length); };
        while (!lost.isEmpty() && !added.isEmpty()) {
            const FoundNumber& s = source.at(lost.takeFirst());
            const FoundNumber& t = target.at(added.takeFirst());
            Issue issue;
            issue.form = form.form;
            issue.start = t.start;
            issue.length = t.length;
            issue.sourceStart = s.start;
            issue.sourceLength = s.length;
            issue.message =
                QStringLiteral("%1 in the source is %2 here").arg(text(form.source, s), text(form.target, t));
            issues.append(issue);
        }
        for (qsizetype s : lost) {
            const FoundNumber& n = source.at(s);
            if (n.small || form.singleNumber)
                continue;
            Issue issue;
            issue.form = form.form;
            issue.sourceStart = n.start;
            issue.sourceLength = n.length;
            issue.message = QStringLiteral("%1 is missing").arg(text(form.source, n));
            issues.append(issue);
        }
        for (qsizetype t : added) {
            const FoundNumber& n = target.at(t);
            if (n.small)
                continue;
            const bool fromAttached = std::ranges::any_of(source, [&](const FoundNumber& s) { return s.sameAs(n); });
            if (fromAttached)
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = n.start;
            issue.length = n.length;
            issue.message = QStringLiteral("%1 is not in the source").arg(text(form.target, n));
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
