// TestCliTransfer: `import`, `export` and `convert` through the real tessera-cli: one document per
// language, re-import by key, exported files with the edits in them, conversions that are refused
// rather than faked, and exit 3 naming file and line for a malformed file.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using tessera::testsupport::args;
using tessera::testsupport::CliRun;
using tessera::testsupport::readFile;
using tessera::testsupport::writeFile;

namespace {

// Plain literals, not raw strings: moc takes lines starting with # inside a raw string for
// preprocessor directives.
const QByteArray s_po = "msgid \"\"\n"
                        "msgstr \"\"\n"
                        "\"Language: de\\n\"\n"
                        "\"MIME-Version: 1.0\\n\"\n"
                        "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                        "\"Content-Transfer-Encoding: 8bit\\n\"\n"
                        "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
                        "\n"
                        "#: src/main.cpp:10\n"
                        "msgid \"Open\"\n"
                        "msgstr \"Öffnen\"\n"
                        "\n"
                        "msgid \"Save\"\n"
                        "msgstr \"\"\n"
                        "\n"
                        "msgid \"One file\"\n"
                        "msgid_plural \"%n files\"\n"
                        "msgstr[0] \"Eine Datei\"\n"
                        "msgstr[1] \"%n Dateien\"\n";

const QByteArray s_poNext = "msgid \"\"\n"
                            "msgstr \"\"\n"
                            "\"Language: de\\n\"\n"
                            "\"MIME-Version: 1.0\\n\"\n"
                            "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                            "\"Content-Transfer-Encoding: 8bit\\n\"\n"
                            "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
                            "\n"
                            "#: src/main.cpp:10\n"
                            "msgid \"Open\"\n"
                            "msgstr \"Öffnen\"\n"
                            "\n"
                            "msgid \"Close\"\n"
                            "msgstr \"\"\n"
                            "\n"
                            "msgid \"One file\"\n"
                            "msgid_plural \"%n files\"\n"
                            "msgstr[0] \"Eine Datei\"\n"
                            "msgstr[1] \"%n Dateien\"\n";

// Line 5 opens a string that never ends.
const QByteArray s_poBroken = "msgid \"Open\"\n"
                              "msgstr \"Öffnen\"\n"
                              "\n"
                              "msgid \"Save\"\n"
                              "msgstr \"Sichern\n";

} // namespace

class TestCliTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importOneDocumentPerLanguage();
    void reimportAndExport();
    void translatorCommentFromSetToExport();
    void importErrors_data();
    void importErrors();
    void convertPoToPo();
    void convertPoToTsAndBack();
    void convertPoToXliff2();
    void refusesHugeFiles();
    void androidTranslationsLiveBesideTheSource();
    void stringCatalogHoldsEveryLanguage();
    void convertRefusesWhatItCannotDo_data();
    void convertRefusesWhatItCannotDo();
    void helpListsTheCommands();
    void posixLocaleModifierCatalogRoundTrips();

private:
    static void expectError(const CliRun& run, int exitCode, const QString& needle);
    CliRun run(const QStringList& arguments) const { return m_cli.run(m_workspace->path(), arguments); }

    tessera::testsupport::CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestCliTransfer::init()
{
    m_workspace = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    m_cli.setWorkingDirectory(m_files->path());
    const CliRun created = run(args({"project", "create", "App", "--source-lang", "en", "--target-langs", "de,fr"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("po/app.po")), s_po));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("po/next.po")), s_poNext));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("broken.po")), s_poBroken));
}

void TestCliTransfer::expectError(const CliRun& run, int exitCode, const QString& needle)
{
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.startsWith("tessera-cli: error: "), run.describe());
    QVERIFY2(QString::fromUtf8(run.err).contains(needle), run.describe());
}

