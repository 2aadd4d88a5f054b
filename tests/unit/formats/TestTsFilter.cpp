// Tests the Qt Linguist TS filter on real files from Qt and from Tessera's own lupdate runs: reading,
// byte-exact round trips, edits that lconvert reads back, new files for convert, clear errors.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/TsFilter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::TsFilter;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("ts"), name);
}

const Segment* bySource(const ParsedDocument& document, const QString& source)
{
    for (const Segment& segment : document.segments) {
        if (segment.source == source)
            return &segment;
    }
    return nullptr;
}

QString key(const QString& context, const QString& source, const QString& comment = {})
{
    return context + QChar(0x0004) + source + QChar(0x0004) + comment;
}

// Runs lconvert (an independent TS reader) on `data` and returns the PO it makes of it.
QByteArray lconvertToPo(const QByteArray& data, QString& problem)
{
    QString lconvert = QStandardPaths::findExecutable(QStringLiteral("lconvert"));
    if (lconvert.isEmpty())
        lconvert = QStandardPaths::findExecutable(QStringLiteral("lconvert"), {QStringLiteral("/usr/lib/qt6/bin")});
    if (lconvert.isEmpty()) {
        problem = QStringLiteral("lconvert (Qt tools) is not installed");
        return {};
    }
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("in.ts")));
    if (!in.open(QIODevice::WriteOnly) || in.write(data) != data.size()) {
        problem = QStringLiteral("cannot write a temporary file");
        return {};
    }
    in.close();
    QProcess process;
    process.start(lconvert, {QStringLiteral("-i"), in.fileName(), QStringLiteral("-of"), QStringLiteral("po"),
                             QStringLiteral("-o"), dir.filePath(QStringLiteral("out.po"))});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        problem = QStringLiteral("lconvert failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QFile out(dir.filePath(QStringLiteral("out.po")));
    if (!out.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("lconvert wrote nothing");
        return {};
    }
    return out.readAll();
}

} // namespace

class TestTsFilter : public QObject {
    Q_OBJECT

    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("segments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("plurals");
        QTest::newRow("qt_help_cs") << QStringLiteral("qt_help_cs.ts") << 105 << QStringLiteral("cs-CZ") << 1;
        QTest::newRow("qtmultimedia_ja") << QStringLiteral("qtmultimedia_ja.ts") << 127 << QStringLiteral("ja") << 0;
        QTest::newRow("qtmultimedia_ru") << QStringLiteral("qtmultimedia_ru.ts") << 99 << QStringLiteral("ru-RU") << 0;
        QTest::newRow("qtserialport_de") << QStringLiteral("qtserialport_de.ts") << 15 << QStringLiteral("de-DE") << 0;
        QTest::newRow("qtwebsockets_pl") << QStringLiteral("qtwebsockets_pl.ts") << 43 << QStringLiteral("pl-PL") << 0;
        QTest::newRow("tessera_de") << QStringLiteral("tessera_de.ts") << 84 << QStringLiteral("de") << 5;
        QTest::newRow("tessera_de-vanished")
            << QStringLiteral("tessera_de-vanished.ts") << 62 << QStringLiteral("de") << 5;
        QTest::newRow("tessera_fr-new") << QStringLiteral("tessera_fr-new.ts") << 84 << QStringLiteral("fr-FR") << 5;
    }

private Q_SLOTS:
    void readsRealFiles_data() { realFiles_data(); }
    void readsRealFiles();
    void roundTripIsByteIdentical_data() { realFiles_data(); }
    void roundTripIsByteIdentical();
    void messagesContextsAndLocations();
    void statesFromTranslationType();
    void numerusForms();
    void editsAreReadByLconvert();
    void stateChangeOnlyTouchesType();
    void vanishedMessagesStayInTheFile();
    void editsKeepTheFilesEncodingAndBom();
    void idBasedAndTranslatorComments();
    void createThenReadGivesTheSameSegments();
    void createKeepsForeignKeysAsIds();
    void malformed_data();
    void malformed();
    void registryDetects();
};

