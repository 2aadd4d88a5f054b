// Tests the Android string resource filter on real strings.xml files (React Native, an npm photo
// editor, and plurals that translate-toolkit wrote from Debian catalogs): reading, byte-exact round
// trips, edits that translate-toolkit reads back, insertion of missing entries, create(), and
// clear errors for broken files.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/AndroidFilter.h"
#include "formats/AndroidReader.h"
#include "formats/AndroidWriter.h"
#include "formats/FilterRegistry.h"
#include "formats/PoFilter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::AndroidFilter;
using tessera::formats::AndroidReader;
using tessera::formats::AndroidWriter;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;

using tessera::testsupport::errorText;

namespace {

QString dataDir()
{
    return tessera::testsupport::testDataDir(QStringLiteral("android"));
}

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("android"), name);
}

const Segment* find(const ParsedDocument& document, const QString& key)
{
    for (const Segment& segment : document.segments) {
        if (segment.key == key)
            return &segment;
    }
    return nullptr;
}

QStringList realFiles()
{
    QStringList files;
    QDirIterator it(dataDir(), {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(dataDir().size()));
    files.sort();
    return files;
}

// Runs python3 with translate-toolkit's Android reader on `data` saved as `name`; prints
// a JSON array [key, target] a line for each unit (plural forms joined by " | "). Empty when it is not available.
QString translateToolkit(const QByteArray& data, const QString& name, bool& available)
{
    available = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    file.close();
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import json, sys\n"
                                  "try:\n"
                                  "    from translate.storage import aresource\n"
                                  "except ImportError:\n"
                                  "    sys.exit(3)\n"
                                  "s = aresource.AndroidResourceFile.parsefile(sys.argv[1])\n"
                                  "for u in s.units:\n"
                                  "    t = u.target\n"
                                  "    t = ' | '.join(t.strings) if hasattr(t, 'strings') and len(t.strings) > 1 "
                                  "else str(t)\n"
                                  "    print(json.dumps([u.getid(), t], ensure_ascii=False))\n"),
                   path});
    if (!process.waitForFinished(60000) || process.exitCode() == 3)
        return {};
    available = true;
    if (process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestAndroidFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detects();
    void languageFromFolder_data();
    void languageFromFolder();
    void readsRealFiles_data();
    void readsRealFiles();
    void readsEscapesMarkupAndLocked();
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
    void roundTripsEveryRealFileByteForByte();
    void editsAreWrittenAndReadBack();
    void editedTextsSurviveEscaping_data();
    void editedTextsSurviveEscaping();
    void insertsMissingPluralItems();
    void readsAndWritesStringArraysAndCdata();
    void readPairTakesSourcesFromTheDefaultFile();
    void writePairInsertsMissingEntriesInSourceOrder();
    void createThenReadGivesTheSameSegments();
    void createFromPo();
    void badInputErrors_data();
    void badInputErrors();
    void utf16StaysUtf16();
};

void TestAndroidFilter::detects()
{
    const AndroidFilter filter;
    const QByteArray android = readData(QStringLiteral("apt/values-ru/strings.xml"));
    QCOMPARE(filter.detect(QStringLiteral("res/values-ru/strings.xml"), android), 95);
    QCOMPARE(filter.detect(QStringLiteral("strings.txt"), android), 80);
    const QByteArray rn = readData(QStringLiteral("react-native/devsupport/values-pa/strings.xml"));
    QCOMPARE(filter.detect(QStringLiteral("strings.xml"), rn), 95); // comments before <resources>
    QCOMPARE(filter.detect(QStringLiteral("a.ts"), QByteArrayLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE TS>\n<TS "
                                                                     "version=\"2.1\"><context/></TS>")),
             0);
    QCOMPARE(filter.detect(QStringLiteral("a.xlf"), QByteArrayLiteral("<?xml version=\"1.0\"?><xliff version=\"1.2\">"
                                                                      "<file><body/></file></xliff>")),
             0);
    QCOMPARE(filter.detect(QStringLiteral("a.xml"), QByteArrayLiteral("<resourcesX/>")), 0);
    QCOMPARE(filter.detect(QStringLiteral("a.po"), QByteArrayLiteral("msgid \"\"\nmsgstr \"\"\n")), 0);

    const FilterRegistry registry;
    QCOMPARE(registry.detect(QStringLiteral("values-ru/strings.xml"), android)->id(), QStringLiteral("android"));
    QVERIFY(registry.byId(QStringLiteral("android")));
}

