// Tests CLDR plural categories from ICU: forms per language, their order, examples and selection.
#include <QTest>

#include "text/PluralRules.h"

using tessera::text::PluralRules;

class TestPluralRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void categories_data();
    void categories();
    void integerCategories_data();
    void integerCategories();
    void categoryFor_data();
    void categoryFor();
    void exampleNumbers();
    void everyCategoryHasExamples();
    void shorthands();
    void invalidTag();
};

void TestPluralRules::categories_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    const QStringList oneOther = {"one", "other"};
    const QStringList oneFewManyOther = {"one", "few", "many", "other"};
    const QStringList six = {"zero", "one", "two", "few", "many", "other"};
    QTest::newRow("ja") << "ja" << QStringList{"other"};
    QTest::newRow("zh-Hans") << "zh-Hans" << QStringList{"other"};
    QTest::newRow("ko") << "ko" << QStringList{"other"};
    QTest::newRow("en") << "en" << oneOther;
    QTest::newRow("en_GB") << "en_GB" << oneOther;
    QTest::newRow("de") << "de" << oneOther;
    QTest::newRow("fr") << "fr" << QStringList{"one", "many", "other"};
    QTest::newRow("es") << "es" << QStringList{"one", "many", "other"};
    QTest::newRow("ru") << "ru" << oneFewManyOther;
    QTest::newRow("uk") << "uk" << oneFewManyOther;
    QTest::newRow("pl") << "pl" << oneFewManyOther;
    QTest::newRow("cs") << "cs" << oneFewManyOther;
    QTest::newRow("lt") << "lt" << oneFewManyOther;
    QTest::newRow("sl") << "sl" << QStringList{"one", "two", "few", "other"};
    QTest::newRow("ga") << "ga" << QStringList{"one", "two", "few", "many", "other"};
    QTest::newRow("ar") << "ar" << six;
    QTest::newRow("cy") << "cy" << six;
    QTest::newRow("unknown to CLDR") << "tlh" << QStringList{"other"};
}

void TestPluralRules::categories()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const auto rules = PluralRules::forLanguage(language);
    QVERIFY(rules);
    QCOMPARE(rules->categories(), expected);
    QCOMPARE(rules->formCount(), expected.size());
}

void TestPluralRules::integerCategories_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // "other" holds only fractions in these: gettext's Plural-Forms has three forms for them.
    QTest::newRow("ru") << "ru" << QStringList{"one", "few", "many"};
    QTest::newRow("pl") << "pl" << QStringList{"one", "few", "many"};
    QTest::newRow("uk") << "uk" << QStringList{"one", "few", "many"};
    QTest::newRow("cs") << "cs" << QStringList{"one", "few", "other"}; // cs "many" is fractions only
    QTest::newRow("en") << "en" << QStringList{"one", "other"};
    QTest::newRow("ja") << "ja" << QStringList{"other"};
    QTest::newRow("ar") << "ar" << QStringList{"zero", "one", "two", "few", "many", "other"};
}

void TestPluralRules::integerCategories()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const auto rules = PluralRules::forLanguage(language);
    QVERIFY(rules);
    QCOMPARE(rules->integerCategories(), expected);
}

void TestPluralRules::categoryFor_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("n");
    QTest::addColumn<QString>("category");
    QTest::newRow("en 0") << "en" << 0.0 << "other";
    QTest::newRow("en 1") << "en" << 1.0 << "one";
    QTest::newRow("en 2") << "en" << 2.0 << "other";
    QTest::newRow("fr 0") << "fr" << 0.0 << "one";
    QTest::newRow("fr 1") << "fr" << 1.0 << "one";
    QTest::newRow("fr 2") << "fr" << 2.0 << "other";
    QTest::newRow("fr 1000000") << "fr" << 1000000.0 << "many";
    QTest::newRow("ru 1") << "ru" << 1.0 << "one";
    QTest::newRow("ru 2") << "ru" << 2.0 << "few";
    QTest::newRow("ru 5") << "ru" << 5.0 << "many";
    QTest::newRow("ru 11") << "ru" << 11.0 << "many";
    QTest::newRow("ru 21") << "ru" << 21.0 << "one";
    QTest::newRow("ru 22") << "ru" << 22.0 << "few";
    QTest::newRow("ru 1.5") << "ru" << 1.5 << "other";
    QTest::newRow("pl 0") << "pl" << 0.0 << "many";
    QTest::newRow("pl 22") << "pl" << 22.0 << "few";
    QTest::newRow("pl 21") << "pl" << 21.0 << "many"; // unlike Russian
    QTest::newRow("ar 0") << "ar" << 0.0 << "zero";
    QTest::newRow("ar 2") << "ar" << 2.0 << "two";
    QTest::newRow("ar 3") << "ar" << 3.0 << "few";
    QTest::newRow("ar 11") << "ar" << 11.0 << "many";
    QTest::newRow("ar 100") << "ar" << 100.0 << "other";
    QTest::newRow("cy 3") << "cy" << 3.0 << "few";
    QTest::newRow("cy 4") << "cy" << 4.0 << "other";
    QTest::newRow("cy 6") << "cy" << 6.0 << "many";
    QTest::newRow("ga 2") << "ga" << 2.0 << "two";
    QTest::newRow("ga 7") << "ga" << 7.0 << "many";
    QTest::newRow("ja 1") << "ja" << 1.0 << "other";
}

