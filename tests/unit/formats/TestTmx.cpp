// Tests the TMX reader and writer on real files (translate-toolkit's po2tmx of Debian catalogs,
// tmexchange's js2tmx of a three-language table): units, languages, dates, props, inline codes,
// write → read equality, translate-toolkit reading what we write, and clear errors for bad files.
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "TestData.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"

using tessera::formats::TmxHeader;
using tessera::formats::TmxProperty;
using tessera::formats::TmxReader;
using tessera::formats::TmxUnit;
using tessera::formats::TmxWriter;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("tmx"), name);
}

QString describe(const TmxUnit& u)
{
    const auto& t = u.unit;
    QStringList props;
    for (const TmxProperty& p : u.properties)
        props << p.type + QLatin1Char('=') + p.value;
    return QStringList{t.id,
                       t.sourceLanguage,
                       t.targetLanguage,
                       t.source,
                       t.target,
                       t.contextKey,
                       t.creator,
                       t.createdAt.toString(Qt::ISODate),
                       t.changedAt.toString(Qt::ISODate),
                       QString::number(t.usageCount),
                       t.origin,
                       u.changeId,
                       u.lastUsedAt.toString(Qt::ISODate),
                       props.join(QLatin1Char('|')),
                       u.notes.join(QLatin1Char('|'))}
        .join(QStringLiteral(" ¦ "));
}

void compareUnits(const QList<TmxUnit>& actual, const QList<TmxUnit>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(describe(actual[i]), describe(expected[i]));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC);
}

const char* const kInline = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Hand" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US"
          srclang="en-US" datatype="html"/>
  <body>
    <tu tuid="t1" creationdate="20230415T101530Z" creationid="anna" changedate="20240102T030405Z"
        changeid="ben" usagecount="7" lastusagedate="20240301T000000Z">
      <note>checked by QA</note>
      <prop type="x-context">menu.file.open</prop>
      <prop type="x-domain">Software &amp; IT</prop>
      <tuv xml:lang="en-US">
        <seg>Click <bpt i="1" x="1">&lt;b&gt;</bpt>Open<ept i="1">&lt;/b&gt;</ept> &amp; wait<ph x="2" type="lb"/></seg>
      </tuv>
      <tuv xml:lang="de-DE" creationid="carla" creationdate="20230416T000000Z">
        <seg>Klicken Sie auf <bpt i="1" x="1">&lt;b&gt;</bpt>Öffnen<ept i="1">&lt;/b&gt;</ept> &amp; warten<ph x="2" type="lb"></ph></seg>
      </tuv>
      <tuv xml:lang="fr-FR">
        <seg>Cliquez <hi type="b">sur <sub>Ouvrir</sub></hi><it pos="begin">&lt;i&gt;</it>x<ut>{\b}</ut></seg>
      </tuv>
    </tu>
    <tu srclang="de-DE">
      <tuv lang="EN-us"><seg>Old style</seg></tuv>
      <tuv lang="de_de"><seg>Alter Stil</seg></tuv>
    </tu>
    <tu><tuv xml:lang="fr"><seg>sans source</seg></tuv><tuv xml:lang="de"><seg>ohne Quelle</seg></tuv></tu>
  </body>
</tmx>
)";

