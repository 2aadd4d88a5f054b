// TestCliLanguageFiles: files that say their language, through the real tessera-cli: a gettext or
// Qt template translated into each language becomes that language's catalog (msgfmt and lrelease
// take it), a TS file of another language names the document's once exported, and monolingual
// translation files are found and written back however the project spells the language.
#include <QDir>
#include <QFile>
#include <QJsonArray>
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

// Whether a segment's target (a string, or an array of plural forms) holds text.
bool hasText(const QJsonValue& target)
{
    bool text = !target.toString().isEmpty();
    for (const QJsonValue& form : target.toArray())
        text = text || !form.toString().isEmpty();
    return text;
}

} // namespace

class TestCliLanguageFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void templateBecomesEachLanguagesCatalog();
    void tsTemplateSaysItsLanguageOnceTranslated();
    void tsOfAnotherLanguageNamesTheDocumentsOnceTranslated();
    void translationFilesSpellTheirLanguageAsTheProjectDoes();
    void languageRootFilesPairUp();
    void oldCodesNamesAndLowerCaseRegionsAreFound_data();
    void oldCodesNamesAndLowerCaseRegionsAreFound();
    void namesThatAreNoLanguageAreNotTakenForOne();

private:
    // Writes `files` (path in the project → tests/data path) and imports `source` into a new project
    // translating into `languages`; then exports it unedited and returns the files written, paths
    // relative to the output folder, each compared with the file it was made from.
    void importAndExportUnedited(const QString& project, const QString& languages, const QString& source,
                                 const QList<std::pair<QString, QString>>& files, const QStringList& expected);

    CliRun run(const QStringList& arguments) const { return m_cli.run(m_workspace->path(), arguments); }

    tessera::testsupport::CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestCliLanguageFiles::init()
{
    m_workspace = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    m_cli.setWorkingDirectory(m_files->path());
}

void TestCliLanguageFiles::templateBecomesEachLanguagesCatalog()
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

void TestCliLanguageFiles::tsTemplateSaysItsLanguageOnceTranslated()
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