void TestAndroidFilter::languageFromFolder_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "res/values-de/strings.xml" << "de";
    QTest::newRow("pt-rBR") << "res/values-pt-rBR/strings.xml" << "pt-BR";
    QTest::newRow("b+sr+Latn") << "res/values-b+sr+Latn/strings.xml" << "sr-Latn";
    QTest::newRow("iw is he") << "values-iw/strings.xml" << "he";
    QTest::newRow("es-r419") << "values-es-r419/strings.xml" << "es-419";
    QTest::newRow("qualifiers after") << "values-fr-rCA-land/strings.xml" << "fr-CA";
    QTest::newRow("default") << "res/values/strings.xml" << "";
    QTest::newRow("night") << "res/values-night/strings.xml" << "";
    QTest::newRow("v21") << "res/values-v21/strings.xml" << "";
    QTest::newRow("no folder") << "strings.xml" << "";
}

void TestAndroidFilter::languageFromFolder()
{
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    QCOMPARE(AndroidReader::languageOf(fileName), language);
}

void TestAndroidFilter::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("plurals");
    QTest::addColumn<int>("locked");
    // Units as translate-toolkit's Android reader counts them; plurals and translatable="false" by grep.
    QTest::newRow("apt ru") << "apt/values-ru/strings.xml" << "ru" << 18 << 6 << 0;
    QTest::newRow("tar pl") << "tar/values-pl/strings.xml" << "pl" << 18 << 6 << 0;
    QTest::newRow("dpkg ja") << "dpkg/values-ja/strings.xml" << "ja" << 18 << 6 << 0;
    QTest::newRow("photo-editor") << "photo-editor/values/strings.xml" << "" << 28 << 0 << 0;
    QTest::newRow("rn devsupport") << "react-native/devsupport/values/strings.xml" << "" << 27 << 0 << 25;
    QTest::newRow("rn devsupport pa") << "react-native/devsupport/values-pa/strings.xml" << "pa" << 2 << 0 << 0;
    QTest::newRow("rn uimanager") << "react-native/uimanager/values/strings.xml" << "" << 25 << 0 << 0;
    QTest::newRow("rn uimanager uk") << "react-native/uimanager/values-uk/strings.xml" << "uk" << 25 << 0 << 0;
}

void TestAndroidFilter::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, segments);
    QFETCH(int, plurals);
    QFETCH(int, locked);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    const auto document = AndroidFilter().read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->format, QStringLiteral("android"));
    QCOMPARE(document->targetLanguage, language);
    QCOMPARE(document->segments.size(), segments);
    int pluralCount = 0;
    int lockedCount = 0;
    for (qsizetype i = 0; i < document->segments.size(); ++i) {
        const Segment& segment = document->segments[i];
        QCOMPARE(segment.order, int(i) + 1);
        pluralCount += segment.isPlural() ? 1 : 0;
        lockedCount += segment.flags.testFlag(SegmentFlag::Locked) ? 1 : 0;
        if (!segment.isPlural()) {
            QCOMPARE(segment.targets, QStringList{segment.source});
            QCOMPARE(segment.state, segment.source.isEmpty() ? SegmentState::New : SegmentState::Translated);
        }
    }
    QCOMPARE(pluralCount, plurals);
    QCOMPARE(lockedCount, locked);

    // translate-toolkit reads the same targets (it keeps markup as text too; its plurals are only
    // the integer categories of gettext, so they are compared form by form).
    bool available = false;
    const QString theirs = translateToolkit(data, file, available);
    if (!available)
        QSKIP("python3 with translate-toolkit is not available");
    QVERIFY2(!theirs.startsWith(QLatin1StringView("FAILED")), qPrintable(theirs));
    const QStringList lines = theirs.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int compared = 0;
    for (const Segment& segment : document->segments) {
        for (const QString& line : lines) {
            const QJsonArray unit = QJsonDocument::fromJson(line.toUtf8()).array();
            if (unit.at(0).toString() != segment.key)
                continue;
            const QString target = unit.at(1).toString();
            if (segment.isPlural())
                QVERIFY2(segment.targets.join(QStringLiteral(" | ")).startsWith(target), qPrintable(segment.key));
            else if (!segment.source.contains(QLatin1Char('<')))
                QCOMPARE(segment.targets.value(0), target);
            ++compared;
        }
    }
    QVERIFY(compared >= segments / 2);
}

