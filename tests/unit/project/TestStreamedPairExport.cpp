// Tests the export of monolingual files (Android strings.xml, JSON, ARB, Apple .strings) through
// Filter::writePairTo, the source and translation files unpacked into mapped temporary files and the
// file written straight into its temporary file: on every real file of tests/data it gives the bytes
// of the whole-file writePair (untranslated and with a translation file, as imported, edited and with
// the store's order not the file's), and an export that fails halfway (a store read refused, a device
// that fills up) leaves the old file as it was and nothing beside it.
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "ExportFaults.h"
#include "FullDevice.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "project/FileSaver.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using testsupport::errorText;
using testsupport::FullDevice;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// The name a test file is imported as: Android's language comes from its folder, so every
// strings.xml is the default file res/values/strings.xml.
QString documentName(const QString& folder, const QString& file)
{
    if (folder == QLatin1String("android"))
        return QStringLiteral("res/values/strings.xml");
    return QStringLiteral("locales/") + QFileInfo(file).fileName();
}

} // namespace

class TestStreamedPairExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameBytesAsWritePair_data();
    void sameBytesAsWritePair();
    void failedStoreReadLeavesOldFile_data();
    void failedStoreReadLeavesOldFile();
    void fullDeviceFailsTheExport_data();
    void fullDeviceFailsTheExport();
    void androidCornersAsWritePair_data();
    void androidCornersAsWritePair();
    void stringsCornersAsWritePair_data();
    void stringsCornersAsWritePair();

private:
    // writePairTo of `format`'s filter writes writePair's bytes (or fails with its error) for the
    // pair's segments with every other one given new targets.
    void checkCornerAsWritePair(const QString& format, const QString& sourceName);
    // The source file (a path under tests/data) imported for `language` with `translation` as its
    // translation file (a path under tests/data; empty: none yet).
    QString import(const QString& folder, const QString& source, const QString& translation, const QString& language);
    // What export wrote before it streamed: the filter's writePair of the listed segments.
    QByteArray wholeFileExport(const QString& documentId);
    // Every third segment edited (targets and state); locked ones stay.
    void edit(const QString& documentId);
    // The source and translation file rows of one folder.
    static void addRows(const QString& folder, const QStringList& patterns,
                        const QList<std::tuple<QString, QString, QString>>& pairs);

    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    formats::FilterRegistry m_filters;
};

void TestStreamedPairExport::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestStreamedPairExport::cleanup()
{
    m_ws.reset();
}

QString TestStreamedPairExport::import(const QString& folder, const QString& source, const QString& translation,
                                       const QString& language)
{
    const QByteArray data = readFile(testsupport::testDataDir(folder) + source);
    std::optional<QByteArray> translationData;
    if (!translation.isEmpty())
        translationData = readFile(testsupport::testDataDir(folder) + translation);
    domain::Project project;
    project.name = QStringLiteral("Larkspur");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {language};
    auto created = (*m_ws)->projects().create(project);
    if (!created)
        return {};
    project::DocumentImporter importer(**m_ws, m_filters);
    auto imported =
        importer.import(created->id, documentName(folder, source), data, {}, nullptr,
                        [&](const formats::Filter&, const QString&) -> domain::Result<std::optional<QByteArray>> {
                            return translationData;
                        });
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().describe()));
        return {};
    }
    return imported->documents.first().id;
}

