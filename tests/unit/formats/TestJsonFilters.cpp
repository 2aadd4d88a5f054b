// Tests the flat key-value JSON and i18next filters on real locale files (Medusa admin, Docusaurus):
// reading, plural groups per language, byte-exact round trips, edits python's json module accepts,
// inserted plural forms and keys, create() then read(), and errors with line and column.
#include <algorithm>

#include <QDir>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/I18nextFilter.h"
#include "formats/JsonFlatFilter.h"
#include "formats/JsonScanner.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::I18nextFilter;
using tessera::formats::JsonFlatFilter;
using tessera::formats::JsonScanner;
using tessera::formats::ParsedDocument;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("json"), name);
}

const Segment* find(const ParsedDocument& document, const QString& key)
{
    for (const Segment& s : document.segments) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

// python3's json module as an independent reader: returns the value at `path` (dot-joined member
// names) or an error text starting with "ERROR".
QString pythonValue(const QByteArray& json, const QString& path)
{
    QProcess process;
    const QString script = QStringLiteral("import json,sys\n"
                                          "d=json.loads(sys.stdin.buffer.read().decode('utf-8-sig'))\n"
                                          "for p in sys.argv[1].split('\\x01'): d=d[p]\n"
                                          "sys.stdout.buffer.write(d.encode('utf-8'))\n");
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"), script, QString(path).replace(QLatin1Char('.'), QChar(1))});
    process.write(json);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitCode() != 0)
        return QStringLiteral("ERROR ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestJsonFilters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();
    void readPairTakesSourcesFromTheSourceFile();
    void editedTargetsAreSplicedIn();
    void schemaReferenceIsNoText_data();
    void schemaReferenceIsNoText();
    void missingPluralFormsAreInserted();
    void missingKeysAreInsertedNested();
    void escapedNonAsciiStaysEscaped();
    void createThenRead();
    void languageRootPairs_data();
    void languageRootPairs();
    void badInput_data();
    void badInput();
};

void TestJsonFilters::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("plurals");
    QTest::newRow("medusa en") << "medusa-en.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa de") << "medusa-de.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa ja") << "medusa-ja.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa ru") << "medusa-ru.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa pl") << "medusa-pl.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa ar") << "medusa-ar.json" << "i18next" << 209 << 24;
    QTest::newRow("medusa cs") << "medusa-cs.json" << "i18next" << 209 << 24;
    QTest::newRow("docusaurus de") << "docusaurus-de.json" << "json" << 82 << 0;
    QTest::newRow("docusaurus ru") << "docusaurus-ru.json" << "json" << 82 << 0;
}

void TestJsonFilters::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, segments);
    QFETCH(int, plurals);
    const QByteArray data = readData(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const FilterRegistry registry;
    const auto* filter = registry.detect(file, data.left(4096));
    QVERIFY(filter);
    QCOMPARE(filter->id(), format);
    const auto document = filter->read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->format, format);
    QCOMPARE(document->segments.size(), segments);
    QCOMPARE(int(std::count_if(document->segments.begin(), document->segments.end(),
                               [](const Segment& s) { return s.isPlural(); })),
             plurals);
    for (qsizetype i = 0; i < document->segments.size(); ++i)
        QCOMPARE(document->segments[i].order, int(i) + 1);
    const auto written = filter->write(data, document->segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestJsonFilters::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("targets");
    // ja has one CLDR form; Medusa's ja file also has _one, which is kept as a form of its own.
    QTest::newRow("ja") << "medusa-ja.json" << "ja" << QStringList{"{{count}}個のアイテム", "{{count}}個のアイテム"};
    QTest::newRow("de") << "medusa-de.json" << "de" << QStringList{"{{count}} Artikel", "{{count}} Artikel"};
    QTest::newRow("ru") << "medusa-ru.json" << "ru"
                        << QStringList{"{{count}} товар", "{{count}} товара", "{{count}} товаров", "{{count}} товара"};
    QTest::newRow("pl") << "medusa-pl.json" << "pl"
                        << QStringList{"{{count}} przedmiot", "{{count}} przemioty", "{{count}} przemiotów",
                                       "{{count}} przedmiotów"};
    QTest::newRow("ar") << "medusa-ar.json" << "ar"
                        << QStringList{"{{count}} عناصر", "{{count}} عنصر",  "عنصران ({{count}})",
                                       "{{count}} عناصر", "{{count}} عنصرًا", "{{count}} عناصر"};
}