void TestAndroidFilter::readsEscapesMarkupAndLocked()
{
    const QString devsupport = QStringLiteral("react-native/devsupport/values/strings.xml");
    const auto rn = AndroidFilter().read(readData(devsupport), devsupport);
    QVERIFY2(rn, qPrintable(errorText(rn)));
    const Segment* dismiss = find(*rn, QStringLiteral("catalyst_dismiss_button"));
    QVERIFY(dismiss);
    QCOMPARE(dismiss->source, QStringLiteral("Dismiss\n(ESC)"));
    QVERIFY(dismiss->flags.testFlag(SegmentFlag::Locked));
    QCOMPARE(find(*rn, QStringLiteral("catalyst_reload_button"))->source, QStringLiteral("Reload\n(R,\u00a0R)"));
    QCOMPARE(find(*rn, QStringLiteral("catalyst_copy_button"))->source, QStringLiteral("Copy\n"));
    const Segment* header = find(*rn, QStringLiteral("catalyst_dev_menu_header"));
    QCOMPARE(header->source, QStringLiteral("React Native Dev Menu <xliff:g id=\"menu_header_name\">(%1$s)</xliff:g>"));
    QVERIFY(!header->flags.testFlag(SegmentFlag::Locked));

    const QString pa = QStringLiteral("react-native/devsupport/values-pa/strings.xml");
    const auto punjabi = AndroidFilter().read(readData(pa), pa);
    QVERIFY2(punjabi, qPrintable(errorText(punjabi)));
    QVERIFY(find(*punjabi, QStringLiteral("catalyst_dev_menu_header"))->source.contains(QStringLiteral(" 'ਤੇ ")));

    const QString editor = QStringLiteral("photo-editor/values/strings.xml");
    const auto photo = AndroidFilter().read(readData(editor), editor);
    QVERIFY2(photo, qPrintable(errorText(photo)));
    QCOMPARE(find(*photo, QStringLiteral("ic_close"))->source, QString(QChar(0xe918)));
    QCOMPARE(find(*photo, QStringLiteral("ic_draw"))->source, QString(QChar(0xe944))); // ""\ue944
    QCOMPARE(find(*photo, QStringLiteral("ic_crop"))->source, QString(QChar(0xf565))); // &#xf565;

    const QString ja = QStringLiteral("dpkg/values-ja/strings.xml");
    const auto japanese = AndroidFilter().read(readData(ja), ja);
    QVERIFY2(japanese, qPrintable(errorText(japanese)));
    const Segment* quoted = find(*japanese, QStringLiteral("250s_is_s"));
    QVERIFY(quoted);
    QCOMPARE(quoted->source, QStringLiteral("  %.250s は %s です。\n")); // "…" keeps the leading spaces

    // Notes come from the comment just before an element; whitespace collapses outside quotes.
    const QByteArray snippet = "<resources>\n    <!-- Shown on the button -->\n    <string name=\"a\">  Save\n"
                               "        now  </string>\n    <!-- not a note: text follows -->x\n"
                               "    <string name=\"b\">&lt;b&gt; &amp; \\@home</string>\n"
                               "    <string name=\"c\">aapt2 refuses it's, Tessera keeps it</string>\n</resources>\n";
    const auto small = AndroidFilter().read(snippet, QStringLiteral("values/strings.xml"));
    QVERIFY2(small, qPrintable(errorText(small)));
    QCOMPARE(small->segments[0].context.note, QStringLiteral("Shown on the button"));
    QCOMPARE(small->segments[0].source, QStringLiteral("Save now"));
    QCOMPARE(small->segments[1].context.note, QString());
    QCOMPARE(small->segments[1].source, QStringLiteral("<b> & @home"));
    QCOMPARE(small->segments[2].source, QStringLiteral("aapt2 refuses it's, Tessera keeps it")); // unescaped '
}

void TestAndroidFilter::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("categories");
    QTest::newRow("ru") << "apt/values-ru/strings.xml" << QStringList{"one", "few", "many", "other"};
    QTest::newRow("pl") << "tar/values-pl/strings.xml" << QStringList{"one", "few", "many", "other"};
    QTest::newRow("ja") << "dpkg/values-ja/strings.xml" << QStringList{"other"};
}

void TestAndroidFilter::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, file);
    QFETCH(QStringList, categories);
    const auto document = AndroidFilter().read(readData(file), file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->pluralForms, categories.size());
    for (const Segment& segment : document->segments) {
        if (segment.isPlural()) {
            QCOMPARE(segment.targets.size(), categories.size());
            QCOMPARE(segment.state, SegmentState::Translated);
        }
    }
    if (file.contains(QLatin1StringView("ru"))) {
        const Segment* upgrade = find(*document, QStringLiteral("i_package_can_be_upgraded_run_apt_list_u"));
        QVERIFY(upgrade);
        QVERIFY(upgrade->targets[0].startsWith(QStringLiteral("Может быть обновлён %i пакет.")));
        QVERIFY(upgrade->targets[1].startsWith(QStringLiteral("Может быть обновлено %i пакета.")));
        QVERIFY(upgrade->targets[2].startsWith(QStringLiteral("Может быть обновлено %i пакетов.")));
        QVERIFY(upgrade->targets[0].endsWith(QLatin1Char('\n')));
    }

    // Arabic has six categories: an Arabic file with two items reads six targets, four empty (Draft).
    const QByteArray arabic = "<resources><plurals name=\"n\"><item quantity=\"one\">ملف واحد</item>"
                              "<item quantity=\"other\">%d ملف</item></plurals></resources>";
    const auto ar = AndroidFilter().read(arabic, QStringLiteral("res/values-ar/strings.xml"));
    QVERIFY2(ar, qPrintable(errorText(ar)));
    QCOMPARE(ar->segments[0].targets, (QStringList{QString(), QStringLiteral("ملف واحد"), QString(), QString(),
                                                   QString(), QStringLiteral("%d ملف")}));
    QCOMPARE(ar->segments[0].state, SegmentState::Draft);
    QCOMPARE(ar->pluralForms, 6);
}