QByteArray TestStreamedPairExport::wholeFileExport(const QString& documentId)
{
    auto document = (*m_ws)->documents().find(documentId);
    const formats::Filter* filter = m_filters.byId(document->format);
    QList<Segment> segments = filter->writesTranslationsOnly() ? *(*m_ws)->segments().listTranslations(documentId)
                                                               : *(*m_ws)->segments().listForDocument(documentId);
    segments.removeIf([](const Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
    auto bytes = filter->writePair(
        *(*m_ws)->documents().original(documentId), document->name, *(*m_ws)->documents().translation(documentId),
        segments, filter->translationPath(document->name, document->targetLanguage), document->targetLanguage);
    return bytes ? *bytes : QByteArray("<error> ") + errorText(bytes).toUtf8();
}

void TestStreamedPairExport::edit(const QString& documentId)
{
    const QList<Segment> segments = *(*m_ws)->segments().listForDocument(documentId);
    int n = 0;
    for (const Segment& s : segments) {
        if (s.flags.testFlag(domain::SegmentFlag::Obsolete) || s.flags.testFlag(domain::SegmentFlag::Locked) ||
            n++ % 3 != 0)
            continue;
        QStringList targets = s.targets.isEmpty() ? QStringList{QString()} : s.targets;
        for (QString& target : targets)
            target = QStringLiteral("edited %1 ").arg(n) + target;
        store::SegmentEdit change{s.id, targets, n % 2 ? SegmentState::Translated : SegmentState::Draft, -1, {}};
        auto edited = (*m_ws)->segments().applyEdit(change);
        QVERIFY2(edited, qPrintable(errorText(edited)));
    }
}

void TestStreamedPairExport::addRows(const QString& folder, const QStringList& patterns,
                                     const QList<std::tuple<QString, QString, QString>>& pairs)
{
    const QString root = testsupport::testDataDir(folder);
    QDirIterator it(root, patterns, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    QVERIFY(!files.isEmpty());
    // Files the filter refuses (cenon-operations-German.strings names a key twice) cannot be imported.
    const formats::FilterRegistry filters;
    files.removeIf([&](const QString& file) {
        const QByteArray data = readFile(root + file);
        const formats::Filter* filter = filters.detect(file, data.left(4096));
        return !filter || !filter->read(data, file);
    });
    // Each file alone (no translation file yet: a new one is made), and as its own translation file
    // (every entry there: edits spliced in).
    for (const QString& file : files) {
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + file + QStringLiteral(" untranslated")))
            << folder << file << QString() << QStringLiteral("de");
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + file + QStringLiteral(" with itself")))
            << folder << file << file << QStringLiteral("de");
    }
    // Real translations of a source file (entries missing, in another order).
    for (const auto& [source, translation, language] : pairs)
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + source + QStringLiteral(" with ") + translation))
            << folder << source << translation << language;
}

void TestStreamedPairExport::sameBytesAsWritePair_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("language");
    addRows(QStringLiteral("android"), {QStringLiteral("*.xml")},
            {{QStringLiteral("react-native/uimanager/values/strings.xml"),
              QStringLiteral("react-native/uimanager/values-uk/strings.xml"), QStringLiteral("uk")},
             {QStringLiteral("react-native/devsupport/values/strings.xml"),
              QStringLiteral("react-native/devsupport/values-pa/strings.xml"), QStringLiteral("pa")},
             {QStringLiteral("apt/values-ru/strings.xml"), QStringLiteral("tar/values-pl/strings.xml"),
              QStringLiteral("pl")}});
    addRows(QStringLiteral("json"), {QStringLiteral("*.json")},
            {{QStringLiteral("medusa-en.json"), QStringLiteral("medusa-de.json"), QStringLiteral("de")},
             {QStringLiteral("medusa-en.json"), QStringLiteral("medusa-ja.json"), QStringLiteral("ja")}});
    addRows(QStringLiteral("arb"), {QStringLiteral("*.arb")},
            {{QStringLiteral("onebit-dice_en.arb"), QStringLiteral("onebit-dice_de.arb"), QStringLiteral("de")}});
    addRows(
        QStringLiteral("strings"), {QStringLiteral("*.strings")},
        {{QStringLiteral("gmimagepicker-en.strings"), QStringLiteral("gmimagepicker-de.strings"), QStringLiteral("de")},
         {QStringLiteral("gmimagepicker-en.strings"), QStringLiteral("gmimagepicker-ja.strings"),
          QStringLiteral("ja")}});
}

void TestStreamedPairExport::sameBytesAsWritePair()
{
    QFETCH(QString, folder);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, language);
    const QString documentId = import(folder, source, translation, language);
    QVERIFY(!documentId.isEmpty());
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out/") + QFileInfo(source).fileName());

    for (const char* step : {"as imported", "edited", "reversed"}) {
        if (qstrcmp(step, "edited") == 0)
            edit(documentId);
        if (qstrcmp(step, "reversed") == 0) {
            auto reversed = (*m_ws)->database().prepare("UPDATE segments SET ord = -ord WHERE document_id = ?");
            QVERIFY(reversed);
            QVERIFY((*reversed)->bindAll(documentId).run());
        }
        const QByteArray expected = wholeFileExport(documentId);
        QVERIFY2(!expected.startsWith("<error>"), expected.constData());
        auto exported = exporter.exportTo(documentId, path);
        QVERIFY2(exported, qPrintable(step + QStringLiteral(": ") + errorText(exported)));
        const QByteArray written = readFile(path);
        const QString difference = testsupport::firstDifference(written, expected);
        if (!difference.isEmpty())
            QFAIL(qPrintable(QLatin1String(step) + QStringLiteral(": ") + difference));
        auto rendered = exporter.render(documentId);
        QVERIFY2(rendered, qPrintable(errorText(rendered)));
        QVERIFY(*rendered == expected);
    }
}