void TestCliLanguageFiles::tsOfAnotherLanguageNamesTheDocumentsOnceTranslated()
{
    // Qt's Czech catalog taken as the start of a Polish one: the import warns that the Polish
    // document leaves the Czech translations out; the Polish export says language="pl" (lrelease
    // takes the plural rules from it), the Czech one is the file byte for byte.
    const QString name = QStringLiteral("qt_help_cs.ts");
    QFile real(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/ts/") + name);
    QVERIFY2(real.open(QIODevice::ReadOnly), qPrintable(real.fileName()));
    const QByteArray original = real.readAll();
    QVERIFY(original.contains("<TS version=\"2.1\" language=\"cs_CZ\">"));
    QVERIFY(writeFile(m_files->filePath(name), original));
    QVERIFY(run(args({"project", "create", "Help", "--source-lang", "en", "--target-langs", "cs,pl"})).exitCode == 0);
    const CliRun imported = run(args({"--json", "import", "qt_help_cs.ts", "--project", "Help"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    // The Polish document leaves the Czech translations out, and says so.
    const auto cs = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Help"), QStringLiteral("cs"));
    int czech = 0;
    for (const QJsonObject& segment : cs)
        czech += hasText(segment[QLatin1String("target")]) ? 1 : 0;
    QVERIFY(czech > 90);
    QHash<QString, QJsonObject> byLanguage;
    for (const QJsonValue& document : imported.json()[QLatin1String("documents")].toArray())
        byLanguage.insert(document[QLatin1String("lang")].toString(), document.toObject());
    QCOMPARE(byLanguage.value(QStringLiteral("cs"))[QLatin1String("targets_left_out")].toInt(), 0);
    QCOMPARE(byLanguage.value(QStringLiteral("pl"))[QLatin1String("file_lang")].toString(), QStringLiteral("cs-CZ"));
    QCOMPARE(byLanguage.value(QStringLiteral("pl"))[QLatin1String("targets_left_out")].toInt(), czech);
    QVERIFY2(
        imported.err.contains(QStringLiteral("tessera-cli: warning: qt_help_cs.ts is translated into cs-CZ, not pl: "
                                             "the pl document leaves out its %1 translations")
                                  .arg(czech)
                                  .toUtf8()),
        imported.err.constData());
    QVERIFY(!imported.err.contains("not cs"));

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

void TestCliLanguageFiles::translationFilesSpellTheirLanguageAsTheProjectDoes()
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
        for (const QJsonObject& segment : segments)
            count += hasText(segment[QLatin1String("target")]) ? 1 : 0;
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

void TestCliLanguageFiles::languageRootFilesPairUp()
{
    // Rails i18n-js exports {"en": {…}} to en.json and {"es": {…}} to es.json: the language member
    // is the keys' root, so es.json's strings come in as the translations and go back into its
    // "es" member; a language with no file yet gets {"de": {…}}.
    const QString data = qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/json/");
    const QByteArray english = readFile(data + QStringLiteral("i18njs-en.json"));
    const QByteArray spanish = readFile(data + QStringLiteral("i18njs-es.json"));
    QVERIFY(!english.isEmpty() && !spanish.isEmpty());
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/en.json")), english));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("translations/es.json")), spanish));
    QVERIFY(run(args({"project", "create", "Rabbit", "--source-lang", "en", "--target-langs", "es,de"})).exitCode == 0);
    const CliRun imported = run(args({"import", "translations/en.json", "--project", "Rabbit"}));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    const auto es = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Rabbit"), QStringLiteral("es"));
    QVERIFY(es.contains(QStringLiteral("bunny_rabbit_adventure")));
    QVERIFY(!es.contains(QStringLiteral("en.bunny_rabbit_adventure")));
    int translated = 0;
    for (const QJsonObject& segment : es)
        translated += hasText(segment[QLatin1String("target")]) ? 1 : 0;
    QCOMPARE(translated, 3); // bunny_rabbit_adventure, time_for_bed and es's own "bye"
    const auto de = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Rabbit"), QStringLiteral("de"));
    QVERIFY(de.contains(QStringLiteral("hello_sunshine")));
    const CliRun setEs =
        run({QStringLiteral("segment"), QStringLiteral("set"),
             es.value(QStringLiteral("time_for_bed"))[QLatin1String("id")].toString(), QStringLiteral("--target"),
             QStringLiteral("¡a dormir!"), QStringLiteral("--state"), QStringLiteral("translated")});
    QVERIFY2(setEs.exitCode == 0, setEs.describe());
    const CliRun setDe =
        run({QStringLiteral("segment"), QStringLiteral("set"),
             de.value(QStringLiteral("hello_sunshine"))[QLatin1String("id")].toString(), QStringLiteral("--target"),
             QStringLiteral("Hallo Sonnenschein!"), QStringLiteral("--state"), QStringLiteral("translated")});
    QVERIFY2(setDe.exitCode == 0, setDe.describe());

    const CliRun exported = run(args({"--json", "export", "--project", "Rabbit", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/translations/es.json"))),
             QByteArray(spanish).replace("¡hora de acostarse!", "¡a dormir!"));
    QCOMPARE(readFile(m_files->filePath(QStringLiteral("out/translations/de.json"))),
             QByteArray("{\n  \"de\": {\n    \"hello_sunshine\": \"Hallo Sonnenschein!\"\n  }\n}\n"));
}

void TestCliLanguageFiles::importAndExportUnedited(const QString& project, const QString& languages,
                                                   const QString& source,
                                                   const QList<std::pair<QString, QString>>& files,
                                                   const QStringList& expected)
{
    const QString data = qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/");
    QHash<QString, QByteArray> originals;
    for (const auto& [path, real] : files) {
        originals.insert(path, readFile(data + real));
        QVERIFY2(!originals.value(path).isEmpty(), qPrintable(real));
        QVERIFY(writeFile(m_files->filePath(path), originals.value(path)));
    }
    QVERIFY(run({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--source-lang"),
                 QStringLiteral("en"), QStringLiteral("--target-langs"), languages})
                .exitCode == 0);
    const CliRun imported = run({QStringLiteral("import"), source, QStringLiteral("--project"), project});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QString out = QStringLiteral("out-") + project;
    const CliRun exported = run({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--project"),
                                 project, QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QStringList paths;
    for (const QJsonValue& file : exported.json()[QLatin1String("files")].toArray())
        paths.append(
            QDir(m_files->path()).relativeFilePath(file[QLatin1String("path")].toString()).mid(out.size() + 1));
    paths.sort();
    QCOMPARE(paths, expected);
    for (const QString& path : expected) {
        const QByteArray written = readFile(m_files->filePath(out + QLatin1Char('/') + path));
        QVERIFY2(written == originals.value(path), qPrintable(path + QStringLiteral(" is not as it was")));
    }
}

void TestCliLanguageFiles::oldCodesNamesAndLowerCaseRegionsAreFound_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("files"); // path in the project, file in tests/data, …
    QTest::addColumn<QStringList>("expected");
    // ZXing's Hebrew is in values-iw (the code Java's Locale kept for he), as react-native's is.
    QTest::newRow("Android values-iw for he")
        << QStringLiteral("he") << QStringLiteral("res/values/strings.xml")
        << QStringList{QStringLiteral("res/values/strings.xml"), QStringLiteral("android/zxing/values/strings.xml"),
                       QStringLiteral("res/values-iw/strings.xml"),
                       QStringLiteral("android/zxing/values-iw/strings.xml")}
        << QStringList{QStringLiteral("res/values-iw/strings.xml")};
    // GNUstep names its folders English.lproj, German.lproj, as Xcode once did.
    QTest::newRow("lproj folders named in English")
        << QStringLiteral("de,fr") << QStringLiteral("English.lproj/Localizable.strings")
        << QStringList{QStringLiteral("English.lproj/Localizable.strings"),
                       QStringLiteral("strings/gnustep-fsnode-English.strings"),
                       QStringLiteral("German.lproj/Localizable.strings"),
                       QStringLiteral("strings/gnustep-fsnode-German.strings"),
                       QStringLiteral("French.lproj/Localizable.strings"),
                       QStringLiteral("strings/gnustep-fsnode-French.strings")}
        << QStringList{QStringLiteral("French.lproj/Localizable.strings"),
                       QStringLiteral("German.lproj/Localizable.strings")};
    // MediaWiki writes pt-br.json and zh-hans.json, with an "@metadata" object of authors, which
    // makes the file no Flutter ARB file.
    QTest::newRow("MediaWiki pt-br and zh-hans")
        << QStringLiteral("pt-BR,zh-Hans") << QStringLiteral("i18n/en.json")
        << QStringList{QStringLiteral("i18n/en.json"),      QStringLiteral("json/mediawiki-gadgets-en.json"),
                       QStringLiteral("i18n/pt-br.json"),   QStringLiteral("json/mediawiki-gadgets-pt-br.json"),
                       QStringLiteral("i18n/zh-hans.json"), QStringLiteral("json/mediawiki-gadgets-zh-hans.json")}
        << QStringList{QStringLiteral("i18n/pt-br.json"), QStringLiteral("i18n/zh-hans.json")};
    // The language inside the file's name: Oblique's oblique-en.json, OVH's Messages_fr_FR.json.
    QTest::newRow("oblique-en.json") << QStringLiteral("de") << QStringLiteral("assets/i18n/oblique-en.json")
                                     << QStringList{QStringLiteral("assets/i18n/oblique-en.json"),
                                                    QStringLiteral("json/oblique-en.json"),
                                                    QStringLiteral("assets/i18n/oblique-de.json"),
                                                    QStringLiteral("json/oblique-de.json")}
                                     << QStringList{QStringLiteral("assets/i18n/oblique-de.json")};
    QTest::newRow("Messages_fr_FR.json") << QStringLiteral("de-DE") << QStringLiteral("Messages_fr_FR.json")
                                         << QStringList{QStringLiteral("Messages_fr_FR.json"),
                                                        QStringLiteral("json/ovh-Messages_fr_FR.json"),
                                                        QStringLiteral("Messages_de_DE.json"),
                                                        QStringLiteral("json/ovh-Messages_de_DE.json")}
                                         << QStringList{QStringLiteral("Messages_de_DE.json")};
}

void TestCliLanguageFiles::oldCodesNamesAndLowerCaseRegionsAreFound()
{
    // Each language's file is found under the name the project gives it and written back as it was.
    QFETCH(QString, languages);
    QFETCH(QString, source);
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2)
        pairs.append({files[i], files[i + 1]});
    importAndExportUnedited(QStringLiteral("Old"), languages, source, pairs, expected);
    if (QTest::currentTestFailed())
        return;
    // The translations are there, and MediaWiki's authors are no text.
    const QString language = languages.section(QLatin1Char(','), 0, 0);
    const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Old"), language);
    QVERIFY(segments.size() >= 10);
    int translated = 0;
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        QVERIFY2(!it.key().startsWith(QLatin1Char('@')), qPrintable(it.key()));
        translated += hasText(it.value()[QLatin1String("target")]) ? 1 : 0;
    }
    QVERIFY2(translated * 10 >= segments.size() * 8, qPrintable(QString::number(translated)));
}

void TestCliLanguageFiles::namesThatAreNoLanguageAreNotTakenForOne()
{
    // src/ and nls.json are no language's names (three letters, but no ISO 639 language): Theia's
    // nls.de.json is found beside nls.json, and src/i18n/de.json beside src/i18n/en.json.
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("nls.json")), "{\n  \"open\": \"Open\"\n}\n"));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("nls.de.json")), "{\n  \"open\": \"Öffnen\"\n}\n"));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("src/i18n/en.json")), "{\n  \"close\": \"Close\"\n}\n"));
    QVERIFY(writeFile(m_files->filePath(QStringLiteral("src/i18n/de.json")), "{\n  \"close\": \"Schließen\"\n}\n"));
    QVERIFY(run(args({"project", "create", "Ide", "--source-lang", "en", "--target-langs", "de"})).exitCode == 0);
    for (const char* source : {"nls.json", "src/i18n/en.json"}) {
        const CliRun imported = run({QStringLiteral("import"), QString::fromLatin1(source), QStringLiteral("--project"),
                                     QStringLiteral("Ide")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
    }
    const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Ide"), QStringLiteral("de"));
    QCOMPARE(segments.value(QStringLiteral("open"))[QLatin1String("target")].toString(), QStringLiteral("Öffnen"));
    QCOMPARE(segments.value(QStringLiteral("close"))[QLatin1String("target")].toString(), QStringLiteral("Schließen"));
    const CliRun exported = run(args({"--json", "export", "--project", "Ide", "--out", "out"}));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QStringList paths;
    for (const QJsonValue& file : exported.json()[QLatin1String("files")].toArray())
        paths.append(QDir(m_files->path()).relativeFilePath(file[QLatin1String("path")].toString()));
    paths.sort();
    QCOMPARE(paths, QStringList({QStringLiteral("out/nls.de.json"), QStringLiteral("out/src/i18n/de.json")}));
}

QTEST_GUILESS_MAIN(TestCliLanguageFiles)
#include "TestCliLanguageFiles.moc"
