// RepeatedWordsCheck: words separated by white space only, compared case-folded. Left alone: scripts
// written without spaces (reduplication is grammar in Chinese and Japanese), numbers, and pairs a
// language's grammar repeats ("nous nous", "das das", "had had"). The fix deletes the second word.
#include "RepeatedWordsCheck.h"

#include <QHash>

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/TextScan.h"
#include "qa/WordBreaker.h"

namespace tessera::qa::checks {

namespace {

bool grammatical(const QString& language, const QString& word)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("en"), {QStringLiteral("that"), QStringLiteral("had"), QStringLiteral("is")}},
        {QStringLiteral("fr"), {QStringLiteral("nous"), QStringLiteral("vous")}},
        {QStringLiteral("de"),
         {QStringLiteral("das"), QStringLiteral("die"), QStringLiteral("der"), QStringLiteral("sie")}},
        {QStringLiteral("nl"), {QStringLiteral("dat")}},
        {QStringLiteral("es"), {QStringLiteral("que")}},
        {QStringLiteral("pt"), {QStringLiteral("que")}},
        {QStringLiteral("it"), {QStringLiteral("che")}},
    };
    return allowed.value(language).contains(word);
}

// The repeated pairs of `text` as the index of the second word.
QList<qsizetype> repeats(const QString& text, const QList<Word>& words)
{
    QList<qsizetype> found;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const Word& a = words.at(i - 1);
        const Word& b = words.at(i);
        if (!a.letters || !b.letters || a.length != b.length)
            continue;
        const QStringView gap = QStringView(text).sliced(a.start + a.length, b.start - a.start - a.length);
        if (gap.isEmpty() || TextScan::leadingSpace(gap) != gap.size() || gap.contains(QLatin1Char('\n')))
            continue;
        if (QStringView(text)
                .sliced(a.start, a.length)
                .compare(QStringView(text).sliced(b.start, b.length), Qt::CaseInsensitive) == 0)
            found.append(i);
    }
    return found;
}

} // namespace

QString RepeatedWordsCheck::description() const
{
    return QStringLiteral("A word is repeated (\u201Cthe the\u201D) in the translation but not in the source.");
}

void RepeatedWordsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const LanguageInfo& language = input.targetLanguage();
    if (language.writesWithoutSpaces())
        return;
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QString target = TextScan::masked(form.target, form.targetPlaceables);
        const QList<Word> words = WordBreaker::words(target, language.tag());
        const QList<qsizetype> found = repeats(target, words);
        if (found.isEmpty())
            continue;
        const QString source = TextScan::masked(form.source, form.sourcePlaceables);
        const QList<Word> sourceWords = WordBreaker::words(source, input.sourceLanguage().tag());
        const QList<qsizetype> inSource = repeats(source, sourceWords);
        QStringList sourceRepeated;
        for (qsizetype i : inSource)
            sourceRepeated.append(source.sliced(sourceWords.at(i).start, sourceWords.at(i).length).toCaseFolded());
        for (qsizetype i : found) {
            const Word& first = words.at(i - 1);
            const Word& second = words.at(i);
            const QString word = target.sliced(second.start, second.length);
            if (TextScan::isCjk(word.at(0)) || grammatical(language.language(), word.toLower()) ||
                !sourceRepeated.isEmpty())
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = first.start;
            issue.length = second.start + second.length - first.start;
            issue.message = QStringLiteral("\u201C%1\u201D is repeated").arg(word);
            const qsizetype gapStart = first.start + first.length;
            issue.fix = {TextEdit{gapStart, second.start + second.length - gapStart, QString()}};
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