void TestStreamedPairExport::failedStoreReadLeavesOldFile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("language");
    QTest::newRow("android") << QStringLiteral("android") << QStringLiteral("react-native/uimanager/values/strings.xml")
                             << QStringLiteral("react-native/uimanager/values-uk/strings.xml") << QStringLiteral("uk");
    QTest::newRow("android untranslated") << QStringLiteral("android") << QStringLiteral("tar/values-pl/strings.xml")
                                          << QString() << QStringLiteral("pl");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("medusa-en.json")
                          << QStringLiteral("medusa-de.json") << QStringLiteral("de");
}

void TestStreamedPairExport::failedStoreReadLeavesOldFile()
{
    QFETCH(QString, folder);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, language);
    const QString documentId = import(folder, source, translation, language);
    QVERIFY(!documentId.isEmpty());
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;
    const QString name = QFileInfo(source).fileName();
    const QString path = dir.filePath(name);
    QVERIFY(exporter.exportTo(documentId, path));
    const QByteArray old = readFile(path);

    edit(documentId);
    auto reversed = (*m_ws)->database().prepare("UPDATE segments SET ord = -ord WHERE document_id = ?");
    QVERIFY(reversed);
    QVERIFY((*reversed)->bindAll(documentId).run());
    store::Database& db = (*m_ws)->database();
    const QString workspaceFolder = QFileInfo((*m_ws)->databasePath()).absolutePath();
    db.failStatement(0);
    QVERIFY(exporter.render(documentId));
    const int statements = db.statementsExecuted();
    const bool streams = m_filters.byId((*m_ws)->documents().find(documentId)->format)->writesPairStreamed();
    QVERIFY2(streams ? statements > 10 : statements >= 1, qPrintable(QString::number(statements)));
    testsupport::checkRefusedReadsLeaveTheOldFile(db, exporter, documentId, path, old, statements, workspaceFolder);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(exporter.exportTo(documentId, path));
    QVERIFY(readFile(path) == wholeFileExport(documentId));
    QVERIFY(readFile(path) != old);
}

void TestStreamedPairExport::fullDeviceFailsTheExport_data()
{
    failedStoreReadLeavesOldFile_data();
}

