// Tests the XLIFF 1.2 filter on small snippets for what the real files in tests/data/xliff do not
// show: state mapping both ways, seg-source segments, alt-trans candidates, inline codes, bad
// targets, notes/locations/limits/locks, target insertion, and errors with line and column.
#include <QTest>

#include "TestData.h"
#include "formats/Xliff12Filter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::Xliff12Filter;

using tessera::testsupport::errorText;

namespace {

const QByteArray stateSnippet = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app.properties" source-language="en" target-language="de" datatype="plaintext">
    <body>
      <trans-unit id="1" approved="yes"><source>a</source><target state="translated">A</target></trans-unit>
      <trans-unit id="2"><source>b</source><target state="final">B</target></trans-unit>
      <trans-unit id="3"><source>c</source><target state="signed-off">C</target></trans-unit>
      <trans-unit id="4"><source>d</source><target state="translated">D</target></trans-unit>
      <trans-unit id="5"><source>e</source><target state="needs-review-translation">E</target></trans-unit>
      <trans-unit id="6"><source>f</source><target state="needs-l10n" state-qualifier="leveraged-tm">F</target></trans-unit>
      <trans-unit id="7"><source>g</source><target state="new"></target></trans-unit>
      <trans-unit id="8"><source>h</source><target state="needs-translation">H</target></trans-unit>
      <trans-unit id="9"><source>i</source><target>I</target></trans-unit>
      <trans-unit id="10" approved="no"><source>j</source><target>J</target></trans-unit>
      <trans-unit id="11"><source>k</source></trans-unit>
    </body>
  </file>
</xliff>
)";

} // namespace

class TestXliff12Snippets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertsMissingTarget();
    void mapsStates();
    void writesStateChanges();
    void segSourceMarkers();
    void segSourceRebuildsTarget();
    void altTransCandidates();
    void inlineCodes();
    void badTargetNamesSegment();
    void notesLocationsLimitsLocks();
    void malformed_data();
    void malformed();
};

