// ApertiumLanguages: a table of the languages Apertium has pairs for.
#include "ApertiumLanguages.h"

#include <QHash>
#include <QStringList>

#include "text/LanguageTag.h"

namespace tessera::mt {

namespace {

// ISO 639-1 → the ISO 639-3 code Apertium uses (its modes: eng-spa, cat-spa, nob-nno, …).
const QHash<QString, QString>& twoToThree()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("af"), QStringLiteral("afr")}, {QStringLiteral("an"), QStringLiteral("arg")},
        {QStringLiteral("ar"), QStringLiteral("ara")}, {QStringLiteral("az"), QStringLiteral("aze")},
        {QStringLiteral("ba"), QStringLiteral("bak")}, {QStringLiteral("be"), QStringLiteral("bel")},
        {QStringLiteral("bg"), QStringLiteral("bul")}, {QStringLiteral("br"), QStringLiteral("bre")},
        {QStringLiteral("bs"), QStringLiteral("bos")}, {QStringLiteral("ca"), QStringLiteral("cat")},
        {QStringLiteral("cs"), QStringLiteral("ces")}, {QStringLiteral("cy"), QStringLiteral("cym")},
        {QStringLiteral("da"), QStringLiteral("dan")}, {QStringLiteral("de"), QStringLiteral("deu")},
        {QStringLiteral("el"), QStringLiteral("ell")}, {QStringLiteral("en"), QStringLiteral("eng")},
        {QStringLiteral("eo"), QStringLiteral("epo")}, {QStringLiteral("es"), QStringLiteral("spa")},
        {QStringLiteral("et"), QStringLiteral("est")}, {QStringLiteral("eu"), QStringLiteral("eus")},
        {QStringLiteral("fi"), QStringLiteral("fin")}, {QStringLiteral("fo"), QStringLiteral("fao")},
        {QStringLiteral("fr"), QStringLiteral("fra")}, {QStringLiteral("ga"), QStringLiteral("gle")},
        {QStringLiteral("gd"), QStringLiteral("gla")}, {QStringLiteral("gl"), QStringLiteral("glg")},
        {QStringLiteral("he"), QStringLiteral("heb")}, {QStringLiteral("hi"), QStringLiteral("hin")},
        {QStringLiteral("hr"), QStringLiteral("hrv")}, {QStringLiteral("hu"), QStringLiteral("hun")},
        {QStringLiteral("id"), QStringLiteral("ind")}, {QStringLiteral("is"), QStringLiteral("isl")},
        {QStringLiteral("it"), QStringLiteral("ita")}, {QStringLiteral("kk"), QStringLiteral("kaz")},
        {QStringLiteral("ky"), QStringLiteral("kir")}, {QStringLiteral("lt"), QStringLiteral("lit")},
        {QStringLiteral("lv"), QStringLiteral("lav")}, {QStringLiteral("mk"), QStringLiteral("mkd")},
        {QStringLiteral("ms"), QStringLiteral("zlm")}, {QStringLiteral("mt"), QStringLiteral("mlt")},
        {QStringLiteral("nb"), QStringLiteral("nob")}, {QStringLiteral("nl"), QStringLiteral("nld")},
        {QStringLiteral("nn"), QStringLiteral("nno")}, {QStringLiteral("oc"), QStringLiteral("oci")},
        {QStringLiteral("pl"), QStringLiteral("pol")}, {QStringLiteral("pt"), QStringLiteral("por")},
        {QStringLiteral("ro"), QStringLiteral("ron")}, {QStringLiteral("ru"), QStringLiteral("rus")},
        {QStringLiteral("sc"), QStringLiteral("srd")}, {QStringLiteral("se"), QStringLiteral("sme")},
        {QStringLiteral("sk"), QStringLiteral("slk")}, {QStringLiteral("sl"), QStringLiteral("slv")},
        {QStringLiteral("sq"), QStringLiteral("sqi")}, {QStringLiteral("sr"), QStringLiteral("srp")},
        {QStringLiteral("sv"), QStringLiteral("swe")}, {QStringLiteral("tt"), QStringLiteral("tat")},
        {QStringLiteral("tr"), QStringLiteral("tur")}, {QStringLiteral("uk"), QStringLiteral("ukr")},
        {QStringLiteral("ur"), QStringLiteral("urd")}, {QStringLiteral("uz"), QStringLiteral("uzb")},
    };
    return table;
}

} // namespace

QString ApertiumLanguages::toApertium(const QString& bcp47)
{
    auto tag = text::LanguageTag::parse(bcp47);
    if (!tag)
        return {};
    const QString language = tag->language();
    QString code = language.size() == 3 ? language : twoToThree().value(language);
    if (code.isEmpty())
        return {};
    // Apertium pairs name a few regional variants (spa-eng_US, eng-por_BR); other regions (es-ES,
    // en-GB) go to the plain language.
    static const QStringList variants{QStringLiteral("eng_US"), QStringLiteral("por_BR")};
    const QString withRegion = code + QLatin1Char('_') + tag->region();
    return variants.contains(withRegion) ? withRegion : code;
}

QString ApertiumLanguages::toBcp47(const QString& apertium)
{
    const QString language = apertium.section(QLatin1Char('_'), 0, 0).toLower();
    const QString variant = apertium.section(QLatin1Char('_'), 1);
    QString tag = language;
    for (auto it = twoToThree().begin(); it != twoToThree().end(); ++it) {
        if (it.value() == language) {
            tag = it.key();
            break;
        }
    }
    if (!variant.isEmpty())
        tag += QLatin1Char('-') + variant;
    return tag;
}

} // namespace tessera::mt