void TestStreamedPairExport::fullDeviceFailsTheExport()
{
    QFETCH(QString, folder);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, language);
    const QString documentId = import(folder, source, translation, language);
    QVERIFY(!documentId.isEmpty());
    edit(documentId);
    const QByteArray whole = wholeFileExport(documentId);
    QVERIFY2(!whole.startsWith("<error>"), whole.constData());
    auto document = (*m_ws)->documents().find(documentId);
    const formats::Filter* filter = m_filters.byId(document->format);
    const QList<Segment> segments = *(*m_ws)->segments().listForDocument(documentId);
    const QByteArray original = *(*m_ws)->documents().original(documentId);
    const QByteArray stored = *(*m_ws)->documents().translation(documentId);
    const QString translationName = filter->translationPath(document->name, document->targetLanguage);

    // The device fills up halfway through: the writer fails with the device's reason.
    FullDevice full(whole.size() / 2);
    formats::SegmentList list(segments);
    auto failed =
        filter->writePairTo(full, original, document->name, stored, list, translationName, document->targetLanguage);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, domain::ErrorCode::Io);
    QVERIFY2(failed.error().message.contains(QLatin1String("No space left on device")), qPrintable(errorText(failed)));
    QVERIFY(whole.startsWith(full.written));

    // Through the exporter and FileSaver the half-written file is thrown away and the old one kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(QFileInfo(source).fileName());
    QVERIFY(project::FileSaver::save(path, QByteArray("old file\n")));
    auto saved = project::FileSaver::save(path, [&](QIODevice& file) -> domain::Result<void> {
        formats::SegmentList again(segments);
        auto written = filter->writePairTo(file, original, document->name, stored, again, translationName,
                                           document->targetLanguage);
        if (!written)
            return written;
        return domain::fail(domain::ErrorCode::Io, QStringLiteral("the disk filled up"));
    });
    QVERIFY(!saved);
    QCOMPARE(saved.error().message, QStringLiteral("the disk filled up"));
    QCOMPARE(readFile(path), QByteArray("old file\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
}

void TestStreamedPairExport::androidCornersAsWritePair_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("language");
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    const QByteArray fiveStrings = head +
                                   "<resources>\n    <string name=\"a\">A</string>\n    <string name=\"b\">B</string>\n"
                                   "    <string name=\"c\">C</string>\n    <string name=\"d\">D</string>\n"
                                   "    <string name=\"e\">E</string>\n</resources>\n";
    QTest::newRow("translation in another order, entries missing between")
        << fiveStrings
        << head + "<resources>\n    <string name=\"d\">DD</string>\n    <string name=\"a\">AA</string>\n</resources>\n"
        << QStringLiteral("de");
    QTest::newRow("missing before the first entry the translation has")
        << fiveStrings << head + "<resources>\n  <string name=\"c\">CC</string>\n</resources>" << QStringLiteral("de");
    QTest::newRow("self-closing resources") << fiveStrings << head + "<resources/>\n" << QStringLiteral("de");
    QTest::newRow("no translation file") << fiveStrings << QByteArray() << QStringLiteral("de");
    QTest::newRow("CRLF, entries only the translation has")
        << fiveStrings
        << QByteArray("<resources>\r\n\t<string name=\"zz\">Z</string>\r\n\t<string name=\"b\">BB</string>\r\n"
                      "</resources>\r\n")
        << QStringLiteral("de");
    const QByteArray arrays = head + "<resources>\n    <string-array name=\"days\">\n        <item>Mon</item>\n"
                                     "        <item><![CDATA[Tue & co]]></item>\n        <item>Wed <b>bold</b></item>\n"
                                     "    </string-array>\n    <string-array name=\"empty\"/>\n"
                                     "    <plurals name=\"files\">\n        <item quantity=\"one\">%d file</item>\n"
                                     "        <item quantity=\"other\">%d files</item>\n    </plurals>\n"
                                     "    <string name=\"fixed\" translatable=\"false\">Fixed</string>\n"
                                     "    <string name=\"last\" formatted=\"false\">%s and %s</string>\n</resources>\n";
    QTest::newRow("string-array items and plural forms the translation lacks")
        << arrays
        << head + "<resources>\n    <plurals name=\"files\">\n        <item quantity=\"other\">%d Dateien</item>\n"
                  "    </plurals>\n    <string-array name=\"days\">\n        <item>Mo</item>\n    </string-array>\n"
                  "    <string-array name=\"empty\"></string-array>\n</resources>\n"
        << QStringLiteral("ru");
    QTest::newRow("arrays and plurals all missing") << arrays << QByteArray() << QStringLiteral("pl");
    QTest::newRow("a name twice in the translation")
        << fiveStrings
        << head + "<resources>\n    <string name=\"a\">1</string>\n    <string name=\"a\">2</string>\n</resources>\n"
        << QStringLiteral("de");
    QTest::newRow("a name twice in the default file")
        << head + "<resources>\n    <string name=\"a\">1</string>\n    <string name=\"a\">2</string>\n</resources>\n"
        << fiveStrings << QStringLiteral("de");
    QTest::newRow("translation not well-formed")
        << fiveStrings << head + "<resources>\n    <string name=\"a\">1</strin>\n</resources>\n"
        << QStringLiteral("de");
    QString utf16 = QString::fromUtf8(head + "<resources>\n    <string name=\"b\">Bé</string>\n</resources>\n");
    utf16.replace(QStringLiteral("utf-8"), QStringLiteral("utf-16"));
    const QByteArray utf16le =
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
    QTest::newRow("translation in UTF-16") << fiveStrings << utf16le << QStringLiteral("de");
    QStringEncoder bigEndian(QStringEncoder::Utf16BE);
    QTest::newRow("translation in UTF-16BE, entries inserted")
        << fiveStrings << QByteArray("\xFE\xFF") + QByteArray(bigEndian.encode(utf16)) << QStringLiteral("de");
    QString fiveUtf16 = QString::fromUtf8(fiveStrings);
    fiveUtf16.replace(QStringLiteral("utf-8"), QStringLiteral("utf-16"));
    QTest::newRow("default file in UTF-16")
        << QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(fiveUtf16.utf16()), fiveUtf16.size() * 2)
        << head + "<resources>\n    <string name=\"b\">Bé</string>\n</resources>\n"
        << QStringLiteral("de");
}

void TestStreamedPairExport::androidCornersAsWritePair()
{
    checkCornerAsWritePair(QStringLiteral("android"), QStringLiteral("res/values/strings.xml"));
}

