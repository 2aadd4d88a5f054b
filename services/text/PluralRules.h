// PluralRules: the CLDR plural categories of a language from ICU, so a document knows its forms.
#pragma once

#include <memory>

#include <QList>
#include <QStringList>

#include "domain/Result.h"

namespace tessera::text {

class PluralRules {
public:
    // Rules for a BCP 47 tag (de, pt_BR, sr-Latn); fails only when the tag is no tag. A language CLDR
    // does not know gets the root rules: one category, "other".
    static domain::Result<PluralRules> forLanguage(const QString& tag);

    QString language() const { return m_language; }

    // Every category the language has, in CLDR order zero, one, two, few, many, other; "other" is
    // always there, since ICU MessageFormat, i18next, Android and Apple all require it. Russian:
    // one, few, many, other (other holds the fractions).
    QStringList categories() const { return m_categories; }
    qsizetype formCount() const { return m_categories.size(); }

    // The categories some whole number selects (Russian: one, few, many); what gettext's
    // Plural-Forms counts.
    QStringList integerCategories() const { return m_integerCategories; }

    // Up to three example numbers for a category, whole numbers where it has any ("one": 1, 21, 31),
    // otherwise ICU's decimal samples ("other" in Russian: 0.0, 1.5, 10.0).
    QStringList examples(const QString& category) const;

    // One label per category, in categories() order: "one: 1, 21, 31…".
    QStringList exampleNumbers() const;

    // The category of a count: 1 → "one", 5 → "many" (Russian); 1.5 → "other".
    QString categoryFor(double n) const;

    // Shorthands that build the rules for one question; an invalid tag gives the root rules.
    static QStringList categories(const QString& tag);
    static qsizetype formCount(const QString& tag);
    static QStringList exampleNumbers(const QString& tag);
    static QString categoryFor(const QString& tag, double n);

private:
    struct Icu;
    PluralRules() = default;
    static PluralRules build(const QByteArray& icuLocaleId, const QString& language);
    static PluralRules forLanguageOrRoot(const QString& tag);

    std::shared_ptr<const Icu> m_icu; // immutable once built, so copies share it
    QString m_language;
    QStringList m_categories;
    QStringList m_integerCategories;
    QList<QStringList> m_examples; // parallel to m_categories
};

} // namespace tessera::text
