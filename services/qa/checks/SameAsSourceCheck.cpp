// SameAsSourceCheck: compares each form with its source after trimming; skips language pairs of
// one language (en → en-GB keeps most strings) and text that is code rather than prose.
#include "SameAsSourceCheck.h"

#include <QRegularExpression>

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/QaContext.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString SameAsSourceCheck::description() const
{
    return QStringLiteral("The translation is the same as the source (brand names, numbers and codes excepted).");
}

bool SameAsSourceCheck::isUntranslatable(const QString& text, const QList<text::Placeable>& placeables)
{
    static const QRegularExpression url(QStringLiteral(R"((?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|\S+@\S+\.\w+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString rest = TextScan::masked(text, placeables);
    rest.replace(url, QStringLiteral(" "));
    const QStringList words = rest.split(QRegularExpression(QStringLiteral(R"([\s\x{E000}]+)")), Qt::SkipEmptyParts);
    int prose = 0;
    int capitalized = 0;
    for (const QString& word : words) {
        int letters = 0, lower = 0, upper = 0, digits = 0, inner = 0;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = word.at(i);
            if (c.isLetter()) {
                ++letters;
                if (c.isLower())
                    ++lower;
                if (c.isUpper()) {
                    ++upper;
                    if (i > 0 && word.at(i - 1).isLetter())
                        ++inner;
                }
            } else if (c.isDigit()) {
                ++digits;
            } else if ((c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('/')) && i > 0 &&
                       i + 1 < word.size() && word.at(i + 1).isLetterOrNumber()) {
                ++inner;
            }
        }
        if (letters == 0)
            continue;                // numbers, punctuation
        if (digits > 0 || inner > 0) // UTF-8, x86_64, README.md, iPhone, GNOME's "GtkWindow"
            continue;
        if (lower == 0 && letters >= 2) // acronyms: OK, URL, GNOME
            continue;
        ++prose;
        if (word.at(0).isUpper())
            ++capitalized;
    }
    // One word kept as it is is mostly a loanword or a name ("Status", "Server", "Firefox" in German),
    // and two or three capitalized words a person's or product's name ("Eric B. Decker").
    return prose < 2 || (prose <= 3 && capitalized == prose);
}

void SameAsSourceCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    if (input.sourceLanguage().language() == input.targetLanguage().language())
        return;
    const QStringList& allowed = input.context().settings.sameAsSourceAllowed;
    for (const FormText& form : input.forms()) {
        const QString target = form.target.trimmed();
        if (target.isEmpty() || target != form.source.trimmed())
            continue;
        if (isUntranslatable(form.source, form.sourcePlaceables))
            continue;
        if (allowed.contains(target, Qt::CaseInsensitive))
            continue;
        Issue issue;
        issue.form = form.form;
        issue.message = QStringLiteral("the translation is the source unchanged");
        issues.append(issue);
        return;
    }
}

} // namespace tessera::qa::checks