// Segments that take every path of the reader's text handling: references, a carriage return
// written as &#13; and one written raw (CR LF), CDATA, U+FEFF opening a segment, empty segments,
// comments and inline elements around and between text, white space, languages that need trimming
// and normalising, ISO and compact dates, creators with references, a usage count.
const char* const kSegments =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tmx version=\"1.4\"><header srclang=\"en-US\" creationtool=\"t\"/><body>\n"
    "<tu tuid=\"a\" creationid=\"a&amp;b\" creationdate=\"2023-04-15T10:15:30Z\">"
    "<tuv xml:lang=\" en-US \"><seg>one &amp; two&#13;</seg></tuv>"
    "<tuv xml:lang=\"de_DE\" changedate=\"20240102T030405\" usagecount=\"3\">"
    "<seg>eins\r\nzwei\rdrei</seg></tuv></tu>\n"
    "<tu tuid=\"b\" creationid=\"x\"><tuv xml:lang=\"en-US\"><seg><![CDATA[a <b> c]]></seg></tuv>"
    "<tuv xml:lang=\"de-de\" creationid=\"y\"><seg>\xEF\xBB\xBFmit BOM</seg></tuv></tu>\n"
    "<tu><tuv xml:lang=\"en-US\"><seg></seg></tuv><tuv xml:lang=\"de-DE\"><seg/></tuv></tu>\n"
    "<tu><tuv xml:lang=\"en-US\"><seg>a<!-- c -->b</seg></tuv>"
    "<tuv xml:lang=\"de-DE\"><seg>x<ph x=\"1\">&lt;br/&gt;</ph>y</seg></tuv></tu>\n"
    "<tu><tuv xml:lang=\"en-US\"><seg>  \n\t </seg></tuv>"
    "<tuv xml:lang=\"fr\"><seg><ph x=\"1\"/>\xC3\xA9t\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D</seg></tuv>"
    "<tuv lang=\"ja\"><seg>\xE6\x97\xA5\xE6\x9C\xAC <bpt i=\"1\">{</bpt>x<ept i=\"1\">}</ept>]]&gt;</seg></tuv></tu>\n"
    "<tu><tuv xml:lang=\"en-US\"><seg>a]b]]c</seg></tuv><tuv xml:lang=\"de-DE\"><seg>&#x1F600;&#233;</seg></tuv></tu>\n"
    "</body></tmx>\n";

// A unit on one line: control characters and the backslash written as escapes.
QString describeLine(const TmxUnit& unit)
{
    QString line = describe(unit);
    line.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    line.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    line.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    line.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    line.replace(QChar(0xFEFF), QStringLiteral("\\uFEFF"));
    return line;
}

} // namespace

class TestTmx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles_data();
    void readsRealFiles();
    void readsUnitsOfRealFiles();
    void readsUnitsAsRecorded_data();
    void readsUnitsAsRecorded();
    void readsInlineCodesDatesAndProps();
    void readsOmegatInlineCodes();
    void allMeansFirstVariant();
    void streamsFromDeviceAndStops();
    void readsUtf16WithBom();
    void writeThenReadGivesSameUnits_data();
    void writeThenReadGivesSameUnits();
    void writesHeaderAndEscapes();
    void translateToolkitReadsOurOutput();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestTmx::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tus");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("grep-cs") << "grep-cs.tmx" << 115 << 115 << "Translate Toolkit" << QStringList{"cs"};
    QTest::newRow("gdk-pixbuf-de") << "gdk-pixbuf-de.tmx" << 198 << 198 << "Translate Toolkit" << QStringList{"de"};
    QTest::newRow("tar-en-ja-pl") << "tar-en-ja-pl.tmx" << 60 << 120 << "tmexchange" << QStringList{"ja", "pl"};
}

void TestTmx::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, tus);
    QFETCH(int, units);
    QFETCH(QString, tool);
    QFETCH(QStringList, targets);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    auto read = TmxReader::readAll(data, file);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->summary.translationUnits, tus);
    QCOMPARE(read->summary.units, units);
    QCOMPARE(read->units.size(), units);
    QCOMPARE(read->summary.skipped, 0);
    QCOMPARE(read->summary.header.srcLang, QStringLiteral("en"));
    QCOMPARE(read->summary.header.creationTool, tool);
    QSet<QString> seen;
    for (const TmxUnit& unit : read->units) {
        QCOMPARE(unit.unit.sourceLanguage, QStringLiteral("en"));
        QVERIFY(!unit.unit.source.isEmpty());
        QVERIFY(!unit.unit.target.isEmpty());
        seen.insert(unit.unit.targetLanguage);
    }
    QCOMPARE(seen, QSet<QString>(targets.begin(), targets.end()));
}

