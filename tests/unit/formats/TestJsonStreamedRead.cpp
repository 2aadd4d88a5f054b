// Tests the streamed import of the key-value JSON filters (i18next, flat JSON, Flutter ARB):
// readPairTo hands the sink, one by one, exactly the header and segments readPair gives (keys,
// sources, plural sources, targets, states, notes, flags, order), on every real file of tests/data/json
// and tests/data/arb read with itself, with no translation file yet and with each other file of its
// project as translation (keys missing, keys only the translation has, plural forms of other
// languages); on corners (plural groups split across an object, ordinals, ARB descriptions only the
// translation has, file metadata); and that files it cannot read exactly so (not JSON, a name twice,
// a key twice) go the whole-file way: readPair's segments or its error (file, line, column). A sink
// that refuses a segment stops the import with its error. Lines of a real pair dropped or doubled
// (broken JSON, names twice, keys gone) give readPair's segments or error too.
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "StreamedRead.h"
#include "TestData.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "formats/JsonPairReader.h"

using tessera::domain::Result;
using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::formats::CollectingSink;
using tessera::formats::Filter;
using tessera::formats::FilterRegistry;
using tessera::formats::JsonKeys;
using tessera::formats::JsonPairReader;
using tessera::formats::ParsedDocument;
using tessera::formats::SegmentSink;
using tessera::testsupport::errorText;

namespace {

// Collects, checking that the header comes once and first.
class CheckingSink final : public SegmentSink {
public:
    Result<void> begin(const ParsedDocument& header) override
    {
        ++begun;
        if (!document.segments.isEmpty())
            misordered = true;
        return collected.begin(header);
    }
    Result<void> segment(Segment&& segment) override
    {
        if (begun != 1)
            misordered = true;
        return collected.segment(std::move(segment));
    }
    CollectingSink collected;
    const ParsedDocument& document = collected.document;
    int begun = 0;
    bool misordered = false;
};

// Refuses the segment after `allowed` of them.
class RefusingSink final : public SegmentSink {
public:
    explicit RefusingSink(int allowed)
        : m_allowed(allowed)
    {}
    Result<void> begin(const ParsedDocument&) override { return {}; }
    Result<void> segment(Segment&&) override
    {
        if (m_allowed-- <= 0)
            return tessera::domain::fail(tessera::domain::ErrorCode::Io, QStringLiteral("the store refused the row"));
        ++taken;
        return {};
    }
    int taken = 0;

private:
    int m_allowed;
};

JsonKeys::Mode modeOf(const QString& filter)
{
    if (filter == QLatin1String("i18next"))
        return JsonKeys::Mode::I18next;
    return filter == QLatin1String("arb") ? JsonKeys::Mode::Arb : JsonKeys::Mode::Flat;
}

// The project a test file belongs to: its name up to the language ("medusa-de.json" → "medusa").
QString projectOf(const QString& file)
{
    static const QRegularExpression language(QStringLiteral("[-_](?:[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\\.[a-z]+$"));
    return QString(file).remove(language);
}

} // namespace

class TestJsonStreamedRead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsReadPair_data();
    void sameAsReadPair();
    void mutatedFilesAsReadPair();
    void refusedSegmentStopsTheImport();
    void streamsTheRealPairs();

private:
    static void addRow(const char* tag, const QString& filter, const QByteArray& source, const QString& sourceName,
                       const QByteArray& translation, const QString& translationName, const QString& language,
                       int streams);
    FilterRegistry m_filters;
};

// streams: 1 the pair is streamed, 0 it is read whole, -1 either (real files: streamed unless a
// filter of another shape finds a key twice).
void TestJsonStreamedRead::addRow(const char* tag, const QString& filter, const QByteArray& source,
                                  const QString& sourceName, const QByteArray& translation,
                                  const QString& translationName, const QString& language, int streams)
{
    QTest::newRow(tag) << filter << source << sourceName << translation << translationName << language << streams;
}