void TestCliTransfer::importOneDocumentPerLanguage()
{
    const CliRun imported = run(args({"--json", "import", "po/app.po", "--project", "App"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QJsonArray documents = imported.json()[QLatin1String("documents")].toArray();
    QCOMPARE(documents.size(), 2);
    QStringList languages;
    for (const QJsonValue& d : documents) {
        for (const char* field : {"id", "name", "lang", "segments"})
            QVERIFY2(d.toObject().contains(QLatin1String(field)), field);
        QCOMPARE(d[QLatin1String("name")].toString(), QStringLiteral("po/app.po"));
        QCOMPARE(d[QLatin1String("segments")].toInt(), 3);
        languages << d[QLatin1String("lang")].toString();
    }
    QCOMPARE(languages, (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));

    // The German file's translations are German ones; French starts empty.
    const auto de = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("de"));
    QCOMPARE(de.value(QStringLiteral("Open"))[QLatin1String("target")].toString(), QStringLiteral("Öffnen"));
    QCOMPARE(de.value(QStringLiteral("Open"))[QLatin1String("state")].toString(), QStringLiteral("translated"));
    QCOMPARE(de.value(QStringLiteral("One file"))[QLatin1String("target")].toArray().size(), 2);
    const auto fr = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("fr"));
    QCOMPARE(fr.size(), 3);
    QCOMPARE(fr.value(QStringLiteral("Open"))[QLatin1String("state")].toString(), QStringLiteral("new"));

    // Human output: a table and a sentence; --lang picks one language (an absolute path is named
    // by its file name).
    const CliRun human =
        run({QStringLiteral("import"), m_files->filePath(QStringLiteral("po/next.po")), QStringLiteral("--project"),
             QStringLiteral("App"), QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.startsWith("ID "), human.describe());
    QVERIFY2(human.out.contains(" next.po "), human.describe());
    QVERIFY2(human.out.contains("Imported 1 document into App\n"), human.describe());
}

void TestCliTransfer::reimportAndExport()
{
    QVERIFY(run(args({"import", "po/app.po", "--project", "App"})).exitCode == 0);
    const auto de = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("de"));
    const QString saveId = de.value(QStringLiteral("Save"))[QLatin1String("id")].toString();
    const QString openId = de.value(QStringLiteral("Open"))[QLatin1String("id")].toString();
    QVERIFY(!openId.isEmpty());
    const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"), openId, QStringLiteral("--target"),
                            QStringLiteral("Aufmachen"), QStringLiteral("--state"), QStringLiteral("translated")});
    QVERIFY2(set.exitCode == 0, set.describe());

    // Several languages of one file name: DIR/LANG/NAME.
    const QString out = m_files->filePath(QStringLiteral("out"));
    const CliRun exported = run({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--project"),
                                 QStringLiteral("App"), QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json()[QLatin1String("files")].toArray().size(), 2);
    const QByteArray german = readFile(out + QStringLiteral("/de/po/app.po"));
    QVERIFY2(german.contains("msgid \"Open\"\nmsgstr \"Aufmachen\"\n"), german.constData());
    QVERIFY2(QFile::exists(out + QStringLiteral("/fr/po/app.po")), exported.describe());

    // One language: DIR/NAME. Unedited, the file comes back as it was.
    const QString frOut = m_files->filePath(QStringLiteral("fr-only"));
    const CliRun one = run({QStringLiteral("export"), QStringLiteral("--project"), QStringLiteral("App"),
                            QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"), frOut});
    QVERIFY2(one.exitCode == 0, one.describe());
    QVERIFY2(one.out.contains("Exported 1 file to "), one.describe());
    QCOMPARE(readFile(frOut + QStringLiteral("/po/app.po")), german);

    // Re-import a newer file under the same name: Save becomes obsolete, Close is new, the edit stays.
    QVERIFY(QFile::remove(m_files->filePath(QStringLiteral("po/app.po"))));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("po/app.po")), s_poNext));
    const CliRun again = run(args({"--json", "import", "po/app.po", "--project", "App", "--lang", "de"}));
    QVERIFY2(again.exitCode == 0, again.describe());
    const QJsonObject summary = again.json()[QLatin1String("documents")].toArray().at(0).toObject();
    QCOMPARE(summary[QLatin1String("added")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("obsoleted")].toInt(), 1);
    QCOMPARE(summary[QLatin1String("segments")].toInt(), 3);
    const auto after = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("de"));
    QCOMPARE(after.value(QStringLiteral("Open"))[QLatin1String("target")].toString(), QStringLiteral("Aufmachen"));
    QCOMPARE(after.value(QStringLiteral("Save"))[QLatin1String("id")].toString(), saveId);
    QVERIFY(after.value(QStringLiteral("Save"))[QLatin1String("obsolete")].toBool());
    QVERIFY(after.contains(QStringLiteral("Close")));
}

