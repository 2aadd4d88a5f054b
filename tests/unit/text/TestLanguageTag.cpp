// Tests BCP 47 normalisation with ICU: POSIX spellings, case, scripts, regions, and garbage refused.
#include <QTest>

#include "text/LanguageTag.h"

using tessera::text::LanguageTag;

class TestLanguageTag : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void subtags();
    void sameLanguage_data();
    void sameLanguage();
    void sameOrNarrower_data();
    void sameOrNarrower();
    void languagesByCodeAndName();
};

void TestLanguageTag::normalizes_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("posix underscore") << "de_DE" << "de-DE";
    QTest::newRow("already canonical") << "de-DE" << "de-DE";
    QTest::newRow("lower-case region") << "pt_br" << "pt-BR";
    QTest::newRow("script underscore") << "zh_hans" << "zh-Hans";
    QTest::newRow("script dash") << "zh-hant-tw" << "zh-Hant-TW";
    QTest::newRow("en-us") << "en-us" << "en-US";
    QTest::newRow("upper-case everything") << "EN-GB" << "en-GB";
    QTest::newRow("language only") << "fr" << "fr";
    QTest::newRow("upper-case language") << "ES" << "es";
    QTest::newRow("numeric region") << "es-419" << "es-419";
    QTest::newRow("script and region") << "sr-Latn-RS" << "sr-Latn-RS";
    QTest::newRow("script and region, cased badly") << "SR_latn_rs" << "sr-Latn-RS";
    QTest::newRow("three-letter language") << "fil" << "fil";
    QTest::newRow("three-letter with region") << "gsw_ch" << "gsw-CH";
    QTest::newRow("spaces around") << " fr " << "fr";
    QTest::newRow("variant") << "ca-es-valencia" << "ca-ES-valencia";
    QTest::newRow("china region") << "zh_CN" << "zh-CN";
    // ICU replaces deprecated and grandfathered codes (Android still writes values-iw/).
    QTest::newRow("deprecated code") << "iw" << "he";
    QTest::newRow("grandfathered tag") << "i-klingon" << "tlh";
    QTest::newRow("unicode extension") << "de-DE-u-co-phonebk" << "de-DE-u-co-phonebk";
    // POSIX @modifiers, as the .mo catalogs of Debian's packages are named.
    QTest::newRow("posix script modifier") << "sr@latin" << "sr-Latn";
    QTest::newRow("posix script modifier with region") << "sr_RS@latin" << "sr-Latn-RS";
    QTest::newRow("posix belarusian latin") << "be@latin" << "be-Latn";
    QTest::newRow("posix valencian") << "ca@valencia" << "ca-valencia";
    QTest::newRow("posix currency modifier") << "de_DE@euro" << "de-DE";
    QTest::newRow("posix gettext quotes") << "en@quot" << "en-x-quot";
    QTest::newRow("posix shavian") << "en@shaw" << "en-Shaw";
}

void TestLanguageTag::normalizes()
{
    QFETCH(QString, given);
    QFETCH(QString, canonical);
    const auto tag = LanguageTag::normalize(given);
    QVERIFY2(tag.has_value(), qPrintable(tag ? QString() : tag.error().message));
    QCOMPARE(*tag, canonical);
    // Canonical spellings are a fixed point.
    QCOMPARE(*LanguageTag::normalize(canonical), canonical);
}

void TestLanguageTag::rejectsGarbage_data()
{
    QTest::addColumn<QString>("given");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("inner space") << "de DE";
    QTest::newRow("digits") << "42";
    QTest::newRow("double dash") << "de--DE";
    QTest::newRow("trailing dash") << "de-";
    QTest::newRow("leading dash") << "-de";
    QTest::newRow("one letter") << "d";
    QTest::newRow("a word") << "english";
    QTest::newRow("modifier without language") << "@latin";
    QTest::newRow("modifier too long for a subtag") << "en@boldquotmarks";
    QTest::newRow("four letters") << "engl";
    QTest::newRow("subtag too long") << "de-abcdefghi";
    QTest::newRow("punctuation") << "de.DE";
    QTest::newRow("non-ascii") << "dé";
    QTest::newRow("undetermined") << "und";
    QTest::newRow("private use only") << "x-klingon";
    QTest::newRow("a sentence") << "German please";
}

void TestLanguageTag::rejectsGarbage()
{
    QFETCH(QString, given);
    const auto tag = LanguageTag::parse(given);
    QVERIFY2(!tag.has_value(), qPrintable(given + QStringLiteral(" → ") + (tag ? tag->name() : QString())));
    QCOMPARE(tag.error().code, tessera::domain::ErrorCode::InvalidInput);
    QVERIFY2(tag.error().message.contains(QLatin1Char('"') + given + QLatin1Char('"')),
             qPrintable(tag.error().message));
}

