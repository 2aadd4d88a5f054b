// Tests the Flutter ARB filter on a real app's files (onebit-dice): reading, pairing with the
// template, byte-exact round trips, edits python's json module accepts, notes, create() and detection.
#include <QFile>
#include <QProcess>
#include <QTest>

#include "TestData.h"
#include "formats/ArbFilter.h"
#include "formats/FilterRegistry.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::ArbFilter;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("arb"), name);
}

// python3's json module as an independent reader: the root member `key`.
QString pythonValue(const QByteArray& json, const QString& key)
{
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import json,sys\nd=json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                                  "sys.stdout.buffer.write(d[sys.argv[1]].encode('utf-8'))"),
                   key});
    process.write(json);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitCode() != 0)
        return QStringLiteral("ERROR ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestArbFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void pairWithTemplate();
    void descriptionsAreNotes();
    void createThenRead();
    void detection();
};

void TestArbFilter::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("segments");
    QTest::newRow("de") << "onebit-dice_de.arb" << "de" << 32;
    QTest::newRow("en") << "onebit-dice_en.arb" << "en" << 56;
}

void TestArbFilter::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, segments);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    const FilterRegistry registry;
    const auto* filter = registry.detect(file, data.left(4096));
    QVERIFY(filter);
    QCOMPARE(filter->id(), QStringLiteral("arb"));
    const auto document = filter->read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, language);
    QCOMPARE(document->segments.size(), segments);
    QCOMPARE(document->segments.first().key, QStringLiteral("appName"));
    const auto written = filter->write(data, document->segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestArbFilter::pairWithTemplate()
{
    const ArbFilter filter;
    const QByteArray de = readData(QStringLiteral("onebit-dice_de.arb"));
    auto document = filter.readPair(readData(QStringLiteral("onebit-dice_en.arb")), QStringLiteral("app_en.arb"), de,
                                    QStringLiteral("app_de.arb"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(document->targetLanguage, QStringLiteral("de"));
    QCOMPARE(document->segments.size(), 56);
    // ICU plural messages are one string
    const Segment& dice = document->segments[10];
    QCOMPARE(dice.key, QStringLiteral("rollingNDice"));
    QCOMPARE(dice.source, QStringLiteral("{count, plural, one{Rolling 1 die} other{Rolling {count} dice}}"));
    QVERIFY(!dice.isPlural());
    Segment& tagline = document->segments[32];
    QCOMPARE(tagline.key, QStringLiteral("appTagline"));
    QCOMPARE(tagline.state, SegmentState::New);
    QCOMPARE(tagline.targets, QStringList{QString()});
    tagline.targets = {QStringLiteral("Würfel für jedes Spiel")};
    document->segments[1].targets = {QStringLiteral("WÜRFELN \"jetzt\"")};
    const auto written = filter.write(de, document->segments, QStringLiteral("app_de.arb"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QByteArray expected = de;
    expected.replace("\"actionRoll\": \"WÜRFELN\"", "\"actionRoll\": \"WÜRFELN \\\"jetzt\\\"\"");
    expected.replace("\"Würfelanzahl verringern\"\n}",
                     "\"Würfelanzahl verringern\",\n  \"appTagline\": \"Würfel für jedes Spiel\"\n}");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    QCOMPARE(pythonValue(*written, QStringLiteral("appTagline")), QStringLiteral("Würfel für jedes Spiel"));
    QCOMPARE(pythonValue(*written, QStringLiteral("actionRoll")), QStringLiteral("WÜRFELN \"jetzt\""));
}

void TestArbFilter::descriptionsAreNotes()
{
    const QByteArray data = "{\n  \"@@locale\": \"en\",\n  \"hello\": \"Hello {name}\",\n  \"@hello\": {\n"
                            "    \"description\": \"Greeting on the home page\",\n    \"placeholders\": {\n"
                            "      \"name\": {\"type\": \"String\"}\n    }\n  },\n  \"bye\": \"Bye\"\n}\n";
    const ArbFilter filter;
    const auto document = filter.read(data, QStringLiteral("app_en.arb"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 2);
    QCOMPARE(document->segments[0].context.note, QStringLiteral("Greeting on the home page"));
    QCOMPARE(document->segments[1].context.note, QString());
    const auto written = filter.write(data, document->segments, QStringLiteral("app_en.arb"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, data);
}

void TestArbFilter::createThenRead()
{
    const ArbFilter filter;
    auto document = filter.read(readData(QStringLiteral("onebit-dice_de.arb")), QStringLiteral("onebit-dice_de.arb"));
    QVERIFY2(document, qPrintable(errorText(document)));
    // Without notes the layout is the real file's.
    const auto created = filter.create(*document, QStringLiteral("app_de.arb"));
    QVERIFY2(created, qPrintable(errorText(created)));
    QCOMPARE(*created, readData(QStringLiteral("onebit-dice_de.arb")));
    document->segments[0].context.note = QStringLiteral("The name in the title bar");
    const auto withNote = filter.create(*document, QStringLiteral("app_de.arb"));
    QVERIFY2(withNote, qPrintable(errorText(withNote)));
    QVERIFY(
        withNote->contains("\"appName\": \"1-Bit Dice\",\n  \"@appName\": {\n    \"description\": \"The name in the "
                           "title bar\"\n  },\n"));
    const auto back = filter.read(*withNote, QStringLiteral("app_de.arb"));
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->segments.size(), document->segments.size());
    for (qsizetype i = 0; i < back->segments.size(); ++i) {
        QCOMPARE(back->segments[i].key, document->segments[i].key);
        QCOMPARE(back->segments[i].targets, document->segments[i].targets);
        QCOMPARE(back->segments[i].context.note, document->segments[i].context.note);
    }
}

void TestArbFilter::detection()
{
    const FilterRegistry registry;
    const QByteArray de = readData(QStringLiteral("onebit-dice_de.arb"));
    // an ARB file saved as .json is still ARB (by "@@locale"); a flat JSON file is not ARB
    QCOMPARE(registry.detect(QStringLiteral("de.json"), de)->id(), QStringLiteral("arb"));
    QCOMPARE(registry.detect(QStringLiteral("de.json"), "{\"a\": \"b\"}")->id(), QStringLiteral("json"));
    QCOMPARE(registry.detect(QStringLiteral("de.json"), "{\"a\": {\"b\": \"c\"}}")->id(), QStringLiteral("i18next"));
    const auto bad = ArbFilter().read("{\n  \"a\": \"b\",\n  \"a\": \"c\"\n}", QStringLiteral("x.arb"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().line, 3);
    QCOMPARE(bad.error().column, 3);
}

QTEST_GUILESS_MAIN(TestArbFilter)
#include "TestArbFilter.moc"
