// LanguageInfo: what the checks need to know about one language, worked out once: plural categories,
// number symbols and the typography rules that change what correct punctuation is.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::qa {

class LanguageInfo {
public:
    // Any tag; one that is no BCP 47 tag gets root rules (one plural form, "." and ",").
    static LanguageInfo forTag(const QString& tag);

    QString tag() const { return m_tag; }
    QString language() const { return m_language; } // primary subtag, lower case: "de", "zh"

    // Plural categories selected by some whole number below 1000, in CLDR order: what a gettext or
    // Android catalog needs (French: one, other; Russian: one, few, many).
    QStringList pluralCategories() const { return m_essential; }
    // Every CLDR category (ICU MessageFormat may use all; "other" is always there).
    QStringList allPluralCategories() const { return m_all; }
    // Whether a file may give this many forms: the count above, or every category whole numbers
    // select, or every category.
    bool acceptsFormCount(qsizetype count) const
    {
        return count == m_essential.size() || count == m_integer.size() || count == m_all.size();
    }
    // The category of target form `index` of `count` forms; empty when the forms do not map.
    QString formCategory(int index, int count) const;
    // Whether only one whole number selects the category (English "one" is 1 alone, Russian "one" is
    // 1, 21, 31…): a translation of that form may leave the count out ("one file").
    bool isSingleNumber(const QString& category) const { return m_singleNumber.contains(category); }
    // The whole numbers below 1000 of a category when there are at most three (French "one": 0, 1;
    // English "one": 1), else empty: ICU branches "=0 {…} =1 {…}" may stand in for such a category.
    QList<int> fewNumbers(const QString& category) const { return m_fewNumbers.value(m_all.indexOf(category)); }
    // "2, 3, 4…" for messages.
    QString examples(const QString& category) const;

    QChar decimalSeparator() const { return m_decimal; }
    QChar groupingSeparator() const { return m_grouping; }

    bool frenchSpacing() const { return m_frenchSpacing; }                       // space before : ; ! ? and inside « »
    bool invertedMarks() const { return m_invertedMarks; }                       // Spanish ¿ ¡
    bool fullWidthPunctuation() const { return m_fullWidth; }                    // Chinese, Japanese: 。，：？！
    bool noFinalStop() const { return m_noFinalStop; }                           // Thai, Lao, Khmer: no full stop
    bool greekQuestionMark() const { return m_language == QLatin1String("el"); } // ";" asks
    bool capitalizesNouns() const { return m_capitalizesNouns; }                 // German
    bool writesWithoutSpaces() const { return m_withoutSpaces; }                 // zh, ja, th…: no spaces between words

private:
    QString m_tag;
    QString m_language;
    QStringList m_essential;
    QStringList m_all;
    QStringList m_integer;
    QStringList m_singleNumber;
    QList<QStringList> m_examples;  // parallel to m_all
    QList<QList<int>> m_fewNumbers; // parallel to m_all
    QChar m_decimal = QLatin1Char('.');
    QChar m_grouping = QLatin1Char(',');
    bool m_frenchSpacing = false;
    bool m_invertedMarks = false;
    bool m_fullWidth = false;
    bool m_noFinalStop = false;
    bool m_capitalizesNouns = false;
    bool m_withoutSpaces = false;
};

} // namespace tessera::qa