void TestJsonFilters::pluralsFollowTheLanguage()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QStringList, targets);
    const I18nextFilter filter;
    const auto document = filter.read(readData(file), file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, language);
    const Segment* items = find(*document, QStringLiteral("general.items"));
    QVERIFY(items);
    QVERIFY(items->isPlural());
    QCOMPARE(items->targets, targets);
    QCOMPARE(items->state, SegmentState::Translated);
}

void TestJsonFilters::readPairTakesSourcesFromTheSourceFile()
{
    const I18nextFilter filter;
    const auto document = filter.readPair(readData(QStringLiteral("medusa-en.json")), QStringLiteral("medusa-en.json"),
                                          readData(QStringLiteral("medusa-ru.json")), QStringLiteral("medusa-ru.json"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(document->targetLanguage, QStringLiteral("ru"));
    QCOMPARE(document->segments.size(), 209);
    const Segment* items = find(*document, QStringLiteral("general.items"));
    QVERIFY(items);
    QCOMPARE(items->source, QStringLiteral("{{count}} item"));
    QCOMPARE(items->sourcePlural, QStringLiteral("{{count}} items"));
    QCOMPARE(items->targets.size(), 4);
    const Segment* close = find(*document, QStringLiteral("general.close"));
    QVERIFY(close);
    QCOMPARE(close->source, QStringLiteral("Close"));
    QCOMPARE(close->targets, QStringList{QStringLiteral("Закрыть")});
}

void TestJsonFilters::schemaReferenceIsNoText_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("i18next") << QStringLiteral("i18next") << QStringLiteral("medusa-de.json");
    QTest::newRow("flat") << QStringLiteral("json") << QStringLiteral("docusaurus-de.json");
}

void TestJsonFilters::schemaReferenceIsNoText()
{
    // Medusa's locale files (all 36 in @medusajs/dashboard 2.21.2) and Payload's (payload 2.30.0)
    // begin with the JSON Schema they follow. It is no text to translate: no segment, left as it is.
    QFETCH(QString, format);
    QFETCH(QString, name);
    const QByteArray plain = readData(name);
    QVERIFY(plain.startsWith("{\n  \""));
    const QByteArray withSchema = "{\n  \"$schema\": \"./$schema.json\",\n" + plain.mid(2);
    const tessera::formats::FilterRegistry filters;
    const tessera::formats::Filter* filter = filters.byId(format);
    QVERIFY(filter);
    QCOMPARE(filters.detect(name, withSchema)->id(), format);
    const auto without = filter->read(plain, name);
    auto document = filter->read(withSchema, name);
    QVERIFY2(document && without, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), without->segments.size());
    for (const Segment& segment : document->segments)
        QVERIFY2(!segment.key.contains(QLatin1StringView("schema")), qPrintable(segment.key));
    for (Segment& segment : document->segments)
        segment.targets = {segment.targets.value(0) + QStringLiteral("!")};
    const auto written = filter->write(withSchema, document->segments, name);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->startsWith("{\n  \"$schema\": \"./$schema.json\",\n"));
}

void TestJsonFilters::editedTargetsAreSplicedIn()
{
    const QString name = QStringLiteral("medusa-de.json");
    const QByteArray data = readData(name);
    const I18nextFilter filter;
    auto document = filter.read(data, name);
    QVERIFY2(document, qPrintable(errorText(document)));
    const QString edited = QStringLiteral("Schließen \"sofort\"\\\n\tjetzt \U0001F600");
    Segment* close = nullptr;
    for (Segment& s : document->segments) {
        if (s.key == QLatin1StringView("general.close"))
            close = &s;
    }
    QVERIFY(close);
    const QString old = close->targets.first();
    close->targets = {edited};
    const auto written = filter.write(data, document->segments, name);
    QVERIFY2(written, qPrintable(errorText(written)));
    // Only the value changed: the bytes around it are the original's.
    const QByteArray oldLiteral = "\"" + old.toUtf8() + "\"";
    const QByteArray newLiteral = "\"Schließen \\\"sofort\\\"\\\\\\n\\tjetzt \xF0\x9F\x98\x80\"";
    QByteArray expected = data;
    expected.replace(data.indexOf("\"close\": " + oldLiteral) + 9, oldLiteral.size(), newLiteral);
    QCOMPARE(*written, expected);
    QCOMPARE(pythonValue(*written, QStringLiteral("general.close")), edited);
    const auto again = filter.read(*written, name);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(find(*again, QStringLiteral("general.close"))->targets.first(), edited);
}