void TestJsonStreamedRead::sameAsReadPair_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("translationName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("streams");

    // Every real file, by every filter: with itself, with no translation yet, and with every other
    // file of its project as the translation (and as the source).
    for (const QString& folder : {QStringLiteral("json"), QStringLiteral("arb")}) {
        const QStringList files = QDir(tessera::testsupport::testDataDir(folder))
                                      .entryList({QStringLiteral("*.json"), QStringLiteral("*.arb")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString& sourceFile : files) {
            const QByteArray source = tessera::testsupport::readTestData(folder, sourceFile);
            const QString sourceName = QStringLiteral("locales/") + sourceFile;
            for (const QString& filter : {QStringLiteral("i18next"), QStringLiteral("json"), QStringLiteral("arb")}) {
                const QString row = filter + QLatin1Char(' ') + sourceFile;
                addRow(qPrintable(row + QStringLiteral(" with itself")), filter, source, sourceName, source, sourceName,
                       QStringLiteral("de"), -1);
                addRow(qPrintable(row + QStringLiteral(" no translation yet")), filter, source, sourceName, {},
                       QStringLiteral("locales/ru.json"), QStringLiteral("ru"), -1);
                for (const QString& other : files) {
                    if (other == sourceFile || projectOf(other) != projectOf(sourceFile))
                        continue;
                    addRow(qPrintable(row + QStringLiteral(" with ") + other), filter, source, sourceName,
                           tessera::testsupport::readTestData(folder, other), QStringLiteral("locales/") + other,
                           QString(), -1);
                }
            }
        }
    }

    const QString i18next = QStringLiteral("i18next");
    const QString flat = QStringLiteral("json");
    const QString arb = QStringLiteral("arb");
    const QString en = QStringLiteral("locales/en.json");
    const QString de = QStringLiteral("locales/de.json");
    const QString ru = QStringLiteral("locales/ru.json");
    const QString ar = QStringLiteral("locales/ar.json");
    const QString de2 = QStringLiteral("de");

    // Keys the translation lacks and keys only it has (Obsolete, last, in its order), plural groups
    // whose forms are apart, ordinals, a group that is a single in the other file.
    const QByteArray plurals = "{\n  \"a\": \"A\",\n  \"items_one\": \"one item\",\n  \"b\": \"B\",\n"
                               "  \"items_other\": \"{{count}} items\",\n  \"place_ordinal_one\": \"1st\",\n"
                               "  \"place_ordinal_two\": \"2nd\",\n  \"place_ordinal_other\": \"nth\",\n"
                               "  \"n\": {\"x_many\": \"many\", \"x_few\": \"few\"},\n  \"s_one\": \"s\",\n"
                               "  \"list\": [\"l0\", {\"deep\": \"d\"}, [\"l2\"]],\n  \"num\": 3\n}\n";
    const QByteArray pluralsRu =
        "{\n  \"gone_one\": \"g1\",\n  \"gone_other\": \"g2\",\n  \"b\": \"Б\",\n"
        "  \"items_few\": \"предмета\",\n  \"extra\": \"лишний\",\n  \"items_one\": \"предмет\",\n"
        "  \"s\": \"single now\",\n  \"place_ordinal_two\": \"2-й\",\n"
        "  \"n\": {\"x_other\": \"x\", \"y\": \"y\"},\n  \"list\": [\"L0\"]\n}\n";
    addRow("i18next plurals, missing and extra keys", i18next, plurals, en, pluralsRu, ru, QStringLiteral("ru"), 1);
    addRow("i18next plurals for ar", i18next, plurals, en, pluralsRu, ar, QStringLiteral("ar"), 1);
    addRow("i18next plurals, translation as source", i18next, pluralsRu, ru, plurals, en, QString(), 1);
    addRow("i18next plurals, no language in the name", i18next, plurals, en, pluralsRu,
           QStringLiteral("locales/translation.json"), QStringLiteral("ru"), 1);
    addRow("i18next plurals, no translation yet", i18next, plurals, en, {}, ar, QStringLiteral("ar"), 1);
    addRow("flat plurals, missing and extra keys", flat, plurals, en, pluralsRu, ru, QStringLiteral("ru"), 1);
    addRow("i18next empty objects", i18next, "{}", en, "{\"a\": {}, \"b\": []}", de, de2, 1);
    // File metadata is no text, also under a root member whose name has a dot.
    addRow("i18next metadata", i18next,
           "{\"$schema\": \"s.json\", \"@metadata\": {\"authors\": [\"x\"], \"m\": \"meta\"}, "
           "\"$schema.x\": {\"y\": \"not metadata\"}, \"k\": \"v\"}",
           en, "{\"@metadata\": {\"m\": \"Meta\"}, \"$schema.x\": {\"y\": \"Y\"}, \"k\": \"V\"}", de, de2, 1);
    // ARB: descriptions from the source, else from the translation (also for keys only it has),
    // "@@locale" over the file name, non-string metadata.
    const QByteArray arbEn = "{\"@@locale\": \"en\", \"a\": \"A\", \"@a\": {\"description\": \"about a\"},\n"
                             " \"b\": \"B\", \"@b\": {\"description\": 5}, \"c\": \"C\", \"@gone\": "
                             "{\"description\": \"source says\"}, \"@c\": \"not an object\"}";
    const QByteArray arbDe = "{\"@@locale\": \"de-AT\", \"b\": \"Bee\", \"@b\": {\"description\": \"about b\"},\n"
                             " \"gone\": \"G\", \"only\": \"O\", \"@only\": {\"placeholders\": {}, \"description\": "
                             "\"only de\"}, \"c\": \"\"}";
    addRow("arb descriptions and obsolete keys", arb, arbEn, QStringLiteral("l10n/app_en.arb"), arbDe,
           QStringLiteral("l10n/app_de.arb"), QString(), 1);
    addRow("arb locale left to the name", arb, "{\"a\": \"A\"}", QStringLiteral("l10n/app_en.arb"),
           "{\"@@locale\": 3, \"a\": \"Ä\"}", QStringLiteral("l10n/app_de.arb"), de2, 1);
    addRow("arb no translation yet", arb, arbEn, QStringLiteral("l10n/app_en.arb"), {},
           QStringLiteral("l10n/app_fr.arb"), QStringLiteral("fr"), 1);
    addRow("arb without a source name", arb, arbEn, QString(), arbDe, QStringLiteral("l10n/app_de.arb"), de2, 0);
    // Layouts the walk must decode as the scanner does: escapes, a BOM, CRLF.
    addRow("flat escapes, BOM, CRLF", flat,
           "\xEF\xBB\xBF{\r\n\"a\\u00e9\": \"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\\u00FC "
           "\\ud834\\udd1e\"\r\n}\r\n",
           en, "{\"a\\u00e9\": \"\\u00e9t\\u00E9 𝄞\"}", de, de2, 1);

    // A root holding one member named by a language ({"de": {…}}): keys start inside it, in either file;
    // a plural group, $schema inside it, a member of another language, a root of two members or of a
    // member that names no language (keys keep it), a key twice inside it (read whole).
    const QByteArray rootEn = "{\n  \"en\": {\n    \"$schema\": \"x\",\n    \"a\": \"A\",\n"
                              "    \"g\": {\"items_one\": \"one\", \"items_other\": \"many\", \"n\": 1},\n"
                              "    \"only_en\": \"E\"\n  }\n}\n";
    const QByteArray rootDe = "{\"de\": {\"g\": {\"items_other\": \"viele\", \"items_one\": \"eins\"}, "
                              "\"a\": \"Ä\", \"only_de\": \"D\"}}";
    for (const QString& filter : {i18next, flat}) {
        addRow(qPrintable(filter + QStringLiteral(" language root en with de")), filter, rootEn, en, rootDe, de, de2,
               1);
        addRow(qPrintable(filter + QStringLiteral(" language root en with flat de")), filter, rootEn, en,
               "{\"a\": \"Ä\", \"g.items_one\": \"eins\"}", de, de2, 1);
        addRow(qPrintable(filter + QStringLiteral(" language root of another language")), filter, rootEn, en,
               QByteArray(rootDe).replace("\"de\"", "\"fr\""), de, de2, 1);
        addRow(qPrintable(filter + QStringLiteral(" language root, pt_BR")), filter, rootEn, en,
               QByteArray(rootDe).replace("\"de\"", "\"pt_BR\""), QStringLiteral("locales/pt_BR.json"), QString(), 1);
        addRow(qPrintable(filter + QStringLiteral(" root of two members")), filter, rootEn, en,
               QByteArray(rootDe).replace("}}", "}, \"fr\": {}}"), de, de2, 1);
        addRow(qPrintable(filter + QStringLiteral(" root member no language")), filter, rootEn, en,
               QByteArray(rootDe).replace("\"de\"", "\"translation\""), de, de2, 1);
        addRow(qPrintable(filter + QStringLiteral(" root member a string")), filter, rootEn, en, "{\"de\": \"x\"}", de,
               de2, 1);
        addRow(qPrintable(filter + QStringLiteral(" language root key twice")), filter,
               "{\"en\": {\"a.b\": \"1\", \"a\": {\"b\": \"2\"}}}", en, rootDe, de, de2, filter == i18next ? 0 : 1);
    }

    // Read whole: readPair's segments or its error.
    addRow("i18next key twice (#2)", i18next, "{\"a.b\": \"1\", \"a\": {\"b\": \"2\"}}", en, "{}", de, de2, 0);
    addRow("i18next key twice in the translation", i18next, "{\"a\": \"x\"}", en,
           "{\"a.b\": \"1\", \"a\": {\"b\": \"2\"}}", de, de2, 0);
    addRow("i18next group in two objects", i18next, "{\"a\": {\"x_one\": \"1\"}, \"a.x_other\": \"2\"}", en, "{}", de,
           de2, 0);
    addRow("i18next group and single of one key", i18next, "{\"x_one\": \"1\", \"x\": \"2\"}", en, "{}", de, de2, 0);
    addRow("i18next name twice", i18next, "{\"a\": \"1\",\n \"a\": \"2\"}", en, "{}", de, de2, 0);
    addRow("i18next name twice in the translation", i18next, "{\"a\": \"1\"}", en, "{\"a\": \"1\",\n \"a\": \"2\"}", de,
           de2, 0);
    addRow("i18next translation not JSON", i18next, plurals, en, "{\n  \"a\": \"x\",\n  \"b\": oops\n}\n", de, de2, 0);
    addRow("i18next source not JSON", i18next, "{\n  \"a\": \"x\"\n  \"b\": \"y\"\n}\n", en, pluralsRu, de, de2, 0);
    addRow("i18next source truncated", i18next, plurals.left(plurals.size() / 2), en, pluralsRu, de, de2, 0);
    addRow("i18next root array", i18next, "[\"a\"]", en, "{}", de, de2, 0);
    addRow("flat translation root a string", flat, "{\"a\": \"A\"}", en, "\"a\"", de, de2, 0);
    addRow("flat bad escape", flat, "{\"a\": \"\\x\"}", en, "{}", de, de2, 0);
    addRow("flat bad UTF-8", flat, "{\"a\": \"\xC3\x28\"}", en, "{}", de, de2, 0);
    addRow("arb translation not JSON", arb, arbEn, QStringLiteral("l10n/app_en.arb"), arbDe.left(60),
           QStringLiteral("l10n/app_de.arb"), de2, 0);
    addRow("arb name twice in metadata", arb,
           "{\"a\": \"A\", \"@a\": {\"description\": \"1\", \"description\": \"2\"}}",
           QStringLiteral("l10n/app_en.arb"), "{}", QStringLiteral("l10n/app_de.arb"), de2, 0);
}

void TestJsonStreamedRead::sameAsReadPair()
{
    QFETCH(QString, filter);
    QFETCH(QByteArray, source);
    QFETCH(QString, sourceName);
    QFETCH(QByteArray, translation);
    QFETCH(QString, translationName);
    QFETCH(QString, language);
    QFETCH(int, streams);
    const Filter* f = m_filters.byId(filter);
    QVERIFY(f && f->readsPairStreamed());

    const auto whole = f->readPair(source, sourceName, translation, translationName, language);
    CheckingSink sink;
    const auto streamed = f->readPairTo(sink, source, sourceName, translation, translationName, language);
    QVERIFY2(bool(streamed) == bool(whole), qPrintable(errorText(streamed) + QStringLiteral(" / ") + errorText(whole)));
    if (!whole) {
        QCOMPARE(errorText(streamed), errorText(whole));
        QVERIFY2(whole.error().line > 0 && !whole.error().file.isEmpty(), qPrintable(errorText(whole)));
    } else {
        QVERIFY(!sink.misordered && sink.begun == 1);
        const QString difference = tessera::testsupport::firstDifference(sink.document, *whole);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Whether the pair was streamed: the reader itself says (and gives nothing when it was not).
    const QByteArray base =
        translation.isEmpty()
            ? QByteArray(
                  f->create(ParsedDocument{filter, {}, language, 0, {}, {}}, translationName).value_or(QByteArray()))
            : translation;
    CheckingSink direct;
    const auto read =
        JsonPairReader::read(direct, source, sourceName, base, translationName, modeOf(filter), filter, language);
    QVERIFY(read.has_value());
    if (streams >= 0 && !sourceName.isEmpty())
        QCOMPARE(*read, streams == 1);
    if (!*read) {
        QCOMPARE(direct.begun, 0);
        QVERIFY(direct.document.segments.isEmpty());
    } else if (!sourceName.isEmpty()) {
        QVERIFY(whole.has_value());
        const QString difference = tessera::testsupport::firstDifference(direct.document, *whole);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // What the rows are about is there.
    const QByteArray row = QTest::currentDataTag();
    if (whole && row.contains("missing and extra keys")) {
        const auto obsolete = std::count_if(whole->segments.cbegin(), whole->segments.cend(),
                                            [](const Segment& s) { return s.flags.testFlag(SegmentFlag::Obsolete); });
        QVERIFY(obsolete >= 3);
        if (filter == QLatin1String("i18next"))
            QVERIFY(std::any_of(whole->segments.cbegin(), whole->segments.cend(),
                                [](const Segment& s) { return s.isPlural() && s.targets.size() == 4; }));
    }
    // {"de": {…}} pairs with {"en": {…}}: the keys come without the language member.
    if (whole && row.contains("language root en with de")) {
        QCOMPARE(whole->segments.size(), filter == QLatin1String("i18next") ? 4 : 3);
        const auto a = std::find_if(whole->segments.cbegin(), whole->segments.cend(),
                                    [](const Segment& s) { return s.key == QLatin1String("a"); });
        QVERIFY(a != whole->segments.cend());
        QCOMPARE(a->targets.value(0), QStringLiteral("Ä"));
        if (filter == QLatin1String("i18next"))
            QVERIFY(std::any_of(whole->segments.cbegin(), whole->segments.cend(), [](const Segment& s) {
                return s.key == QLatin1String("g.items") && s.targets == QStringList{"eins", "viele"};
            }));
    }
    if (whole && row.contains("root member no language"))
        QVERIFY(std::any_of(whole->segments.cbegin(), whole->segments.cend(),
                            [](const Segment& s) { return s.key.startsWith(QLatin1String("translation")); }) ||
                filter != QLatin1String("i18next"));
    if (whole && row.startsWith("arb descriptions"))
        QVERIFY(std::any_of(whole->segments.cbegin(), whole->segments.cend(),
                            [](const Segment& s) { return s.context.note == QLatin1String("only de"); }));
}

// Every fourth line of medusa en and ar dropped from the source, dropped from the translation,
// doubled in the translation: readPairTo gives what readPair gives, or fails with its error.
void TestJsonStreamedRead::mutatedFilesAsReadPair()
{
    const QByteArray en = tessera::testsupport::readTestData(QStringLiteral("json"), QStringLiteral("medusa-en.json"));
    const QByteArray ar = tessera::testsupport::readTestData(QStringLiteral("json"), QStringLiteral("medusa-ar.json"));
    const QString enName = QStringLiteral("locales/en.json");
    const QString arName = QStringLiteral("locales/ar.json");
    const QList<QByteArray> enLines = en.split('\n');
    const QList<QByteArray> arLines = ar.split('\n');
    const auto without = [](QList<QByteArray> lines, qsizetype i, bool doubled) {
        if (i < lines.size()) {
            if (doubled)
                lines.insert(i, lines[i]);
            else
                lines.removeAt(i);
        }
        return lines.join('\n');
    };
    int errors = 0;
    int obsolete = 0;
    for (const QString& filter : {QStringLiteral("i18next")}) {
        const Filter* f = m_filters.byId(filter);
        QVERIFY(f);
        for (qsizetype i = 1; i < std::max(enLines.size(), arLines.size()); i += 4) {
            for (int variant = 0; variant < 3; ++variant) {
                const QByteArray source = variant == 0 ? without(enLines, i, false) : en;
                const QByteArray translation = variant == 0 ? ar : without(arLines, i, variant == 2);
                const auto whole = f->readPair(source, enName, translation, arName, QStringLiteral("ar"));
                CheckingSink sink;
                const auto streamed = f->readPairTo(sink, source, enName, translation, arName, QStringLiteral("ar"));
                const QString where = QStringLiteral("%1 line %2 variant %3: ").arg(filter).arg(i + 1).arg(variant);
                QVERIFY2(bool(streamed) == bool(whole), qPrintable(where + errorText(streamed) + errorText(whole)));
                if (!whole) {
                    ++errors;
                    QCOMPARE(errorText(streamed), errorText(whole));
                    continue;
                }
                const QString difference = tessera::testsupport::firstDifference(sink.document, *whole);
                QVERIFY2(difference.isEmpty(), qPrintable(where + difference));
                obsolete += !whole->segments.isEmpty() && whole->segments.last().flags.testFlag(SegmentFlag::Obsolete);
            }
        }
    }
    QVERIFY(errors > 10);
    QVERIFY(obsolete > 10);
}

void TestJsonStreamedRead::refusedSegmentStopsTheImport()
{
    const Filter* f = m_filters.byId(QStringLiteral("i18next"));
    QVERIFY(f);
    const QByteArray en = tessera::testsupport::readTestData(QStringLiteral("json"), QStringLiteral("medusa-en.json"));
    const QByteArray ar = tessera::testsupport::readTestData(QStringLiteral("json"), QStringLiteral("medusa-ar.json"));
    RefusingSink sink(10);
    const auto read = f->readPairTo(sink, en, QStringLiteral("locales/en.json"), ar, QStringLiteral("locales/ar.json"),
                                    QStringLiteral("ar"));
    QVERIFY(!read);
    QCOMPARE(read.error().message, QStringLiteral("the store refused the row"));
    QCOMPARE(sink.taken, 10);
}

// The real pairs of each project stream (the whole-file way is the exception).
void TestJsonStreamedRead::streamsTheRealPairs()
{
    const struct {
        const char* filter;
        const char* folder;
        const char* source;
        const char* translation;
    } pairs[] = {{"i18next", "json", "medusa-en.json", "medusa-ar.json"},
                 {"i18next", "json", "medusa-en.json", "medusa-ja.json"},
                 {"json", "json", "docusaurus-de.json", "docusaurus-ru.json"},
                 {"json", "json", "oblique-en.json", "oblique-de.json"},
                 {"json", "json", "ovh-Messages_fr_FR.json", "ovh-Messages_de_DE.json"},
                 {"json", "json", "mediawiki-gadgets-en.json", "mediawiki-gadgets-zh-hans.json"},
                 {"arb", "arb", "onebit-dice_en.arb", "onebit-dice_de.arb"}};
    for (const auto& pair : pairs) {
        const QString folder = QString::fromLatin1(pair.folder);
        const QString source = QString::fromLatin1(pair.source);
        const QString translation = QString::fromLatin1(pair.translation);
        CheckingSink sink;
        const auto read = JsonPairReader::read(
            sink, tessera::testsupport::readTestData(folder, source), QStringLiteral("locales/") + source,
            tessera::testsupport::readTestData(folder, translation), QStringLiteral("locales/") + translation,
            modeOf(QString::fromLatin1(pair.filter)), QString(), QString());
        QVERIFY2(read && *read, pair.translation);
        QVERIFY2(sink.document.segments.size() > 10, pair.translation);
    }
}

QTEST_GUILESS_MAIN(TestJsonStreamedRead)
#include "TestJsonStreamedRead.moc"
