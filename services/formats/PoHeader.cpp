#include "PoHeader.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include "text/LanguageTag.h"

namespace tessera::formats {

namespace {

// The Language field as a tag: a tag of a known language as it is (ga is Irish, though Qt also
// names a language "Ga"); a language's English name, which some catalogs give ("Ukrainian",
// "persian"), as its code; another tag as it is; anything else as no language.
QString languageOfField(const QString& field)
{
    const QString value = field.trimmed();
    if (value.isEmpty())
        return {};
    const bool tag = text::LanguageTag::normalize(value).has_value();
    const QStringView primary = QStringView(value).left(value.indexOf(QRegularExpression(QStringLiteral("[-_@.]"))));
    if (tag && text::LanguageTag::isKnownLanguage(primary))
        return field;
    if (QString code = text::LanguageTag::codeOfEnglishName(value); !code.isEmpty())
        return code;
    return tag ? field : QString();
}

} // namespace

PoHeader PoHeader::parse(const QByteArray& msgstr)
{
    PoHeader header;
    header.charset = QByteArrayLiteral("UTF-8");
    bool placeholders = false;
    for (const QByteArray& rawLine : msgstr.split('\n')) {
        const qsizetype colon = rawLine.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = rawLine.left(colon).trimmed().toLower();
        const QByteArray value = rawLine.mid(colon + 1).trimmed();
        if (name == "content-type") {
            const qsizetype at = value.toLower().indexOf("charset=");
            if (at >= 0) {
                QByteArray charset = value.mid(at + 8);
                const qsizetype end = charset.indexOf(';');
                if (end >= 0)
                    charset.truncate(end);
                charset = charset.trimmed();
                // "CHARSET" is the placeholder of a fresh POT: gettext reads such files as ASCII/UTF-8.
                if (!charset.isEmpty() && charset != "CHARSET")
                    header.charset = charset;
                placeholders = placeholders || charset == "CHARSET";
            }
        } else if (name == "language") {
            header.language = languageOfField(QString::fromUtf8(value));
        } else if (name == "plural-forms") {
            placeholders = placeholders || value.contains("INTEGER");
            const qsizetype at = value.indexOf("nplurals");
            if (at >= 0) {
                qsizetype i = at + 8;
                while (i < value.size() && (value[i] == ' ' || value[i] == '='))
                    ++i;
                qsizetype j = i;
                while (j < value.size() && value[j] >= '0' && value[j] <= '9')
                    ++j;
                bool ok = false;
                const int n = value.mid(i, j - i).toInt(&ok);
                if (ok && n > 0 && n < 100)
                    header.nplurals = n;
            }
        }
    }
    header.isTemplate = placeholders && header.language.trimmed().isEmpty();
    return header;
}

bool PoHeader::isFor(const QString& fileLanguage, const QString& language)
{
    return !fileLanguage.trimmed().isEmpty() && text::LanguageTag::sameOrNarrower(fileLanguage.trimmed(), language);
}

QString PoHeader::gettextName(const QString& language)
{
    const auto tag = text::LanguageTag::parse(language);
    if (!tag)
        return QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    QString name = tag->language();
    QString region = tag->region();
    QString modifier;
    const QString script = tag->script();
    if (script == QLatin1String("Latn"))
        modifier = QStringLiteral("latin");
    else if (script == QLatin1String("Cyrl"))
        modifier = QStringLiteral("cyrillic");
    else if (region.isEmpty() && script == QLatin1String("Hans"))
        region = QStringLiteral("CN");
    else if (region.isEmpty() && script == QLatin1String("Hant"))
        region = QStringLiteral("TW");
    // A variant (ca-valencia) or private use (en-x-quot) is gettext's @modifier.
    const QStringList parts = tag->name().split(QLatin1Char('-'));
    for (qsizetype i = 1; i < parts.size() && modifier.isEmpty(); ++i) {
        if (parts[i] == QLatin1String("x") && i + 1 < parts.size())
            modifier = parts[i + 1];
        else if (parts[i].size() >= 5 || (parts[i].size() == 4 && parts[i].at(0).isDigit()))
            modifier = parts[i];
    }
    if (!region.isEmpty())
        name += QLatin1Char('_') + region;
    if (!modifier.isEmpty())
        name += QLatin1Char('@') + modifier;
    return name;
}

QString PoHeader::forLanguage(const QString& msgstr, const QString& language, const QString& pluralForms)
{
    QStringList lines = msgstr.split(QLatin1Char('\n'));
    const bool newlineAtEnd = msgstr.endsWith(QLatin1Char('\n'));
    if (newlineAtEnd)
        lines.removeLast();
    const auto find = [&](QLatin1StringView field) -> qsizetype {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(QLatin1Char(':'));
            if (colon > 0 && QStringView(lines[i]).left(colon).trimmed().compare(field, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    // A field replaced where it is, or added after `after` (or at the end), as msginit orders them.
    const auto set = [&](QLatin1StringView field, const QString& value, QLatin1StringView after) {
        const QString line = field + QStringLiteral(": ") + value;
        if (const qsizetype at = find(field); at >= 0) {
            lines[at] = line;
            return;
        }
        const qsizetype previous = after.isEmpty() ? -1 : find(after);
        lines.insert(previous >= 0 ? previous + 1 : lines.size(), line);
    };
    set(QLatin1StringView("Language"), gettextName(language), QLatin1StringView("Language-Team"));
    if (const qsizetype at = find(QLatin1StringView("Content-Type")); at >= 0)
        lines[at].replace(QLatin1StringView("charset=CHARSET"), QLatin1StringView("charset=UTF-8"));
    if (!pluralForms.isEmpty())
        set(QLatin1StringView("Plural-Forms"), pluralForms, QLatin1StringView());
    return lines.join(QLatin1Char('\n')) + (newlineAtEnd || lines.isEmpty() ? QStringLiteral("\n") : QString());
}

} // namespace tessera::formats