void TestCliTransfer::importErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    QTest::newRow("malformed file") << args({"import", "po/app.po", "broken.po", "--project", "App"}) << 3
                                    << "broken.po:5:";
    QTest::newRow("missing file") << args({"import", "nowhere.po", "--project", "App"}) << 3 << "nowhere.po";
    QTest::newRow("unknown project") << args({"import", "po/app.po", "--project", "Nope"}) << 3 << "Nope";
    QTest::newRow("language not in project")
        << args({"import", "po/app.po", "--project", "App", "--lang", "it"}) << 3 << "--lang";
    QTest::newRow("not a language tag") << args({"import", "po/app.po", "--project", "App", "--lang", "d e"}) << 2
                                        << "BCP 47";
    QTest::newRow("no files") << args({"import", "--project", "App"}) << 2 << "FILE";
    QTest::newRow("export without --out") << args({"export", "--project", "App"}) << 2 << "--out";
    QTest::newRow("export of unknown project") << args({"export", "--project", "Nope", "--out", "x"}) << 3 << "Nope";
}

void TestCliTransfer::importErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    expectError(run(arguments), exitCode, needle);
    // A failed import imports nothing, not even the good file before the bad one.
    const CliRun shown = run(args({"--json", "project", "show", "App"}));
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY2(!shown.out.contains("app.po"), shown.describe());
}

void TestCliTransfer::translatorCommentFromSetToExport()
{
    QVERIFY(run(args({"import", "po/app.po", "--project", "App", "--lang", "de"})).exitCode == 0);
    auto de = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("de"));
    const QString openId = de.value(QStringLiteral("Open"))[QLatin1String("id")].toString();
    QVERIFY(!openId.isEmpty());
    QVERIFY(!de.value(QStringLiteral("Open")).contains(QLatin1String("comment"))); // none in the file

    const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"), openId, QStringLiteral("--comment"),
                            QStringLiteral("Menu entry: keep it short\nas in the toolbar")});
    QVERIFY2(set.exitCode == 0, set.describe());
    QVERIFY2(set.out.contains("  comment:  Menu entry: keep it short\n"), set.describe());
    de = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("App"), QStringLiteral("de"));
    QCOMPARE(de.value(QStringLiteral("Open"))[QLatin1String("comment")].toString(),
             QStringLiteral("Menu entry: keep it short\nas in the toolbar"));
    QCOMPARE(de.value(QStringLiteral("Open"))[QLatin1String("target")].toString(), QStringLiteral("Öffnen"));
    QVERIFY(!de.value(QStringLiteral("Save")).contains(QLatin1String("comment")));

    // Export: the comment lines go first in the entry, as msgcat writes them; nothing else changes.
    const QString out = m_files->filePath(QStringLiteral("out"));
    const auto exportDe = [&] {
        return run({QStringLiteral("export"), QStringLiteral("--project"), QStringLiteral("App"),
                    QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"), out});
    };
    CliRun exported = exportDe();
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QByteArray expected = s_po;
    expected.replace("#: src/main.cpp:10\n", "# Menu entry: keep it short\n# as in the toolbar\n#: src/main.cpp:10\n");
    QCOMPARE(QString::fromUtf8(readFile(out + QStringLiteral("/po/app.po"))), QString::fromUtf8(expected));

    // An empty --comment removes it: the file comes back as it was imported.
    const CliRun removed = run({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("set"), openId,
                                QStringLiteral("--comment"), QString()});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    QVERIFY(!removed.json().object().contains(QLatin1String("comment")));
    exported = exportDe();
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(readFile(out + QStringLiteral("/po/app.po")), s_po);
}

void TestCliTransfer::convertPoToPo()
{
    const CliRun converted = run(args({"convert", "po/app.po", "copy/app.po"}));
    QVERIFY2(converted.exitCode == 0, converted.describe());
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("copy/app.po"))), s_po);
    const CliRun json = run(args({"--json", "convert", "po/app.po", "copy2.po", "--target-lang", "de"}));
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json()[QLatin1String("output")].toString(), QStringLiteral("copy2.po"));
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("copy2.po"))), s_po);
}

