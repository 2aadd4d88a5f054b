// LanguageTag: a BCP 47 language tag checked and spelled canonically by ICU (de_DE → de-DE).
#pragma once

#include <QString>

#include "domain/Result.h"

namespace tessera::text {

class LanguageTag {
public:
    // Accepts "de_DE", "pt-br", "zh_hans", " ES " and every other well-formed BCP 47 tag whose primary
    // language subtag has two or three letters. Garbage ("", "de DE", "42", "de--DE", "english") fails
    // with an InvalidInput error that names the input; so does "und", which names no language.
    // POSIX @modifiers as gettext and Debian name catalogs: sr@latin → sr-Latn, sr_RS@latin →
    // sr-Latn-RS, ca@valencia → ca-valencia, de_DE@euro → de-DE, en@quot → en-x-quot.
    // Only the shape is checked, not the registry; ICU does replace deprecated and grandfathered
    // codes by their modern ones (iw → he, i-klingon → tlh), so equal languages compare equal.
    static domain::Result<LanguageTag> parse(const QString& text);

    // Shorthand for parse(text).name().
    static domain::Result<QString> normalize(const QString& text);

    // normalize(text) when it is a tag, else `text` lower-cased with '-' for '_': two spellings of
    // one tag compare equal either way (for matching what users and files say).
    static QString canonical(const QString& text);

    // True when both tags name the same primary language: en-US and en-GB, zh-Hans and zh-Hant.
    static bool sameLanguage(const LanguageTag& a, const LanguageTag& b);
    static bool sameLanguage(const QString& a, const QString& b); // false when either is no tag
    // True when the two name the same tag, or one is a more specific form of the other (de and
    // de-DE, sr and sr-Latn-RS): a file's translations for `a` serve a document in `b`.
    static bool sameOrNarrower(const QString& a, const QString& b);

    // Whether a two- or three-letter code names a language CLDR knows ("ga" yes; "src", "app" no).
    static bool isKnownLanguage(QStringView code);
    // The code of the language whose English name is `name`, any case ("Ukrainian" → "uk",
    // "persian" → "fa"); empty when none is.
    static QString codeOfEnglishName(const QString& name);
    // The English name of the tag's language ("de-AT" → "German"); empty when it names none.
    static QString englishName(const QString& tag);

    QString name() const { return m_name; }         // "sr-Latn-RS"
    QString language() const { return m_language; } // "sr"
    QString script() const { return m_script; }     // "Latn", or empty
    QString region() const { return m_region; }     // "RS", or empty
    // The spelling ICU's C API takes (sr_Latn_RS).
    QByteArray icuLocaleId() const { return m_icuLocaleId; }

    friend bool operator==(const LanguageTag& a, const LanguageTag& b) { return a.m_name == b.m_name; }

private:
    LanguageTag() = default;

    QString m_name;
    QString m_language;
    QString m_script;
    QString m_region;
    QByteArray m_icuLocaleId;
};

} // namespace tessera::text
