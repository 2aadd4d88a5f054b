#include "PluralRules.h"

#include <array>

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include "LanguageTag.h"

namespace tessera::text {

namespace {

constexpr std::array<const char*, 6> s_cldrOrder = {"zero", "one", "two", "few", "many", "other"};
constexpr qsizetype s_examplesPerCategory = 3;

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(const QString& s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t*>(s.utf16()), static_cast<int32_t>(s.size()));
}

} // namespace

struct PluralRules::Icu {
    std::unique_ptr<icu::PluralRules> rules;

    QString select(double n) const { return fromIcu(rules->select(n)); }
};

domain::Result<PluralRules> PluralRules::forLanguage(const QString& tag)
{
    auto parsed = LanguageTag::parse(tag);
    if (!parsed)
        return std::unexpected(parsed.error());
    return build(parsed->icuLocaleId(), parsed->name());
}

PluralRules PluralRules::build(const QByteArray& icuLocaleId, const QString& language)
{
    auto icu = std::make_shared<Icu>();
    UErrorCode status = U_ZERO_ERROR;
    icu->rules.reset(icu::PluralRules::forLocale(icu::Locale(icuLocaleId.constData()), status));
    if (U_FAILURE(status) || !icu->rules) {
        status = U_ZERO_ERROR; // root: "other" only
        icu->rules.reset(icu::PluralRules::forLocale(icu::Locale::getRoot(), status));
    }

    PluralRules result;
    result.m_language = language;
    QStringList keywords;
    if (icu->rules) {
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::StringEnumeration> names(icu->rules->getKeywords(status));
        while (names && U_SUCCESS(status)) {
            const icu::UnicodeString* name = names->snext(status);
            if (!name)
                break;
            keywords.append(fromIcu(*name));
        }
    }
    for (const char* category : s_cldrOrder)
        if (keywords.contains(QLatin1String(category)) || qstrcmp(category, "other") == 0)
            result.m_categories.append(QLatin1String(category));
    result.m_examples.resize(result.m_categories.size());
    if (!icu->rules) {
        result.m_integerCategories = result.m_categories;
        return result;
    }

    // Whole numbers first: every rule in CLDR shows its pattern below 1100, except the "many" of
    // French, Spanish, Italian and Portuguese, which is about millions.
    auto addExample = [&](double n, const QString& text) {
        const qsizetype index = result.m_categories.indexOf(icu->select(n));
        if (index >= 0 && result.m_examples[index].size() < s_examplesPerCategory)
            result.m_examples[index].append(text);
    };
    for (qint64 n = 0; n < 1100; ++n)
        addExample(static_cast<double>(n), QString::number(n));
    for (qint64 n : {1000000LL, 2000000LL, 3000000LL, 10000000LL})
        addExample(static_cast<double>(n), QString::number(n));
    for (qsizetype i = 0; i < result.m_categories.size(); ++i)
        if (!result.m_examples[i].isEmpty())
            result.m_integerCategories.append(result.m_categories[i]);
    // Then fractions, for the categories only they reach (Russian "other").
    for (int tenths = 1; tenths < 110; ++tenths) {
        if (tenths % 10 == 0)
            continue;
        const qsizetype index = result.m_categories.indexOf(icu->select(tenths / 10.0));
        if (index >= 0 && !result.m_integerCategories.contains(result.m_categories[index]))
            addExample(tenths / 10.0, QString::number(tenths / 10.0));
    }
    // Last, whatever samples CLDR itself lists.
    for (qsizetype i = 0; i < result.m_categories.size(); ++i) {
        if (!result.m_examples[i].isEmpty())
            continue;
        std::array<double, s_examplesPerCategory> samples{};
        status = U_ZERO_ERROR;
        const int32_t count = icu->rules->getSamples(toIcu(result.m_categories[i]), samples.data(),
                                                     static_cast<int32_t>(samples.size()), status);
        for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k)
            result.m_examples[i].append(QString::number(samples[k], 'g', 10));
    }
    result.m_icu = std::move(icu);
    return result;
}

QStringList PluralRules::examples(const QString& category) const
{
    const qsizetype index = m_categories.indexOf(category);
    return index < 0 ? QStringList() : m_examples[index];
}

QStringList PluralRules::exampleNumbers() const
{
    QStringList labels;
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        labels.append(m_categories[i] + QStringLiteral(": ") + m_examples[i].join(QStringLiteral(", ")) +
                      QStringLiteral("…"));
    return labels;
}

QString PluralRules::categoryFor(double n) const
{
    return m_icu ? m_icu->select(n) : QStringLiteral("other");
}

PluralRules PluralRules::forLanguageOrRoot(const QString& tag)
{
    auto rules = forLanguage(tag);
    return rules ? *std::move(rules) : build(QByteArray(), QStringLiteral("und"));
}

QStringList PluralRules::categories(const QString& tag)
{
    return forLanguageOrRoot(tag).categories();
}

qsizetype PluralRules::formCount(const QString& tag)
{
    return forLanguageOrRoot(tag).formCount();
}

QStringList PluralRules::exampleNumbers(const QString& tag)
{
    return forLanguageOrRoot(tag).exampleNumbers();
}

QString PluralRules::categoryFor(const QString& tag, double n)
{
    return forLanguageOrRoot(tag).categoryFor(n);
}

} // namespace tessera::text