void TestCliTransfer::convertPoToTsAndBack()
{
    const CliRun toTs = run(args({"convert", "po/app.po", "ts/app_de.ts", "--source-lang", "en"}));
    QVERIFY2(toTs.exitCode == 0, toTs.describe());
    const QByteArray ts = readFile(m_files->filePath(QStringLiteral("ts/app_de.ts")));
    QVERIFY2(ts.contains("<TS version=\"2.1\" language=\"de\" sourcelanguage=\"en\">"), ts.constData());
    QVERIFY2(ts.contains("<location filename=\"src/main.cpp\" line=\"10\"/>\n        <source>Open</source>\n"
                         "        <translation>Öffnen</translation>"),
             ts.constData());
    QVERIFY2(ts.contains("<source>Save</source>\n        <translation type=\"unfinished\"></translation>"),
             ts.constData());
    QVERIFY2(ts.contains("<numerusform>Eine Datei</numerusform>\n            <numerusform>%n Dateien</numerusform>"),
             ts.constData());

    // And back to PO: the same messages, translations and references, as msgcat lays them out.
    const CliRun back = run(args({"convert", "ts/app_de.ts", "back.po"}));
    QVERIFY2(back.exitCode == 0, back.describe());
    const QByteArray po = readFile(m_files->filePath(QStringLiteral("back.po")));
    QVERIFY2(po.contains("\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"), po.constData());
    QVERIFY2(po.contains("#: src/main.cpp:10\nmsgid \"Open\"\nmsgstr \"Öffnen\"\n"), po.constData());
    QVERIFY2(po.contains("msgid \"One file\"\nmsgid_plural \"One file\"\nmsgstr[0] \"Eine Datei\"\n"
                         "msgstr[1] \"%n Dateien\"\n"),
             po.constData());
}

