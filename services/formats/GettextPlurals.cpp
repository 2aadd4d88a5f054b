#include "GettextPlurals.h"

#include <QHash>

#include "text/PluralRules.h"

namespace tessera::formats {

namespace {

// The formulas of GNU gettext's plural-table and of the Translation Project's team pages.
const QHash<QString, QString>& formulas()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const QString one = QStringLiteral("nplurals=1; plural=0;");
        for (const char* l : {"ja", "ko", "zh", "vi", "th", "id", "ms", "lo", "km", "my", "jv", "su"})
            t.insert(QString::fromLatin1(l), one);
        const QString gtOne = QStringLiteral("nplurals=2; plural=(n > 1);");
        for (const char* l : {"fr", "pt_BR", "oc", "fil", "tl", "ti", "ak", "am", "ln", "mg", "wa"})
            t.insert(QString::fromLatin1(l), gtOne);
        const QString slavic = QStringLiteral("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                                              "(n%100<10 || n%100>=20) ? 1 : 2);");
        for (const char* l : {"ru", "uk", "be", "sr", "hr", "bs"})
            t.insert(QString::fromLatin1(l), slavic);
        t.insert(
            QStringLiteral("pl"),
            QStringLiteral("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"));
        const QString czech = QStringLiteral("nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;");
        t.insert(QStringLiteral("cs"), czech);
        t.insert(QStringLiteral("sk"), czech);
        t.insert(QStringLiteral("lt"), QStringLiteral("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                                                      "(n%100<10 || n%100>=20) ? 1 : 2);"));
        t.insert(QStringLiteral("lv"),
                 QStringLiteral("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);"));
        t.insert(QStringLiteral("ro"),
                 QStringLiteral("nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);"));
        t.insert(QStringLiteral("sl"),
                 QStringLiteral("nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);"));
        t.insert(QStringLiteral("cy"),
                 QStringLiteral("nplurals=4; plural=(n==1) ? 0 : (n==2) ? 1 : (n != 8 && n != 11) ? 2 : 3;"));
        t.insert(QStringLiteral("gd"), QStringLiteral("nplurals=4; plural=(n==1 || n==11) ? 0 : (n==2 || n==12) ? 1 : "
                                                      "(n > 2 && n < 20) ? 2 : 3;"));
        t.insert(QStringLiteral("ga"), QStringLiteral("nplurals=5; plural=n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 : "
                                                      "(n>6 && n<11) ? 3 : 4;"));
        t.insert(QStringLiteral("ar"), QStringLiteral("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
                                                      "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"));
        return t;
    }();
    return table;
}

} // namespace

QString GettextPlurals::header(const QString& languageTag)
{
    QString tag = languageTag;
    tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = tag.section(QLatin1Char('_'), 0, 0).toLower();
    const QString region = tag.section(QLatin1Char('_'), -1).toUpper();
    const auto& table = formulas();
    if (auto it = table.constFind(language + QLatin1Char('_') + region); it != table.constEnd())
        return *it;
    if (auto it = table.constFind(language); it != table.constEnd())
        return *it;
    const auto rules = text::PluralRules::forLanguage(languageTag);
    if (!rules)
        return {};
    const QStringList categories = rules->integerCategories();
    if (categories == QStringList{QStringLiteral("other")})
        return QStringLiteral("nplurals=1; plural=0;");
    if (categories == QStringList{QStringLiteral("one"), QStringLiteral("other")})
        return QStringLiteral("nplurals=2; plural=(n != 1);");
    return {};
}

} // namespace tessera::formats