void TestAndroidFilter::roundTripsEveryRealFileByteForByte()
{
    const AndroidFilter filter;
    const QStringList files = realFiles();
    QVERIFY(files.size() >= 8);
    for (const QString& file : files) {
        const QByteArray data = readData(file);
        const auto document = filter.read(data, file);
        QVERIFY2(document, qPrintable(errorText(document)));
        const auto written = filter.write(data, document->segments, file);
        QVERIFY2(written, qPrintable(errorText(written)));
        QVERIFY2(*written == data, qPrintable(file));
        // Edited segments whose text is the same again give the same bytes too.
        QList<Segment> same = document->segments;
        for (Segment& segment : same)
            segment.state = SegmentState::Reviewed;
        const auto again = filter.write(data, same, file);
        QVERIFY2(again && *again == data, qPrintable(file));
    }
}

void TestAndroidFilter::editsAreWrittenAndReadBack()
{
    const QString file = QStringLiteral("apt/values-ru/strings.xml");
    const QByteArray data = readData(file);
    const AndroidFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    Segment& done = segments[8]; // "done", " Готово" in quotes
    QCOMPARE(done.key, QStringLiteral("done"));
    done.targets = {QStringLiteral("Готово, it's \"done\"")};
    Segment* plural = nullptr;
    for (Segment& segment : segments) {
        if (segment.isPlural() && !plural)
            plural = &segment;
    }
    QVERIFY(plural);
    plural->targets[1] = QStringLiteral("%i пакета\n  с отступом");
    const auto written = filter.write(data, segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));

    // Only the two edited lines changed.
    const QList<QByteArray> before = data.split('\n');
    const QList<QByteArray> after = written->split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        changed += before[i] != after[i] ? 1 : 0;
    QCOMPARE(changed, 2);
    QVERIFY(written->contains("<string name=\"done\">Готово, it\\'s \\\"done\\\"</string>"));
    QVERIFY(written->contains("<item quantity=\"few\">\"%i пакета\\n  с отступом\"</item>"));

    const auto again = filter.read(*written, file);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->segments.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i)
        QCOMPARE(again->segments[i].targets, segments[i].targets);

    bool available = false;
    const QString theirs = translateToolkit(*written, file, available);
    if (!available)
        QSKIP("python3 with translate-toolkit is not available: the written file was not checked by it");
    QVERIFY2(theirs.contains(QStringLiteral("[\"done\", \"Готово, it's \\\"done\\\"\"]")), qPrintable(theirs));
    QVERIFY2(theirs.contains(QStringLiteral("%i пакета\\n  с отступом")), qPrintable(theirs));
}

void TestAndroidFilter::editedTextsSurviveEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("apostrophe and quotes") << "it's \"quoted\"";
    QTest::newRow("backslash") << "C:\\path\\n";
    QTest::newRow("leading and trailing spaces") << "  padded  ";
    QTest::newRow("inner double space") << "a  b";
    QTest::newRow("newline and tab") << "line\n\tnext";
    QTest::newRow("resource reference look-alike") << "@string/x";
    QTest::newRow("theme attribute look-alike") << "?attr";
    QTest::newRow("xml specials") << "a < b && c > d";
    QTest::newRow("control character") << QStringLiteral("bell\u0007");
    QTest::newRow("markup-looking text in a plain string") << "<b>bold</b>";
    QTest::newRow("emoji") << QStringLiteral("ok \U0001F600");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x");
    QTest::newRow("empty") << "";
}

void TestAndroidFilter::editedTextsSurviveEscaping()
{
    QFETCH(QString, text);
    const QString file = QStringLiteral("values-de/strings.xml");
    const QByteArray data =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"a\">x</string>\n"
        "    <string name=\"b\" />\n</resources>\n";
    const AndroidFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[0].targets = {text};
    segments[1].targets = {text};
    const auto written = filter.write(data, segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    const auto again = filter.read(*written, file);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->segments[0].targets.value(0), text);
    QCOMPARE(again->segments[1].targets.value(0), text);
}

