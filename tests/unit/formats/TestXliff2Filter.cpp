// Tests the XLIFF 2 filter: reading real files and core features (segments, ignorables, states,
// notes, inline codes, candidates), byte-exact round trips, spliced edits, target insertion, plural
// groups, create(), and clear errors for broken files.

#include <QDir>
#include <QFile>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/Xliff12Filter.h"
#include "formats/Xliff2Filter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::Xliff12Filter;
using tessera::formats::Xliff2Filter;

using tessera::testsupport::errorText;

namespace {

QString dataDir()
{
    return tessera::testsupport::testDataDir(QStringLiteral("xliff"));
}

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("xliff"), name);
}

QStringList xliff2Files()
{
    QStringList files;
    const QDir dir(dataDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.xlf"), QStringLiteral("*.xliff")}, QDir::Files)) {
        if (Xliff12Filter::xliffVersion(readData(name).left(4096)) == 2)
            files.append(name);
    }
    return files;
}

// Core features in one file: two files, groups, a unit with two segments and an ignorable, states,
// notes, inline codes with originalData, candidates, translate="no".
const QByteArray coreSample = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
       xmlns:x="urn:example:extension" version="2.1" srcLang="en-US" trgLang="de-DE">
  <file id="f1" original="ui.html">
    <notes><note>file note, not a segment note</note></notes>
    <group id="g1" name="dialog">
      <unit id="u1" name="welcome" x:custom="kept">
        <notes>
          <note category="description">Shown once</note>
          <note category="location">src/app.html:12</note>
          <note category="meaning" appliesTo="source">greeting</note>
        </notes>
        <mtc:matches>
          <mtc:match ref="#s2" matchQuality="87.5" origin="project-tm"><source>Bye now.</source><target>Tschüss.</target></mtc:match>
          <mtc:match ref="#s1" type="mt" origin="engine"><source>Hello <pc id="1">world</pc>.</source><target>Hallo <pc id="1">Welt</pc>.</target></mtc:match>
        </mtc:matches>
        <originalData>
          <data id="d1">&lt;br/&gt;</data>
        </originalData>
        <segment id="s1" state="translated" subState="x:checked">
          <source>Hello <pc id="1" dataRefStart="d1">world</pc> &amp; <ph id="2" dataRef="d1"/>.</source>
          <target>Hallo <pc id="1" dataRefStart="d1">Welt</pc> &amp; <ph id="2" dataRef="d1"/>.</target>
        </segment>
        <ignorable>
          <source> </source>
        </ignorable>
        <segment id="s2" state="initial">
          <source>Bye.</source>
        </segment>
      </unit>
      <unit id="u2" translate="no">
        <segment state="final">
          <source><sc id="1"/>Tessera<ec startRef="1"/> <mrk id="m1" translate="no">2.0</mrk></source>
          <target><sc id="1"/>Tessera<ec startRef="1"/> <mrk id="m1" translate="no">2.0</mrk></target>
        </segment>
      </unit>
    </group>
  </file>
  <file id="f2">
    <unit id="u1">
      <segment state="reviewed"><source>Save</source><target>Speichern</target></segment>
    </unit>
    <unit id="u3">
      <segment><source>Open</source><target>Öffnen</target></segment>
      <segment><source>Close</source><target/></segment>
    </unit>
  </file>
</xliff>
)";

QString key(const QString& file, const QString& unit)
{
    return file + QChar(0x0004) + unit;
}

} // namespace

class TestXliff2Filter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles();
    void readsCoreFeatures();
    void readsAngularExtraction();
    void exportNamesTheTargetLanguage();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void editsSpliceOnlyTargets();
    void editsUtf16();
    void insertsMissingTarget();
    void writesStates();
    void badTargetNamesSegment();
    void pluralGroups();
    void createThenRead_data();
    void createThenRead();
    void malformed_data();
    void malformed();
    void registryDetects();
};