void TestLanguageTag::subtags()
{
    const auto serbian = LanguageTag::parse(QStringLiteral("sr_latn_rs"));
    QVERIFY(serbian);
    QCOMPARE(serbian->name(), QStringLiteral("sr-Latn-RS"));
    QCOMPARE(serbian->language(), QStringLiteral("sr"));
    QCOMPARE(serbian->script(), QStringLiteral("Latn"));
    QCOMPARE(serbian->region(), QStringLiteral("RS"));
    QCOMPARE(serbian->icuLocaleId(), QByteArray("sr_Latn_RS"));

    const auto german = LanguageTag::parse(QStringLiteral("de"));
    QVERIFY(german);
    QCOMPARE(german->language(), QStringLiteral("de"));
    QVERIFY(german->script().isEmpty());
    QVERIFY(german->region().isEmpty());

    QCOMPARE(*LanguageTag::parse(QStringLiteral("pt_BR")), *LanguageTag::parse(QStringLiteral("pt-br")));
}

void TestLanguageTag::sameLanguage_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("regional variants") << "en-US" << "en-GB" << true;
    QTest::newRow("region and none") << "de" << "de_AT" << true;
    QTest::newRow("scripts") << "zh-Hans" << "zh-Hant-TW" << true;
    QTest::newRow("spelling only") << "pt_br" << "pt-BR" << true;
    QTest::newRow("different languages") << "en-US" << "es-US" << false;
    QTest::newRow("garbage") << "en-US" << "en US" << false;
}

void TestLanguageTag::sameLanguage()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(LanguageTag::sameLanguage(a, b), same);
    QCOMPARE(LanguageTag::sameLanguage(b, a), same);
}

void TestLanguageTag::sameOrNarrower_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("serves");
    QTest::newRow("same") << "de" << "de" << true;
    QTest::newRow("gettext spelling of a region") << "de_DE" << "de" << true;
    QTest::newRow("more specific document") << "sr" << "sr-Latn-RS" << true;
    // OpenStack's and Django's zh_Hans folders hold catalogs that say zh_CN.
    QTest::newRow("zh_CN for zh-Hans") << "zh_CN" << "zh-Hans" << true;
    QTest::newRow("zh_TW for zh-Hant") << "zh_TW" << "zh-Hant" << true;
    QTest::newRow("zh_HK for zh-Hant") << "zh_HK" << "zh-Hant" << true;
    QTest::newRow("zh-Hans for zh-CN") << "zh-Hans" << "zh-CN" << true;
    QTest::newRow("zh_TW is not zh-Hans") << "zh_TW" << "zh-Hans" << false;
    QTest::newRow("other regions") << "en-US" << "en-GB" << false;
    QTest::newRow("other scripts") << "sr-Cyrl" << "sr-Latn" << false;
    QTest::newRow("other languages") << "fr" << "de" << false;
}

void TestLanguageTag::sameOrNarrower()
{
    QFETCH(QString, file);
    QFETCH(QString, document);
    QFETCH(bool, serves);
    QCOMPARE(LanguageTag::sameOrNarrower(file, document), serves);
    QCOMPARE(LanguageTag::sameOrNarrower(document, file), serves);
}

// What file names and PO Language fields need: which short codes are languages (ga is Irish; src,
// app and nls are folders and files), and languages by the English name catalogs sometimes give.
void TestLanguageTag::languagesByCodeAndName()
{
    QVERIFY(LanguageTag::isKnownLanguage(u"ga"));
    QVERIFY(LanguageTag::isKnownLanguage(u"fil"));
    QVERIFY(!LanguageTag::isKnownLanguage(u"src"));
    QVERIFY(!LanguageTag::isKnownLanguage(u"app"));
    QVERIFY(!LanguageTag::isKnownLanguage(u"nls"));
    QVERIFY(!LanguageTag::isKnownLanguage(u"g"));
    QVERIFY(!LanguageTag::isKnownLanguage(u"germ"));

    QCOMPARE(LanguageTag::codeOfEnglishName(QStringLiteral("Ukrainian")), QStringLiteral("uk"));
    QCOMPARE(LanguageTag::codeOfEnglishName(QStringLiteral("persian")), QStringLiteral("fa"));
    QCOMPARE(LanguageTag::codeOfEnglishName(QStringLiteral("FRENCH")), QStringLiteral("fr"));
    QCOMPARE(LanguageTag::codeOfEnglishName(QStringLiteral("Klingonese")), QString());
    QCOMPARE(LanguageTag::codeOfEnglishName(QString()), QString());

    QCOMPARE(LanguageTag::englishName(QStringLiteral("de-AT")), QStringLiteral("German"));
    QCOMPARE(LanguageTag::englishName(QStringLiteral("pt_BR")), QStringLiteral("Portuguese"));
    QCOMPARE(LanguageTag::englishName(QStringLiteral("zz")), QString());
}

QTEST_GUILESS_MAIN(TestLanguageTag)
#include "TestLanguageTag.moc"
