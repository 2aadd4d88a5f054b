// Tests the TBX reader and writer: real translate-toolkit glossaries (csv2tbx of Debian catalogs),
// TBX-Basic 2008 and TBX 2019 DCA/DCT samples, status mapping, write → read equality in v2 and v3,
// translate-toolkit reading our v2 output, and clear errors for bad files.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/TbxReader.h"
#include "formats/TbxWriter.h"

using tessera::domain::Concept;
using tessera::domain::Term;
using tessera::domain::TermStatus;
using tessera::formats::TbxFile;
using tessera::formats::TbxReader;
using tessera::formats::TbxWriter;

class TestTbx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles_data();
    void readsRealFiles();
    void readsBasicV2();
    void readsV3DcaAndDct();
    void readsRealV3Files();
    void mapsStatuses();
    void writeThenReadGivesSameConcepts_data();
    void writeThenReadGivesSameConcepts();
    void translateToolkitReadsOurV2();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("tbx"), name);
}

QString describe(const Concept& c)
{
    QStringList parts{c.id, c.definition, c.note};
    for (const Term& t : c.terms)
        parts << QStringList{t.id,
                             t.language,
                             t.text,
                             tessera::domain::termStatusName(t.status),
                             t.caseSensitive ? QStringLiteral("cs") : QStringLiteral("ci"),
                             t.partOfSpeech,
                             t.note}
                     .join(u'/');
    return parts.join(QStringLiteral(" ¦ "));
}

void compareConcepts(const QList<Concept>& actual, const QList<Concept>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(describe(actual[i]), describe(expected[i]));
}

// TBX-Basic 2008 as its specification's sample lays it out: ntig/termGrp, descripGrp, transacGrp.
const char* const kBasicV2 = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>sample</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>
  <text><body>
    <termEntry id="c5">
      <descripGrp><descrip type="definition">A device that prints &amp; copies.</descrip>
        <admin type="source">ISO</admin></descripGrp>
      <note>Office equipment</note>
      <langSet xml:lang="en-US">
        <ntig id="t1">
          <termGrp><term>printer</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp>
          <transacGrp><transac type="transactionType">origination</transac><date>2008-01-01</date></transacGrp>
          <note>the usual word</note>
        </ntig>
        <tig><term id="t2">laser printer</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="de_DE">
        <tig><term>Drucker</term><termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Printer</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Druckmaschine</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
)";

// TBX 2019 TBX-Basic, DCA style.
const char* const kBasicV3Dca = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>sample</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en">
        <descrip type="definition">The part of a file that is translated.</descrip>
        <termSec><term>segment</term><termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="fr">
        <termSec><term>segment</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          <note>m.</note></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
)";

// TBX 2019 TBX-Basic, DCT style: data categories as elements of the basic namespace.
const char* const kBasicV3Dct = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>sample</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c2">
      <basic:definition>Memory of earlier translations.</basic:definition>
      <note>TM</note>
      <langSec xml:lang="en">
        <termSec><term>translation memory</term><basic:partOfSpeech>noun</basic:partOfSpeech>
          <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
      <langSec xml:lang="de">
        <termSec><term>Übersetzungsspeicher</term>
          <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
)";

} // namespace

void TestTbx::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("concepts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("gdk-pixbuf-de") << "gdk-pixbuf-de.tbx" << 36 << "Colorspace" << "Colorspace" << "Farbraum";
    QTest::newRow("glib20-de") << "glib20-de.tbx" << 120 << "ACTION" << "ACTION" << "AKTION";
}

void TestTbx::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, concepts);
    QFETCH(QString, id);
    QFETCH(QString, source);
    QFETCH(QString, target);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    auto read = TbxReader::read(data, file);
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->version, 2);
    QCOMPARE(read->dialect, QStringLiteral("TBX"));
    QCOMPARE(read->language, QStringLiteral("en"));
    QCOMPARE(read->concepts.size(), concepts);
    for (const Concept& c : read->concepts) {
        QCOMPARE(c.terms.size(), 2);
        QCOMPARE(c.terms[0].language, QStringLiteral("en"));
        QCOMPARE(c.terms[1].language, QStringLiteral("xx")); // csv2tbx does not know the target language
        QCOMPARE(c.id, c.terms[0].text);                     // csv2tbx's id is the source term
        QCOMPARE(c.terms[0].status, TermStatus::Preferred);
    }
    const auto found =
        std::find_if(read->concepts.begin(), read->concepts.end(), [&id](const Concept& c) { return c.id == id; });
    QVERIFY(found != read->concepts.end());
    QCOMPARE(found->terms[0].text, source);
    QCOMPARE(found->terms[1].text, target);
}

