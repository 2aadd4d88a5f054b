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

using tessera::testsupport::CliRun;

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

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

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
    void templateBecomesEachLanguagesCatalog();
    void tsTemplateSaysItsLanguageOnceTranslated();
    void tsOfAnotherLanguageNamesTheDocumentsOnceTranslated();
    void translationFilesSpellTheirLanguageAsTheProjectDoes();

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

void TestCliTransfer::templateBecomesEachLanguagesCatalog()
{
    // dpkg-dev's template as xgettext writes it (charset=CHARSET, nplurals=INTEGER, a fuzzy header,
    // two empty msgstr[i] in each plural entry) translated into Polish (3 plural forms), German (2)
    // and Japanese (1): each export is that language's catalog, as msginit would have begun it,
    // named .po, and gettext's own msgfmt --check compiles it.
    const QString name = QStringLiteral("dpkg-dev.pot");
    QFile real(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/") + name);
    QVERIFY2(real.open(QIODevice::ReadOnly), qPrintable(real.fileName()));
    QVERIFY(writeFile(m_files->filePath(name), real.readAll()));
    QVERIFY(run(args({"project", "create", "Dpkg", "--source-lang", "en", "--target-langs", "pl,de,ja"})).exitCode ==
            0);
    const CliRun imported = run(args({"import", "dpkg-dev.pot", "--project", "Dpkg"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    const QString pluralKey = QStringLiteral("%d similar warning has been skipped (use -v to see it)");
    const QString plainKey = QStringLiteral("unknown option '%s'");
    const QHash<QString, QStringList> forms{
        {QStringLiteral("pl"),
         {QStringLiteral("%d podobne ostrzeżenie pominięto"), QStringLiteral("%d podobne ostrzeżenia pominięto"),
          QStringLiteral("%d podobnych ostrzeżeń pominięto")}},
        {QStringLiteral("de"),
         {QStringLiteral("%d ähnliche Warnung übersprungen"), QStringLiteral("%d ähnliche Warnungen übersprungen")}},
        {QStringLiteral("ja"), {QStringLiteral("%d 件の同様の警告を省略しました")}}};
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Dpkg"), it.key());
        // An untranslated plural of a template holds no forms yet: the language decides how many.
        QVERIFY2(segments.value(pluralKey)[QLatin1String("target")].toArray().isEmpty(), qPrintable(it.key()));
        QStringList set{QStringLiteral("segment"), QStringLiteral("set"),
                        segments.value(pluralKey)[QLatin1String("id")].toString()};
        for (const QString& form : it.value())
            set << QStringLiteral("--plural") << form;
        set << QStringLiteral("--state") << QStringLiteral("translated");
        const CliRun plural = run(set);
        QVERIFY2(plural.exitCode == 0, plural.describe()); // the QA gate counts the language's forms
        const CliRun plain =
            run({QStringLiteral("segment"), QStringLiteral("set"),
                 segments.value(plainKey)[QLatin1String("id")].toString(), QStringLiteral("--target"),
                 it.key() + QStringLiteral(": '%s'"), QStringLiteral("--state"), QStringLiteral("translated")});
        QVERIFY2(plain.exitCode == 0, plain.describe());
    }
    const CliRun exported = run(args({"--json", "export", "--project", "Dpkg", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());

    // Plural-Forms as msginit 0.23 writes them for these languages.
    const QHash<QString, QByteArray> pluralForms{
        {QStringLiteral("pl"), "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 \"\n"
                               "\"|| n%100>=20) ? 1 : 2);\\n\"\n"},
        {QStringLiteral("de"), "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"},
        {QStringLiteral("ja"), "\"Plural-Forms: nplurals=1; plural=0;\\n\"\n"}};
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        const QString path = m_files->filePath(QStringLiteral("out/%1/dpkg-dev.po").arg(it.key()));
        const QByteArray catalog = readFile(path);
        QVERIFY2(!catalog.isEmpty(), qPrintable(path));
        const QByteArray header = catalog.left(catalog.indexOf("\n\n") + 2);
        QVERIFY2(!header.contains("fuzzy"), header.constData());
        QVERIFY2(header.contains("\"Language: " + it.key().toUtf8() + "\\n\"\n"), header.constData());
        QVERIFY2(header.contains("charset=UTF-8"), header.constData());
        QVERIFY2(header.endsWith(pluralForms.value(it.key()) + "\n"), header.constData());
        QByteArray plural = "msgstr[0] \"" + it.value().first().toUtf8() + "\"\n";
        for (qsizetype i = 1; i < it.value().size(); ++i)
            plural += "msgstr[" + QByteArray::number(i) + "] \"" + it.value()[i].toUtf8() + "\"\n";
        QVERIFY2(catalog.contains(plural), catalog.mid(catalog.indexOf("similar warning"), 300).constData());
        // Every plural entry has the language's number of msgstr[i], translated or not.
        const qsizetype n = it.value().size();
        QCOMPARE(catalog.count("msgid_plural"), 5);
        QCOMPARE(catalog.count("msgstr[" + QByteArray::number(n - 1) + "]"), 5);
        QCOMPARE(catalog.count("msgstr[" + QByteArray::number(n) + "]"), 0);

        QProcess msgfmt;
        msgfmt.start(QStringLiteral("msgfmt"), {QStringLiteral("--check"), QStringLiteral("--statistics"),
                                                QStringLiteral("-o"), QStringLiteral("/dev/null"), path});
        QVERIFY(msgfmt.waitForFinished(30000));
        const QByteArray report = msgfmt.readAllStandardError();
        QVERIFY2(msgfmt.exitCode() == 0, report.constData());
        QVERIFY2(report.contains("2 translated messages, 579 untranslated messages."), report.constData());
    }
}

void TestCliTransfer::tsTemplateSaysItsLanguageOnceTranslated()
{
    // lupdate's template of Tessera's own sources names no language. Translated into Polish, its
    // numerus message takes Polish's three forms, the export says language="pl" where lupdate
    // -target-language puts it, and lrelease keeps all three forms (without the attribute it
    // "removed plural forms as the target language has less forms"). Japanese, untranslated, comes
    // back byte for byte.
    const QString name = QStringLiteral("tessera-template.ts");
    QFile real(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/ts/") + name);
    QVERIFY2(real.open(QIODevice::ReadOnly), qPrintable(real.fileName()));
    const QByteArray original = real.readAll();
    QVERIFY(original.contains("<TS version=\"2.1\">"));
    QVERIFY(writeFile(m_files->filePath(name), original));
    QVERIFY(run(args({"project", "create", "Ui", "--source-lang", "en", "--target-langs", "pl,ja"})).exitCode == 0);
    const CliRun imported = run(args({"import", "tessera-template.ts", "--project", "Ui"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    const auto pl = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Ui"), QStringLiteral("pl"));
    QString numerusKey;
    for (auto it = pl.cbegin(); it != pl.cend(); ++it) {
        if (it.value()[QLatin1String("source")].toString() == QStringLiteral("%n document(s)"))
            numerusKey = it.key();
    }
    QVERIFY(!numerusKey.isEmpty());
    QVERIFY(pl.value(numerusKey)[QLatin1String("target")].toArray().isEmpty()); // no forms until translated
    const CliRun set =
        run({QStringLiteral("segment"), QStringLiteral("set"), pl.value(numerusKey)[QLatin1String("id")].toString(),
             QStringLiteral("--plural"), QStringLiteral("%n dokument"), QStringLiteral("--plural"),
             QStringLiteral("%n dokumenty"), QStringLiteral("--plural"), QStringLiteral("%n dokumentów"),
             QStringLiteral("--state"), QStringLiteral("translated")});
    QVERIFY2(set.exitCode == 0, set.describe());
    const CliRun exported = run(args({"export", "--project", "Ui", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());

    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/ja/") + name)), original);
    const QString polish = m_files->filePath(QStringLiteral("out/pl/") + name);
    const QByteArray written = readFile(polish);
    QVERIFY2(written.contains("<TS version=\"2.1\" language=\"pl\">"), written.left(200).constData());
    QVERIFY(written.contains("<numerusform>%n dokument</numerusform>\n            <numerusform>%n "
                             "dokumenty</numerusform>\n            <numerusform>%n dokumentów</numerusform>"));

    QString lrelease = QStandardPaths::findExecutable(QStringLiteral("lrelease"));
    if (lrelease.isEmpty())
        lrelease = QStandardPaths::findExecutable(QStringLiteral("lrelease"), {QStringLiteral("/usr/lib/qt6/bin")});
    QVERIFY2(!lrelease.isEmpty(), "lrelease (Qt tools) is not installed");
    QProcess process;
    process.start(lrelease, {polish, QStringLiteral("-qm"), m_files->filePath(QStringLiteral("pl.qm"))});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray report = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, report.constData());
    QVERIFY2(report.contains("Generated 1 translation(s) (1 finished and 0 unfinished)"), report.constData());
    QVERIFY2(!report.contains("Removed plural forms"), report.constData());
}

void TestCliTransfer::tsOfAnotherLanguageNamesTheDocumentsOnceTranslated()
{
    // Qt's Czech catalog taken as the start of a Polish one: the Polish export says language="pl"
    // (lrelease takes the plural rules from it), the Czech one is the file byte for byte.
    const QString name = QStringLiteral("qt_help_cs.ts");
    QFile real(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/ts/") + name);
    QVERIFY2(real.open(QIODevice::ReadOnly), qPrintable(real.fileName()));
    const QByteArray original = real.readAll();
    QVERIFY(original.contains("<TS version=\"2.1\" language=\"cs_CZ\">"));
    QVERIFY(writeFile(m_files->filePath(name), original));
    QVERIFY(run(args({"project", "create", "Help", "--source-lang", "en", "--target-langs", "cs,pl"})).exitCode == 0);
    const CliRun imported = run(args({"import", "qt_help_cs.ts", "--project", "Help"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    const auto pl = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Help"), QStringLiteral("pl"));
    QString id;
    for (auto it = pl.cbegin(); it != pl.cend(); ++it) {
        if (it.value()[QLatin1String("source")].toString() == QStringLiteral("Cannot register namespace '%1'."))
            id = it.value()[QLatin1String("id")].toString();
    }
    QVERIFY(!id.isEmpty());
    const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"), id, QStringLiteral("--target"),
                            QStringLiteral("Nie można zarejestrować przestrzeni nazw %1."), QStringLiteral("--state"),
                            QStringLiteral("translated")});
    QVERIFY2(set.exitCode == 0, set.describe());
    const CliRun exported = run(args({"export", "--project", "Help", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());

    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/cs/") + name)), original);
    const QByteArray written = readFile(m_files->filePath(QStringLiteral("out/pl/") + name));
    QVERIFY2(written.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                                "language=\"pl\">\n"),
             written.left(200).constData());
    QVERIFY(written.contains("<translation>Nie można zarejestrować przestrzeni nazw %1.</translation>"));
}

void TestCliTransfer::translationFilesSpellTheirLanguageAsTheProjectDoes()
{
    // Medusa's dashboard names its i18next files en.json, de.json, ptBR.json, zhCN.json; other
    // projects write pt_BR.json. Each language's file is found however the project spells the tag,
    // and export writes that same file again, not a new pt-BR.json beside it.
    const QString data = qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/json/");
    const QByteArray english = readFile(data + QStringLiteral("medusa-en.json"));
    const QByteArray german = readFile(data + QStringLiteral("medusa-de.json"));
    const QByteArray japanese = readFile(data + QStringLiteral("medusa-ja.json"));
    QVERIFY(!english.isEmpty() && !german.isEmpty() && !japanese.isEmpty());
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/en.json")), english));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/de.json")), german));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/ptBR.json")), german));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/zh_CN.json")), japanese));
    QVERIFY(
        run(args({"project", "create", "Shop", "--source-lang", "en", "--target-langs", "de,pt-BR,zh-CN"})).exitCode ==
        0);
    const CliRun imported = run(args({"import", "translations/en.json", "--project", "Shop"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    // Segments whose target holds text (Portuguese plurals take a third form, "many", so fewer are
    // complete than in German).
    const auto translated = [&](const char* language) {
        int count = 0;
        const auto segments =
            m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Shop"), QString::fromLatin1(language));
        for (const QJsonObject& segment : segments) {
            const QJsonValue target = segment[QLatin1String("target")];
            bool text = !target.toString().isEmpty();
            for (const QJsonValue& form : target.toArray())
                text = text || !form.toString().isEmpty();
            count += text ? 1 : 0;
        }
        return count;
    };
    QVERIFY(translated("de") > 200);
    QCOMPARE(translated("pt-BR"), translated("de"));
    QVERIFY(translated("zh-CN") > 200);

    const auto ptBR = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Shop"), QStringLiteral("pt-BR"));
    QVERIFY(ptBR.contains(QStringLiteral("general.ascending")));
    const CliRun set = run({QStringLiteral("segment"), QStringLiteral("set"),
                            ptBR.value(QStringLiteral("general.ascending"))[QLatin1String("id")].toString(),
                            QStringLiteral("--target"), QStringLiteral("Crescente"), QStringLiteral("--state"),
                            QStringLiteral("translated")});
    QVERIFY2(set.exitCode == 0, set.describe());

    const CliRun exported = run(args({"--json", "export", "--project", "Shop", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QStringList paths;
    for (const QJsonValue& file : exported.json()[QLatin1String("files")].toArray())
        paths.append(QDir(m_files->path()).relativeFilePath(file[QLatin1String("path")].toString()));
    paths.sort();
    QCOMPARE(paths,
             QStringList({QStringLiteral("out/translations/de.json"), QStringLiteral("out/translations/ptBR.json"),
                          QStringLiteral("out/translations/zh_CN.json")}));
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/translations/de.json"))), german);
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/translations/zh_CN.json"))), japanese);
    QByteArray expected = german;
    expected.replace("\"ascending\": \"Aufsteigend\"", "\"ascending\": \"Crescente\"");
    QVERIFY(expected != german);
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/translations/ptBR.json"))), expected);
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "TestCliTransfer.moc"
