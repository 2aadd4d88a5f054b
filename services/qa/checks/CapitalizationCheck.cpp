// CapitalizationCheck: compares the first letter of each text after opening punctuation (¿ ¡ „ « (
// …) and only when both texts start with a letter of a script with case; a text starting with a
// placeable, a digit or an all-capitals word is left alone.
#include "CapitalizationCheck.h"

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

// Index of the first letter when the text starts with one (after opening punctuation); -1 when it
// starts with anything else.
qsizetype firstLetter(const QString& masked)
{
    for (qsizetype i = 0; i < masked.size(); ++i) {
        const QChar c = masked.at(i);
        if (c.isLetter())
            return i;
        if (TextScan::isSpace(c) || c.isPunct() || c.category() == QChar::Punctuation_InitialQuote)
            continue;
        return -1;
    }
    return -1;
}

bool hasCase(QChar c)
{
    return c.toUpper() != c.toLower();
}

// "URL", "GNOME": the word is all capitals (two letters or more).
bool allCapitals(const QString& text, qsizetype at)
{
    qsizetype letters = 0;
    for (qsizetype i = at; i < text.size() && text.at(i).isLetter(); ++i) {
        if (!text.at(i).isUpper())
            return false;
        ++letters;
    }
    return letters >= 2;
}

} // namespace

QString CapitalizationCheck::description() const
{
    return QStringLiteral("The translation starts with a small letter where the source starts with a capital, or "
                          "the other way round.");
}

void CapitalizationCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QString source = TextScan::masked(form.source, form.sourcePlaceables);
        const QString target = TextScan::masked(form.target, form.targetPlaceables);
        const qsizetype s = firstLetter(source);
        const qsizetype t = firstLetter(target);
        if (s < 0 || t < 0 || !hasCase(source.at(s)) || !hasCase(target.at(t)))
            continue;
        if (allCapitals(source, s) || allCapitals(target, t))
            continue;
        const bool sourceUpper = source.at(s).isUpper();
        const bool targetUpper = target.at(t).isUpper();
        // Only a capital lost: translators capitalize fragments by their catalogue's convention, which
        // measured on real catalogues was right far more often than not.
        if (sourceUpper == targetUpper || !sourceUpper)
            continue;
        // The translation starts with a command or option name ("--max-age", "getaddrinfo()").
        if (t > 0 && target.at(t - 1) == QLatin1Char('-'))
            continue;
        // A source starting in lower case whose first word has capitals inside is a name: "iPhone", "macOS".
        if (!sourceUpper) {
            bool inner = false;
            for (qsizetype i = s; i < source.size() && source.at(i).isLetter(); ++i)
                inner = inner || source.at(i).isUpper();
            if (inner)
                continue;
        }
        Issue issue;
        issue.form = form.form;
        issue.start = t;
        issue.length = 1;
        issue.sourceStart = s;
        issue.sourceLength = 1;
        issue.message = sourceUpper
                            ? QStringLiteral("the source starts with a capital letter, the translation does not")
                            : QStringLiteral("the source starts with a small letter, the translation with a "
                                             "capital");
        issues.append(issue);
    }
}

} // namespace tessera::qa::checks