void TestTbx::readsBasicV2()
{
    auto read = TbxReader::read(QByteArray(kBasicV2), QStringLiteral("basic.tbx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QCOMPARE(read->version, 2);
    QCOMPARE(read->dialect, QStringLiteral("TBX-Basic"));
    QCOMPARE(read->language, QStringLiteral("en-US"));
    QCOMPARE(read->concepts.size(), 1);
    const Concept& c = read->concepts[0];
    QCOMPARE(c.id, QStringLiteral("c5"));
    QCOMPARE(c.definition, QStringLiteral("A device that prints & copies."));
    QCOMPARE(c.note, QStringLiteral("Office equipment"));
    QCOMPARE(c.terms.size(), 5);
    QCOMPARE(c.terms[0].id, QStringLiteral("t1"));
    QCOMPARE(c.terms[0].language, QStringLiteral("en-US"));
    QCOMPARE(c.terms[0].text, QStringLiteral("printer"));
    QCOMPARE(c.terms[0].partOfSpeech, QStringLiteral("noun"));
    QCOMPARE(c.terms[0].status, TermStatus::Preferred);
    QCOMPARE(c.terms[0].note, QStringLiteral("the usual word"));
    QCOMPARE(c.terms[1].id, QStringLiteral("t2"));
    QCOMPARE(c.terms[1].status, TermStatus::Admitted);
    QCOMPARE(c.terms[2].language, QStringLiteral("de-DE"));
    QCOMPARE(c.terms[2].text, QStringLiteral("Drucker"));
    QCOMPARE(c.terms[3].status, TermStatus::Forbidden);
    QCOMPARE(c.terms[4].status, TermStatus::Forbidden);
}

void TestTbx::readsV3DcaAndDct()
{
    auto dca = TbxReader::read(QByteArray(kBasicV3Dca), QStringLiteral("dca.tbx"));
    QVERIFY2(dca.has_value(), qPrintable(errorText(dca)));
    QCOMPARE(dca->version, 3);
    QCOMPARE(dca->style, QStringLiteral("dca"));
    QCOMPARE(dca->concepts.size(), 1);
    const Concept& a = dca->concepts[0];
    QCOMPARE(a.id, QStringLiteral("c1"));
    QCOMPARE(a.definition, QStringLiteral("The part of a file that is translated.")); // from the langSec
    QCOMPARE(a.terms.size(), 2);
    QCOMPARE(a.terms[0].partOfSpeech, QStringLiteral("noun"));
    QCOMPARE(a.terms[1].language, QStringLiteral("fr"));
    QCOMPARE(a.terms[1].status, TermStatus::Admitted);
    QCOMPARE(a.terms[1].note, QStringLiteral("m."));

    auto dct = TbxReader::read(QByteArray(kBasicV3Dct), QStringLiteral("dct.tbx"));
    QVERIFY2(dct.has_value(), qPrintable(errorText(dct)));
    QCOMPARE(dct->style, QStringLiteral("dct"));
    const Concept& b = dct->concepts[0];
    QCOMPARE(b.definition, QStringLiteral("Memory of earlier translations."));
    QCOMPARE(b.note, QStringLiteral("TM"));
    QCOMPARE(b.terms.size(), 2);
    QCOMPARE(b.terms[0].text, QStringLiteral("translation memory"));
    QCOMPARE(b.terms[0].partOfSpeech, QStringLiteral("noun"));
    QCOMPARE(b.terms[0].status, TermStatus::Preferred);
    QCOMPARE(b.terms[1].text, QStringLiteral("Übersetzungsspeicher"));
    QCOMPARE(b.terms[1].status, TermStatus::Forbidden);
}

void TestTbx::readsRealV3Files()
{
    // LTAC Global's own TBX-Core test file (ISO 30042:2019, DCA), made by a MultiTerm export: 45
    // concepts in en and es, notes on concepts, language sections and terms, bibliography entries
    // as "zu" concepts, a <back> matter.
    auto core = TbxReader::read(readData(QStringLiteral("ltac-good-core.tbx")), QStringLiteral("good_core.tbx"));
    QVERIFY2(core.has_value(), qPrintable(errorText(core)));
    QCOMPARE(core->version, 3);
    QCOMPARE(core->dialect, QStringLiteral("TBX-Core"));
    QCOMPARE(core->style, QStringLiteral("dca"));
    QCOMPARE(core->language, QStringLiteral("en"));
    QCOMPARE(core->concepts.size(), 45);
    qsizetype terms = 0;
    for (const Concept& c : core->concepts)
        terms += c.terms.size();
    QCOMPARE(terms, 113); // grep -c '<term>'
    const Concept& first = core->concepts[0];
    QCOMPARE(first.id, QStringLiteral("c1"));
    QCOMPARE(first.note, QStringLiteral("G-Source: http://www.physics.drexel.edu/observatory/dump.shtml"));
    QCOMPARE(first.terms.size(), 3);
    QCOMPARE(first.terms[0].language, QStringLiteral("en"));
    QCOMPARE(first.terms[0].text, QStringLiteral("open cluster"));
    QCOMPARE(first.terms[1].text, QStringLiteral("galactic cluster"));
    QVERIFY(first.terms[1].note.startsWith(QStringLiteral("Another name for an open star cluster.")));
    QVERIFY(first.terms[1].note.endsWith(QStringLiteral("http://www.delscope.demon.co.uk/astronomy/glossary.htm#G")));
    QCOMPARE(first.terms[2].language, QStringLiteral("es"));
    QCOMPARE(first.terms[2].text, QStringLiteral("cúmulo abierto"));
    // A note on a language section (c6 has no concept note) is kept with the concept.
    const Concept& sixth = core->concepts[5];
    QCOMPARE(sixth.id, QStringLiteral("c6"));
    QCOMPARE(sixth.note, QStringLiteral("G-Source: http://www.skyofplenty.com/?page_id=374"));
    const Concept& bibliography = core->concepts[16];
    QCOMPARE(bibliography.terms.size(), 1);
    QCOMPARE(bibliography.terms[0].language, QStringLiteral("zu"));
    QCOMPARE(bibliography.terms[0].text, QStringLiteral("Bally2005"));

    // The first concept of LTAC Global's TBX-Basic DCT example: ISO 30042's ed:3.0 namespace, the
    // min: and basic: modules' elements, a part of speech on the language section.
    auto dct = TbxReader::read(readData(QStringLiteral("ltac-basic-dct-c1.tbx")), QStringLiteral("dct.tbx"));
    QVERIFY2(dct.has_value(), qPrintable(errorText(dct)));
    QCOMPARE(dct->version, 3);
    QCOMPARE(dct->dialect, QStringLiteral("TBX-Basic"));
    QCOMPARE(dct->style, QStringLiteral("dct"));
    QCOMPARE(dct->concepts.size(), 1);
    const Concept& cluster = dct->concepts[0];
    QVERIFY(cluster.definition.startsWith(QStringLiteral("A group of stars formed together")));
    QCOMPARE(cluster.note, QStringLiteral("G-Source: http://www.physics.drexel.edu/observatory/dump.shtml"));
    QCOMPARE(cluster.terms.size(), 3);
    QCOMPARE(cluster.terms[0].text, QStringLiteral("open cluster"));
    QCOMPARE(cluster.terms[0].partOfSpeech, QStringLiteral("noun"));
    QCOMPARE(cluster.terms[0].status, TermStatus::Preferred);
    QCOMPARE(cluster.terms[1].text, QStringLiteral("galactic cluster"));
    QCOMPARE(cluster.terms[1].status, TermStatus::Forbidden); // supersededTerm-admn-sts
    QCOMPARE(cluster.terms[2].language, QStringLiteral("es"));
    QCOMPARE(cluster.terms[2].text, QStringLiteral("cúmulo abierto"));

    // dnb/terminator's TBX-Core (termate 0.0.x): one concept, an empty <descrip/>, a note with a line end.
    auto terminator =
        TbxReader::read(readData(QStringLiteral("termate-terminator.tbx")), QStringLiteral("terminator.tbx"));
    QVERIFY2(terminator.has_value(), qPrintable(errorText(terminator)));
    QCOMPARE(terminator->version, 3);
    QCOMPARE(terminator->concepts.size(), 1);
    QCOMPARE(terminator->concepts[0].terms.size(), 1);
    QCOMPARE(terminator->concepts[0].terms[0].text, QStringLiteral("open cluster"));
    QVERIFY(terminator->concepts[0].terms[0].note.contains(QStringLiteral("N-Source: \nhttp://www.delscope")));
}

void TestTbx::mapsStatuses()
{
    QCOMPARE(TbxReader::statusFromTbx(QStringLiteral("preferredTerm-admn-sts")), TermStatus::Preferred);
    QCOMPARE(TbxReader::statusFromTbx(QStringLiteral(" admittedTerm-admn-sts\n")), TermStatus::Admitted);
    QCOMPARE(TbxReader::statusFromTbx(QStringLiteral("deprecatedTerm-admn-sts")), TermStatus::Forbidden);
    QCOMPARE(TbxReader::statusFromTbx(QStringLiteral("supersededTerm-admn-sts")), TermStatus::Forbidden);
    QCOMPARE(TbxReader::statusFromTbx(QStringLiteral("somethingElse")), TermStatus::Admitted);
    QCOMPARE(TbxWriter::statusToTbx(TermStatus::Preferred), QStringLiteral("preferredTerm-admn-sts"));
    QCOMPARE(TbxWriter::statusToTbx(TermStatus::Admitted), QStringLiteral("admittedTerm-admn-sts"));
    QCOMPARE(TbxWriter::statusToTbx(TermStatus::Forbidden), QStringLiteral("deprecatedTerm-admn-sts"));
}

void TestTbx::writeThenReadGivesSameConcepts_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("v3");
    for (const bool v3 : {true, false}) {
        const char* version = v3 ? "v3" : "v2";
        QTest::addRow("gdk-pixbuf-de %s", version) << readData(QStringLiteral("gdk-pixbuf-de.tbx")) << v3;
        QTest::addRow("glib20-de %s", version) << readData(QStringLiteral("glib20-de.tbx")) << v3;
        QTest::addRow("basic v2 %s", version) << QByteArray(kBasicV2) << v3;
        QTest::addRow("dca %s", version) << QByteArray(kBasicV3Dca) << v3;
        QTest::addRow("dct %s", version) << QByteArray(kBasicV3Dct) << v3;
        QTest::addRow("ltac-good-core %s", version) << readData(QStringLiteral("ltac-good-core.tbx")) << v3;
        QTest::addRow("ltac-basic-dct %s", version) << readData(QStringLiteral("ltac-basic-dct-c1.tbx")) << v3;
    }
}

void TestTbx::writeThenReadGivesSameConcepts()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, v3);
    auto read = TbxReader::read(data, QStringLiteral("in.tbx"));
    QVERIFY2(read.has_value(), qPrintable(errorText(read)));
    QList<Concept> concepts = read->concepts;
    // Text that needs escaping survives too.
    concepts[0].note = QStringLiteral("<b> & \"x\"\r\nline 2");
    const QByteArray written =
        TbxWriter::write(concepts, read->language, v3 ? TbxWriter::Version::V3 : TbxWriter::Version::V2);
    QVERIFY(written.startsWith(v3 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\""
                                  : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE martif"));
    auto again = TbxReader::read(written, QStringLiteral("out.tbx"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    QCOMPARE(again->version, v3 ? 3 : 2);
    QCOMPARE(again->dialect, QStringLiteral("TBX-Basic"));
    QCOMPARE(again->language, read->language);
    compareConcepts(again->concepts, concepts);
}

void TestTbx::translateToolkitReadsOurV2()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not in PATH");
    auto read = TbxReader::read(readData(QStringLiteral("gdk-pixbuf-de.tbx")), QStringLiteral("gdk.tbx"));
    QVERIFY(read.has_value());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("ours.tbx")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(TbxWriter::write(read->concepts, QStringLiteral("en"), TbxWriter::Version::V2));
    out.close();
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import json, sys
try:
    from translate.storage import tbx
except ImportError:
    print("NO-TRANSLATE"); sys.exit(0)
f = tbx.tbxfile.parsefile(sys.argv[1])
print(json.dumps([[u.getid(), u.source, u.target] for u in f.units]))
)"),
                           out.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QByteArray output = process.readAllStandardOutput();
    if (output.startsWith("NO-TRANSLATE"))
        QSKIP("translate-toolkit is not installed: our TBX was not checked by it");
    const QJsonArray theirs = QJsonDocument::fromJson(output).array();
    QCOMPARE(theirs.size(), read->concepts.size());
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        const QJsonArray row = theirs[i].toArray();
        QCOMPARE(row[0].toString(), read->concepts[i].id);
        QCOMPARE(row[1].toString(), read->concepts[i].terms[0].text);
        QCOMPARE(row[2].toString(), read->concepts[i].terms[1].text);
    }
}

