// LanguageInfo: plural categories from services/text's PluralRules, number symbols from ICU.
#include "LanguageInfo.h"

#include <QHash>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>

#include "text/LanguageTag.h"
#include "text/PluralRules.h"

namespace tessera::qa {

namespace {

QChar symbol(const icu::DecimalFormatSymbols& symbols, icu::DecimalFormatSymbols::ENumberFormatSymbol which,
             QChar fallback)
{
    const icu::UnicodeString& s = symbols.getConstSymbol(which);
    return s.length() == 1 ? QChar(s.charAt(0)) : fallback;
}

} // namespace

LanguageInfo LanguageInfo::forTag(const QString& tag)
{
    LanguageInfo info;
    info.m_tag = tag;
    QByteArray icuId = "root";
    if (auto parsed = text::LanguageTag::parse(tag)) {
        info.m_tag = parsed->name();
        info.m_language = parsed->language();
        icuId = parsed->icuLocaleId();
    } else {
        info.m_language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    }
    const text::PluralRules rules = text::PluralRules::forLanguage(info.m_tag)
                                        .value_or(text::PluralRules::forLanguage(QStringLiteral("en")).value());
    info.m_all = rules.categories();
    info.m_integer = rules.integerCategories();
    for (const QString& category : info.m_all)
        info.m_examples.append(rules.examples(category));
    QHash<QString, int> counts;
    QHash<QString, QList<int>> numbers;
    for (int n = 0; n < 1000; ++n) {
        const QString category = rules.categoryFor(double(n));
        if (++counts[category] <= 3)
            numbers[category].append(n);
    }
    for (const QString& category : info.m_all) {
        info.m_fewNumbers.append(counts.value(category) <= 3 ? numbers.value(category) : QList<int>());
        if (counts.value(category) > 0)
            info.m_essential.append(category);
        if (counts.value(category) == 1)
            info.m_singleNumber.append(category);
    }
    if (info.m_essential.isEmpty())
        info.m_essential = QStringList{QStringLiteral("other")};

    UErrorCode status = U_ZERO_ERROR;
    const icu::DecimalFormatSymbols symbols(icu::Locale(icuId.constData()), status);
    if (U_SUCCESS(status)) {
        info.m_decimal = symbol(symbols, icu::DecimalFormatSymbols::kDecimalSeparatorSymbol, QLatin1Char('.'));
        info.m_grouping = symbol(symbols, icu::DecimalFormatSymbols::kGroupingSeparatorSymbol, QLatin1Char(','));
    }

    const QString& l = info.m_language;
    info.m_frenchSpacing = l == QLatin1String("fr");
    info.m_invertedMarks = l == QLatin1String("es");
    info.m_fullWidth = l == QLatin1String("zh") || l == QLatin1String("ja") || l == QLatin1String("yue");
    info.m_noFinalStop = l == QLatin1String("th") || l == QLatin1String("lo") || l == QLatin1String("km");
    info.m_capitalizesNouns = l == QLatin1String("de") || l == QLatin1String("lb") || l == QLatin1String("gsw");
    info.m_withoutSpaces =
        info.m_fullWidth || info.m_noFinalStop || l == QLatin1String("my") || l == QLatin1String("bo");
    return info;
}

QString LanguageInfo::formCategory(int index, int count) const
{
    if (index < 0 || index >= count)
        return {};
    if (count == m_essential.size())
        return m_essential.at(index);
    if (count == m_integer.size())
        return m_integer.at(index);
    if (count == m_all.size())
        return m_all.at(index);
    if (count == 1)
        return QStringLiteral("other");
    if (count == 2)
        return index == 0 ? QStringLiteral("one") : QStringLiteral("other");
    return {};
}

QString LanguageInfo::examples(const QString& category) const
{
    const qsizetype i = m_all.indexOf(category);
    if (i < 0)
        return {};
    return m_examples.at(i).join(QStringLiteral(", ")) + QStringLiteral("…");
}

} // namespace tessera::qa