void TestPluralRules::categoryFor()
{
    QFETCH(QString, language);
    QFETCH(double, n);
    QFETCH(QString, category);
    const auto rules = PluralRules::forLanguage(language);
    QVERIFY(rules);
    QCOMPARE(rules->categoryFor(n), category);
}

void TestPluralRules::exampleNumbers()
{
    QCOMPARE(PluralRules::exampleNumbers(QStringLiteral("en")), QStringList({"one: 1…", "other: 0, 2, 3…"}));
    QCOMPARE(PluralRules::exampleNumbers(QStringLiteral("ru")),
             QStringList({"one: 1, 21, 31…", "few: 2, 3, 4…", "many: 0, 5, 6…", "other: 0.1, 0.2, 0.3…"}));
    QCOMPARE(PluralRules::exampleNumbers(QStringLiteral("fr")),
             QStringList({"one: 0, 1…", "many: 1000000, 2000000, 3000000…", "other: 2, 3, 4…"}));
    const auto russian = PluralRules::forLanguage(QStringLiteral("ru"));
    QVERIFY(russian);
    QCOMPARE(russian->examples(QStringLiteral("one")), QStringList({"1", "21", "31"}));
    QVERIFY(russian->examples(QStringLiteral("zero")).isEmpty());
}

void TestPluralRules::everyCategoryHasExamples()
{
    // Every example must select its own category, in every language with rules of interest.
    for (const char* language : {"en", "fr", "pt", "ru", "pl", "cs", "lt", "sl", "ga", "ar", "cy", "he", "mt", "ja"}) {
        const auto rules = PluralRules::forLanguage(QString::fromLatin1(language));
        QVERIFY(rules);
        for (const QString& category : rules->categories()) {
            const QStringList examples = rules->examples(category);
            QVERIFY2(!examples.isEmpty(), qPrintable(QString::fromLatin1(language) + QLatin1Char(' ') + category));
            for (const QString& example : examples)
                QCOMPARE(rules->categoryFor(example.toDouble()), category);
        }
    }
}

void TestPluralRules::shorthands()
{
    QCOMPARE(PluralRules::categories(QStringLiteral("de_DE")), QStringList({"one", "other"}));
    QCOMPARE(PluralRules::formCount(QStringLiteral("ar")), 6);
    QCOMPARE(PluralRules::formCount(QStringLiteral("pt_BR")), 3);
    QCOMPARE(PluralRules::categoryFor(QStringLiteral("uk"), 3), QStringLiteral("few"));
    QCOMPARE(PluralRules::forLanguage(QStringLiteral("pt_br"))->language(), QStringLiteral("pt-BR"));
}

void TestPluralRules::invalidTag()
{
    const auto rules = PluralRules::forLanguage(QStringLiteral("not a tag"));
    QVERIFY(!rules);
    QVERIFY(rules.error().message.contains(QStringLiteral("not a tag")));
    // The shorthands fall back to the root rules.
    QCOMPARE(PluralRules::categories(QStringLiteral("not a tag")), QStringList({"other"}));
    QCOMPARE(PluralRules::categoryFor(QStringLiteral("not a tag"), 1), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestPluralRules)
#include "TestPluralRules.moc"