void TestTbx::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head = "<martif type=\"TBX-Basic\" xml:lang=\"en\">\n<text><body>\n";
    QTest::newRow("malformed") << head +
                                      "<termEntry><langSet xml:lang=\"en\"><tig><term>a</tig>\n</body></text></martif>"
                               << 3 << "the end tag </tig> does not match the start tag <term>";
    QTest::newRow("truncated") << head + "<termEntry><langSet xml:lang=\"en\"><tig><term>cut" << 3 << "ends early";
    QTest::newRow("entity bomb") << QByteArray(
                                        "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY a \"aaaa\">\n"
                                        "<!ENTITY b \"&a;&a;&a;&a;\">\n]>\n<martif><text><body/></text></martif>")
                                 << 3 << "entity declarations are refused";
    QTest::newRow("not tbx") << QByteArray("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>") << 2 << "not a TBX file";
    QTest::newRow("langSet without lang")
        << head + "<termEntry>\n<langSet><tig><term>a</term></tig></langSet>" << 4 << "no xml:lang";
    QTest::newRow("latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<martif/>") << 1
                             << "unsupported encoding";
    QTest::newRow("bad utf-8") << head + "<termEntry><langSet xml:lang=\"en\"><tig><term>caf\xE9</term>" << 3
                               << "not valid UTF-8";
    QTest::newRow("NUL in a term") << QByteArray("<!DOCTYPE martif SYSTEM \"TBXcdv04.dtd\">\n") + head +
                                          QByteArray("<termEntry><langSet xml:lang=\"en\"><tig><term>a&lt\0;</term>",
                                                     58)
                                   << 4 << ""; // Qt reads a decoded NUL as the end of the text
    QTest::newRow("undeclared prefix") << QByteArray("<tbx type=\"TBX-Basic\" style=\"dca\">\n<text><body>\n"
                                                     "<conceptEntry id=\"c1\">\n<basic:definition>d</basic:definition>")
                                       << 4 << "the namespace prefix \"basic\" is not declared";
    QTest::newRow("unquoted attribute") << head + "<termEntry id=c1>" << 3 << "must be in quotes";
    QTest::newRow("second root") << head + "</body></text></martif>\n\n<martif/>" << 5 << "a second root element";
    QTest::newRow("empty") << QByteArray() << 1 << "";
}

void TestTbx::rejectsBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    auto read = TbxReader::read(data, QStringLiteral("bad.tbx"));
    QVERIFY2(!read.has_value(), "a bad file was read without error");
    QCOMPARE(read.error().file, QStringLiteral("bad.tbx"));
    QCOMPARE(read.error().line, line);
    QVERIFY(read.error().column >= 1);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().describe()));
}

QTEST_GUILESS_MAIN(TestTbx)
#include "TestTbx.moc"