void TestJsonFilters::missingPluralFormsAreInserted()
{
    // Slovenian has one, two, few, other: a file with only _one and _other gets _two and _few
    // between them, in its own indentation.
    const QByteArray data = "{\n    \"cart\": {\n        \"items_one\": \"{{count}} izdelek\",\n"
                            "        \"items_other\": \"{{count}} izdelkov\"\n    }\n}\n";
    const I18nextFilter filter;
    auto document = filter.read(data, QStringLiteral("sl.json"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 1);
    Segment segment = document->segments.first();
    QCOMPARE(segment.key, QStringLiteral("cart.items"));
    QCOMPARE(segment.targets, (QStringList{"{{count}} izdelek", "", "", "{{count}} izdelkov"}));
    QCOMPARE(segment.state, SegmentState::Draft);
    segment.targets[1] = QStringLiteral("{{count}} izdelka");
    segment.targets[2] = QStringLiteral("{{count}} izdelki");
    const auto written = filter.write(data, {segment}, QStringLiteral("sl.json"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(*written),
             QStringLiteral("{\n    \"cart\": {\n        \"items_one\": \"{{count}} izdelek\",\n"
                            "        \"items_two\": \"{{count}} izdelka\",\n"
                            "        \"items_few\": \"{{count}} izdelki\",\n"
                            "        \"items_other\": \"{{count}} izdelkov\"\n    }\n}\n"));
    QCOMPARE(pythonValue(*written, QStringLiteral("cart.items_few")), QStringLiteral("{{count}} izdelki"));
    const auto again = filter.read(*written, QStringLiteral("sl.json"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->segments.first().targets, segment.targets);
    QCOMPARE(again->segments.first().state, SegmentState::Translated);

    // Japanese needs only "other"; a German file lacking _one gets it before _other.
    const QByteArray de = "{\"n_other\": \"{{count}} Dinge\"}";
    auto german = filter.read(de, QStringLiteral("de.json"));
    QVERIFY2(german, qPrintable(errorText(german)));
    QCOMPARE(german->segments.first().targets, (QStringList{"", "{{count}} Dinge"}));
    Segment n = german->segments.first();
    n.targets[0] = QStringLiteral("ein Ding");
    const auto writtenDe = filter.write(de, {n}, QStringLiteral("de.json"));
    QVERIFY2(writtenDe, qPrintable(errorText(writtenDe)));
    QCOMPARE(*writtenDe, QByteArray("{\"n_one\": \"ein Ding\",\"n_other\": \"{{count}} Dinge\"}"));
    auto japanese = filter.read(de, QStringLiteral("ja.json"));
    QVERIFY2(japanese, qPrintable(errorText(japanese)));
    QCOMPARE(japanese->segments.first().targets, QStringList{"{{count}} Dinge"});
}

void TestJsonFilters::missingKeysAreInsertedNested()
{
    // A Russian file translated from English: keys the target lacks are inserted where the source
    // has them, nested, with the plural forms Russian needs.
    const QByteArray en = "{\n  \"a\": {\n    \"b\": \"Bee\",\n    \"files_one\": \"{{count}} file\",\n"
                          "    \"files_other\": \"{{count}} files\"\n  },\n  \"c\": {\n    \"d\": \"Dee\"\n  }\n}\n";
    const QByteArray ru = "{\n  \"a\": {\n    \"b\": \"Би\"\n  }\n}\n";
    const I18nextFilter filter;
    auto document = filter.readPair(en, QStringLiteral("en.json"), ru, QStringLiteral("ru.json"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 3);
    QCOMPARE(document->segments[1].key, QStringLiteral("a.files"));
    QCOMPARE(document->segments[1].targets.size(), 4);
    QCOMPARE(document->segments[1].state, SegmentState::New);
    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("{{count}} файл"), QStringLiteral("{{count}} файла"),
                           QStringLiteral("{{count}} файлов"), QStringLiteral("{{count}} файла")};
    segments[2].targets = {QStringLiteral("Ди")};
    const auto written = filter.write(ru, segments, QStringLiteral("ru.json"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(*written),
             QStringLiteral("{\n  \"a\": {\n    \"b\": \"Би\",\n    \"files_one\": \"{{count}} файл\",\n"
                            "    \"files_few\": \"{{count}} файла\",\n    \"files_many\": \"{{count}} файлов\",\n"
                            "    \"files_other\": \"{{count}} файла\"\n  },\n  \"c\": {\n    \"d\": \"Ди\"\n  }\n}\n"));
    QCOMPARE(pythonValue(*written, QStringLiteral("c.d")), QStringLiteral("Ди"));

    // An empty object gets all its new members, laid out one per line.
    auto empty = filter.readPair("{\"e\": {\"x\": \"X\", \"y\": \"Y\"}}", QStringLiteral("en.json"),
                                 "{\n  \"e\": {}\n}\n", QStringLiteral("de.json"));
    QVERIFY2(empty, qPrintable(errorText(empty)));
    QList<Segment> emptySegments = empty->segments;
    QCOMPARE(emptySegments.size(), 2);
    emptySegments[0].targets = {QStringLiteral("Iks")};
    emptySegments[1].targets = {QStringLiteral("Ypsilon")};
    const auto emptyWritten = filter.write("{\n  \"e\": {}\n}\n", emptySegments, QStringLiteral("de.json"));
    QVERIFY2(emptyWritten, qPrintable(errorText(emptyWritten)));
    QCOMPARE(*emptyWritten, QByteArray("{\n  \"e\": {\n    \"x\": \"Iks\",\n    \"y\": \"Ypsilon\"\n  }\n}\n"));

    // Flat files get new keys appended at the end.
    const JsonFlatFilter flat;
    auto flatDocument = flat.readPair("{\"x\": \"X\", \"y\": \"Y\"}", QStringLiteral("en.json"), "{\"x\": \"Iks\"}",
                                      QStringLiteral("de.json"));
    QVERIFY2(flatDocument, qPrintable(errorText(flatDocument)));
    QCOMPARE(flatDocument->segments.size(), 2);
    QCOMPARE(flatDocument->segments[1].source, QStringLiteral("Y"));
    QList<Segment> flatSegments = flatDocument->segments;
    flatSegments[1].targets = {QStringLiteral("Ypsilon")};
    const auto flatWritten = flat.write("{\"x\": \"Iks\"}", flatSegments, QStringLiteral("de.json"));
    QVERIFY2(flatWritten, qPrintable(errorText(flatWritten)));
    QCOMPARE(*flatWritten, QByteArray("{\"x\": \"Iks\",\"y\": \"Ypsilon\"}"));
}

void TestJsonFilters::escapedNonAsciiStaysEscaped()
{
    // A file written with ensure_ascii (python) keeps \u escapes for what is written into it.
    const QByteArray data = "{\n  \"k\": \"Gr\\u00fc\\u00dfe\",\n  \"m\": \"x\"\n}";
    const JsonFlatFilter filter;
    auto document = filter.read(data, QStringLiteral("de.json"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.first().targets.first(), QStringLiteral("Grüße"));
    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("Tschüß")};
    const auto written = filter.write(data, segments, QStringLiteral("de.json"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, QByteArray("{\n  \"k\": \"Gr\\u00fc\\u00dfe\",\n  \"m\": \"Tsch\\u00fc\\u00df\"\n}"));
}

void TestJsonFilters::createThenRead()
{
    const I18nextFilter filter;
    const auto document = filter.readPair(readData(QStringLiteral("medusa-en.json")), QStringLiteral("medusa-en.json"),
                                          readData(QStringLiteral("medusa-ar.json")), QStringLiteral("medusa-ar.json"));
    QVERIFY2(document, qPrintable(errorText(document)));
    // Medusa's files are JSON.stringify(value, null, 2): create() lays out the same bytes.
    const QByteArray ar = readData(QStringLiteral("medusa-ar.json"));
    const auto arDocument = filter.read(ar, QStringLiteral("medusa-ar.json"));
    QVERIFY2(arDocument, qPrintable(errorText(arDocument)));
    const auto arCreated = filter.create(*arDocument, QStringLiteral("ar.json"));
    QVERIFY2(arCreated, qPrintable(errorText(arCreated)));
    QCOMPARE(*arCreated, ar);
    // From the pair (in the English file's order) the keys and targets come back.
    const auto created = filter.create(*document, QStringLiteral("ar.json"));
    QVERIFY2(created, qPrintable(errorText(created)));
    const auto back = filter.read(*created, QStringLiteral("ar.json"));
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->segments.size(), document->segments.size());
    for (qsizetype i = 0; i < back->segments.size(); ++i) {
        QCOMPARE(back->segments[i].key, document->segments[i].key);
        QCOMPARE(back->segments[i].targets, document->segments[i].targets);
    }

    const JsonFlatFilter flat;
    const auto docusaurus = flat.read(readData(QStringLiteral("docusaurus-de.json")), QStringLiteral("de.json"));
    QVERIFY2(docusaurus, qPrintable(errorText(docusaurus)));
    const auto flatCreated = flat.create(*docusaurus, QStringLiteral("de.json"));
    QVERIFY2(flatCreated, qPrintable(errorText(flatCreated)));
    QCOMPARE(*flatCreated, readData(QStringLiteral("docusaurus-de.json")));
}

void TestJsonFilters::languageRootPairs_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("i18next") << QStringLiteral("i18next");
    QTest::newRow("flat") << QStringLiteral("json");
}

void TestJsonFilters::languageRootPairs()
{
    // Rails i18n-js writes each language as {"en": {…}} in en.json, {"es": {…}} in es.json
    // (DevExtreme, Syncfusion likewise): the language member is the root of the keys, so the
    // Spanish file's strings are the translations of the English file's.
    QFETCH(QString, format);
    const tessera::formats::FilterRegistry filters;
    const tessera::formats::Filter* filter = filters.byId(format);
    QVERIFY(filter);
    const QByteArray en = readData(QStringLiteral("i18njs-en.json"));
    const QByteArray es = readData(QStringLiteral("i18njs-es.json"));
    const QString enName = QStringLiteral("translations/en.json");
    const QString esName = QStringLiteral("translations/es.json");
    const auto document = filter->readPair(en, enName, es, esName, QStringLiteral("es"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 4); // en's three, then "bye", which only es has
    const Segment* bunny = find(*document, QStringLiteral("bunny_rabbit_adventure"));
    QVERIFY(bunny);
    QCOMPARE(bunny->source, QStringLiteral("bunny rabbit adventure"));
    QCOMPARE(bunny->targets, QStringList{QStringLiteral("conejito conejo aventura")});
    QCOMPARE(bunny->state, SegmentState::Translated);
    QCOMPARE(find(*document, QStringLiteral("time_for_bed"))->targets.value(0), QStringLiteral("¡hora de acostarse!"));
    QCOMPARE(find(*document, QStringLiteral("hello_sunshine"))->state, SegmentState::New);
    QVERIFY(find(*document, QStringLiteral("bye"))->flags.testFlag(SegmentFlag::Obsolete));
    const auto translated = std::count_if(document->segments.cbegin(), document->segments.cend(), [](const Segment& s) {
        return s.state == SegmentState::Translated && !s.flags.testFlag(SegmentFlag::Obsolete);
    });
    QCOMPARE(translated, 2);

    // Unedited: the same bytes. One edit: only its value changes.
    const auto same = filter->writePair(en, enName, es, document->segments, esName, QStringLiteral("es"));
    QVERIFY2(same, qPrintable(errorText(same)));
    QCOMPARE(*same, es);
    QList<Segment> edited = document->segments;
    for (Segment& s : edited) {
        if (s.key == QLatin1StringView("time_for_bed"))
            s.targets = {QStringLiteral("¡a dormir!")};
    }
    const auto written = filter->writePair(en, enName, es, edited, esName, QStringLiteral("es"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, QByteArray(es).replace("¡hora de acostarse!", "¡a dormir!"));
    QCOMPARE(pythonValue(*written, QStringLiteral("es.time_for_bed")), QStringLiteral("¡a dormir!"));

    // A translated key the file lacks goes into its language member.
    for (Segment& s : edited) {
        if (s.key == QLatin1StringView("hello_sunshine"))
            s.targets = {QStringLiteral("¡hola, sol!")};
    }
    const auto inserted = filter->writePair(en, enName, es, edited, esName, QStringLiteral("es"));
    QVERIFY2(inserted, qPrintable(errorText(inserted)));
    QCOMPARE(pythonValue(*inserted, QStringLiteral("es.hello_sunshine")), QStringLiteral("¡hola, sol!"));
    QVERIFY(!inserted->contains("\"en\""));

    // No German file yet: the new one has the same layout, named by the target language.
    QList<Segment> german = document->segments;
    german.removeLast();
    for (Segment& s : german)
        s.targets = {s.source + QStringLiteral(" (de)")};
    const auto created =
        filter->writePair(en, enName, {}, german, QStringLiteral("translations/de.json"), QStringLiteral("de"));
    QVERIFY2(created, qPrintable(errorText(created)));
    QCOMPARE(*created, QByteArray("{\n  \"de\": {\n    \"bunny_rabbit_adventure\": \"bunny rabbit adventure (de)\",\n"
                                  "    \"hello_sunshine\": \"hello sunshine! (de)\",\n"
                                  "    \"time_for_bed\": \"time for bed! (de)\"\n  }\n}\n"));
    const auto reread =
        filter->readPair(en, enName, *created, QStringLiteral("translations/de.json"), QStringLiteral("de"));
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(reread->segments.size(), 3);
    QCOMPARE(reread->segments.first().targets.value(0), QStringLiteral("bunny rabbit adventure (de)"));

    // A file of two languages, or whose one member names no language, keeps its keys as they are.
    const auto two = filter->read("{\"en\": {\"a\": \"A\"}, \"es\": {\"a\": \"B\"}}", enName);
    QVERIFY2(two, qPrintable(errorText(two)));
    const auto named = filter->read("{\"messages\": {\"a\": \"A\"}}", enName);
    QVERIFY2(named, qPrintable(errorText(named)));
    if (format == QLatin1String("i18next")) {
        QVERIFY(find(*two, QStringLiteral("en.a")) && find(*two, QStringLiteral("es.a")));
        QVERIFY(find(*named, QStringLiteral("messages.a")));
    } else {
        QVERIFY(two->segments.isEmpty() && named->segments.isEmpty());
    }
}

void TestJsonFilters::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray("{\n  \"a\": \"b\",\n  \"c\": \"d") << 3 << 8 << "unterminated string";
    QTest::newRow("truncated object") << QByteArray("{\n  \"a\": \"b\"\n") << 3 << 1 << "unexpected end of file";
    QTest::newRow("bad token") << QByteArray("{\n  \"a\": nope\n}") << 2 << 8 << "unexpected token";
    QTest::newRow("missing comma") << QByteArray("{\"a\": \"b\" \"c\": \"d\"}") << 1 << 11 << "',' or '}'";
    QTest::newRow("duplicate key") << QByteArray("{\n  \"a\": \"b\",\n  \"a\": \"c\"\n}") << 3 << 3
                                   << "duplicate key \"a\"";
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"gr\xFC\xDF\"}") << 1 << 10 << "invalid UTF-8";
    QTest::newRow("lone surrogate") << QByteArray("{\"a\":\n \"x\\ud800y\"}") << 2 << 4 << "unpaired surrogate";
    QTest::newRow("low surrogate") << QByteArray("{\"a\": \"\\udc00\"}") << 1 << 8 << "unpaired surrogate";
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\ty\"}") << 1 << 9 << "control character";
    QTest::newRow("trailing text") << QByteArray("{}\n}") << 2 << 1 << "after the end";
    QTest::newRow("trailing comma") << QByteArray("{\"a\": \"b\",}") << 1 << 11 << "member name";
    QTest::newRow("deep") << (QByteArray("{\"a\":").repeated(300) + QByteArray("1") + QByteArray("}").repeated(300))
                          << 1 << 1 + 5 * 256 << "nesting deeper than 256";
    QTest::newRow("bom then error") << QByteArray("\xEF\xBB\xBF{\"a\": x}") << 1 << 7 << "unexpected character";
    QTest::newRow("empty") << QByteArray("  \n") << 2 << 1 << "empty";
    QTest::newRow("not an object") << QByteArray("[\"a\"]") << 1 << 1 << "JSON object";
}

void TestJsonFilters::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const I18nextFilter filter;
    const auto document = filter.read(data, QStringLiteral("bad.json"));
    QVERIFY(!document);
    QCOMPARE(document.error().file, QStringLiteral("bad.json"));
    QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
    QCOMPARE(document.error().line, line);
    QCOMPARE(document.error().column, column);
}

QTEST_GUILESS_MAIN(TestJsonFilters)
#include "TestJsonFilters.moc"
