// TestCliQa: `qa` through the real tessera-cli: over a file (a PO catalogue the test writes with
// known mistakes, and real Debian catalogues of tests/data/po), over a project after `import`, the
// JSON shape of ../shared/CLI.md, CSV and HTML output, exit codes 0/1/2/3, --list-checks, and
// `qa settings` printing and changing a project's settings (which the next `qa --project` follows).
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using tessera::testsupport::CliRun;
using tessera::testsupport::CliRunner;

namespace {

// msgid, msgstr pairs of a German catalogue: three with a mistake each, two clean, one untranslated.
const char* const s_catalog = R"(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: de\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Delete %s?"
msgstr "Löschen?"

msgid "Open <b>file</b>"
msgstr "<b>Datei</b> öffnen"

msgid "Wait 30 seconds"
msgstr "Warten Sie 60 Sekunden"

msgid "Name: "
msgstr "Name:"

msgid "Cancel"
msgstr "Abbrechen"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Eine Datei"
msgstr[1] "%d Dateien"

msgid "Quit"
msgstr ""
)";

const char* const s_clean = R"(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: fr\n"

msgid "Error: %s"
msgstr "Erreur : %s"

msgid "Are you sure?"
msgstr "Êtes-vous sûr ?"
)";

// The "checks" array of `qa settings --json` by check id.
QHash<QString, QJsonObject> settingsByCheck(const QJsonDocument& document)
{
    QHash<QString, QJsonObject> byCheck;
    for (const auto& v : document.object().value(QStringLiteral("checks")).toArray())
        byCheck.insert(v.toObject().value(QStringLiteral("check")).toString(), v.toObject());
    return byCheck;
}

QHash<QString, QStringList> checksByKey(const QJsonArray& issues)
{
    QHash<QString, QStringList> byKey;
    for (const auto& v : issues) {
        const QJsonObject o = v.toObject();
        byKey[o.value(QStringLiteral("key")).toString()].append(o.value(QStringLiteral("check")).toString());
    }
    return byKey;
}

} // namespace