void TestTmx::readsUnitsOfRealFiles()
{
    // Multi-language <tu>: en → ja and en → pl, with tuid and the group prop, in file order.
    auto tar = TmxReader::readAll(readData(QStringLiteral("tar-en-ja-pl.tmx")), QStringLiteral("tar-en-ja-pl.tmx"));
    QVERIFY2(tar.has_value(), qPrintable(errorText(tar)));
    const TmxUnit& ja = tar->units[2];
    const TmxUnit& pl = tar->units[3];
    QCOMPARE(ja.unit.id, QStringLiteral("msg001"));
    QCOMPARE(ja.unit.source, QStringLiteral("  or: "));
    QCOMPARE(ja.unit.targetLanguage, QStringLiteral("ja"));
    QCOMPARE(ja.unit.target, QStringLiteral("  または: "));
    QCOMPARE(pl.unit.id, QStringLiteral("msg001"));
    QCOMPARE(pl.unit.targetLanguage, QStringLiteral("pl"));
    QCOMPARE(pl.unit.target, QStringLiteral("  albo: "));
    QCOMPARE(ja.properties, (QList<TmxProperty>{{QStringLiteral("group"), QStringLiteral("tar")}}));
    QVERIFY(!ja.unit.createdAt.isValid());
    QCOMPARE(ja.unit.usageCount, 0);
    // A multi-line seg keeps its line breaks (the PO message ends with \n).
    QCOMPARE(tar->units[0].unit.source, QStringLiteral("\n*This* tar defaults to:\n"));

    auto grep = TmxReader::readAll(readData(QStringLiteral("grep-cs.tmx")), QStringLiteral("grep-cs.tmx"));
    QVERIFY2(grep.has_value(), qPrintable(errorText(grep)));
    QVERIFY(grep->units[0].unit.source.startsWith(QStringLiteral("\nContext control:\n  -B, --before-context=NUM")));
    QVERIFY(grep->units[0].unit.target.startsWith(QStringLiteral("\nŘízení kontextu:\n")));
    QCOMPARE(grep->units[0].unit.targetLanguage, QStringLiteral("cs"));
}

void TestTmx::readsUnitsAsRecorded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    for (const char* file :
         {"grep-cs", "gdk-pixbuf-de", "tar-en-ja-pl", "omegat-manual-level2", "software-properties-de"})
        QTest::newRow(file) << QString::fromLatin1(file)
                            << readData(QString::fromLatin1(file) + QStringLiteral(".tmx"));
    QTest::newRow("segments") << QStringLiteral("segments") << QByteArray(kSegments);
    QTest::newRow("inline") << QStringLiteral("inline") << QByteArray(kInline);
}

void TestTmx::readsUnitsAsRecorded()
{
    // Every field of every unit, as the reader gave them before it was made faster (2026-11-24):
    // tests/data/tmx/expected/NAME.units.txt. TESSERA_WRITE_EXPECTED=1 writes the files instead.
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QVERIFY(!data.isEmpty());
    auto read = TmxReader::readAll(data, name);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    const auto& summary = read->summary;
    QStringList lines{QStringLiteral("tus %1, units %2, skipped %3, srclang %4, tool %5 %6, version %7")
                          .arg(summary.translationUnits)
                          .arg(summary.units)
                          .arg(summary.skipped)
                          .arg(summary.header.srcLang, summary.header.creationTool, summary.header.creationToolVersion,
                               summary.header.version)};
    for (const TmxUnit& unit : read->units)
        lines << describeLine(unit);
    const QByteArray actual = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    const QString path = tessera::testsupport::testDataDir(QStringLiteral("tmx")) + QStringLiteral("expected/") + name +
                         QStringLiteral(".units.txt");
    QFile file(path);
    if (qEnvironmentVariableIntValue("TESSERA_WRITE_EXPECTED") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < qMin(expected.size(), got.size()); ++i)
        QCOMPARE(QString::fromUtf8(got[i]), QString::fromUtf8(expected[i]));
    QCOMPARE(got.size(), expected.size());
}