void TestStreamedPairExport::checkCornerAsWritePair(const QString& format, const QString& sourceName)
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, translation);
    QFETCH(QString, language);
    const formats::Filter* filter = m_filters.byId(format);
    QVERIFY(filter && filter->writesPairStreamed());
    const QString translationName = filter->translationPath(sourceName, language);
    // The segments as the pair reads them (from the five strings when the pair cannot be read), every
    // other one given new targets.
    auto pair = filter->readPair(source, sourceName, translation, translationName, language);
    if (!pair)
        pair = filter->readPair(source, sourceName, {}, translationName, language);
    if (!pair)
        pair = filter->read(translation, translationName);
    QVERIFY2(pair, qPrintable(errorText(pair)));
    QList<Segment> segments = pair->segments;
    for (qsizetype i = 0; i < segments.size(); i += 2) {
        if (segments[i].flags.testFlag(domain::SegmentFlag::Locked))
            continue;
        for (QString& target : segments[i].targets)
            target = QStringLiteral("neu %1 <").arg(i) + segments[i].key;
        if (segments[i].targets.isEmpty())
            segments[i].targets = {QStringLiteral("neu")};
        segments[i].state = SegmentState::Translated;
    }
    const auto whole = filter->writePair(source, sourceName, translation, segments, translationName, language);
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    formats::SegmentList list(segments);
    const auto written = filter->writePairTo(buffer, source, sourceName, translation, list, translationName, language);
    QCOMPARE(bool(written), bool(whole));
    if (!whole) {
        QCOMPARE(errorText(written), errorText(whole));
        return;
    }
    QCOMPARE(QString::fromUtf8(streamed), QString::fromUtf8(*whole));
    QVERIFY(streamed == *whole);
}

void TestStreamedPairExport::stringsCornersAsWritePair_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("language");
    const QByteArray five = "/* First */\n\"a\" = \"A\";\n\n\"b\" = \"B\";\n\"c\" = \"C\";\n// Fourth\n\"d\" = \"D\";\n"
                            "\"e\" = \"E\";\n";
    QTest::newRow("translation in another order, entries missing between")
        << five << QByteArray("\"d\" = \"DD\";\n\"a\" = \"AA\";\n") << QStringLiteral("de");
    QTest::newRow("no translation file yet") << five << QByteArray() << QStringLiteral("de");
    QTest::newRow("no line end at the end") << five << QByteArray("\"a\" = \"AA\";") << QStringLiteral("de");
    QTest::newRow("CRLF, one line end at the end")
        << five << QByteArray("\"b\" = \"BB\";\r\n\"a\" = \"AA\";\r\n") << QStringLiteral("de");
    QTest::newRow("blank line at the end") << five << QByteArray("\"b\" = \"BB\";\n\n") << QStringLiteral("de");
    QTest::newRow("comment at the end") << five << QByteArray("\"b\" = \"BB\";\n/* end */") << QStringLiteral("de");
    QTest::newRow("short form and unquoted tokens")
        << five << QByteArray("a;\nb = B;\n\"c\" = \"C\";\n") << QStringLiteral("de");
    QTest::newRow("every entry there") << five << five << QStringLiteral("de");
    QTest::newRow("broken translation file") << five << QByteArray("\"a\" = \"AA\"\n\"b\" = ;") << QStringLiteral("de");
    QTest::newRow("duplicate key in the translation")
        << five << QByteArray("\"a\" = \"1\";\n\"a\" = \"2\";\n") << QStringLiteral("de");
    QTest::newRow("broken source file") << QByteArray("\"a\" = ") << QByteArray("\"a\" = \"AA\";\n")
                                        << QStringLiteral("de");
    const QString text = QStringLiteral("/* Kommentar */\n\"a\" = \"Ä\";\n\"b\" = \"😀\";\n");
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    QTest::newRow("UTF-16 LE with BOM") << five << le << QStringLiteral("de");
    QTest::newRow("UTF-16 BE with BOM") << five << be << QStringLiteral("de");
    QTest::newRow("UTF-16 LE without BOM") << five << le.mid(2) << QStringLiteral("de");
    QTest::newRow("UTF-8 with BOM") << five << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("de");
}

void TestStreamedPairExport::stringsCornersAsWritePair()
{
    checkCornerAsWritePair(QStringLiteral("strings"), QStringLiteral("en.lproj/Localizable.strings"));
}

QTEST_GUILESS_MAIN(TestStreamedPairExport)
#include "TestStreamedPairExport.moc"