void TestAndroidFilter::insertsMissingPluralItems()
{
    const QString file = QStringLiteral("res/values-ru/strings.xml");
    const QByteArray data = "<resources>\n  <plurals name=\"files\">\n    <item quantity=\"one\">%d файл</item>\n"
                            "    <item quantity=\"other\">%d файла</item>\n  </plurals>\n</resources>\n";
    const AndroidFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments[0].targets.size(), 4);
    QCOMPARE(document->segments[0].state, SegmentState::Draft);
    QList<Segment> segments = document->segments;
    segments[0].targets = {QStringLiteral("%d файл"), QStringLiteral("%d файла"), QStringLiteral("%d файлов"),
                           QStringLiteral("%d файла")};
    const auto written = filter.write(data, segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(*written),
             QStringLiteral("<resources>\n  <plurals name=\"files\">\n    <item quantity=\"one\">%d файл</item>\n"
                            "    <item quantity=\"few\">%d файла</item>\n    <item quantity=\"many\">%d файлов</item>\n"
                            "    <item quantity=\"other\">%d файла</item>\n  </plurals>\n</resources>\n"));
    // A segment with the wrong number of forms is refused, naming the element.
    segments[0].targets = {QStringLiteral("a"), QStringLiteral("b")};
    const auto mismatch = filter.write(data, segments, file);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().line, 2);
    QVERIFY(mismatch.error().message.contains(QStringLiteral("plural count mismatch")));
}

void TestAndroidFilter::readsAndWritesStringArraysAndCdata()
{
    const QString file = QStringLiteral("values-fr/strings.xml");
    const QByteArray data = "<resources>\n"
                            "    <string-array name=\"planets\">\n        <item>Mercure</item>\n"
                            "        <item>Vénus</item>\n    </string-array>\n"
                            "    <string name=\"html\"><![CDATA[<b>Gras</b> & \\n]]></string>\n"
                            "    <string name=\"styled\">Appuyez sur <b>OK</b> &amp; <xliff:g id=\"n\" "
                            "example=\"3\">%1$d</xliff:g> fois</string>\n"
                            "</resources>\n";
    const AndroidFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 4);
    QCOMPARE(document->segments[0].key, QStringLiteral("planets[0]"));
    QCOMPARE(document->segments[1].key, QStringLiteral("planets[1]"));
    QCOMPARE(document->segments[1].source, QStringLiteral("Vénus"));
    QCOMPARE(document->segments[2].source, QStringLiteral("<b>Gras</b> & \\n")); // CDATA verbatim
    QCOMPARE(document->segments[3].source,
             QStringLiteral("Appuyez sur <b>OK</b> &amp; <xliff:g id=\"n\" example=\"3\">%1$d</xliff:g> fois"));

    QList<Segment> segments = document->segments;
    segments[1].targets = {QStringLiteral("Venus l'étoile")};
    segments[2].targets = {QStringLiteral("<i>Italique</i> ]]> fin")};
    segments[3].targets = {QStringLiteral("Touchez <b>OK</b> <xliff:g id=\"n\" example=\"3\">%1$d</xliff:g> fois, "
                                          "d'accord")};
    const auto written = filter.write(data, segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->contains("<item>Venus l\\'étoile</item>"));
    QVERIFY(written->contains("<![CDATA[<i>Italique</i> ]]]]><![CDATA[> fin]]>"));
    QVERIFY(written->contains("Touchez <b>OK</b> <xliff:g id=\"n\" example=\"3\">%1$d</xliff:g> fois, d\\'accord"));
    const auto again = filter.read(*written, file);
    QVERIFY2(again, qPrintable(errorText(again)));
    for (qsizetype i = 0; i < segments.size(); ++i)
        QCOMPARE(again->segments[i].targets, segments[i].targets);

    // Markup that is not well-formed is refused instead of breaking the file.
    segments[3].targets = {QStringLiteral("Touchez <b>OK fois")};
    const auto broken = filter.write(data, segments, file);
    QVERIFY(!broken);
    QCOMPARE(broken.error().line, 7);
}