class TestCliQa : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_po = m_files.filePath(QStringLiteral("app-de.po"));
        QFile file(m_po);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(s_catalog) > 0);
        m_clean = m_files.filePath(QStringLiteral("app-fr.po"));
        QFile clean(m_clean);
        QVERIFY(clean.open(QIODevice::WriteOnly) && clean.write(s_clean) > 0);
    }

    void fileFindsTheMistakes()
    {
        const CliRun run =
            m_cli.run({QStringLiteral("--json"), QStringLiteral("qa"), m_po, QStringLiteral("--no-spelling")});
        QVERIFY2(run.exitCode == 1, run.describe()); // a placeable is missing: an error
        QVERIFY2(run.json().isArray(), run.describe());
        const QJsonArray issues = run.json().array();
        for (const auto& v : issues) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"segment", "key", "check", "severity", "message"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            QVERIFY(QSet<QString>({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                        .contains(o.value(QStringLiteral("severity")).toString()));
        }
        const auto byKey = checksByKey(issues);
        QCOMPARE(byKey.value(QStringLiteral("Delete %s?")), QStringList{QStringLiteral("placeables")});
        QCOMPARE(byKey.value(QStringLiteral("Wait 30 seconds")), QStringList{QStringLiteral("numbers")});
        QCOMPARE(byKey.value(QStringLiteral("Name: ")), QStringList{QStringLiteral("whitespace")});
        // Clean entries, the one-number plural form and the untranslated entry stay silent.
        QCOMPARE(byKey.size(), 3);
    }

    void cleanFileExitsZero()
    {
        const CliRun run = m_cli.run({QStringLiteral("--json"), QStringLiteral("qa"), m_clean});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.json().array().size(), 0);
        const CliRun table = m_cli.run({QStringLiteral("qa"), m_clean});
        QVERIFY2(table.out.contains("2 segment(s) checked (0 untranslated skipped): 0 error(s)"), table.describe());
    }

    void realCatalogues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("grep cs") << "grep-cs.po";
        QTest::newRow("findutils fr") << "findutils-fr.po";
        QTest::newRow("dpkg ja") << "dpkg-ja.po";
        QTest::newRow("apt ru") << "apt-ru.po";
    }
    void realCatalogues()
    {
        QFETCH(QString, file);
        const QString path = qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/") + file;
        const CliRun run =
            m_cli.run({QStringLiteral("--json"), QStringLiteral("qa"), path, QStringLiteral("--no-spelling")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.describe());
        const QJsonArray issues = run.json().array();
        qsizetype errors = 0;
        for (const auto& v : issues)
            errors += v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error");
        // Exit code 1 exactly when there are errors.
        QCOMPARE(run.exitCode, errors > 0 ? 1 : 0);
        // A shipped catalogue passed msgfmt --check: its placeholders agree, so no placeables errors.
        for (const auto& v : issues)
            QVERIFY2(v.toObject().value(QStringLiteral("check")).toString() != QLatin1String("placeables"),
                     qPrintable(v.toObject().value(QStringLiteral("message")).toString()));
    }

    void projectAfterImport()
    {
        QTemporaryDir workspace;
        const QString ws = workspace.path();
        QVERIFY2(m_cli.run(ws, {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("App"),
                                QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                                QStringLiteral("de,fr")})
                         .exitCode == 0,
                 "project create");
        const CliRun imported = m_cli.run(ws, {QStringLiteral("import"), m_po, QStringLiteral("--project"),
                                               QStringLiteral("App"), QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(imported.exitCode == 0, imported.describe());

        const CliRun run = m_cli.run(ws, {QStringLiteral("--json"), QStringLiteral("qa"), QStringLiteral("--project"),
                                          QStringLiteral("App"), QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(run.exitCode == 1, run.describe());
        const QJsonArray issues = run.json().array();
        const auto byKey = checksByKey(issues);
        QCOMPARE(byKey.value(QStringLiteral("Delete %s?")), QStringList{QStringLiteral("placeables")});
        QCOMPARE(byKey.size(), 3);
        for (const auto& v : issues) {
            QVERIFY(!v.toObject().value(QStringLiteral("segment")).toString().isEmpty());
            QCOMPARE(v.toObject().value(QStringLiteral("document")).toString(), QStringLiteral("app-de.po"));
        }

        const QString html = workspace.filePath(QStringLiteral("report.html"));
        const CliRun csv = m_cli.run(ws, {QStringLiteral("qa"), QStringLiteral("--project"), QStringLiteral("App"),
                                          QStringLiteral("--csv"), QStringLiteral("--html"), html});
        QCOMPARE(csv.exitCode, 1);
        const QList<QByteArray> lines = csv.out.split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("document,lang,segment,key,check,severity,message,source,target"));
        QCOMPARE(csv.out.count('\n'), 4); // header + 3 issues
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray page = report.readAll();
        QVERIFY(page.contains("<h1>QA report App</h1>"));
        QVERIFY(page.contains("<td>placeables</td><td class=\"error\">error</td><td>1</td><td>1</td>"));

        const CliRun table = m_cli.run(ws, {QStringLiteral("qa"), QStringLiteral("--project"), QStringLiteral("App")});
        QCOMPARE(table.exitCode, 1);
        QVERIFY2(table.out.contains("6 segment(s) checked (1 untranslated skipped): 1 error(s), 2 warning(s)"),
                 table.describe());
    }

    void badUsage()
    {
        QTemporaryDir workspace;
        const QString ws = workspace.path();
        QCOMPARE(m_cli.run({QStringLiteral("qa")}).exitCode, 2);
        QCOMPARE(m_cli.run({QStringLiteral("qa"), m_po, QStringLiteral("--bogus")}).exitCode, 2);
        const CliRun missing = m_cli.run({QStringLiteral("qa"), m_files.filePath(QStringLiteral("nope.po"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("nope.po"));
        QVERIFY(m_cli
                    .run(ws, {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("P"),
                              QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                              QStringLiteral("de")})
                    .exitCode == 0);
        const CliRun wrongLang = m_cli.run(ws, {QStringLiteral("qa"), QStringLiteral("--project"), QStringLiteral("P"),
                                                QStringLiteral("--lang"), QStringLiteral("ja")});
        QCOMPARE(wrongLang.exitCode, 3);
        QVERIFY(wrongLang.err.contains("--lang"));
        const CliRun noLang =
            m_cli.run({QStringLiteral("qa"), m_po, QStringLiteral("--target-lang"), QStringLiteral("x y")});
        QCOMPARE(noLang.exitCode, 2);
    }

    void settingsShowAndChange()
    {
        QTemporaryDir workspace;
        const QString ws = workspace.path();
        QVERIFY(m_cli
                    .run(ws, {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("App"),
                              QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                              QStringLiteral("de")})
                    .exitCode == 0);
        QVERIFY(m_cli.run(ws, {QStringLiteral("import"), m_po, QStringLiteral("--project"), QStringLiteral("App")})
                    .exitCode == 0);
        auto settings = [&](QStringList options) {
            return m_cli.run(ws, QStringList{QStringLiteral("--json"), QStringLiteral("qa"), QStringLiteral("settings"),
                                             QStringLiteral("App")} +
                                     options);
        };

        CliRun run = settings({});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.json().object().value(QStringLiteral("stored")).toBool(), false);
        auto checks = settingsByCheck(run.json());
        // Every check of the registry, as --list-checks lists them.
        QCOMPARE(checks.size(),
                 m_cli.run({QStringLiteral("--json"), QStringLiteral("qa"), QStringLiteral("--list-checks")})
                     .json()
                     .array()
                     .size());
        QCOMPARE(checks.value(QStringLiteral("placeables")).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("error"));
        QVERIFY(checks.value(QStringLiteral("placeables")).value(QStringLiteral("blocks_confirm")).toBool());
        QVERIFY(!checks.value(QStringLiteral("whitespace")).value(QStringLiteral("blocks_confirm")).toBool());
        QVERIFY(checks.value(QStringLiteral("numbers")).value(QStringLiteral("enabled")).toBool());
        QVERIFY(!checks.value(QStringLiteral("spelling")).value(QStringLiteral("enabled")).toBool());

        run = settings({QStringLiteral("--disable"), QStringLiteral("numbers"), QStringLiteral("--enable"),
                        QStringLiteral("capitalization"), QStringLiteral("--severity"),
                        QStringLiteral("whitespace=error"), QStringLiteral("--block-confirm"),
                        QStringLiteral("placeables,whitespace"), QStringLiteral("--allow"), QStringLiteral("Tessera"),
                        QStringLiteral("KDE")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.json().object().value(QStringLiteral("stored")).toBool(), true);
        checks = settingsByCheck(run.json());
        QVERIFY(!checks.value(QStringLiteral("numbers")).value(QStringLiteral("enabled")).toBool());
        QVERIFY(checks.value(QStringLiteral("capitalization")).value(QStringLiteral("enabled")).toBool());
        QCOMPARE(checks.value(QStringLiteral("whitespace")).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("error"));
        QVERIFY(checks.value(QStringLiteral("whitespace")).value(QStringLiteral("blocks_confirm")).toBool());
        QVERIFY(!checks.value(QStringLiteral("tags")).value(QStringLiteral("blocks_confirm")).toBool());
        QCOMPARE(run.json().object().value(QStringLiteral("same_as_source_allowed")).toArray(),
                 (QJsonArray{QStringLiteral("Tessera"), QStringLiteral("KDE")}));

        // The next QA run follows them: no numbers issue, the whitespace one is an error now.
        const CliRun qa = m_cli.run(ws, {QStringLiteral("--json"), QStringLiteral("qa"), QStringLiteral("--project"),
                                         QStringLiteral("App"), QStringLiteral("--no-spelling")});
        QCOMPARE(qa.exitCode, 1);
        const auto byKey = checksByKey(qa.json().array());
        QVERIFY2(!byKey.contains(QStringLiteral("Wait 30 seconds")), qa.describe());
        for (const auto& v : qa.json().array()) {
            if (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("whitespace"))
                QCOMPARE(v.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        }

        // Back to the default severity; no check blocks confirming.
        run = settings({QStringLiteral("--severity"), QStringLiteral("whitespace=warning"),
                        QStringLiteral("--block-confirm"), QStringLiteral("none")});
        QVERIFY2(run.exitCode == 0, run.describe());
        checks = settingsByCheck(run.json());
        QCOMPARE(checks.value(QStringLiteral("whitespace")).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
        for (const QJsonObject& check : std::as_const(checks))
            QVERIFY(!check.value(QStringLiteral("blocks_confirm")).toBool());
        const qint64 rev = run.json().object().value(QStringLiteral("rev")).toInteger();

        // A typo in a check id is a usage error naming it, and changes nothing.
        const CliRun typo = settings({QStringLiteral("--disable"), QStringLiteral("numbrs")});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("unknown check id \"numbrs\""), typo.describe());
        const CliRun badSeverity = settings({QStringLiteral("--severity"), QStringLiteral("tags=fatal")});
        QCOMPARE(badSeverity.exitCode, 2);
        QVERIFY2(badSeverity.err.contains("tags=fatal"), badSeverity.describe());
        const CliRun typoBlock = settings({QStringLiteral("--block-approve"), QStringLiteral("tags,htmltags")});
        QCOMPARE(typoBlock.exitCode, 2);
        QVERIFY2(typoBlock.err.contains("htmltags"), typoBlock.describe());
        QCOMPARE(settings({}).json().object().value(QStringLiteral("rev")).toInteger(), rev);
        const CliRun noProject =
            m_cli.run(ws, {QStringLiteral("qa"), QStringLiteral("settings"), QStringLiteral("Nope")});
        QCOMPARE(noProject.exitCode, 3);

        const CliRun table = m_cli.run(ws, {QStringLiteral("qa"), QStringLiteral("settings"), QStringLiteral("App")});
        QVERIFY2(table.exitCode == 0, table.describe());
        QVERIFY2(table.out.contains("BLOCKS CONFIRM"), table.describe());
        QVERIFY2(table.out.contains("Same as source allowed: Tessera, KDE"), table.describe());
    }

    // `segment set` passes the same blocking checks as Confirm in the editor.
    void segmentSetFollowsBlockingChecks()
    {
        QTemporaryDir workspace;
        const QString ws = workspace.path();
        QVERIFY(m_cli
                    .run(ws, {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("App"),
                              QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                              QStringLiteral("de")})
                    .exitCode == 0);
        QVERIFY(m_cli.run(ws, {QStringLiteral("import"), m_po, QStringLiteral("--project"), QStringLiteral("App")})
                    .exitCode == 0);
        auto segment = [&](const QString& key) {
            const CliRun list = m_cli.run(ws, {QStringLiteral("--json"), QStringLiteral("segment"),
                                               QStringLiteral("list"), QStringLiteral("--project"),
                                               QStringLiteral("App"), QStringLiteral("--lang"), QStringLiteral("de")});
            for (const auto& v : list.json().array())
                if (v.toObject().value(QStringLiteral("key")).toString() == key)
                    return v.toObject();
            return QJsonObject();
        };
        auto set = [&](const QString& id, QStringList options) {
            return m_cli.run(ws, QStringList{QStringLiteral("segment"), QStringLiteral("set"), id} + options);
        };
        const QString id = segment(QStringLiteral("Delete %s?")).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        // Back to draft is never blocked; confirming the translation that lost %s is.
        QCOMPARE(set(id, {QStringLiteral("--state"), QStringLiteral("draft")}).exitCode, 0);
        const CliRun blocked = set(id, {QStringLiteral("--state"), QStringLiteral("translated")});
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains("placeables") && blocked.err.contains("Delete %s?"), blocked.describe());
        QCOMPARE(segment(QStringLiteral("Delete %s?")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("draft"));
        // Nor may a confirmed segment get a new text that breaks a blocking check.
        const QString cancel = segment(QStringLiteral("Cancel")).value(QStringLiteral("id")).toString();
        const CliRun broken = set(cancel, {QStringLiteral("--target"), QStringLiteral("Abbrechen %s")});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(segment(QStringLiteral("Cancel")).value(QStringLiteral("target")).toString(),
                 QStringLiteral("Abbrechen"));

        // Fixed, it passes; with no blocking check, anything does.
        QCOMPARE(set(id, {QStringLiteral("--target"), QStringLiteral("%s löschen?"), QStringLiteral("--state"),
                          QStringLiteral("translated")})
                     .exitCode,
                 0);
        QCOMPARE(m_cli
                     .run(ws, {QStringLiteral("qa"), QStringLiteral("settings"), QStringLiteral("App"),
                               QStringLiteral("--block-confirm"), QStringLiteral("none")})
                     .exitCode,
                 0);
        QCOMPARE(set(cancel, {QStringLiteral("--target"), QStringLiteral("Abbrechen %s")}).exitCode, 0);
    }

    void listChecks()
    {
        const CliRun run = m_cli.run({QStringLiteral("--json"), QStringLiteral("qa"), QStringLiteral("--list-checks")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QStringList ids;
        for (const auto& v : run.json().array())
            ids.append(v.toObject().value(QStringLiteral("check")).toString());
        for (const char* id : {"placeables", "tags", "numbers", "whitespace", "punctuation", "capitalization",
                               "brackets", "repeated-words", "accelerators", "plurals", "length", "terminology",
                               "forbidden-term", "inconsistent-translation", "empty", "same-as-source", "spelling"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

private:
    CliRunner m_cli;
    QTemporaryDir m_files;
    QString m_po;
    QString m_clean;
};

QTEST_GUILESS_MAIN(TestCliQa)
#include "TestCliQa.moc"
