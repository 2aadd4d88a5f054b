// Tests the streamed export of the key-value JSON filters (i18next, flat JSON, Flutter ARB):
// writePairTo writes byte for byte what the whole-file writePair writes, on the real files of
// tests/data/json and tests/data/arb and on variants of them (keys missing, nested objects to make,
// empty objects, a compact file, CRLF, \u escapes, a BOM, plural forms a language with more forms
// adds, no translation file yet), with the segments in the file's order and reversed; without ever
// listing the segments (SegmentSource::all) unless a file cannot be streamed; a refused read of the
// segments fails the export; and a translation file that is not valid JSON gives writePair's error.
#include <algorithm>

#include <QBuffer>
#include <QTest>

#include "TestData.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"

using tessera::domain::Result;
using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::Filter;
using tessera::formats::FilterRegistry;
using tessera::formats::SegmentList;
using tessera::formats::SegmentSource;
using tessera::testsupport::errorText;

namespace {

QByteArray jsonData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("json"), name);
}

QByteArray arbData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("arb"), name);
}

// A list's segments, counting how often a writer listed them all.
class CountingSource final : public SegmentSource {
public:
    explicit CountingSource(const QList<Segment>& segments)
        : m_list(segments)
    {}
    Result<const Segment*> find(const QString& key) override
    {
        ++finds;
        return m_list.find(key);
    }
    Result<QList<Segment>> all() override
    {
        ++listed;
        return m_list.all();
    }
    int finds = 0;
    int listed = 0;

private:
    SegmentList m_list;
};

// A store that refuses its read after `allowed` finds (and refuses to list).
class RefusingSource final : public SegmentSource {
public:
    RefusingSource(const QList<Segment>& segments, int allowed)
        : m_list(segments)
        , m_allowed(allowed)
    {}
    Result<const Segment*> find(const QString& key) override
    {
        if (m_allowed-- <= 0)
            return refused();
        return m_list.find(key);
    }
    Result<QList<Segment>> all() override { return refused(); }

private:
    static std::unexpected<tessera::domain::Error> refused()
    {
        return tessera::domain::fail(tessera::domain::ErrorCode::Io, QStringLiteral("the store refused the read"));
    }
    SegmentList m_list;
    int m_allowed;
};

// Every non-ASCII character of a JSON file written as \uXXXX (surrogate pairs beyond the BMP).
QByteArray escapeNonAscii(const QByteArray& data, bool upper)
{
    const QString text = QString::fromUtf8(data);
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out += char(c.unicode());
            continue;
        }
        out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        if (upper)
            out = out.left(out.size() - 4) + out.right(4).toUpper();
    }
    return out;
}

QString difference(const QByteArray& streamed, const QByteArray& whole)
{
    qsizetype at = 0;
    while (at < streamed.size() && at < whole.size() && streamed[at] == whole[at])
        ++at;
    return QStringLiteral("differs at byte %1: streamed \"%2\", whole \"%3\"")
        .arg(at)
        .arg(QString::fromUtf8(streamed.mid(std::max<qsizetype>(0, at - 40), 120)),
             QString::fromUtf8(whole.mid(std::max<qsizetype>(0, at - 40), 120)));
}

} // namespace

class TestJsonStreamedPair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsWritePair_data();
    void sameBytesAsWritePair();
    void arbMetadataUntouched();
    void refusedReadFailsTheExport_data();
    void refusedReadFailsTheExport();

private:
    // The segments of the pair as readPair gives them (from the source alone when the translation
    // cannot be read), every other one given new targets (every target, so missing keys and plural
    // forms are inserted), non-ASCII and quotes included.
    static QList<Segment> editedSegments(const Filter& filter, const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QString& translationName,
                                         const QString& language);
    FilterRegistry m_filters;
};

QList<Segment> TestJsonStreamedPair::editedSegments(const Filter& filter, const QByteArray& source,
                                                    const QString& sourceName, const QByteArray& translation,
                                                    const QString& translationName, const QString& language)
{
    auto pair = filter.readPair(source, sourceName, translation, translationName, language);
    if (!pair)
        pair = filter.readPair(source, sourceName, {}, translationName, language);
    if (!pair)
        return {};
    QList<Segment> segments = pair->segments;
    for (qsizetype i = 0; i < segments.size(); i += 2) {
        for (qsizetype t = 0; t < segments[i].targets.size(); ++t)
            segments[i].targets[t] = QStringLiteral("neu %1/%2 «ü» \"q\" 𝄞 ").arg(i).arg(t) + segments[i].key;
        if (segments[i].targets.isEmpty())
            segments[i].targets = {QStringLiteral("neu")};
        segments[i].state = SegmentState::Translated;
    }
    return segments;
}