void TestAndroidFilter::readPairTakesSourcesFromTheDefaultFile()
{
    const QString sourceFile = QStringLiteral("react-native/uimanager/values/strings.xml");
    const QString targetFile = QStringLiteral("react-native/uimanager/values-uk/strings.xml");
    QByteArray target = readData(targetFile);
    // Take one translation out, as a file that is not complete yet would be.
    const QByteArray menuLine = "    <string name=\"menu_description\" gender=\"unknown\">Меню</string>\n";
    QVERIFY(target.contains(menuLine));
    target.replace(menuLine, "");
    const auto document = AndroidReader::readPair(readData(sourceFile), sourceFile, target, targetFile);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, QStringLiteral("uk"));
    QCOMPARE(document->sourceLanguage, QString());
    QCOMPARE(document->segments.size(), 25);
    QCOMPARE(document->segments[0].key, QStringLiteral("link_description"));
    QCOMPARE(document->segments[0].source, QStringLiteral("Link"));
    QCOMPARE(document->segments[0].targets, QStringList{QStringLiteral("Посилання")});
    QCOMPARE(document->segments[0].state, SegmentState::Translated);
    const Segment* menu = find(*document, QStringLiteral("menu_description"));
    QCOMPARE(menu->source, QStringLiteral("Menu"));
    QCOMPARE(menu->targets, QStringList{QString()});
    QCOMPARE(menu->state, SegmentState::New);
    QCOMPARE(find(*document, QStringLiteral("menuitem_description"))->targets,
             QStringList{QStringLiteral("Об'єкт меню")});

    // An edit keeps the element's other attributes (gender=) and the file's comments.
    QList<Segment> segments = document->segments;
    segments[0].targets = {QStringLiteral("Нове посилання")};
    const auto written = AndroidWriter::write(target, segments, targetFile);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->contains("    <string name=\"link_description\" gender=\"unknown\">Нове посилання</string>\n"));
    QVERIFY(written->startsWith(target.left(target.indexOf("<resources"))));
    QCOMPARE(written->size() - target.size(), QByteArray("Нове посилання").size() - QByteArray("Посилання").size());
}

void TestAndroidFilter::writePairInsertsMissingEntriesInSourceOrder()
{
    const QString sourceFile = QStringLiteral("values/strings.xml");
    const QString targetFile = QStringLiteral("values-pl/strings.xml");
    const QByteArray source = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n"
                              "    <string name=\"first\">First</string>\n"
                              "    <string name=\"version\" translatable=\"false\">1.0</string>\n"
                              "    <string name=\"second\">Second</string>\n"
                              "    <plurals name=\"files\">\n        <item quantity=\"one\">%d file</item>\n"
                              "        <item quantity=\"other\">%d files</item>\n    </plurals>\n"
                              "    <string-array name=\"days\">\n        <item>Mon</item>\n        <item>Tue</item>\n"
                              "    </string-array>\n"
                              "    <string name=\"untranslated\">Later</string>\n"
                              "    <string name=\"third\">Third</string>\n</resources>\n";
    const QByteArray target = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<resources>\r\n"
                              "  <string name=\"second\">Drugi</string>\r\n"
                              "  <string name=\"extra\">Tylko tutaj</string>\r\n</resources>\r\n";
    const auto document = AndroidReader::readPair(source, sourceFile, target, targetFile);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 8);
    QVERIFY(find(*document, QStringLiteral("version"))->flags.testFlag(SegmentFlag::Locked));
    QCOMPARE(find(*document, QStringLiteral("files"))->targets.size(), 4);
    QCOMPARE(find(*document, QStringLiteral("days[1]"))->source, QStringLiteral("Tue"));

    // Unchanged: the same bytes, nothing inserted.
    const auto same = AndroidWriter::writePair(source, sourceFile, target, document->segments, targetFile);
    QVERIFY2(same && *same == target, qPrintable(errorText(same)));

    QList<Segment> segments = document->segments;
    for (Segment& segment : segments) {
        segment.state = SegmentState::Translated;
        if (segment.key == QLatin1StringView("first"))
            segment.targets = {QStringLiteral("Pierwszy")};
        else if (segment.key == QLatin1StringView("files"))
            segment.targets = {QStringLiteral("%d plik"), QStringLiteral("%d pliki"), QStringLiteral("%d plików"),
                               QString()};
        else if (segment.key == QLatin1StringView("days[0]"))
            segment.targets = {QStringLiteral("Pon")};
        else if (segment.key == QLatin1StringView("days[1]"))
            segment.targets = {QStringLiteral("Wt")};
        else if (segment.key == QLatin1StringView("third"))
            segment.targets = {QStringLiteral("Trzeci")};
        else if (segment.key == QLatin1StringView("untranslated"))
            segment.state = SegmentState::New;
    }
    const auto written = AndroidWriter::writePair(source, sourceFile, target, segments, targetFile);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(*written),
             QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<resources>\r\n"
                            "  <string name=\"first\">Pierwszy</string>\r\n"
                            "  <string name=\"second\">Drugi</string>\r\n"
                            "  <plurals name=\"files\">\r\n    <item quantity=\"one\">%d plik</item>\r\n"
                            "    <item quantity=\"few\">%d pliki</item>\r\n"
                            "    <item quantity=\"many\">%d plików</item>\r\n  </plurals>\r\n"
                            "  <string-array name=\"days\">\r\n    <item>Pon</item>\r\n    <item>Wt</item>\r\n"
                            "  </string-array>\r\n"
                            "  <string name=\"third\">Trzeci</string>\r\n"
                            "  <string name=\"extra\">Tylko tutaj</string>\r\n</resources>\r\n"));
    const auto again = AndroidReader::readPair(source, sourceFile, *written, targetFile);
    QVERIFY2(again, qPrintable(errorText(again)));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].key != QLatin1StringView("untranslated") && segments[i].key != QLatin1StringView("version"))
            QCOMPARE(again->segments[i].targets, segments[i].targets);
    }

    // Into an empty <resources/>.
    const QByteArray empty = "<resources/>\n";
    const auto filled = AndroidWriter::writePair(source, sourceFile, empty, segments, targetFile);
    QVERIFY2(filled, qPrintable(errorText(filled)));
    const auto filledBack = AndroidReader::readPair(source, sourceFile, *filled, targetFile);
    QVERIFY2(filledBack, qPrintable(errorText(filledBack)));
    QCOMPARE(find(*filledBack, QStringLiteral("third"))->targets, QStringList{QStringLiteral("Trzeci")});
    QCOMPARE(find(*filledBack, QStringLiteral("second"))->targets, QStringList{QStringLiteral("Drugi")});

    // No language from the folder or the caller: plurals take the default file's categories.
    const QString bare = QStringLiteral("translated.xml");
    auto unknown = AndroidReader::readPair(source, sourceFile, empty, bare);
    QVERIFY2(unknown, qPrintable(errorText(unknown)));
    QList<Segment> forms = unknown->segments;
    for (Segment& segment : forms) {
        if (segment.key == QLatin1StringView("files")) {
            QCOMPARE(segment.targets.size(), 2);
            segment.targets = {QStringLiteral("%d Datei"), QStringLiteral("%d Dateien")};
            segment.state = SegmentState::Translated;
        }
    }
    const auto withPlural = AndroidWriter::writePair(source, sourceFile, empty, forms, bare);
    QVERIFY2(withPlural, qPrintable(errorText(withPlural)));
    const auto pluralBack = AndroidReader::readPair(source, sourceFile, *withPlural, bare);
    QVERIFY2(pluralBack, qPrintable(errorText(pluralBack)));
    QCOMPARE(find(*pluralBack, QStringLiteral("files"))->targets,
             (QStringList{QStringLiteral("%d Datei"), QStringLiteral("%d Dateien")}));
}