void TestTmx::readsOmegatInlineCodes()
{
    // OmegaT's level-2 export: its tags (<a0>, <s0>, <e1>) as nested <bpt>/<ept> pairs.
    const QString name = QStringLiteral("omegat-manual-level2.tmx");
    auto read = TmxReader::readAll(readData(name), name);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->summary.header.creationTool, QStringLiteral("OmegaT"));
    QCOMPARE(read->summary.header.srcLang, QStringLiteral("en-US"));
    QCOMPARE(read->summary.translationUnits, 227);
    QCOMPARE(read->units.size(), 227);
    QCOMPARE(read->summary.skipped, 0);
    int withCodes = 0;
    int pairs = 0;
    const TmxUnit* nested = nullptr;
    for (const TmxUnit& unit : read->units) {
        QCOMPARE(unit.unit.targetLanguage, QStringLiteral("de-DE"));
        QCOMPARE(unit.unit.source.count(QStringLiteral("<bpt ")), unit.unit.source.count(QStringLiteral("<ept ")));
        if (unit.unit.source.contains(QStringLiteral("<bpt ")))
            ++withCodes;
        pairs += int(unit.unit.source.count(QStringLiteral("<bpt ")));
        if (unit.unit.source.startsWith(QStringLiteral("non-greedy quantifiers")))
            nested = &unit;
    }
    QCOMPARE(withCodes, 30); // as Python's ElementTree counts them in the file
    QCOMPARE(pairs, 62);
    QVERIFY(nested);
    QVERIFY2(nested->unit.source.contains(QStringLiteral(
                 "For example, <bpt i=\"0\" x=\"0\">&lt;s0&gt;</bpt><bpt i=\"1\" x=\"1\">&lt;e1&gt;</bpt>a+?<ept "
                 "i=\"1\">&lt;/e1&gt;</ept><ept i=\"0\">&lt;/s0&gt;</ept> will match")),
             qPrintable(nested->unit.source));
}