void TestTsFilter::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, segments);
    QFETCH(QString, language);
    QFETCH(int, plurals);

    const auto document = TsFilter().read(readData(file), file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->format, QStringLiteral("ts"));
    QCOMPARE(document->segments.size(), segments);
    QCOMPARE(document->targetLanguage, language);
    QCOMPARE(std::count_if(document->segments.begin(), document->segments.end(),
                           [](const Segment& s) { return s.isPlural(); }),
             plurals);
    QSet<QString> keys;
    for (qsizetype i = 0; i < document->segments.size(); ++i) {
        const Segment& segment = document->segments[i];
        QCOMPARE(segment.order, int(i + 1));
        QVERIFY(!segment.source.isEmpty());
        QVERIFY2(!keys.contains(segment.key), qPrintable(segment.key));
        keys.insert(segment.key);
    }
}

void TestTsFilter::roundTripIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray original = readData(file);
    QVERIFY(!original.isEmpty());
    const TsFilter filter;
    const auto document = filter.read(original, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    const auto written = filter.write(original, document->segments, file);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QCOMPARE(*written, original);
}

void TestTsFilter::messagesContextsAndLocations()
{
    const auto document = TsFilter().read(readData(QStringLiteral("tessera_de.ts")), QStringLiteral("tessera_de.ts"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en"));

    // A relative location (+6) resolved against the previous message of the same file, and an
    // extracomment as the developer note.
    const Segment* offline = bySource(*document, QStringLiteral("Offline"));
    QVERIFY(offline);
    QCOMPARE(offline->key, key(QStringLiteral("tessera::ui::shell::MainWindow"), QStringLiteral("Offline")));
    QCOMPARE(offline->context.locations, QStringList{QStringLiteral("ui/shell/MainWindow.cpp:164")});
    QCOMPARE(offline->context.note, QStringLiteral("Status bar: the app has no connection to a Tessera server"));
    QCOMPARE(offline->targets, QStringList{QStringLiteral("Offline")});
    QCOMPARE(offline->state, SegmentState::Translated);

    // The same source twice, told apart by the disambiguation comment: two segments, two keys.
    int reviews = 0;
    for (const Segment& segment : document->segments) {
        if (segment.source == QLatin1StringView("Review"))
            ++reviews;
    }
    QCOMPARE(reviews, 2);
    QVERIFY(std::any_of(document->segments.begin(), document->segments.end(), [](const Segment& s) {
        return s.key == key(QStringLiteral("tessera::ui::shell::MainWindow"), QStringLiteral("Review"),
                            QStringLiteral("navigation"));
    }));

    // Entities and multi-line text come out as the text.
    const auto ja = TsFilter().read(readData(QStringLiteral("qtmultimedia_ja.ts")), QStringLiteral("ja.ts"));
    QVERIFY2(ja.has_value(), qPrintable(errorText(ja)));
    for (const Segment& segment : ja->segments) {
        QVERIFY2(!segment.source.contains(QLatin1StringView("&amp;")) &&
                     !segment.source.contains(QLatin1StringView("&lt;")),
                 qPrintable(segment.source));
    }
}

void TestTsFilter::statesFromTranslationType()
{
    const auto fresh = TsFilter().read(readData(QStringLiteral("tessera_fr-new.ts")), QStringLiteral("fr.ts"));
    QVERIFY2(fresh.has_value(), qPrintable(errorText(fresh)));
    for (const Segment& segment : fresh->segments) {
        QCOMPARE(segment.state, SegmentState::New);
        QVERIFY(
            std::all_of(segment.targets.begin(), segment.targets.end(), [](const QString& t) { return t.isEmpty(); }));
    }

    // lupdate's same-text heuristic fills a translation but leaves it unfinished: a draft.
    const auto heuristic =
        TsFilter().read(readData(QStringLiteral("tessera_de-vanished.ts")), QStringLiteral("de-vanished.ts"));
    QVERIFY2(heuristic.has_value(), qPrintable(errorText(heuristic)));
    int drafts = 0;
    for (const Segment& segment : heuristic->segments) {
        if (segment.state == SegmentState::Draft) {
            ++drafts;
            QCOMPARE(segment.targets, QStringList{QStringLiteral("Prüfung")});
        }
    }
    QCOMPARE(drafts, 1);
}

void TestTsFilter::numerusForms()
{
    const auto cs = TsFilter().read(readData(QStringLiteral("qt_help_cs.ts")), QStringLiteral("cs.ts"));
    QVERIFY2(cs.has_value(), qPrintable(errorText(cs)));
    const Segment* hits = bySource(*cs, QStringLiteral("%1 - %2 of %n Hits"));
    QVERIFY(hits);
    QVERIFY(hits->isPlural());
    QCOMPARE(hits->targets,
             (QStringList{QStringLiteral("%1 - %2 - jeden zásah"), QStringLiteral("%1 - %2 ze %n zásahů"),
                          QStringLiteral("%1 - %2 z %n zásahů")}));

    // German numerus messages of lupdate carry both forms.
    const auto de = TsFilter().read(readData(QStringLiteral("tessera_de.ts")), QStringLiteral("de.ts"));
    QVERIFY2(de.has_value(), qPrintable(errorText(de)));
    for (const Segment& segment : de->segments) {
        if (segment.isPlural())
            QCOMPARE(segment.targets.size(), 2);
    }
}

void TestTsFilter::editsAreReadByLconvert()
{
    const QByteArray original = readData(QStringLiteral("qt_help_cs.ts"));
    const TsFilter filter;
    auto document = filter.read(original, QStringLiteral("cs.ts"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    qsizetype plain = -1;
    qsizetype plural = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].isPlural())
            plural = i;
        else if (plain < 0)
            plain = i;
    }
    QVERIFY(plain >= 0 && plural >= 0);
    segments[plain].targets = {QStringLiteral("Nový <text> & \"uvozovky\" 'apostrof'")};
    segments[plural].targets = {QStringLiteral("%n zásah"), QStringLiteral("%n zásahy"), QStringLiteral("%n zásahů")};
    segments[plural].state = SegmentState::Draft;

    const auto written = filter.write(original, segments, QStringLiteral("cs.ts"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    const auto again = filter.read(*written, QStringLiteral("cs.ts"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    QCOMPARE(again->segments.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QCOMPARE(again->segments[i].targets, segments[i].targets);
        QCOMPARE(again->segments[i].state, segments[i].state);
    }

    // Only the two <translation> elements changed: the lines before the first edit are untouched.
    const qsizetype firstDifference = [&] {
        qsizetype i = 0;
        while (i < original.size() && i < written->size() && original[i] == written->at(i))
            ++i;
        return i;
    }();
    QVERIFY(original.left(firstDifference).count('\n') > 3);
    QCOMPARE(written->count('\n'), original.count('\n'));

    QString problem;
    const QByteArray po = lconvertToPo(*written, problem);
    if (po.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY2(po.contains("msgstr \"Nový <text> & \\\"uvozovky\\\" 'apostrof'\""), po.left(2000).constData());
    QVERIFY(po.contains("msgstr[2] \"%n zásahů\""));
}

void TestTsFilter::stateChangeOnlyTouchesType()
{
    const QByteArray original = readData(QStringLiteral("qtserialport_de.ts"));
    const TsFilter filter;
    auto document = filter.read(original, QStringLiteral("de.ts"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[2].state = SegmentState::Draft;
    const auto written = filter.write(original, segments, QStringLiteral("de.ts"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QByteArray expected = original;
    const QByteArray translation = "<translation>" + segments[2].targets[0].toUtf8().replace('&', "&amp;");
    const qsizetype at = expected.indexOf(translation);
    QVERIFY(at > 0);
    expected.replace(at, 13, "<translation type=\"unfinished\">");
    QCOMPARE(*written, expected);

    // And back: confirmed again, the file is the original.
    segments[2].state = SegmentState::Translated;
    const auto back = filter.write(*written, segments, QStringLiteral("de.ts"));
    QVERIFY2(back.has_value(), qPrintable(errorText(back)));
    QCOMPARE(*back, original);
}

void TestTsFilter::vanishedMessagesStayInTheFile()
{
    const QByteArray original = readData(QStringLiteral("tessera_de-vanished.ts"));
    const TsFilter filter;
    auto document = filter.read(original, QStringLiteral("de.ts"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QVERIFY(!bySource(*document, QStringLiteral("Deadline: %1"))); // vanished: not a segment
    QList<Segment> segments = document->segments;
    for (Segment& segment : segments) {
        if (segment.state == SegmentState::Draft)
            segment.state = SegmentState::Translated;
    }
    const auto written = filter.write(original, segments, QStringLiteral("de.ts"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QCOMPARE(written->count("type=\"vanished\""), 22);
    QVERIFY(written->contains("<translation type=\"vanished\">Abgabetermin: %1</translation>"));
    QCOMPARE(written->count("type=\"unfinished\""), 0);
}

void TestTsFilter::editsKeepTheFilesEncodingAndBom()
{
    const QByteArray utf8 = readData(QStringLiteral("qtserialport_de.ts"));
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray withBom = "\xEF\xBB\xBF" + utf8;
    const QByteArray asUtf16 = "\xFF\xFE" + QByteArray(utf16.encode(QString::fromUtf8(utf8)));
    const TsFilter filter;
    for (const QByteArray& original : {withBom, asUtf16}) {
        auto document = filter.read(original, QStringLiteral("de.ts"));
        QVERIFY2(document.has_value(), qPrintable(errorText(document)));
        QList<Segment> segments = document->segments;
        segments[0].targets = {QStringLiteral("Geändert")};
        const auto written = filter.write(original, segments, QStringLiteral("de.ts"));
        QVERIFY2(written.has_value(), qPrintable(errorText(written)));
        QCOMPARE(written->left(3), original.left(3));
        const auto again = filter.read(*written, QStringLiteral("de.ts"));
        QVERIFY2(again.has_value(), qPrintable(errorText(again)));
        QCOMPARE(again->segments[0].targets, QStringList{QStringLiteral("Geändert")});
    }
}

void TestTsFilter::idBasedAndTranslatorComments()
{
    // id-based messages (qtTrId) and translator comments, as Qt Linguist writes them.
    const QByteArray original = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                "<!DOCTYPE TS>\n"
                                "<TS version=\"2.1\" language=\"pl_PL\" sourcelanguage=\"en_US\">\n"
                                "<context>\n"
                                "    <name></name>\n"
                                "    <message id=\"files-deleted\" numerus=\"yes\">\n"
                                "        <location filename=\"main.cpp\" line=\"12\"/>\n"
                                "        <source>%n file(s) deleted</source>\n"
                                "        <extracomment>Shown after emptying the bin</extracomment>\n"
                                "        <translatorcomment>Check the genitive</translatorcomment>\n"
                                "        <translation>\n"
                                "            <numerusform>Usunięto %n plik</numerusform>\n"
                                "            <numerusform>Usunięto %n pliki</numerusform>\n"
                                "            <numerusform></numerusform>\n"
                                "        </translation>\n"
                                "    </message>\n"
                                "</context>\n"
                                "</TS>\n";
    const TsFilter filter;
    auto document = filter.read(original, QStringLiteral("pl.ts"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en-US"));
    QCOMPARE(document->targetLanguage, QStringLiteral("pl-PL"));
    QCOMPARE(document->segments.size(), 1);
    Segment segment = document->segments[0];
    QCOMPARE(segment.key, QStringLiteral("files-deleted"));
    QCOMPARE(segment.context.locations, QStringList{QStringLiteral("main.cpp:12")});
    QCOMPARE(segment.targets.size(), 3);
    QCOMPARE(segment.state, SegmentState::Translated);

    segment.targets[2] = QStringLiteral("Usunięto %n plików");
    const auto written = filter.write(original, {segment}, QStringLiteral("pl.ts"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(written->contains("<translatorcomment>Check the genitive</translatorcomment>"));
    QVERIFY(written->contains("            <numerusform>Usunięto %n plików</numerusform>\n        </translation>"));
    auto again = filter.read(*written, QStringLiteral("pl.ts"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    QCOMPARE(again->segments[0].targets, segment.targets);
}

void TestTsFilter::createThenReadGivesTheSameSegments()
{
    const TsFilter filter;
    for (const QString& file :
         {QStringLiteral("tessera_de.ts"), QStringLiteral("qt_help_cs.ts"), QStringLiteral("tessera_fr-new.ts")}) {
        auto document = filter.read(readData(file), file);
        QVERIFY2(document.has_value(), qPrintable(errorText(document)));
        const auto created = filter.create(*document, file);
        QVERIFY2(created.has_value(), qPrintable(errorText(created)));
        const auto again = filter.read(*created, file);
        QVERIFY2(again.has_value(), qPrintable(errorText(again)));
        QCOMPARE(again->targetLanguage, document->targetLanguage);
        QCOMPARE(again->segments.size(), document->segments.size());
        for (qsizetype i = 0; i < document->segments.size(); ++i) {
            const Segment& a = document->segments[i];
            const Segment& b = again->segments[i];
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.targets, a.targets);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.context.note, a.context.note);
            QCOMPARE(b.context.locations, a.context.locations);
            QCOMPARE(b.isPlural(), a.isPlural());
        }
        QString problem;
        if (!lconvertToPo(*created, problem).isEmpty() || !problem.startsWith(QLatin1StringView("lconvert failed")))
            continue;
        QFAIL(qPrintable(problem));
    }
}

void TestTsFilter::createKeepsForeignKeysAsIds()
{
    // A document from another format (Android-like keys) becomes id-based messages.
    ParsedDocument document;
    document.format = QStringLiteral("android");
    document.sourceLanguage = QStringLiteral("en");
    document.targetLanguage = QStringLiteral("ru");
    Segment title;
    title.key = QStringLiteral("app_title");
    title.source = QStringLiteral("Notes & <more>");
    title.targets = {QStringLiteral("Заметки и <другое>")};
    title.state = SegmentState::Translated;
    title.context.note = QStringLiteral("Launcher label");
    title.order = 1;
    Segment files;
    files.key = QStringLiteral("files_count");
    files.source = QStringLiteral("%n file");
    files.sourcePlural = QStringLiteral("%n files");
    files.targets = {QStringLiteral("%n файл"), QStringLiteral("%n файла"), QString()};
    files.state = SegmentState::Draft;
    files.order = 2;
    document.segments = {title, files};

    const TsFilter filter;
    const auto created = filter.create(document, QStringLiteral("ru.ts"));
    QVERIFY2(created.has_value(), qPrintable(errorText(created)));
    QVERIFY(created->contains("<TS version=\"2.1\" language=\"ru\" sourcelanguage=\"en\">"));
    const auto again = filter.read(*created, QStringLiteral("ru.ts"));
    QVERIFY2(again.has_value(), qPrintable(errorText(again)));
    QCOMPARE(again->segments.size(), 2);
    QCOMPARE(again->segments[0].key, QStringLiteral("app_title"));
    QCOMPARE(again->segments[0].source, title.source);
    QCOMPARE(again->segments[0].targets, title.targets);
    QCOMPARE(again->segments[0].context.note, title.context.note);
    QCOMPARE(again->segments[1].key, QStringLiteral("files_count"));
    QCOMPARE(again->segments[1].targets, files.targets);
    QCOMPARE(again->segments[1].state, SegmentState::Draft);
}

void TestTsFilter::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                            "language=\"de\">\n<context>\n    <name>C</name>\n"; // 5 lines
    QTest::newRow("unclosed element") << head + "    <message>\n        <source>a</source>\n    </context>\n"
                                      << 8 << 5
                                      << QStringLiteral(
                                             "the end tag </context> does not match the start tag <message>");
    QTest::newRow("truncated") << head + "    <message>\n        <source>a</sou" << 7 << 23
                               << QStringLiteral("the file ends inside the end tag </sou>");
    QTest::newRow("bad entity") << head + "    <message>\n        <source>a &nbsp; b</source>\n"
                                << 7 << 19 << QStringLiteral("\"&nbsp;\" is not a character reference");
    QTest::newRow("entity bomb")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE TS [\n <!ENTITY a \"aaaaaaaaaa\">\n <!ENTITY b "
                      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<TS><context><name>&b;</name></context></TS>\n")
        << 3 << 2 << QStringLiteral("entity declarations");
    QTest::newRow("not a TS file") << QByteArray("<?xml version=\"1.0\"?>\n<resources>\n</resources>\n") << 2 << 1
                                   << QStringLiteral("root element is <resources>");
    QTest::newRow("latin-1 encoding") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<TS/>\n") << 1
                                      << 1 << QStringLiteral("unsupported encoding");
    QTest::newRow("invalid UTF-8") << head + "    <message>\n        <source>caf\xe9</source>\n"
                                   << 7 << 20 << QStringLiteral("UTF-8");
    QTest::newRow("unquoted attribute") << head + "    <message numerus=yes>\n"
                                        << 6 << 22
                                        << QStringLiteral("the value of attribute \"numerus\" must be in quotes");
    QTest::newRow("second root") << head + "</context>\n</TS>\n<TS/>\n"
                                 << 8 << 1 << QStringLiteral("a second root element");
    QTest::newRow("character reference to a control")
        << head + "    <message>\n        <source>a&#1;b</source>\n"
        << 7 << 18 << QStringLiteral("\"&#1;\" is not a character reference");
    QTest::newRow("duplicate message")
        << head + "    <message>\n        <source>a</source>\n        <translation>x</translation>\n    </message>\n"
                  "    <message>\n        <source>a</source>\n        <translation>y</translation>\n    </message>\n"
                  "</context>\n</TS>\n"
        << 10 << 5 << QStringLiteral("duplicate");
}

void TestTsFilter::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto document = TsFilter().read(data, QStringLiteral("broken.ts"));
    QVERIFY(!document.has_value());
    const auto& error = document.error();
    QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.describe()));
    QCOMPARE(error.file, QStringLiteral("broken.ts"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestTsFilter::registryDetects()
{
    FilterRegistry registry;
    const QByteArray head = readData(QStringLiteral("qtmultimedia_ru.ts")).left(4096);
    const auto* filter = registry.detect(QStringLiteral("qtmultimedia_ru.ts"), head);
    QVERIFY(filter);
    QCOMPARE(filter->id(), QStringLiteral("ts"));
    QCOMPARE(registry.detect(QStringLiteral("translations.xml"), head), filter);
    // In UTF-16 (which the reader reads) too, either byte order.
    QString text = QString::fromUtf8(head);
    const QByteArray le =
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QCOMPARE(registry.detect(QStringLiteral("qtmultimedia_ru.ts"), le), filter);
    for (QChar& ch : text)
        ch = QChar(char16_t((ch.unicode() >> 8) | (ch.unicode() << 8)));
    const QByteArray be =
        QByteArray("\xFE\xFF") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QCOMPARE(registry.detect(QStringLiteral("translations.xml"), be), filter);
    // A TypeScript file is not a Linguist file.
    QVERIFY(!registry.detect(QStringLiteral("index.ts"), QByteArray("export const answer: number = 42;\n")));
}

QTEST_GUILESS_MAIN(TestTsFilter)
#include "TestTsFilter.moc"