void TestAndroidFilter::createThenReadGivesTheSameSegments()
{
    const AndroidFilter filter;
    for (const QString& file : realFiles()) {
        const auto document = filter.read(readData(file), file);
        QVERIFY2(document, qPrintable(errorText(document)));
        const auto created = filter.create(*document, file);
        QVERIFY2(created, qPrintable(errorText(created)));
        QVERIFY(created->startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <"));
        const auto again = filter.read(*created, file);
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(again->segments.size(), document->segments.size());
        for (qsizetype i = 0; i < document->segments.size(); ++i) {
            const Segment& a = document->segments[i];
            const Segment& b = again->segments[i];
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.sourcePlural, a.sourcePlural);
            QCOMPARE(b.targets, a.targets);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.context.note, a.context.note);
            QCOMPARE(b.flags, a.flags);
        }
    }
}

void TestAndroidFilter::createFromPo()
{
    // convert: a real PO catalog with msgctxt keys and plurals becomes a valid strings.xml.
    QFile po(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/tar-pl.po"));
    QVERIFY(po.open(QIODevice::ReadOnly));
    const auto catalog = tessera::formats::PoFilter().read(po.readAll(), QStringLiteral("tar-pl.po"));
    QVERIFY2(catalog, qPrintable(errorText(catalog)));
    const auto created = AndroidFilter().create(*catalog, QStringLiteral("values-pl/strings.xml"));
    QVERIFY2(created, qPrintable(errorText(created)));
    const auto again = AndroidFilter().read(*created, QStringLiteral("values-pl/strings.xml"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->segments.size(), catalog->segments.size());
    int plurals = 0;
    for (qsizetype i = 0; i < catalog->segments.size(); ++i) {
        const Segment& a = catalog->segments[i];
        const Segment& b = again->segments[i];
        if (a.isPlural()) {
            ++plurals;
            QCOMPARE(b.targets.size(), 4); // one few many other
            if (a.state == SegmentState::Translated && a.targets.size() == 3)
                QCOMPARE(b.targets.mid(0, 3), a.targets);
        } else if (!a.targets.value(0).isEmpty()) {
            QCOMPARE(b.targets, a.targets);
        }
    }
    QVERIFY(plurals > 0);
    bool available = false;
    const QString theirs = translateToolkit(*created, QStringLiteral("values-pl/strings.xml"), available);
    if (available)
        QVERIFY2(!theirs.startsWith(QLatin1StringView("FAILED")), qPrintable(theirs));
}

void TestAndroidFilter::badInputErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray("<resources>\n  <string name=\"a\">x</strin>\n</resources>") << 2 << 21
                               << "the end tag </strin> does not match the start tag <string>";
    QTest::newRow("unquoted attribute") << QByteArray("<resources>\n  <string name=a>x</string>\n</resources>") << 2
                                        << 16 << "the value of attribute \"name\" must be in quotes";
    QTest::newRow("text after the root") << QByteArray("<resources>\n</resources>\n\nstray") << 4 << 1
                                         << "text after the root element";
    QTest::newRow("unknown entity") << QByteArray("<resources>\n<string name=\"a\">&nbsp;x</string></resources>") << 2
                                    << 18 << "\"&nbsp;\" is not a character reference";
    QTest::newRow("truncated") << QByteArray("<resources>\n  <string name=\"a\">x") << 2 << 21 << "";
    QTest::newRow("entity bomb")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n"
                      "<resources><string name=\"x\">&b;</string></resources>")
        << 2 << 0 << "entity declarations";
    QTest::newRow("duplicate name") << QByteArray("<resources>\n  <string name=\"a\">x</string>\n"
                                                  "  <plurals name=\"a\"><item quantity=\"other\">y</item></plurals>\n"
                                                  "</resources>")
                                    << 3 << 3 << "duplicate name \"a\"";
    QTest::newRow("bad escape") << QByteArray(
                                       "<resources>\n\n    <string name=\"a\">bad \\u12G4</string>\n</resources>")
                                << 3 << 5 << "bad escape";
    QTest::newRow("duplicate quantity") << QByteArray(
                                               "<resources>\n<plurals name=\"p\">\n<item quantity=\"one\">a</item>\n"
                                               "  <item quantity=\"one\">b</item></plurals></resources>")
                                        << 4 << 3 << "quantity \"one\" twice";
    QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?>\n<TS version=\"2.1\"></TS>") << 2 << 0
                                << "root element is <TS>";
    QTest::newRow("no name") << QByteArray("<resources>\n <string>x</string></resources>") << 2 << 2
                             << "without a name";
    QTest::newRow("bad utf-8") << QByteArray("<resources>\n<string name=\"a\">\xff</string></resources>") << 2 << 0
                               << "not valid UTF-8";
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << "";
}