void TestXliff2Filter::readsRealFiles()
{
    Xliff2Filter filter;
    auto fr = filter.read(readData(QStringLiteral("xliff2-ngx-translation-io-fr.xlf")),
                          QStringLiteral("xliff2-ngx-translation-io-fr.xlf"));
    QVERIFY2(fr.has_value(), qPrintable(errorText(fr)));
    QCOMPARE(fr->format, QStringLiteral("xliff2"));
    QCOMPARE(fr->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(fr->targetLanguage, QString());
    QCOMPARE(fr->segments.size(), 13); // 13 units, one segment each
    const Segment& header = fr->segments[0];
    QCOMPARE(header.key, QStringLiteral("introductionHeader"));
    QCOMPARE(header.source, QStringLiteral(" Hello i18n! "));
    QCOMPARE(header.targets, QStringList{QStringLiteral(" Bonjour i18n ! ")});
    QCOMPARE(header.state, SegmentState::Translated); // no state, a target
    QCOMPARE(header.context.note, QStringLiteral("An introduction header for this sample\nUser welcome"));
    const Segment& icu = fr->segments[2];
    QCOMPARE(icu.key, QStringLiteral("4606963464835766483"));
    QCOMPARE(icu.source,
             QStringLiteral("Updated \n          <ph id=\"ICU\" equiv-text=\"{minutes, plural, =0 {just now} "
                            "=1 {one minute ago} other {{{minutes}} minutes ago}}\" "
                            "xid=\"1887283401472369100\"/>\n        "));
    for (const Segment& s : fr->segments)
        QVERIFY(s.state == SegmentState::Translated);

    auto source = filter.read(readData(QStringLiteral("xliff2-ngx-translation-io.xlf")),
                              QStringLiteral("xliff2-ngx-translation-io.xlf"));
    QVERIFY2(source.has_value(), qPrintable(errorText(source)));
    QCOMPARE(source->sourceLanguage, QStringLiteral("en-US"));
    QCOMPARE(source->segments.size(), 13);
    for (const Segment& s : source->segments) {
        QCOMPARE(s.state, SegmentState::New);
        QCOMPARE(s.targets, QStringList{QString()});
    }
}

void TestXliff2Filter::readsAngularExtraction()
{
    const QString name = QStringLiteral("xliff2-ng-bootstrap.xlf");
    auto read = Xliff2Filter().read(readData(name), name);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(read->targetLanguage, QString());
    QCOMPARE(read->segments.size(), 31);
    const Segment& close = read->segments[0];
    QCOMPARE(close.key, QStringLiteral("ngb.alert.close"));
    QCOMPARE(close.source, QStringLiteral("Close"));
    QCOMPARE(close.state, SegmentState::New);
    QCOMPARE(close.context.locations, (QStringList{QStringLiteral("ng-bootstrap/template-1.html:7"),
                                                   QStringLiteral("ng-bootstrap/template-2.html:7")}));
    const Segment& slide = read->segments[1];
    QCOMPARE(slide.key, QStringLiteral("ngb.carousel.slide-number"));
    QCOMPARE(slide.context.note, QStringLiteral("Currently selected slide number read by screen reader"));
    QCOMPARE(slide.source,
             QStringLiteral("\n\t\t\t\t\t\tSlide <ph id=\"0\" equiv=\"INTERPOLATION\" disp=\"{{ i + 1 }}\"/> of "
                            "<ph id=\"1\" equiv=\"INTERPOLATION_1\" disp=\"{{ c }}\"/>\n\t\t\t\t\t"));
}

void TestXliff2Filter::exportNamesTheTargetLanguage()
{
    // Angular writes no trgLang; a file with targets must have one, so export adds the document's.
    const QString name = QStringLiteral("xliff2-ng-bootstrap.xlf");
    const QByteArray original = readData(name);
    auto read = Xliff2Filter().read(original, name);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QList<Segment> segments = read->segments;
    QCOMPARE(*Xliff2Filter().writeDocument(original, segments, name, QStringLiteral("de")), original); // no edit
    segments[0].targets = {QStringLiteral("Schließen")};
    segments[0].state = SegmentState::Translated;
    segments[1].targets = {QStringLiteral("Folie <ph id=\"0\" equiv=\"INTERPOLATION\" disp=\"{{ i + 1 }}\"/> von "
                                          "<ph id=\"1\" equiv=\"INTERPOLATION_1\" disp=\"{{ c }}\"/>")};
    segments[1].state = SegmentState::Translated;
    auto written = Xliff2Filter().writeDocument(original, segments, name, QStringLiteral("de"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(written->startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<xliff version=\"2.0\" "
                                "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"de\">\n"));
    auto back = Xliff2Filter().read(*written, name);
    QVERIFY2(back.has_value(), qPrintable(errorText(back)));
    QCOMPARE(back->targetLanguage, QStringLiteral("de"));
    QCOMPARE(back->segments[0].targets, segments[0].targets);
    QCOMPARE(back->segments[1].targets, segments[1].targets);
    QCOMPARE(back->segments[2].targets, QStringList{QString()});
    // A file that names the document's language, or a broader or narrower form of it, keeps it.
    segments[2].targets = {QStringLiteral("Zurück")};
    auto again = Xliff2Filter().writeDocument(*written, segments, name, QStringLiteral("de-AT"));
    QVERIFY(again.has_value());
    QVERIFY(again->contains("<target>Zurück</target>"));
    QCOMPARE(again->count("trgLang="), 1);
    QVERIFY(again->contains("trgLang=\"de\""));
    // Another language's file started as this document (its targets left out at import) says the
    // document's language once written: a French catalog must not claim to be German.
    QList<Segment> french = back->segments;
    for (Segment& segment : french)
        segment.targets = {QString()};
    french[0].targets = {QStringLiteral("Fermer")};
    auto frenchFile = Xliff2Filter().writeDocument(*written, french, name, QStringLiteral("fr"));
    QVERIFY2(frenchFile.has_value(), qPrintable(errorText(frenchFile)));
    QCOMPARE(frenchFile->count("trgLang="), 1);
    QVERIFY(frenchFile->contains("trgLang=\"fr\""));
    QCOMPARE(Xliff2Filter().read(*frenchFile, name)->targetLanguage, QStringLiteral("fr"));
}

void TestXliff2Filter::readsCoreFeatures()
{
    auto document = Xliff2Filter().read(coreSample, QStringLiteral("core.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en-US"));
    QCOMPARE(document->targetLanguage, QStringLiteral("de-DE"));
    QStringList keys;
    for (const Segment& s : document->segments)
        keys.append(s.key);
    QCOMPARE(keys, (QStringList{key("f1", "welcome#s1"), key("f1", "welcome#s2"), key("f1", "u2"), key("f2", "u1"),
                                key("f2", "u3#1"), key("f2", "u3#2")}));
    const Segment& hello = document->segments[0];
    QCOMPARE(hello.source,
             QStringLiteral("Hello <pc id=\"1\" dataRefStart=\"d1\">world</pc> & <ph id=\"2\" dataRef=\"d1\"/>."));
    QCOMPARE(hello.targets,
             QStringList{QStringLiteral("Hallo <pc id=\"1\" dataRefStart=\"d1\">Welt</pc> & <ph id=\"2\" "
                                        "dataRef=\"d1\"/>.")});
    QCOMPARE(hello.state, SegmentState::Translated);
    QCOMPARE(hello.context.note, QStringLiteral("Shown once\nmeaning: greeting"));
    QCOMPARE(hello.context.locations, QStringList{QStringLiteral("src/app.html:12")});
    QVERIFY(!hello.flags.testFlag(SegmentFlag::Locked));
    const Segment& bye = document->segments[1];
    QCOMPARE(bye.source, QStringLiteral("Bye."));
    QCOMPARE(bye.targets, QStringList{QString()});
    QCOMPARE(bye.state, SegmentState::New);
    QCOMPARE(bye.context.note, hello.context.note); // the unit's notes
    const Segment& tessera = document->segments[2];
    QCOMPARE(tessera.source, QStringLiteral("<sc id=\"1\"/>Tessera<ec startRef=\"1\"/> <mrk id=\"m1\" "
                                            "translate=\"no\">2.0</mrk>"));
    QCOMPARE(tessera.state, SegmentState::Approved);
    QVERIFY(tessera.flags.testFlag(SegmentFlag::Locked));
    QCOMPARE(document->segments[3].state, SegmentState::Reviewed);
    QCOMPARE(document->segments[4].state, SegmentState::Translated);
    QCOMPARE(document->segments[5].state, SegmentState::New);

    QCOMPARE(document->candidates.size(), 2);
    const auto& tm = document->candidates[0];
    QCOMPARE(tm.segmentKey, key("f1", "welcome#s2"));
    QCOMPARE(tm.source, QStringLiteral("Bye now."));
    QCOMPARE(tm.target, QStringLiteral("Tschüss."));
    QCOMPARE(tm.quality, 88);
    QCOMPARE(tm.origin, QStringLiteral("project-tm"));
    QVERIFY(!tm.machine);
    const auto& mt = document->candidates[1];
    QCOMPARE(mt.segmentKey, key("f1", "welcome#s1"));
    QCOMPARE(mt.target, QStringLiteral("Hallo <pc id=\"1\">Welt</pc>."));
    QVERIFY(mt.machine);
    QCOMPARE(mt.quality, -1);
}

void TestXliff2Filter::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("data");
    const QStringList files = xliff2Files();
    QVERIFY(files.size() >= 2);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << readData(file);
    QTest::newRow("core sample") << coreSample;
    QByteArray crlf = coreSample;
    crlf.replace("\n", "\r\n");
    QTest::newRow("core sample, BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + crlf;
    QString utf16 = QString::fromUtf8(coreSample);
    utf16.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QTest::newRow("core sample, UTF-16LE with BOM")
        << QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
}

void TestXliff2Filter::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, data);
    Xliff2Filter filter;
    auto document = filter.read(data, QStringLiteral("file.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    auto written = filter.write(data, document->segments, QStringLiteral("file.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestXliff2Filter::editsUtf16()
{
    QString text = QString::fromUtf8(coreSample);
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    const QByteArray data =
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    Xliff2Filter filter;
    auto document = filter.read(data, QStringLiteral("utf16.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments[3].targets, QStringList{QStringLiteral("Speichern")});
    QList<Segment> segments = document->segments;
    segments[3].targets = {QStringLiteral("Sichern")};
    auto written = filter.write(data, segments, QStringLiteral("utf16.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    text.replace(QStringLiteral("<target>Speichern</target>"), QStringLiteral("<target>Sichern</target>"));
    QCOMPARE(*written,
             QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
}

void TestXliff2Filter::editsSpliceOnlyTargets()
{
    QByteArray data = coreSample;
    data.replace("\n", "\r\n");
    data.prepend("\xEF\xBB\xBF");
    Xliff2Filter filter;
    auto document = filter.read(data, QStringLiteral("core.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[0].targets = {
        QStringLiteral("Servus <pc id=\"1\" dataRefStart=\"d1\">Welt</pc> <&> <ph id=\"2\" dataRef=\"d1\"/>")};
    segments[4].targets = {QStringLiteral("Aufmachen")};
    segments[5].targets = {QStringLiteral("Schließen")}; // <target/>
    segments[5].state = SegmentState::Translated;
    auto written = filter.write(data, segments, QStringLiteral("core.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QByteArray expected = data;
    expected.replace(
        "<target>Hallo <pc id=\"1\" dataRefStart=\"d1\">Welt</pc> &amp; <ph id=\"2\" dataRef=\"d1\"/>.</target>",
        "<target>Servus <pc id=\"1\" dataRefStart=\"d1\">Welt</pc> &lt;&amp;&gt; <ph id=\"2\" "
        "dataRef=\"d1\"/></target>");
    expected.replace("<target>Öffnen</target>", "<target>Aufmachen</target>");
    expected.replace("<segment><source>Close</source><target/></segment>",
                     "<segment state=\"translated\"><source>Close</source><target>Schließen</target></segment>");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    auto reread = filter.read(*written, QStringLiteral("core.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QCOMPARE(reread->segments[i].targets, segments[i].targets);
        QCOMPARE(reread->segments[i].state, segments[i].state);
    }
}

void TestXliff2Filter::insertsMissingTarget()
{
    const QByteArray data = readData(QStringLiteral("xliff2-ngx-translation-io.xlf"));
    Xliff2Filter filter;
    auto document = filter.read(data, QStringLiteral("messages.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("Logo d'Angular")};
    segments[1].state = SegmentState::Translated;
    auto written = filter.write(data, segments, QStringLiteral("messages.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QByteArray expected = data;
    expected.replace("      <segment>\n        <source>Angular logo</source>\n",
                     "      <segment state=\"translated\">\n        <source>Angular logo</source>\n"
                     "        <target>Logo d'Angular</target>\n");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    auto reread = filter.read(*written, QStringLiteral("messages.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments[1].targets, segments[1].targets);
    QCOMPARE(reread->segments[1].state, SegmentState::Translated);
    QCOMPARE(reread->segments[2].state, SegmentState::New);
}

void TestXliff2Filter::writesStates()
{
    Xliff2Filter filter;
    auto document = filter.read(coreSample, QStringLiteral("core.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    const QList<SegmentState> states = {SegmentState::Approved, SegmentState::New,      SegmentState::Reviewed,
                                        SegmentState::Draft,    SegmentState::Approved, SegmentState::New};
    QList<Segment> segments = document->segments;
    for (qsizetype i = 0; i < segments.size(); ++i)
        segments[i].state = states[i];
    auto written = filter.write(coreSample, segments, QStringLiteral("core.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    // subState stays; only the state attribute changes.
    QVERIFY(written->contains("<segment id=\"s1\" state=\"final\" subState=\"x:checked\">"));
    QVERIFY(written->contains("<segment id=\"s2\" state=\"initial\">")); // unchanged
    QVERIFY(written->contains("<segment state=\"reviewed\">\n          <source><sc id=\"1\"/>Tessera"));
    QVERIFY(written->contains("<segment state=\"initial\"><source>Save</source>"));
    QVERIFY(written->contains("<segment state=\"final\"><source>Open</source>"));
    QVERIFY(written->contains("<segment><source>Close</source><target/></segment>"));
    QCOMPARE(written->size(), coreSample.size() - 5 /* translated → final */ + 3 /* final → reviewed */ -
                                  1 /* reviewed → initial */ + QByteArray(" state=\"final\"").size());
    auto reread = filter.read(*written, QStringLiteral("core.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    for (qsizetype i = 0; i < segments.size(); ++i)
        QCOMPARE(reread->segments[i].state, states[i]);
}

void TestXliff2Filter::badTargetNamesSegment()
{
    Xliff2Filter filter;
    auto document = filter.read(coreSample, QStringLiteral("core.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    for (const QString& bad : {QStringLiteral("Hallo <pc id=\"1\">Welt"), QStringLiteral("Hallo </mrk>"),
                               QStringLiteral("<ph id=\"1\" dataRef=\"d1\"></pc>"), QStringLiteral("\x02")}) {
        QList<Segment> segments = document->segments;
        segments[0].targets = {bad};
        auto written = filter.write(coreSample, segments, QStringLiteral("core.xlf"));
        QVERIFY2(!written.has_value(), qPrintable(bad));
        QCOMPARE(written.error().field, key("f1", "welcome#s1"));
        QCOMPARE(written.error().line, 20); // the <segment>
        QCOMPARE(written.error().column, 9);
    }
}

void TestXliff2Filter::pluralGroups()
{
    ParsedDocument document;
    document.format = QStringLiteral("po");
    document.sourceLanguage = QStringLiteral("en");
    document.targetLanguage = QStringLiteral("ru");
    Segment plural;
    plural.key = QStringLiteral("%d file");
    plural.order = 1;
    plural.source = QStringLiteral("%d file");
    plural.sourcePlural = QStringLiteral("%d files");
    plural.targets = {QStringLiteral("%d файл"), QStringLiteral("%d файла"), QStringLiteral("%d файлов")};
    plural.state = SegmentState::Translated;
    plural.context.note = QStringLiteral("count of files");
    plural.context.locations = {QStringLiteral("src/main.c:10")};
    document.segments.append(plural);
    Xliff2Filter filter;
    auto created = filter.create(document, QStringLiteral("ru.xlf"));
    QVERIFY2(created.has_value(), qPrintable(errorText(created)));
    QVERIFY(created->contains("<group id=\"g1\" name=\"%d file\" type=\"x-gettext:plurals\">"));
    QCOMPARE(created->count("<unit "), 3);
    auto reread = filter.read(*created, QStringLiteral("ru.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->pluralForms, 3);
    QCOMPARE(reread->segments.size(), 1);
    const Segment& got = reread->segments[0];
    QCOMPARE(got.key, plural.key);
    QCOMPARE(got.source, plural.source);
    QCOMPARE(got.sourcePlural, plural.sourcePlural);
    QCOMPARE(got.targets, plural.targets);
    QCOMPARE(got.state, plural.state);
    QCOMPARE(got.context, plural.context);

    // Editing one form splices that form's target only; a fourth form is an error.
    QList<Segment> segments = reread->segments;
    segments[0].targets[1] = QStringLiteral("%d файла!");
    auto written = filter.write(*created, segments, QStringLiteral("ru.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QByteArray expected = *created;
    expected.replace("<target>%d файла</target>", "<target>%d файла!</target>");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    segments[0].targets.append(QStringLiteral("extra"));
    auto tooMany = filter.write(*created, segments, QStringLiteral("ru.xlf"));
    QVERIFY(!tooMany.has_value());
    QCOMPARE(tooMany.error().field, plural.key);
}

void TestXliff2Filter::createThenRead_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("fromXliff2");
    for (const QString& file : xliff2Files())
        QTest::newRow(qPrintable(file)) << readData(file) << true;
    QTest::newRow("core sample") << coreSample << true;
    // PO → XLIFF 2 as convert does it: a real po2xliff file read by the 1.2 filter.
    QTest::newRow("apt-ru.xlf (1.2)") << readData(QStringLiteral("apt-ru.xlf")) << false;
    QTest::newRow("tessera_fr-new.xlf (1.2)") << readData(QStringLiteral("tessera_fr-new.xlf")) << false;
}

void TestXliff2Filter::createThenRead()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, fromXliff2);
    auto read = fromXliff2 ? Xliff2Filter().read(data, QStringLiteral("in.xlf"))
                           : Xliff12Filter().read(data, QStringLiteral("in.xlf"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    ParsedDocument document = *read;
    document.segments[0].context.maxLength = 40;
    Xliff2Filter filter;
    auto created = filter.create(document, QStringLiteral("out.xlf"));
    QVERIFY2(created.has_value(), qPrintable(errorText(created)));
    QCOMPARE(filter.detect(QStringLiteral("out.xlf"), created->left(4096)), 100);
    auto reread = filter.read(*created, QStringLiteral("out.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->targetLanguage, document.targetLanguage);
    QCOMPARE(reread->segments.size(), document.segments.size());
    for (qsizetype i = 0; i < document.segments.size(); ++i) {
        const Segment& want = document.segments[i];
        const Segment& got = reread->segments[i];
        if (!want.key.contains(QChar(0x0004)))
            QCOMPARE(got.key, want.key);
        QCOMPARE(got.source, want.source);
        QCOMPARE(got.sourcePlural, want.sourcePlural);
        QCOMPARE(got.targets, want.targets);
        QCOMPARE(got.state, want.state);
        QCOMPARE(got.context, want.context);
        QCOMPARE(got.flags, want.flags);
    }
    auto same = filter.write(*created, reread->segments, QStringLiteral("out.xlf"));
    QVERIFY(same.has_value() && *same == *created);
}

void TestXliff2Filter::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n"
                            "<file id=\"f\">\n";
    const QByteArray tail = "</file>\n</xliff>\n";
    QTest::newRow("mismatched tag") << head + "<unit id=\"1\"><segment><source>a</target></segment></unit>\n" + tail
                                    << 4 << 32 << QStringLiteral("does not match the start tag <source>");
    QTest::newRow("entity bomb")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
                      "<file id=\"f\"><unit id=\"1\"><segment><source>&b;</source></segment></unit></file></xliff>\n")
        << 3 << 1 << QStringLiteral("entity declarations");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n\n  <TS version=\"2.1\"></TS>\n") << 3 << 3
                                << QStringLiteral("root element is <TS>");
    QTest::newRow("xliff 1.2") << QByteArray("<xliff version=\"1.2\" "
                                             "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"></xliff>")
                               << 1 << 1 << QStringLiteral("XLIFF 1.2 file");
    QTest::newRow("no namespace") << QByteArray("<xliff version=\"2.0\" srcLang=\"en\"></xliff>") << 1 << 1
                                  << QStringLiteral("needs the namespace");
    QTest::newRow("duplicate ids") << head +
                                          "<unit id=\"1\"><segment><source>a</source></segment></unit>\n"
                                          "<unit id=\"1\">\n  <segment><source>b</source></segment></unit>\n" +
                                          tail
                                   << 6 << 3 << QStringLiteral("duplicate key \"1\"");
    QTest::newRow("truncated") << head + "<unit id=\"1\"><segment><source>a</sou" << 4 << 37
                               << QStringLiteral("the file ends inside the end tag </sou>");
    QTest::newRow("utf-16 declared, utf-8 bytes") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<xliff/>")
                                                  << 1 << 1 << QStringLiteral("unsupported encoding");
    QTest::newRow("no source") << head + "<unit id=\"1\"><segment><target>a</target></segment></unit>\n" + tail << 4
                               << 14 << QStringLiteral("without <source>");
    QTest::newRow("unit without id") << head + "<unit><segment><source>a</source></segment></unit>\n" + tail << 4 << 1
                                     << QStringLiteral("without id");
    QByteArray deep = head;
    for (int i = 0; i < 300; ++i)
        deep += "<group id=\"g\">";
    QTest::newRow("absurd nesting") << deep << 4 << 3557 << QStringLiteral("nested more than 256");
}

void TestXliff2Filter::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto document = Xliff2Filter().read(data, QStringLiteral("bad.xlf"));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().file, QStringLiteral("bad.xlf"));
    QVERIFY2(document.error().message.contains(message, Qt::CaseInsensitive), qPrintable(document.error().message));
    QCOMPARE(document.error().line, line);
    QCOMPARE(document.error().column, column);
    QVERIFY(!Xliff2Filter().write(data, {}, QStringLiteral("bad.xlf")).has_value());
}

void TestXliff2Filter::registryDetects()
{
    FilterRegistry registry;
    for (const QString& file : xliff2Files()) {
        const QByteArray head = readData(file).left(4096);
        const auto* filter = registry.detect(file, head);
        QVERIFY(filter);
        QCOMPARE(filter->id(), QStringLiteral("xliff2"));
    }
    const auto* core = registry.detect(QStringLiteral("core.xliff"), coreSample.left(4096));
    QVERIFY(core);
    QCOMPARE(core->id(), QStringLiteral("xliff2"));
    QVERIFY(registry.byId(QStringLiteral("xliff2")));
    const auto* old = registry.detect(QStringLiteral("apt-ru.xlf"), readData(QStringLiteral("apt-ru.xlf")).left(4096));
    QVERIFY(old);
    QCOMPARE(old->id(), QStringLiteral("xliff12"));
    QCOMPARE(Xliff2Filter().detect(QStringLiteral("apt-ru.xlf"), readData(QStringLiteral("apt-ru.xlf")).left(4096)), 0);
}

QTEST_GUILESS_MAIN(TestXliff2Filter)
#include "TestXliff2Filter.moc"