void TestTmx::readsInlineCodesDatesAndProps()
{
    auto read = TmxReader::readAll(QByteArray(kInline), QStringLiteral("inline.tmx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->summary.header.srcLang, QStringLiteral("en-US"));
    QCOMPARE(read->summary.header.dataType, QStringLiteral("html"));
    QCOMPARE(read->summary.translationUnits, 3);
    QCOMPARE(read->summary.skipped, 1); // the <tu> without an en-US variant
    QCOMPARE(read->units.size(), 3);

    const TmxUnit& de = read->units[0];
    QCOMPARE(de.unit.id, QStringLiteral("t1"));
    QCOMPARE(de.unit.sourceLanguage, QStringLiteral("en-US"));
    QCOMPARE(de.unit.targetLanguage, QStringLiteral("de-DE"));
    QCOMPARE(de.unit.source,
             QStringLiteral("Click <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Open<ept i=\"1\">&lt;/b&gt;</ept> "
                            "& wait<ph x=\"2\" type=\"lb\"/>"));
    QCOMPARE(de.unit.target, QStringLiteral("Klicken Sie auf <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Öffnen<ept "
                                            "i=\"1\">&lt;/b&gt;</ept> & warten<ph x=\"2\" type=\"lb\"/>"));
    QCOMPARE(de.unit.contextKey, QStringLiteral("menu.file.open"));
    QCOMPARE(de.properties, (QList<TmxProperty>{{QStringLiteral("x-domain"), QStringLiteral("Software & IT")}}));
    QCOMPARE(de.notes, QStringList{QStringLiteral("checked by QA")});
    // The target <tuv>'s own creationid and creationdate win over the <tu>'s.
    QCOMPARE(de.unit.creator, QStringLiteral("carla"));
    QCOMPARE(de.unit.createdAt, utc(2023, 4, 16, 0, 0, 0));
    QCOMPARE(de.unit.changedAt, utc(2024, 1, 2, 3, 4, 5));
    QCOMPARE(de.changeId, QStringLiteral("ben"));
    QCOMPARE(de.lastUsedAt, utc(2024, 3, 1, 0, 0, 0));
    QCOMPARE(de.unit.usageCount, 7);

    const TmxUnit& fr = read->units[1];
    QCOMPARE(fr.unit.id, QStringLiteral("t1"));
    QCOMPARE(fr.unit.targetLanguage, QStringLiteral("fr-FR"));
    QCOMPARE(fr.unit.creator, QStringLiteral("anna"));
    QCOMPARE(fr.unit.createdAt, utc(2023, 4, 15, 10, 15, 30));
    QCOMPARE(fr.unit.target, QStringLiteral("Cliquez <hi type=\"b\">sur <sub>Ouvrir</sub></hi><it "
                                            "pos=\"begin\">&lt;i&gt;</it>x<ut>{\\b}</ut>"));

    // TMX 1.1 `lang`, a <tu> srclang, languages spelled canonically.
    const TmxUnit& old = read->units[2];
    QCOMPARE(old.unit.sourceLanguage, QStringLiteral("de-DE"));
    QCOMPARE(old.unit.targetLanguage, QStringLiteral("en-US"));
    QCOMPARE(old.unit.source, QStringLiteral("Alter Stil"));
    QCOMPARE(old.unit.target, QStringLiteral("Old style"));
    QVERIFY(old.unit.id.isEmpty());
}

void TestTmx::allMeansFirstVariant()
{
    const QByteArray data = R"(<tmx version="1.4"><header srclang="*all*" segtype="sentence" o-tmf="x" adminlang="en"
datatype="plaintext" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="fr"><seg>un</seg></tuv><tuv xml:lang="en"><seg>one</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>two</seg></tuv><tuv xml:lang="fr"><seg>deux</seg></tuv></tu>
</body></tmx>)";
    auto read = TmxReader::readAll(data, QStringLiteral("all.tmx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->units.size(), 2);
    QCOMPARE(read->units[0].unit.sourceLanguage, QStringLiteral("fr"));
    QCOMPARE(read->units[0].unit.target, QStringLiteral("one"));
    QCOMPARE(read->units[1].unit.sourceLanguage, QStringLiteral("en"));
    QCOMPARE(read->units[1].unit.target, QStringLiteral("deux"));
    // Written back with "*all*" in the header and each <tu>'s source language on the <tu>.
    auto written = TmxWriter::toBytes(read->summary.header, read->units);
    QVERIFY(written.has_value());
    QVERIFY(written->contains("srclang=\"*all*\""));
    auto again = TmxReader::readAll(*written, QStringLiteral("all.tmx"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    compareUnits(again->units, read->units);
}

void TestTmx::streamsFromDeviceAndStops()
{
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/tmx/gdk-pixbuf-de.tmx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList sources;
    auto summary = TmxReader::read(file, file.fileName(), [&sources](const TmxUnit& unit) {
        sources << unit.unit.source;
        return sources.size() < 5;
    });
    QVERIFY2(summary.has_value(), qPrintable(errorText(summary)));
    QVERIFY(summary->stopped);
    QCOMPARE(summary->units, 5);
    QCOMPARE(sources.size(), 5);
    auto all = TmxReader::readAll(readData(QStringLiteral("gdk-pixbuf-de.tmx")), QStringLiteral("x"));
    QVERIFY(all.has_value());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sources[i], all->units[i].unit.source);
}

void TestTmx::readsUtf16WithBom()
{
    const QByteArray utf8 = readData(QStringLiteral("tar-en-ja-pl.tmx"));
    auto expected = TmxReader::readAll(utf8, QStringLiteral("tar.tmx"));
    QVERIFY(expected.has_value());
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 =
        encoder.encode(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n") + QString::fromUtf8(utf8));
    auto read = TmxReader::readAll(utf16, QStringLiteral("tar16.tmx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    compareUnits(read->units, expected->units);
    const QByteArray bom8 = "\xEF\xBB\xBF" + utf8;
    auto withBom = TmxReader::readAll(bom8, QStringLiteral("tarbom.tmx"));
    QVERIFY2(withBom.has_value(), qPrintable(errorText(withBom)));
    compareUnits(withBom->units, expected->units);
}

void TestTmx::writeThenReadGivesSameUnits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("grep-cs") << readData(QStringLiteral("grep-cs.tmx"));
    QTest::newRow("gdk-pixbuf-de") << readData(QStringLiteral("gdk-pixbuf-de.tmx"));
    QTest::newRow("tar-en-ja-pl") << readData(QStringLiteral("tar-en-ja-pl.tmx"));
    QTest::newRow("omegat-manual-level2") << readData(QStringLiteral("omegat-manual-level2.tmx"));
    QTest::newRow("inline") << QByteArray(kInline);
}

void TestTmx::writeThenReadGivesSameUnits()
{
    QFETCH(QByteArray, data);
    auto read = TmxReader::readAll(data, QStringLiteral("in.tmx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QVERIFY(!read->units.isEmpty());
    auto written = TmxWriter::toBytes(TmxWriter::defaultHeader(read->summary.header.srcLang), read->units);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    auto again = TmxReader::readAll(*written, QStringLiteral("out.tmx"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    compareUnits(again->units, read->units);
    QCOMPARE(again->summary.header.creationTool, QStringLiteral("Tessera"));
}

void TestTmx::writesHeaderAndEscapes()
{
    TmxUnit entry;
    entry.unit.id = QStringLiteral("a\"b");
    entry.unit.sourceLanguage = QStringLiteral("en");
    entry.unit.targetLanguage = QStringLiteral("de");
    // Text that only looks like markup, or is not well-formed, is escaped; CR survives.
    entry.unit.source = QStringLiteral("a < b && <ph>x</ph> <b>bold</b> <ph x=\"1\">&</ph>\r\n");
    entry.unit.target = QStringLiteral("<ph>&lt;br/&gt;</ph> ]]> end");
    entry.unit.createdAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 999), QTimeZone::UTC);
    entry.unit.usageCount = 3;
    entry.unit.creator = QStringLiteral("me");
    auto written = TmxWriter::toBytes(TmxWriter::defaultHeader(QStringLiteral("en")), {entry});
    QVERIFY(written.has_value());
    QVERIFY2(written->contains("<header creationtool=\"Tessera\" creationtoolversion=\"1.0\" segtype=\"sentence\" "
                               "o-tmf=\"Tessera\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"),
             written->constData());
    QVERIFY(written->contains("<tu tuid=\"a&quot;b\" creationdate=\"20240229T235958Z\" creationid=\"me\" "
                              "usagecount=\"3\">"));
    QVERIFY(written->contains("<seg>a &lt; b &amp;&amp; <ph>x</ph> &lt;b&gt;bold&lt;/b&gt; &lt;ph "
                              "x=\"1\"&gt;&amp;&lt;/ph&gt;&#13;\n</seg>"));
    QVERIFY(written->contains("<seg><ph>&lt;br/&gt;</ph> ]]&gt; end</seg>"));
    auto again = TmxReader::readAll(*written, QStringLiteral("out.tmx"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    QCOMPARE(again->units.size(), 1);
    QCOMPARE(again->units[0].unit.source, entry.unit.source);
    QCOMPARE(again->units[0].unit.target, entry.unit.target);
    QCOMPARE(again->units[0].unit.id, entry.unit.id);
    QCOMPARE(again->units[0].unit.createdAt, utc(2024, 2, 29, 23, 59, 58));
}

void TestTmx::translateToolkitReadsOurOutput()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not in PATH");
    auto read = TmxReader::readAll(readData(QStringLiteral("tar-en-ja-pl.tmx")), QStringLiteral("tar.tmx"));
    QVERIFY(read.has_value());
    QList<TmxUnit> units = read->units;
    units[0].unit.target = QStringLiteral("Tom & Jerry <3 \"quoted\"");
    units[0].unit.createdAt = utc(2024, 5, 6, 7, 8, 9);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("ours.tmx")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    TmxWriter writer(out, TmxWriter::defaultHeader(QStringLiteral("en")));
    QVERIFY(writer.begin().has_value());
    for (const TmxUnit& unit : units)
        QVERIFY(writer.write(unit).has_value());
    QVERIFY(writer.finish().has_value());
    out.close();

    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import json, sys
try:
    from translate.storage import tmx
except ImportError:
    print("NO-TRANSLATE"); sys.exit(0)
f = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.getid(), u.source, u.target] for u in f.units]))
)"),
                           out.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QByteArray output = process.readAllStandardOutput();
    if (output.startsWith("NO-TRANSLATE"))
        QSKIP("translate-toolkit is not installed: our TMX was not checked by it");
    const QJsonArray theirs = QJsonDocument::fromJson(output).array();
    QCOMPARE(theirs.size(), units.size());
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonArray row = theirs[i].toArray();
        QCOMPARE(row[0].toString(), units[i].unit.id);
        QCOMPARE(row[1].toString(), units[i].unit.source);
        QCOMPARE(row[2].toString(), units[i].unit.target);
    }
}

void TestTmx::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n";
    QTest::newRow("malformed") << head + "<tu><tuv xml:lang=\"de\"><seg>a</tuv></tu>\n</body></tmx>" << 4 << 30
                               << "the end tag </tuv> does not match the start tag <seg>";
    QTest::newRow("missing srclang") << QByteArray("<tmx version=\"1.4\">\n  <header creationtool=\"x\"/>\n</tmx>") << 2
                                     << 29 << "no srclang";
    QTest::newRow("tuv without lang") << head + "<tu>\n  <tuv><seg>a</seg></tuv></tu></body></tmx>" << 5 << 8
                                      << "no xml:lang";
    QTest::newRow("entity bomb") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                                               " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                                               "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv "
                                               "xml:lang=\"en\"><seg>&b;</seg></tuv></tu></body></tmx>")
                                 << 3 << 2 << "entity declarations are refused";
    QTest::newRow("truncated") << head + "<tu><tuv xml:lang=\"en\"><seg>cut he" << 4 << 35 << "ends early";
    QTest::newRow("not tmx") << QByteArray("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>") << 2 << 23
                             << "not a TMX file";
    QTest::newRow("latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx/>") << 1 << 1
                             << "unsupported encoding";
    QTest::newRow("bad utf-8") << head + "<tu><tuv xml:lang=\"en\"><seg>caf\xE9 </seg></tuv></tu></body></tmx>" << 4
                               << 32 << "not valid UTF-8";
    QTest::newRow("bad date") << head + "<tu creationdate=\"yesterday\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>"
                              << 4 << 30 << "is not a TMX date";
    QTest::newRow("bad usagecount") << head + "<tu usagecount=\"-3\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>" << 4
                                    << 21 << "not a count";
    QTest::newRow("NUL in a seg") << QByteArray("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n") + head +
                                         QByteArray("<tu><tuv xml:lang=\"en\"><seg>a&lt\0\0;b</seg></tuv></tu>", 53)
                                  << 5 << 33 << "control character U+0000 is not allowed in XML";
    QTest::newRow("unquoted attribute") << head + "<tu tuid=7><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>" << 4 << 10
                                        << "the value of attribute \"tuid\" must be in quotes";
    QTest::newRow("end tag without start") << head + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n</tu>" << 5 << 1
                                           << "the end tag </tu> does not match the start tag <body>";
    QTest::newRow("undeclared prefix") << head + "<tu>\n  <x:prop/></tu></body></tmx>" << 5 << 4
                                       << "the namespace prefix \"x\" is not declared";
    QTest::newRow("no header") << QByteArray("<tmx version=\"1.4\">\n<body/></tmx>") << 2 << 8 << "no <header>";
    QTest::newRow("empty") << QByteArray() << 1 << 1 << "";
}

void TestTmx::rejectsBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    int units = 0;
    auto result = TmxReader::read(data, QStringLiteral("bad.tmx"), [&units](const TmxUnit&) {
        ++units;
        return true;
    });
    QVERIFY2(!result.has_value(), "a bad file was read without error");
    const auto& error = result.error();
    QCOMPARE(error.file, QStringLiteral("bad.tmx"));
    QCOMPARE(error.line, line);
    if (column > 0)
        QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.describe()));
    QCOMPARE(units, 0);
}

QTEST_GUILESS_MAIN(TestTmx)
#include "TestTmx.moc"