void TestXliff12Snippets::insertsMissingTarget()
{
    const QByteArray data =
        "<?xml version=\"1.0\"?>\r\n"
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
        " <file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>\r\n"
        "    <trans-unit id=\"hello\">\r\n"
        "      <source>Hello &amp; bye</source>\r\n"
        "      <note>greeting</note>\r\n"
        "    </trans-unit>\r\n"
        "    <trans-unit id=\"seg\">\r\n"
        "\t<source>One. Two.</source>\r\n"
        "\t<seg-source><mrk mtype=\"seg\" mid=\"1\">One.</mrk> <mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source>\r\n"
        "    </trans-unit>\r\n"
        " </body></file>\r\n"
        "</xliff>\r\n";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 3);
    QList<Segment> segments = document->segments;
    segments[0].targets = {QStringLiteral("Hallo & tschüss")};
    segments[0].state = SegmentState::Translated;
    segments[2].targets = {QStringLiteral("Zwei.")};
    segments[2].state = SegmentState::Draft;
    // The unit's target gets the state of its least finished segment (mid 1 is New).
    auto written = filter.write(data, segments, QStringLiteral("a.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    const QByteArray expected =
        "<?xml version=\"1.0\"?>\r\n"
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
        " <file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>\r\n"
        "    <trans-unit id=\"hello\">\r\n"
        "      <source>Hello &amp; bye</source>\r\n"
        "      <target state=\"translated\">Hallo &amp; tschüss</target>\r\n"
        "      <note>greeting</note>\r\n"
        "    </trans-unit>\r\n"
        "    <trans-unit id=\"seg\">\r\n"
        "\t<source>One. Two.</source>\r\n"
        "\t<seg-source><mrk mtype=\"seg\" mid=\"1\">One.</mrk> <mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source>\r\n"
        "\t<target state=\"needs-translation\"><mrk mtype=\"seg\" mid=\"1\"></mrk> <mrk mtype=\"seg\" "
        "mid=\"2\">Zwei.</mrk></target>\r\n"
        "    </trans-unit>\r\n"
        " </body></file>\r\n"
        "</xliff>\r\n";
    QCOMPARE(QString::fromUtf8(*written).split(QLatin1Char('\n')),
             QString::fromUtf8(expected).split(QLatin1Char('\n')));
    auto reread = filter.read(*written, QStringLiteral("a.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments[0].targets, segments[0].targets);
    QCOMPARE(reread->segments[2].targets, segments[2].targets);
    QCOMPARE(reread->segments[2].state, SegmentState::Draft);
    QCOMPARE(reread->segments[1].state, SegmentState::New);
}

void TestXliff12Snippets::mapsStates()
{
    auto document = Xliff12Filter().read(stateSnippet, QStringLiteral("s.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<SegmentState> states;
    for (const Segment& s : document->segments)
        states.append(s.state);
    const QList<SegmentState> expected = {
        SegmentState::Approved,   // approved="yes"
        SegmentState::Approved,   // final
        SegmentState::Reviewed,   // signed-off
        SegmentState::Translated, // translated
        SegmentState::Draft,      // needs-review-translation
        SegmentState::Draft,      // needs-l10n
        SegmentState::New,        // new, empty
        SegmentState::Draft,      // needs-translation with a target
        SegmentState::Translated, // no state, a target
        SegmentState::Draft,      // approved="no", no state (translate-toolkit's fuzzy)
        SegmentState::New,        // no target
    };
    QCOMPARE(states, expected);
}

void TestXliff12Snippets::writesStateChanges()
{
    Xliff12Filter filter;
    auto document = filter.read(stateSnippet, QStringLiteral("s.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[0].state = SegmentState::Translated; // approved="yes" → no
    segments[3].state = SegmentState::Approved;   // translated → final + approved="yes"
    segments[4].state = SegmentState::Reviewed;   // → signed-off
    segments[8].state = SegmentState::Draft;      // no state → needs-review-translation
    auto written = filter.write(stateSnippet, segments, QStringLiteral("s.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    const QList<QByteArray> lines = written->split('\n');
    const QList<QByteArray> original = stateSnippet.split('\n');
    QCOMPARE(lines.size(), original.size());
    QCOMPARE(lines[4], QByteArray("      <trans-unit id=\"1\" approved=\"no\"><source>a</source><target "
                                  "state=\"translated\">A</target></trans-unit>"));
    QCOMPARE(lines[7], QByteArray("      <trans-unit id=\"4\" approved=\"yes\"><source>d</source><target "
                                  "state=\"final\">D</target></trans-unit>"));
    QCOMPARE(lines[8], QByteArray("      <trans-unit id=\"5\"><source>e</source><target "
                                  "state=\"signed-off\">E</target></trans-unit>"));
    QCOMPARE(lines[12], QByteArray("      <trans-unit id=\"9\"><source>i</source><target "
                                   "state=\"needs-review-translation\">I</target></trans-unit>"));
    for (int i : {1, 2, 3, 5, 6, 9, 10, 11, 13, 14})
        QCOMPARE(lines[i], original[i]);
    auto reread = filter.read(*written, QStringLiteral("s.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    for (qsizetype i = 0; i < segments.size(); ++i)
        QCOMPARE(reread->segments[i].state, segments[i].state);
}

void TestXliff12Snippets::segSourceMarkers()
{
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="doc.html" source-language="en-US" target-language="fr-FR" datatype="html"><body>
<trans-unit id="p1" resname="intro">
<source>Hello <g id="1">world</g>. Bye.</source>
<seg-source><mrk mtype="seg" mid="0">Hello <g id="1">world</g>.</mrk> <mrk mtype="seg" mid="1">Bye.</mrk></seg-source>
<target state="translated"><mrk mtype="seg" mid="0">Bonjour <g id="1">monde</g>.</mrk> <mrk mtype="seg" mid="1">Au revoir.</mrk></target>
<alt-trans mid="1" match-quality="87%" origin="tm"><source>Bye!</source><target>Salut !</target></alt-trans>
</trans-unit>
</body></file></xliff>
)";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("doc.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 2);
    QCOMPARE(document->segments[0].key, QStringLiteral("intro#0"));
    QCOMPARE(document->segments[0].source, QStringLiteral("Hello <g id=\"1\">world</g>."));
    QCOMPARE(document->segments[0].targets, QStringList{QStringLiteral("Bonjour <g id=\"1\">monde</g>.")});
    QCOMPARE(document->segments[1].key, QStringLiteral("intro#1"));
    QCOMPARE(document->segments[1].targets, QStringList{QStringLiteral("Au revoir.")});
    QCOMPARE(document->candidates.size(), 1);
    QCOMPARE(document->candidates[0].segmentKey, QStringLiteral("intro#1"));
    QCOMPARE(document->candidates[0].quality, 87);

    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("À bientôt.")};
    auto written = filter.write(data, segments, QStringLiteral("doc.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QByteArray expected = data;
    expected.replace("<mrk mtype=\"seg\" mid=\"1\">Au revoir.</mrk>",
                     QStringLiteral("<mrk mtype=\"seg\" mid=\"1\">À bientôt.</mrk>").toUtf8());
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
}

void TestXliff12Snippets::segSourceRebuildsTarget()
{
    // The target lacks the second <mrk>: it is rebuilt from the seg-source, keeping the first.
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="doc.html" source-language="en" datatype="html"><body>
  <trans-unit id="p1">
    <source>One. Two &amp; three.</source>
    <seg-source><mrk mtype="seg" mid="a">One.</mrk> <mrk mtype="seg" mid="b">Two &amp; three.</mrk></seg-source>
    <target xml:lang="de"><mrk mtype="seg" mid="a">Eins.</mrk></target>
  </trans-unit>
</body></file></xliff>)";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("doc.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 2);
    QCOMPARE(document->segments[1].source, QStringLiteral("Two & three."));
    QCOMPARE(document->segments[1].targets, QStringList{QString()});
    QCOMPARE(document->segments[1].state, SegmentState::New);
    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("Zwei & drei.")};
    auto written = filter.write(data, segments, QStringLiteral("doc.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY2(written->contains("<target xml:lang=\"de\"><mrk mtype=\"seg\" mid=\"a\">Eins.</mrk> <mrk mtype=\"seg\" "
                               "mid=\"b\">Zwei &amp; drei.</mrk></target>"),
             written->constData());
    auto reread = filter.read(*written, QStringLiteral("doc.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments[0].targets, QStringList{QStringLiteral("Eins.")});
    QCOMPARE(reread->segments[1].targets, segments[1].targets);
}

void TestXliff12Snippets::altTransCandidates()
{
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
<trans-unit id="1"><source>Open file</source>
<alt-trans match-quality="87" origin="Project TM"><source>Open the file</source><target>Datei öffnen</target></alt-trans>
<alt-trans alt-trans-type="machine-translation" origin="DeepL"><target>Datei öffnen</target></alt-trans>
<alt-trans origin="MT" match-quality="bad"><target>Öffne Datei</target></alt-trans>
</trans-unit>
</body></file></xliff>)";
    auto document = Xliff12Filter().read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->candidates.size(), 3);
    const auto& tm = document->candidates[0];
    QCOMPARE(tm.segmentKey, QStringLiteral("1"));
    QCOMPARE(tm.source, QStringLiteral("Open the file"));
    QCOMPARE(tm.target, QStringLiteral("Datei öffnen"));
    QCOMPARE(tm.origin, QStringLiteral("Project TM"));
    QCOMPARE(tm.quality, 87);
    QVERIFY(!tm.machine);
    QVERIFY(document->candidates[1].machine);
    QCOMPARE(document->candidates[1].source, QString());
    QVERIFY(document->candidates[2].machine);
    QCOMPARE(document->candidates[2].quality, -1);
    QCOMPARE(document->segments[0].targets, QStringList{QString()});
}

void TestXliff12Snippets::inlineCodes()
{
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="de" datatype="html"><body>
<trans-unit id="1"><source>Click <g id="1" ctype="bold">here</g> &amp; <x id="2"/> <bpt id="3">&lt;i&gt;</bpt>now<ept id="3">&lt;/i&gt;</ept></source><target/></trans-unit>
</body></file></xliff>)";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    const QString source = document->segments[0].source;
    QCOMPARE(source, QStringLiteral("Click <g id=\"1\" ctype=\"bold\">here</g> & <x id=\"2\"/> "
                                    "<bpt id=\"3\">&lt;i&gt;</bpt>now<ept id=\"3\">&lt;/i&gt;</ept>"));
    QList<Segment> segments = document->segments;
    segments[0].targets = {QStringLiteral("Klicken Sie <g id=\"1\" ctype=\"bold\">hier</g> & <x id=\"2\"/> "
                                          "<bpt id=\"3\">&lt;i&gt;</bpt>jetzt<ept id=\"3\">&lt;/i&gt;</ept> <b>")};
    segments[0].state = SegmentState::Translated;
    auto written = filter.write(data, segments, QStringLiteral("a.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY2(written->contains("<target state=\"translated\">Klicken Sie <g id=\"1\" ctype=\"bold\">hier</g> &amp; "
                               "<x id=\"2\"/> <bpt id=\"3\">&lt;i&gt;</bpt>jetzt<ept id=\"3\">&lt;/i&gt;</ept> "
                               "&lt;b&gt;</target>"),
             written->constData());
    auto reread = filter.read(*written, QStringLiteral("a.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments[0].targets, segments[0].targets);
}

void TestXliff12Snippets::badTargetNamesSegment()
{
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" datatype="html"><body>
<trans-unit id="greeting"><source>Hi <g id="1">you</g></source><target>Hallo</target></trans-unit>
</body></file></xliff>)";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    for (const QString& bad : {QStringLiteral("Hallo <g id=\"1\">du"), QStringLiteral("Hallo </g>"),
                               QStringLiteral("Hallo <bpt id=\"1\">&lt;b></bpt"), QStringLiteral("a\x01")}) {
        QList<Segment> segments = document->segments;
        segments[0].targets = {bad};
        auto written = filter.write(data, segments, QStringLiteral("a.xlf"));
        QVERIFY2(!written.has_value(), qPrintable(bad));
        QCOMPARE(written.error().field, QStringLiteral("greeting"));
        QCOMPARE(written.error().line, 3);
        QCOMPARE(written.error().column, 1);
    }
}

void TestXliff12Snippets::notesLocationsLimitsLocks()
{
    const QByteArray data = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="ui.rc" source-language="en" datatype="winres"><body>
<group id="dialog" translate="no">
  <trans-unit id="1" resname="IDS_OK" maxwidth="12" size-unit="char">
    <source>OK</source>
    <note from="developer">Button label</note>
    <note from="translator">keep short</note>
    <context-group purpose="location">
      <context context-type="sourcefile">ui.rc</context><context context-type="linenumber">42</context>
    </context-group>
  </trans-unit>
  <group id="inner">
    <trans-unit id="2" maxwidth="30"><source>Cancel</source></trans-unit>
  </group>
</group>
<trans-unit id="3" translate="yes"><source>Apply</source></trans-unit>
</body></file></xliff>)";
    auto document = Xliff12Filter().read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 3);
    const Segment& ok = document->segments[0];
    QCOMPARE(ok.key, QStringLiteral("IDS_OK"));
    QCOMPARE(ok.context.note, QStringLiteral("Button label"));
    QCOMPARE(ok.translatorComment, QStringLiteral("keep short")); // from="translator" is the translator's
    QCOMPARE(ok.context.locations, QStringList{QStringLiteral("ui.rc:42")});
    QCOMPARE(ok.context.maxLength, 12);
    QVERIFY(ok.flags.testFlag(SegmentFlag::Locked));
    QCOMPARE(document->segments[1].context.maxLength, 0); // size-unit defaults to pixel
    QVERIFY(document->segments[1].flags.testFlag(SegmentFlag::Locked));
    QVERIFY(!document->segments[2].flags.testFlag(SegmentFlag::Locked));
}

void TestXliff12Snippets::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                            "<file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>\n";
    const QByteArray tail = "</body></file>\n</xliff>\n";
    QTest::newRow("mismatched tag") << head + "<trans-unit id=\"1\"><source>a</target></trans-unit>\n" + tail << 4 << 29
                                    << QStringLiteral("does not match the start tag <source>");
    QTest::newRow("entity bomb")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                      "<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\" datatype=\"plaintext\">"
                      "<body><trans-unit id=\"1\"><source>&b;</source></trans-unit></body></file></xliff>\n")
        << 3 << 1 << QStringLiteral("entity declarations");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<TS version=\"2.1\"></TS>\n") << 2 << 1
                                << QStringLiteral("root element is <TS>");
    QTest::newRow("xliff 2") << QByteArray("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" "
                                           "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"/>\n")
                             << 2 << 1 << QStringLiteral("XLIFF 2.0 file");
    QTest::newRow("duplicate ids") << head +
                                          "<trans-unit id=\"1\"><source>a</source></trans-unit>\n"
                                          "<trans-unit id=\"1\"><source>b</source></trans-unit>\n" +
                                          tail
                                   << 5 << 1 << QStringLiteral("duplicate key \"1\"");
    QTest::newRow("truncated") << head + "<trans-unit id=\"1\"><source>a</sou" << 4 << 34
                               << QStringLiteral("the file ends inside the end tag </sou>");
    QTest::newRow("latin-1 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\"/>\n") << 1 << 1
        << QStringLiteral("unsupported encoding \"ISO-8859-1\"");
    QTest::newRow("bad UTF-8") << head + "<trans-unit id=\"1\"><source>caf\xE9</source></trans-unit>\n" + tail << 4
                               << 31 << QStringLiteral("not valid UTF-8");
    QTest::newRow("no source") << head + "<trans-unit id=\"1\"><target>a</target></trans-unit>\n" + tail << 4 << 1
                               << QStringLiteral("no <source>");
    QByteArray deep = head;
    for (int i = 0; i < 300; ++i)
        deep += "<group>";
    QTest::newRow("absurd nesting") << deep << 4 << 1772 << QStringLiteral("nested more than 256");
    QTest::newRow("unknown version") << QByteArray("<xliff version=\"3.0\"></xliff>") << 1 << 1
                                     << QStringLiteral("unsupported XLIFF version");
    QTest::newRow("empty") << QByteArray() << 1 << 1 << QStringLiteral("");
}

void TestXliff12Snippets::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto document = Xliff12Filter().read(data, QStringLiteral("bad.xlf"));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().file, QStringLiteral("bad.xlf"));
    QVERIFY2(document.error().message.contains(message, Qt::CaseInsensitive), qPrintable(document.error().message));
    QCOMPARE(document.error().line, line);
    QCOMPARE(document.error().column, column);
    QVERIFY(!Xliff12Filter().write(data, {}, QStringLiteral("bad.xlf")).has_value());
}

QTEST_GUILESS_MAIN(TestXliff12Snippets)
#include "TestXliff12Snippets.moc"