void TestCliTransfer::refusesHugeFiles()
{
    // A sparse 1.5 GiB file: refused by size before a byte is read, for import and convert alike.
    QFile huge(m_files->filePath(QStringLiteral("huge.po")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(qint64(3) << 29));
    huge.close();
    expectError(run(args({"import", "huge.po", "--project", "App"})), 3,
                QStringLiteral("huge.po: 1536 MiB is more than a document may have"));
    expectError(run(args({"convert", "huge.po", "small.po"})), 3, QStringLiteral("huge.po: 1536 MiB"));
    QVERIFY(!QFile::exists(m_files->filePath(QStringLiteral("small.po"))));
    const CliRun documents = run(args({"--json", "project", "show", "App"}));
    QVERIFY2(!documents.out.contains("huge.po"), documents.describe());
}

void TestCliTransfer::convertPoToXliff2()
{
    const CliRun converted = run(args({"convert", "po/app.po", "app.xlf", "--to", "xliff2", "--source-lang", "en"}));
    QVERIFY2(converted.exitCode == 0, converted.describe());
    const QByteArray xliff = readFile(m_files->filePath(QStringLiteral("app.xlf")));
    QVERIFY2(xliff.contains("urn:oasis:names:tc:xliff:document:2.0"), xliff.constData());
    QVERIFY2(xliff.contains("srcLang=\"en\" trgLang=\"de\""), xliff.constData());
    QVERIFY2(xliff.contains("<target>Öffnen</target>"), xliff.constData());

    // Back to PO through the detected XLIFF 2 reader: the same messages and translations.
    const CliRun back = run(args({"convert", "app.xlf", "back.po"}));
    QVERIFY2(back.exitCode == 0, back.describe());
    const QByteArray po = readFile(m_files->filePath(QStringLiteral("back.po")));
    QVERIFY2(po.contains("msgid \"Open\"\nmsgstr \"Öffnen\"\n"), po.constData());
    QVERIFY2(po.contains("msgstr[1] \"%n Dateien\"\n"), po.constData());
}

void TestCliTransfer::androidTranslationsLiveBesideTheSource()
{
    // React Native's dev-support strings (npm react-native 0.73.6): the default file and Punjabi.
    const QString data =
        qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/android/react-native/devsupport/");
    const QByteArray source = readFile(data + QStringLiteral("values/strings.xml"));
    const QByteArray punjabi = readFile(data + QStringLiteral("values-pa/strings.xml"));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("res/values/strings.xml")), source));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("res/values-pa/strings.xml")), punjabi));
    const CliRun created = run(args({"project", "create", "Droid", "--source-lang", "en", "--target-langs", "pa,de"}));
    QVERIFY2(created.exitCode == 0, created.describe());

    const CliRun imported = run(args({"--json", "import", "res/values/strings.xml", "--project", "Droid"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QJsonArray documents = imported.json()[QLatin1String("documents")].toArray();
    QCOMPARE(documents.size(), 2);
    for (const QJsonValue& d : documents) {
        QCOMPARE(d[QLatin1String("name")].toString(), QStringLiteral("res/values/strings.xml"));
        QCOMPARE(d[QLatin1String("format")].toString(), QStringLiteral("android"));
        QCOMPARE(d[QLatin1String("segments")].toInt(), 27);
    }

    // Punjabi has the two translations of its file; German starts empty.
    const CliRun pa = run(args({"--json", "segment", "list", "--project", "Droid", "--lang", "pa"}));
    QVERIFY2(pa.exitCode == 0, pa.describe());
    int translated = 0;
    for (const QJsonValue& segment : pa.json().array()) {
        if (segment[QLatin1String("state")].toString() == QLatin1StringView("translated"))
            ++translated;
    }
    QCOMPARE(translated, 2);
    const CliRun de = run(args({"--json", "segment", "list", "--project", "Droid", "--lang", "de"}));
    QVERIFY2(de.exitCode == 0, de.describe());
    QString headerId;
    for (const QJsonValue& segment : de.json().array()) {
        QCOMPARE(segment[QLatin1String("state")].toString(), QStringLiteral("new"));
        if (segment[QLatin1String("key")].toString() == QLatin1StringView("catalyst_dev_menu_sub_header"))
            headerId = segment[QLatin1String("id")].toString();
    }
    QVERIFY(!headerId.isEmpty());
    const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"), headerId, QStringLiteral("--target"),
                            QStringLiteral("<xliff:g id=\"menu_sub_header_name\">%1$s</xliff:g> läuft"),
                            QStringLiteral("--state"), QStringLiteral("translated")});
    QVERIFY2(set.exitCode == 0, set.describe());

    // Each language's file goes where Android looks for it; Punjabi's is as it was.
    const CliRun exported = run(args({"export", "--project", "Droid", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/res/values-pa/strings.xml"))), punjabi);
    const QByteArray german = readFile(m_files->filePath(QStringLiteral("out/res/values-de/strings.xml")));
    QVERIFY2(german.contains("<string name=\"catalyst_dev_menu_sub_header\"><xliff:g "
                             "id=\"menu_sub_header_name\">%1$s</xliff:g> läuft</string>"),
             german.constData());
    QCOMPARE(german.count("<string "), 1); // only what is translated
    QVERIFY2(german.contains("<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">"), german.constData());
    QVERIFY(!QFile::exists(m_files->filePath(QStringLiteral("out/res/values/strings.xml"))));
}

void TestCliTransfer::stringCatalogHoldsEveryLanguage()
{
    // A real catalog (tests/data/xcstrings): Japanese source, English translations. A project for
    // English and German gets one document per language from it, and its export is that one
    // catalog with both languages' work in it.
    const QByteArray catalog = readFile(qEnvironmentVariable("TESSERA_SOURCE_DIR") +
                                        QStringLiteral("/tests/data/xcstrings/todoapp.xcstrings"));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("app/Localizable.xcstrings")), catalog));
    const CliRun created = run(args({"project", "create", "Todo", "--source-lang", "ja", "--target-langs", "en,de"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    const CliRun imported = run(args({"--json", "import", "app/Localizable.xcstrings", "--project", "Todo"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.json()[QLatin1String("documents")].toArray().size(), 2);

    // Unedited, the export is the catalog byte for byte.
    const CliRun unedited = run(args({"export", "--project", "Todo", "--out", "same"}));
    QVERIFY2(unedited.exitCode == 0, unedited.describe());
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("same/app/Localizable.xcstrings"))), catalog);

    auto segmentId = [&](const char* language, const QString& key, QString* target) {
        const CliRun list = run(args({"--json", "segment", "list", "--project", "Todo", "--lang", language}));
        for (const QJsonValue& segment : list.json().array()) {
            if (segment[QLatin1String("key")].toString() == key) {
                *target = segment[QLatin1String("target")].toString();
                return segment[QLatin1String("id")].toString();
            }
        }
        return QString();
    };
    QString englishCancel;
    QString germanCancel;
    const QString english = segmentId("en", QStringLiteral("Cancel"), &englishCancel);
    const QString german = segmentId("de", QStringLiteral("Cancel"), &germanCancel);
    QCOMPARE(englishCancel, QStringLiteral("Cancel")); // the file's English translation
    QVERIFY(germanCancel.isEmpty());                   // German starts untranslated
    for (const auto& [id, text] :
         {std::pair{english, QStringLiteral("Cancel now")}, std::pair{german, QStringLiteral("Abbrechen")}}) {
        const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"), id, QStringLiteral("--target"), text,
                                QStringLiteral("--state"), QStringLiteral("translated")});
        QVERIFY2(set.exitCode == 0, set.describe());
    }

    const CliRun exported = run(args({"--json", "export", "--project", "Todo", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const QJsonArray files = exported.json()[QLatin1String("files")].toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue& file : files)
        QCOMPARE(file[QLatin1String("path")].toString(), QStringLiteral("out/app/Localizable.xcstrings"));
    const QByteArray written = readFile(m_files->filePath(QStringLiteral("out/app/Localizable.xcstrings")));
    const QJsonObject strings = QJsonDocument::fromJson(written).object()[QLatin1String("strings")].toObject();
    const QJsonObject cancel = strings[QLatin1String("Cancel")].toObject()[QLatin1String("localizations")].toObject();
    QCOMPARE(cancel[QLatin1String("en")]
                 .toObject()[QLatin1String("stringUnit")]
                 .toObject()[QLatin1String("value")]
                 .toString(),
             QStringLiteral("Cancel now"));
    QCOMPARE(cancel[QLatin1String("de")]
                 .toObject()[QLatin1String("stringUnit")]
                 .toObject()[QLatin1String("value")]
                 .toString(),
             QStringLiteral("Abbrechen"));
    QCOMPARE(cancel[QLatin1String("ja")]
                 .toObject()[QLatin1String("stringUnit")]
                 .toObject()[QLatin1String("value")]
                 .toString(),
             QStringLiteral("キャンセル"));
    // Every other entry is as it was.
    const QJsonObject before = QJsonDocument::fromJson(catalog).object()[QLatin1String("strings")].toObject();
    QCOMPARE(strings.keys(), before.keys());
    for (const QString& key : before.keys()) {
        if (key != QLatin1StringView("Cancel"))
            QCOMPARE(strings[key], before[key]);
    }
}

void TestCliTransfer::convertRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("output");
    QTest::newRow("malformed input") << args({"convert", "broken.po", "out.po"}) << 3 << "broken.po:5:" << "out.po";
    QTest::newRow("no filter for the output")
        << args({"convert", "po/app.po", "out.unknownext"}) << 3 << "no format Tessera writes has the extension"
        << "out.unknownext";
    QTest::newRow("extension of two formats")
        << args({"convert", "po/app.po", "out.xlf"}) << 3 << "choose one with --to xliff12|xliff2" << "out.xlf";
    QTest::newRow("unknown --to") << args({"convert", "po/app.po", "out.xml", "--to", "docx"}) << 3
                                  << "unknown format \"docx\"" << "out.xml";
    QTest::newRow("contradicting language")
        << args({"convert", "po/app.po", "out.po", "--target-lang", "fr"}) << 3 << "--target-lang" << "out.po";
    QTest::newRow("missing input") << args({"convert", "nowhere.po", "out.po"}) << 3 << "nowhere.po" << "out.po";
    QTest::newRow("missing output") << args({"convert", "po/app.po"}) << 2 << "OUT" << "";
}

void TestCliTransfer::convertRefusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    QFETCH(QString, output);
    expectError(run(arguments), exitCode, needle);
    if (!output.isEmpty())
        QVERIFY(!QFile::exists(m_files->filePath(output)));
}

void TestCliTransfer::helpListsTheCommands()
{
    const CliRun help = m_cli.run(args({"--help"}));
    QVERIFY2(help.exitCode == 0, help.describe());
    for (const char* command : {"import FILE…", "export --project", "convert IN OUT"})
        QVERIFY2(help.out.contains(command), command);
    for (const char* command : {"import", "export", "convert"}) {
        const CliRun own = m_cli.run({QString::fromLatin1(command), QStringLiteral("--help")});
        QVERIFY2(own.exitCode == 0, own.describe());
        QVERIFY2(own.out.startsWith("Usage: tessera-cli [--workspace PATH] [--json] " + QByteArray(command)),
                 own.describe());
    }
}

void TestCliTransfer::posixLocaleModifierCatalogRoundTrips()
{
    // Debian names Serbian in Latin script sr@latin (libsecret's catalog, msgunfmt of the .mo as
    // shipped): the project takes the POSIX spelling as sr-Latn, and the catalog comes back unchanged.
    const QString name = QStringLiteral("libsecret-sr@latin.po");
    QFile real(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/") + name);
    QVERIFY2(real.open(QIODevice::ReadOnly), qPrintable(real.fileName()));
    const QByteArray original = real.readAll();
    QVERIFY(writeFile(m_files->filePath(name), original));
    const CliRun created =
        run(args({"--json", "project", "create", "Secrets", "--source-lang", "en", "--target-langs", "sr@latin"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    const CliRun imported = run({QStringLiteral("--json"), QStringLiteral("import"), name, QStringLiteral("--project"),
                                 QStringLiteral("Secrets")});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QJsonArray documents = imported.json()[QLatin1String("documents")].toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first()[QLatin1String("lang")].toString(), QStringLiteral("sr-Latn"));
    QCOMPARE(documents.first()[QLatin1String("segments")].toInt(), 9);
    const CliRun exported = run(args({"export", "--project", "Secrets", "--lang", "sr_latn", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QFile written(m_files->filePath(QStringLiteral("out/") + name));
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
    QCOMPARE(written.readAll(), original);
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "TestCliTransfer.moc"