void TestJsonStreamedPair::sameBytesAsWritePair_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("translationName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("streams");

    const QString i18next = QStringLiteral("i18next");
    const QString flat = QStringLiteral("json");
    const QString arb = QStringLiteral("arb");
    const QByteArray en = jsonData(QStringLiteral("medusa-en.json"));
    const QByteArray de = jsonData(QStringLiteral("medusa-de.json"));
    const QString enName = QStringLiteral("locales/en.json");
    const auto named = [](const QString& language) { return QStringLiteral("locales/%1.json").arg(language); };

    // Real translations: keys missing, plural forms of the language.
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("ar"), QStringLiteral("cs"),
                                    QStringLiteral("ja"), QStringLiteral("pl"), QStringLiteral("ru")})
        QTest::newRow(qPrintable(QStringLiteral("i18next medusa en with ") + language))
            << i18next << en << enName << jsonData(QStringLiteral("medusa-%1.json").arg(language)) << named(language)
            << language << true;
    QTest::newRow("i18next no translation file yet")
        << i18next << en << enName << QByteArray() << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    // The English file as the Russian and Arabic translation: _few/_many added after _one, Arabic's
    // _zero before it.
    QTest::newRow("i18next plural forms added for ru")
        << i18next << en << enName << en << named(QStringLiteral("ru")) << QStringLiteral("ru") << true;
    QTest::newRow("i18next plural forms added for ar")
        << i18next << en << enName << en << named(QStringLiteral("ar")) << QStringLiteral("ar") << true;
    // A root "$schema" member is no entry (JsonKeys::collect): left as it is.
    const QByteArray schema = "{\n  \"$schema\": \"./$schema.json\",\n";
    QTest::newRow("i18next $schema") << i18next << schema + en.mid(2) << enName << schema + de.mid(2)
                                     << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    // Layouts: a compact file, CRLF, \u escapes (lower and upper case), a BOM.
    QByteArray compact = de;
    compact.replace("\n", "").replace("  ", "").replace("\": ", "\":");
    QTest::newRow("i18next compact translation")
        << i18next << en << enName << compact << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next CRLF translation") << i18next << en << enName << QByteArray(de).replace("\n", "\r\n")
                                              << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    const QByteArray ru = jsonData(QStringLiteral("medusa-ru.json"));
    QTest::newRow("i18next \\u-escaped translation") << i18next << en << enName << escapeNonAscii(ru, false)
                                                     << named(QStringLiteral("ru")) << QStringLiteral("ru") << true;
    QTest::newRow("i18next \\U-escaped translation") << i18next << en << enName << escapeNonAscii(ru, true)
                                                     << named(QStringLiteral("ru")) << QStringLiteral("ru") << true;
    QTest::newRow("i18next BOM") << i18next << en << enName << "\xEF\xBB\xBF" + de << named(QStringLiteral("de"))
                                 << QStringLiteral("de") << true;
    // Missing keys: whole nested objects to make, empty objects to fill (indented and compact).
    QTest::newRow("i18next nested objects made")
        << i18next << en << enName << QByteArray("{\n    \"general\": {\n        \"add\": \"Hinzufügen\"\n    }\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next empty objects filled")
        << i18next << en << enName
        << QByteArray("{\n  \"general\": {},\n  \"store\": {\n  },\n  \"json\": { \"x\": {} }\n}")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next empty compact file")
        << i18next << en << enName << QByteArray("{}") << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next compact empty object")
        << i18next << en << enName << QByteArray("{\"general\":{},\"a\":[1,{\"b\":\"c\"}]}")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next arrays and other values")
        << i18next << en << enName
        << QByteArray("{\n  \"list\": [\"a\", {\"b\": \"c\"}, [\"d\"]],\n  \"n\": 1.5e3,\n  \"t\": true,\n"
                      "  \"general\": {\"add\": null, \"items_one\": 1, \"items_other\": \"x\"}\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    // Not streamed, written the whole-file way: a key the file holds twice ("#2"), a root that is
    // no object, a source file that is not JSON (writePair does not read it).
    QTest::newRow("i18next key twice (#2)")
        << i18next << en << enName << QByteArray("{\"a.b\": \"1\", \"a\": {\"b\": \"2\"}}")
        << named(QStringLiteral("de")) << QStringLiteral("de") << false;
    QTest::newRow("i18next root array") << i18next << en << enName << QByteArray("[\"a\"]\n")
                                        << named(QStringLiteral("de")) << QStringLiteral("de") << false;
    QTest::newRow("i18next source not JSON") << i18next << QByteArray("{\"a\": ") << enName << de
                                             << named(QStringLiteral("de")) << QStringLiteral("de") << false;
    // Not JSON: writePair's error (file, line, column).
    QTest::newRow("i18next translation not JSON")
        << i18next << en << enName << QByteArray("{\n  \"general\": {\n    \"add\": \"x\",\n    \"b\": oops\n  }\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << false;
    QTest::newRow("i18next name twice in an object")
        << i18next << en << enName
        << QByteArray("{\n  \"general\": {\n    \"add\": \"x\",\n    \"add\": \"y\"\n  }\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << false;
    QTest::newRow("i18next translation truncated") << i18next << en << enName << de.left(de.size() / 2)
                                                   << named(QStringLiteral("de")) << QStringLiteral("de") << false;

    // Flat JSON (Docusaurus).
    const QByteArray docDe = jsonData(QStringLiteral("docusaurus-de.json"));
    const QByteArray docRu = jsonData(QStringLiteral("docusaurus-ru.json"));
    QTest::newRow("flat de with ru") << flat << docDe << QStringLiteral("i18n/de.json") << docRu
                                     << QStringLiteral("i18n/ru.json") << QStringLiteral("ru") << true;
    QTest::newRow("flat ru with itself") << flat << docRu << QStringLiteral("i18n/ru.json") << docRu
                                         << QStringLiteral("i18n/ru.json") << QStringLiteral("ru") << true;
    QTest::newRow("flat no translation file yet") << flat << docDe << QStringLiteral("i18n/de.json") << QByteArray()
                                                  << QStringLiteral("i18n/fr.json") << QStringLiteral("fr") << true;
    QByteArray docHalf = docRu.left(docRu.indexOf(",\n", docRu.size() / 2)) + "\n}\n";
    QTest::newRow("flat keys missing") << flat << docDe << QStringLiteral("i18n/de.json") << docHalf
                                       << QStringLiteral("i18n/ru.json") << QStringLiteral("ru") << true;
    QTest::newRow("flat keys missing, compact CRLF")
        << flat << docDe << QStringLiteral("i18n/de.json") << QByteArray("{\"theme.CodeBlock.copy\":\"x\"}\r\n")
        << QStringLiteral("i18n/ru.json") << QStringLiteral("ru") << true;
    QTest::newRow("flat \\u-escaped") << flat << docDe << QStringLiteral("i18n/de.json")
                                      << escapeNonAscii(docHalf, false) << QStringLiteral("i18n/ru.json")
                                      << QStringLiteral("ru") << true;
    QTest::newRow("flat not JSON") << flat << docDe << QStringLiteral("i18n/de.json") << QByteArray("{\"a\": \"\\x\"}")
                                   << QStringLiteral("i18n/ru.json") << QStringLiteral("ru") << false;

    // A root holding one member named by the file's language ({"en": {…}}, Rails i18n-js, DevExtreme):
    // keys start inside it, missing ones go into the translation's own member, a new file gets one.
    const QByteArray jsEn = jsonData(QStringLiteral("i18njs-en.json"));
    const QByteArray jsEs = jsonData(QStringLiteral("i18njs-es.json"));
    const QString jsEnName = QStringLiteral("translations/en.json");
    for (const QString& filter : {i18next, flat}) {
        QTest::newRow(qPrintable(filter + QStringLiteral(" language root en with es")))
            << filter << jsEn << jsEnName << jsEs << QStringLiteral("translations/es.json") << QStringLiteral("es")
            << true;
        QTest::newRow(qPrintable(filter + QStringLiteral(" language root no translation file yet")))
            << filter << jsEn << jsEnName << QByteArray() << QStringLiteral("translations/pt-BR.json")
            << QStringLiteral("pt-BR") << true;
    }
    const auto wrap = [](const char* language, const QByteArray& file) {
        QByteArray inner = file.trimmed();
        inner.replace("\n", "\n  ");
        return QByteArray("{\n  \"") + language + "\": " + inner + "\n}\n";
    };
    const QByteArray enRoot = wrap("en", en);
    QTest::newRow("i18next language root medusa en with de")
        << i18next << enRoot << enName << wrap("de", de) << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next language root medusa en with ru")
        << i18next << enRoot << enName << wrap("ru", ru) << named(QStringLiteral("ru")) << QStringLiteral("ru") << true;
    QTest::newRow("i18next language root medusa no translation file yet")
        << i18next << enRoot << enName << QByteArray() << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next language root empty member") << i18next << enRoot << enName << QByteArray("{\"de\":{}}")
                                                        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next language root nested objects made in its member")
        << i18next << enRoot << enName
        << QByteArray("{\n  \"de\": {\n    \"general\": {\n      \"add\": \"Hinzufügen\"\n    }\n  }\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next language root of another language")
        << i18next << enRoot << enName << wrap("fr", de) << named(QStringLiteral("de")) << QStringLiteral("de") << true;
    QTest::newRow("i18next root of two languages kept")
        << i18next << enRoot << enName << QByteArray("{\n  \"de\": {\"general\": {\"add\": \"x\"}},\n  \"fr\": {}\n}\n")
        << named(QStringLiteral("de")) << QStringLiteral("de") << true;

    // ARB.
    const QByteArray arbEn = arbData(QStringLiteral("onebit-dice_en.arb"));
    const QByteArray arbDe = arbData(QStringLiteral("onebit-dice_de.arb"));
    QTest::newRow("arb en with de") << arb << arbEn << QStringLiteral("l10n/app_en.arb") << arbDe
                                    << QStringLiteral("l10n/app_de.arb") << QStringLiteral("de") << true;
    QTest::newRow("arb en with itself") << arb << arbEn << QStringLiteral("l10n/app_en.arb") << arbEn
                                        << QStringLiteral("l10n/app_fr.arb") << QStringLiteral("fr") << true;
    QTest::newRow("arb no translation file yet") << arb << arbEn << QStringLiteral("l10n/app_en.arb") << QByteArray()
                                                 << QStringLiteral("l10n/app_fr.arb") << QStringLiteral("fr") << true;
    QTest::newRow("arb not JSON") << arb << arbEn << QStringLiteral("l10n/app_en.arb") << arbDe.left(300)
                                  << QStringLiteral("l10n/app_de.arb") << QStringLiteral("de") << false;
}

void TestJsonStreamedPair::sameBytesAsWritePair()
{
    QFETCH(QString, filter);
    QFETCH(QByteArray, source);
    QFETCH(QString, sourceName);
    QFETCH(QByteArray, translation);
    QFETCH(QString, translationName);
    QFETCH(QString, language);
    QFETCH(bool, streams);
    QVERIFY(!source.isEmpty());
    const Filter* f = m_filters.byId(filter);
    QVERIFY(f && f->writesPairStreamed());
    QList<Segment> segments = editedSegments(*f, source, sourceName, translation, translationName, language);
    if (segments.isEmpty()) // the source is not JSON either: the translation's own segments
        segments = editedSegments(*f, translation, translationName, translation, translationName, language);

    for (const char* order : {"file order", "reversed"}) {
        if (qstrcmp(order, "reversed") == 0) {
            std::reverse(segments.begin(), segments.end());
            for (qsizetype i = 0; i < segments.size(); ++i)
                segments[i].order = int(i) + 1;
        }
        const auto whole = f->writePair(source, sourceName, translation, segments, translationName, language);
        QByteArray streamed;
        QBuffer buffer(&streamed);
        buffer.open(QIODevice::WriteOnly);
        CountingSource counting(segments);
        const auto written =
            f->writePairTo(buffer, source, sourceName, translation, counting, translationName, language);
        QVERIFY2(bool(written) == bool(whole), qPrintable(order + QStringLiteral(": ") + errorText(written) +
                                                          QStringLiteral(" / ") + errorText(whole)));
        QCOMPARE(counting.listed == 0, streams);
        if (!whole) {
            QCOMPARE(errorText(written), errorText(whole));
            QVERIFY(whole.error().line > 0 && whole.error().file == translationName);
            continue;
        }
        if (streamed != *whole)
            QFAIL(qPrintable(order + QStringLiteral(": ") + difference(streamed, *whole)));
        if (streams && *whole != (translation.isEmpty() ? *whole : translation))
            QVERIFY(counting.finds > 0);
        // What the rows are about is there.
        const QByteArray row = QTest::currentDataTag();
        const auto contains = [&](const char* text) { return streamed.contains(text); };
        if (row.endsWith("added for ru"))
            QVERIFY(contains("_few\": \"neu") && contains("_many\": \"neu"));
        if (row.endsWith("added for ar"))
            QVERIFY(contains("_zero\": \"neu") && contains("_two\": \"neu"));
        if (row.endsWith("nested objects made"))
            QVERIFY2(contains("\n    \"dataGrid\": {\n        \""), streamed.left(1500).constData());
        if (row.endsWith("empty objects filled"))
            QVERIFY2(contains("\"general\": {\n    \"") && contains("\"store\": {\n    \""),
                     streamed.left(1500).constData());
        if (row.contains("\\u-escaped"))
            QVERIFY(contains("\\u00ab\\u00fc\\u00bb") && !contains("«"));
        if (row.contains("\\U-escaped"))
            QVERIFY(contains("\\u00AB\\u00FC\\u00BB"));
        if (row.contains("language root") && row.contains("no translation file yet"))
            QVERIFY2(streamed.startsWith(row.startsWith("json") || row.contains("i18next language root no")
                                             ? "{\n  \"pt-BR\": {\n    \""
                                             : "{\n  \"de\": {\n    \""),
                     streamed.left(300).constData());
        if (row.endsWith("made in its member"))
            QVERIFY2(contains("\n    \"dataGrid\": {\n      \"") &&
                         streamed.startsWith("{\n  \"de\": {\n    \"general"),
                     streamed.left(1500).constData());
        if (row.contains("language root") && !row.contains("another") && !row.contains("no translation"))
            QVERIFY2(streamed.count("\"en\"") == 0 && streamed.startsWith("{"), streamed.left(300).constData());
        if (row.contains("CRLF"))
            QVERIFY(!streamed.replace("\r\n", "").contains('\n'));
    }
}

void TestJsonStreamedPair::arbMetadataUntouched()
{
    const Filter* f = m_filters.byId(QStringLiteral("arb"));
    QVERIFY(f);
    const QByteArray en = arbData(QStringLiteral("onebit-dice_en.arb"));
    const QString deName = QStringLiteral("l10n/app_de.arb");
    // The template as its own (French) translation: its "@key" metadata stays, every message edited.
    QList<Segment> segments =
        editedSegments(*f, en, QStringLiteral("l10n/app_en.arb"), en, deName, QStringLiteral("de"));
    for (Segment& segment : segments)
        segment.targets = {QStringLiteral("neu ") + segment.key};
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    CountingSource counting(segments);
    QVERIFY(f->writePairTo(buffer, en, QStringLiteral("l10n/app_en.arb"), en, counting, deName, QStringLiteral("de")));
    QCOMPARE(counting.listed, 0);
    QVERIFY(streamed != en);
    // Every line of metadata ("@…" members and what is inside them) is as it was.
    const auto metadata = [](const QByteArray& file) {
        QList<QByteArray> lines;
        int depth = 0;
        for (const QByteArray& line : file.split('\n')) {
            if (depth == 0 && !line.trimmed().startsWith("\"@"))
                continue;
            lines.append(line);
            depth += int(line.count('{')) - int(line.count('}'));
        }
        return lines;
    };
    QVERIFY(!metadata(en).isEmpty());
    QCOMPARE(metadata(streamed), metadata(en));
}

void TestJsonStreamedPair::refusedReadFailsTheExport_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("translationFile");
    QTest::addColumn<int>("allowed");
    for (int allowed : {0, 1, 7, 60}) {
        QTest::newRow(qPrintable(QStringLiteral("i18next after %1").arg(allowed)))
            << QStringLiteral("i18next") << QStringLiteral("medusa-de.json") << allowed;
        QTest::newRow(qPrintable(QStringLiteral("i18next untranslated after %1").arg(allowed)))
            << QStringLiteral("i18next") << QString() << allowed;
    }
}

void TestJsonStreamedPair::refusedReadFailsTheExport()
{
    QFETCH(QString, filter);
    QFETCH(QString, translationFile);
    QFETCH(int, allowed);
    const Filter* f = m_filters.byId(filter);
    const QByteArray en = jsonData(QStringLiteral("medusa-en.json"));
    const QByteArray translation = translationFile.isEmpty() ? QByteArray() : jsonData(translationFile);
    const QString name = QStringLiteral("locales/de.json");
    const QList<Segment> segments =
        editedSegments(*f, en, QStringLiteral("locales/en.json"), translation, name, QStringLiteral("de"));
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    RefusingSource refusing(segments, allowed);
    const auto written = f->writePairTo(buffer, en, QStringLiteral("locales/en.json"), translation, refusing, name,
                                        QStringLiteral("de"));
    QVERIFY(!written);
    QCOMPARE(written.error().message, QStringLiteral("the store refused the read"));
}

QTEST_GUILESS_MAIN(TestJsonStreamedPair)
#include "TestJsonStreamedPair.moc"
