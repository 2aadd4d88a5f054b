// LanguageTags: BCP 47 tags (en-GB, pt-BR, zh-Hant) turned into the codes each provider accepts.
#include "LanguageTags.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace tessera::mt {

namespace {

struct Parts {
    QString language; // lower case
    QString script;   // Title case, or empty
    QString region;   // upper case, or empty
};

Parts split(const QString& tag)
{
    const QStringList parts = LanguageTags::normalize(tag).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    Parts out;
    if (parts.isEmpty())
        return out;
    out.language = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() == 4 && out.script.isEmpty() && out.region.isEmpty())
            out.script = parts[i];
        else if ((parts[i].size() == 2 || parts[i].size() == 3) && out.region.isEmpty())
            out.region = parts[i];
    }
    return out;
}

bool isTraditionalChinese(const Parts& p)
{
    return p.language == u"zh" &&
           (p.script == u"Hant" ||
            (p.script.isEmpty() && (p.region == u"TW" || p.region == u"HK" || p.region == u"MO")));
}

} // namespace

QString LanguageTags::normalize(const QString& tag)
{
    QStringList parts = tag.trimmed().split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString& part = parts[i];
        if (i == 0)
            part = part.toLower();
        else if (part.size() == 4 && part.at(0).isLetter())
            part = part.left(1).toUpper() + part.mid(1).toLower();
        else if (part.size() == 2 || (part.size() == 3 && part.at(0).isDigit()))
            part = part.toUpper();
        else
            part = part.toLower();
    }
    return parts.join(QLatin1Char('-'));
}

QString LanguageTags::deepLSource(const QString& tag)
{
    return split(tag).language.toUpper();
}

QString LanguageTags::deepLTarget(const QString& tag)
{
    const Parts p = split(tag);
    if (p.language == u"en")
        return p.region == u"GB" || p.region == u"IE" || p.region == u"AU" || p.region == u"NZ" || p.region == u"IN" ||
                       p.region == u"ZA"
                   ? QStringLiteral("EN-GB")
                   : QStringLiteral("EN-US");
    if (p.language == u"pt")
        return p.region == u"BR" ? QStringLiteral("PT-BR") : QStringLiteral("PT-PT");
    if (p.language == u"zh")
        return isTraditionalChinese(p) ? QStringLiteral("ZH-HANT") : QStringLiteral("ZH-HANS");
    if (p.language == u"es" && p.region == u"419")
        return QStringLiteral("ES-419");
    return p.language.toUpper();
}

QString LanguageTags::google(const QString& tag)
{
    const Parts p = split(tag);
    if (p.language == u"zh")
        return isTraditionalChinese(p) ? QStringLiteral("zh-TW") : QStringLiteral("zh-CN");
    if (p.language == u"pt" && p.region == u"PT")
        return QStringLiteral("pt-PT");
    if (p.language == u"fr" && p.region == u"CA")
        return QStringLiteral("fr-CA");
    if (p.language == u"mni")
        return QStringLiteral("mni-Mtei");
    if (p.language == u"nb" || p.language == u"nn")
        return QStringLiteral("no");
    return p.language;
}

QString LanguageTags::libreTranslate(const QString& tag)
{
    const Parts p = split(tag);
    if (p.language == u"zh")
        return isTraditionalChinese(p) ? QStringLiteral("zt") : QStringLiteral("zh");
    if (p.language == u"pt" && p.region == u"BR")
        return QStringLiteral("pb");
    if (p.language == u"nb" || p.language == u"no")
        return QStringLiteral("nb");
    return p.language;
}

QString LanguageTags::describe(const QString& tag)
{
    const QString normalized = normalize(tag);
    const QLocale locale(normalized);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return normalized;
    QString name = QLocale::languageToString(locale.language());
    const Parts p = split(tag);
    if (!p.script.isEmpty())
        name += QStringLiteral(", ") + QLocale::scriptToString(locale.script());
    if (!p.region.isEmpty())
        name += QStringLiteral(", ") + QLocale::territoryToString(locale.territory());
    return QStringLiteral("%1 (%2)").arg(name, normalized);
}

} // namespace tessera::mt
