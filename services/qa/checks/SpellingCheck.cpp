// SpellingCheck: only prose words are asked: placeables, addresses, words with digits, capitals
// inside or all capitals (names, acronyms, code), words the source has too (names kept as they
// are) and the project's own list are skipped.
#include "SpellingCheck.h"

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/QaContext.h"
#include "qa/SpellChecker.h"
#include "qa/TextScan.h"
#include "qa/WordBreaker.h"

namespace tessera::qa::checks {

namespace {

bool worthAsking(QStringView word)
{
    if (word.size() < 2)
        return false;
    qsizetype upper = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == QLatin1Char('_') || c == QChar(TextScan::maskChar))
            return false;
        if (c.isUpper()) {
            ++upper;
            if (i > 0)
                return false; // "iPhone", "GNOME", "McDonald"
        }
    }
    return true;
}

// The text with web and mail addresses and file paths masked, so their pieces are no words.
QString withoutAddresses(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (TextScan::isSpace(text.at(i)))
            continue;
        qsizetype end = i;
        while (end < text.size() && !TextScan::isSpace(text.at(end)))
            ++end;
        const QStringView token = QStringView(text).sliced(i, end - i);
        if (token.contains(QLatin1String("://")) || token.contains(QLatin1Char('@')) ||
            token.contains(QLatin1Char('/')) || token.startsWith(QLatin1String("www.")) ||
            token.startsWith(QLatin1Char('-')))
            for (qsizetype k = i; k < end; ++k)
                text[k] = QChar(TextScan::maskChar);
        i = end;
    }
    return text;
}

} // namespace

QString SpellingCheck::description() const
{
    return QStringLiteral("A word of the translation is not in the target language's dictionary (Hunspell through "
                          "Sonnet).");
}

void SpellingCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const QaContext& context = input.context();
    if (!context.spelling)
        return;
    const QStringList& ignored = context.settings.spellingIgnored;
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QString target = withoutAddresses(TextScan::masked(form.target, form.targetPlaceables));
        for (const Word& w : WordBreaker::words(target, input.targetLanguage().tag())) {
            if (!w.letters)
                continue;
            const QStringView word = QStringView(target).sliced(w.start, w.length);
            // Words touching a masked placeable are pieces of code ("%sfile").
            if ((w.start > 0 && target.at(w.start - 1) == QChar(TextScan::maskChar)) ||
                (w.start + w.length < target.size() && target.at(w.start + w.length) == QChar(TextScan::maskChar)))
                continue;
            if (!worthAsking(word) || TextScan::isCjk(word.at(0)))
                continue;
            const QString text = word.toString();
            if (form.source.contains(text) || ignored.contains(text, Qt::CaseInsensitive))
                continue;
            if (!context.spelling->isMisspelled(text))
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = w.start;
            issue.length = w.length;
            issue.message =
                QStringLiteral("\u201C%1\u201D is not in the %2 dictionary").arg(text, context.spelling->dictionary());
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
