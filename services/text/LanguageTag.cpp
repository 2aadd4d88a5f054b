#include "LanguageTag.h"

#include <algorithm>
#include <optional>

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <unicode/uloc.h>

namespace tessera::text {

namespace {

using domain::ErrorCode;

domain::Result<LanguageTag> notATag(const QString& text)
{
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("\"%1\" is not a BCP 47 language tag (like de, pt-BR or zh-Hans)").arg(text));
}

bool isAsciiLetters(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

// Calls one of ICU's uloc_get* functions into a QString.
template <typename Getter> QString localePart(const char* localeId, Getter getter)
{
    char buffer[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = getter(localeId, buffer, sizeof buffer, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
        return {};
    return QString::fromLatin1(buffer, length);
}

// A POSIX locale's @modifier (gettext's sr@latin, ca@valencia, be@latin, en@quot, de_DE@euro) in
// BCP 47: a script modifier becomes the script subtag after the language, valencia the registered
// variant, euro (a currency) nothing, any other a private-use subtag. `tag` uses '-' already.
QString withoutPosixModifier(const QString& tag)
{
    const qsizetype at = tag.indexOf(QLatin1Char('@'));
    if (at < 0)
        return tag;
    QStringList parts = tag.left(at).split(QLatin1Char('-'));
    const QString modifier = tag.mid(at + 1).toLower();
    static const QHash<QString, QString> scripts{
        {QStringLiteral("latin"), QStringLiteral("Latn")},      {QStringLiteral("cyrillic"), QStringLiteral("Cyrl")},
        {QStringLiteral("devanagari"), QStringLiteral("Deva")}, {QStringLiteral("arabic"), QStringLiteral("Arab")},
        {QStringLiteral("hebrew"), QStringLiteral("Hebr")},     {QStringLiteral("shaw"), QStringLiteral("Shaw")},
    };
    if (modifier == u"euro" || modifier.isEmpty())
        return parts.join(QLatin1Char('-'));
    if (const auto script = scripts.constFind(modifier); script != scripts.cend()) {
        parts.insert(1, *script);
        return parts.join(QLatin1Char('-'));
    }
    if (modifier == u"valencia")
        return parts.join(QLatin1Char('-')) + QStringLiteral("-valencia");
    return parts.join(QLatin1Char('-')) + QStringLiteral("-x-") + modifier;
}

} // namespace

domain::Result<LanguageTag> LanguageTag::parse(const QString& text)
{
    // Underscores are the POSIX spelling; BCP 47 has none and no white space, so ICU would stop there.
    const QString trimmed = text.trimmed();
    QString candidate = trimmed;
    candidate.replace(QLatin1Char('_'), QLatin1Char('-'));
    candidate = withoutPosixModifier(candidate);
    if (candidate.isEmpty() || candidate.size() >= ULOC_FULLNAME_CAPACITY ||
        !std::all_of(candidate.begin(), candidate.end(), [](QChar c) { return c.unicode() < 0x80 && !c.isSpace(); }))
        return notATag(text);

    const QByteArray ascii = candidate.toLatin1();
    char localeId[ULOC_FULLNAME_CAPACITY] = {};
    int32_t parsedLength = 0;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t idLength = uloc_forLanguageTag(ascii.constData(), localeId, sizeof localeId, &parsedLength, &status);
    // ICU parses the longest well-formed prefix; anything left over ("de--DE", "de DE") is no tag.
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || idLength <= 0 || parsedLength != ascii.size())
        return notATag(text);

    char bcp47[ULOC_FULLNAME_CAPACITY] = {};
    status = U_ZERO_ERROR;
    const int32_t tagLength = uloc_toLanguageTag(localeId, bcp47, sizeof bcp47, /*strict=*/true, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || tagLength <= 0)
        return notATag(text);

    LanguageTag tag;
    tag.m_name = QString::fromLatin1(bcp47, tagLength);
    tag.m_icuLocaleId = QByteArray(localeId, idLength);
    tag.m_language = localePart(localeId, uloc_getLanguage);
    tag.m_script = localePart(localeId, uloc_getScript);
    tag.m_region = localePart(localeId, uloc_getCountry);
    // Five-to-eight-letter language subtags are well-formed but none is registered; "english" or
    // "deutsch" typed where a tag belongs is a mistake, not a language.
    if (tag.m_language.size() < 2 || tag.m_language.size() > 3 || !isAsciiLetters(tag.m_language) ||
        tag.m_language == QLatin1String("und"))
        return notATag(text);
    return tag;
}

domain::Result<QString> LanguageTag::normalize(const QString& text)
{
    return parse(text).transform([](const LanguageTag& tag) { return tag.name(); });
}

QString LanguageTag::canonical(const QString& text)
{
    if (auto tag = normalize(text))
        return *tag;
    return QString(text).replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

bool LanguageTag::sameLanguage(const LanguageTag& a, const LanguageTag& b)
{
    return a.m_language == b.m_language;
}

namespace {

// `tag` with ICU's likely subtags added (zh-CN → zh-Hans-CN, zh-Hant → zh-Hant-TW), as a parsed tag.
std::optional<LanguageTag> maximized(const LanguageTag& tag)
{
    const QString full = localePart(tag.name().toLatin1().constData(), uloc_addLikelySubtags);
    auto parsed = LanguageTag::parse(QString(full).replace(QLatin1Char('_'), QLatin1Char('-')));
    return parsed ? std::optional<LanguageTag>(*parsed) : std::nullopt;
}

// Whether every subtag `broad` states (language, script, region) is what `narrow` says or implies
// (zh-Hans: zh-CN, which is zh-Hans-CN).
bool implies(const LanguageTag& narrow, const LanguageTag& broad)
{
    const auto full = maximized(narrow);
    return full && full->language() == broad.language() &&
           (broad.script().isEmpty() || full->script() == broad.script()) &&
           (broad.region().isEmpty() || full->region() == broad.region());
}

} // namespace

bool LanguageTag::sameOrNarrower(const QString& a, const QString& b)
{
    const QString first = canonical(a);
    const QString second = canonical(b);
    if (first == second || first.startsWith(second + QLatin1Char('-')) || second.startsWith(first + QLatin1Char('-')))
        return true;
    // Tags that name the same script and region once ICU's likely subtags are added: a zh_CN
    // catalog in a zh_Hans folder (Django's, OpenStack's) translates into zh-Hans.
    const auto x = parse(a);
    const auto y = parse(b);
    return x && y && (implies(*x, *y) || implies(*y, *x));
}

bool LanguageTag::isKnownLanguage(QStringView code)
{
    return (code.size() == 2 || code.size() == 3) && QLocale::codeToLanguage(code) != QLocale::AnyLanguage;
}

QString LanguageTag::codeOfEnglishName(const QString& name)
{
    for (int l = QLocale::C + 1; l <= QLocale::LastLanguage; ++l) {
        const auto language = QLocale::Language(l);
        if (QLocale::languageToString(language).compare(name, Qt::CaseInsensitive) == 0)
            return QLocale::languageToCode(language);
    }
    return {};
}

QString LanguageTag::englishName(const QString& tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToString(locale.language());
}

bool LanguageTag::sameLanguage(const QString& a, const QString& b)
{
    const auto first = parse(a);
    const auto second = parse(b);
    return first && second && sameLanguage(*first, *second);
}

} // namespace tessera::text