void TestAndroidFilter::badInputErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto document = AndroidFilter().read(data, QStringLiteral("res/values-de/strings.xml"));
    QVERIFY(!document);
    const auto& error = document.error();
    QCOMPARE(error.file, QStringLiteral("res/values-de/strings.xml"));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (line > 0)
        QCOMPARE(error.line, line);
    if (column > 0)
        QCOMPARE(error.column, column);
    // The writer refuses the same file with the same error.
    const auto written = AndroidFilter().write(data, {}, QStringLiteral("res/values-de/strings.xml"));
    QVERIFY(!written);
    QCOMPARE(written.error().line, error.line);
}

void TestAndroidFilter::utf16StaysUtf16()
{
    // A UTF-16 file with a byte order mark reads like its UTF-8 text and is written back in UTF-16,
    // its mark first, with the edit in place and the rest unchanged.
    const QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<resources>\n"
                                        "    <string name=\"hello\">Grüße, 世界</string>\n"
                                        "    <string name=\"bye\">Tschüss</string>\n</resources>\n");
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray data = QByteArray("\xFF\xFE") + QByteArray(encoder.encode(text));
    const QString file = QStringLiteral("res/values-de/strings.xml");
    AndroidFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 2);
    QCOMPARE(document->segments[0].targets, QStringList{QStringLiteral("Grüße, 世界")});
    const auto unchanged = filter.write(data, document->segments, file);
    QVERIFY2(unchanged, qPrintable(errorText(unchanged)));
    QCOMPARE(*unchanged, data);
    auto segments = document->segments;
    segments[1].targets = {QStringLiteral("Auf Wiedersehen, 世界")};
    const auto written = filter.write(data, segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->startsWith("\xFF\xFE"));
    QStringDecoder decoder(QStringDecoder::Utf16LE);
    QString back = decoder.decode(written->mid(2));
    QCOMPARE(back, QString(text).replace(QStringLiteral("Tschüss"), QStringLiteral("Auf Wiedersehen, 世界")));
}

QTEST_GUILESS_MAIN(TestAndroidFilter)
#include "TestAndroidFilter.moc"
